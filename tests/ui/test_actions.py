"""One actions table: every action has a shortcut, says it in its tooltip, sits in a menu."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from ui.actions import ACTIONS, MainAction
from ui.i18n import ltr

from .conftest import WindowFactory


def test_every_action_has_its_own_shortcut() -> None:
    assert set(ACTIONS) == set(MainAction)
    shortcuts = [spec.shortcut for spec in ACTIONS.values()]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts)


def test_every_action_is_in_a_menu_with_its_shortcut_and_tooltip(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    menus = [m.menu() for m in window.menuBar().actions() if m.menu() is not None]
    assert [m.title() for m in menus] == ["المعاملة", "البريد", "المزامنة", "المحطة"]
    in_menus = {action for menu in menus for action in menu.actions()}
    for key, action in window.actions_by_key.items():
        assert action in in_menus, key
        shortcut = QKeySequence(ACTIONS[key].shortcut)
        assert action.shortcut() == shortcut
        native = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        assert action.toolTip().endswith(f"({ltr(native)})"), key
        assert not action.text().isascii(), key  # the menu speaks Arabic
