"""The keyboard all the way: Space ticks a variant from any column, Esc goes back to the
queue, every step has its key, the ones with no way back ask first (Enter takes them),
and each role has only its own actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_desk.comparison import FieldStatus
from clerk_desk.states import Step, next_steps
from ui.actions import ACTIONS, CLERK_ONLY, MainAction
from ui.app import create_application
from ui.comparison_model import ComparisonModel
from ui.confirm import Confirmation, confirm
from ui.request_panel import RequestPanel

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue
from .test_request_panel import REGISTRY, opened


def test_space_ticks_a_spelling_variant_from_any_column(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(opened(dict(REGISTRY, first_name="احمد")))
    panel.show()
    model = panel.model
    comparison = model.comparison
    assert comparison is not None
    row = next(
        i for i, f in enumerate(comparison.fields.values()) if f.status is FieldStatus.EQUIVALENT
    )
    assert not panel.accept_button.isEnabled()
    ticked = model.index(row, ComparisonModel.STATUS)
    for column in (ComparisonModel.FIELD, ComparisonModel.SUBMITTED, ComparisonModel.REGISTRY):
        panel.table.setCurrentIndex(model.index(row, column))
        qtbot.keyClick(panel.table, Qt.Key.Key_Space)
        assert ticked.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked, column
        assert panel.accept_button.isEnabled()
        qtbot.keyClick(panel.table, Qt.Key.Key_Space)  # and unticks it again
        assert ticked.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
        assert not panel.accept_button.isEnabled()


def test_space_on_an_identical_field_ticks_nothing(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(opened(dict(REGISTRY)))
    panel.show()
    panel.table.setCurrentIndex(panel.model.index(0, ComparisonModel.SUBMITTED))
    assert not panel.toggle_current_variant()
    assert panel.model.acknowledged == frozenset()


def test_the_buttons_follow_the_state_machine() -> None:
    assert next_steps("in_review", pickup=False, collected=False) == {Step.DECIDE}
    assert next_steps("accepted", pickup=False, collected=False) == {Step.PRINT}
    assert next_steps("printed", pickup=False, collected=False) == {Step.PRINT, Step.SEAL}
    assert next_steps("sealed", pickup=False, collected=False) == frozenset()
    assert next_steps("sealed", pickup=True, collected=False) == {Step.KEEP_FOR_PICKUP}
    assert next_steps("awaiting_pickup", pickup=True, collected=False) == {Step.HAND_TO_CITIZEN}
    assert next_steps("awaiting_pickup", pickup=True, collected=True) == frozenset()
    assert next_steps("upheld", pickup=True, collected=False) == frozenset()
    assert next_steps("no such state", pickup=True, collected=False) == frozenset()


def test_shortcuts_read_left_to_right_in_the_arabic_menus(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    preferences = window.actions_by_key[MainAction.PREFERENCES]
    # the menu's shortcut column, isolated: "Ctrl+," and never ",+Ctrl"
    assert preferences.text().endswith("\t\u2066Ctrl+,\u2069")
    assert preferences.toolTip().endswith("(\u2066Ctrl+,\u2069)")
    assert "\t" not in preferences.iconText() and "&" not in preferences.iconText()


def test_each_step_has_a_key_named_in_the_readme() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    keys = readme[readme.index("### At the counter, by keyboard") :]
    for spec in ACTIONS.values():
        assert spec.shortcut.replace("Return", "Enter") in keys, spec.shortcut


def test_a_supervisor_has_no_clerk_actions_and_a_clerk_no_review(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    supervisor = open_desk("dam.supervisor")
    for key in CLERK_ONLY:
        assert not supervisor.actions_by_key[key].isVisible(), key
    shown = [a for a in supervisor.toolbar.actions() if a.isVisible() and not a.isSeparator()]
    assert supervisor.actions_by_key[MainAction.ACCEPT] not in shown
    titles = [m.text() for m in supervisor.menuBar().actions() if m.isVisible()]
    assert "البريد" not in titles  # the dispatch menu holds only clerk's steps
    clerk = open_desk("dam.clerk1")
    assert not clerk.actions_by_key[MainAction.REVIEW_REFRESH].isVisible()
    assert clerk.actions_by_key[MainAction.ACCEPT].isVisible()


def test_escape_returns_to_the_queue_and_dispatch_has_its_key(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.dispatch
    assert QApplication.focusWidget() is window.dispatch.scan
    qtbot.keyClick(window.dispatch.scan, Qt.Key.Key_Escape)
    assert window.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is window.queue.table
    window.panel.table.setFocus()
    qtbot.keyClick(window.panel.table, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.queue.table


def test_the_courier_key_says_the_manifest_comes_first(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    window.activateWindow()
    window.actions_by_key[MainAction.COURIER].trigger()
    assert window.tabs.currentWidget() is window.dispatch
    assert "المندوب" in window.dispatch.message.text()
    assert window.dispatch.confirmation is None  # nothing was handed over


def test_a_confirmation_names_its_step_and_escape_takes_nothing(qtbot: QtBot) -> None:
    create_application([], "ar")
    parent = RequestPanel()
    qtbot.addWidget(parent)
    taken: list[bool] = []
    box = confirm(parent, "ختم الظرف", "هل خُتم الظرف؟", "خُتم الظرف", lambda: taken.append(True))
    qtbot.waitUntil(box.isVisible)
    assert isinstance(box, Confirmation)
    assert box.yes.text() == "خُتم الظرف" and box.back.text() == "تراجع"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert taken == []
    again = confirm(parent, "ختم الظرف", "هل خُتم الظرف؟", "خُتم الظرف", lambda: taken.append(True))
    qtbot.waitUntil(again.isVisible)
    qtbot.keyClick(again, Qt.Key.Key_Return)
    assert taken == [True]
