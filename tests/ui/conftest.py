"""Fixtures for the workstation's screens: a desk wired to a live reference server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_desk import config as cfg
from tests.enrollment import approve_desk
from tests.printing.cups import QUEUE, Queue, start_cups
from ui.app import build_workstation, create_application
from ui.confirm import Confirmation
from ui.main_window import MainWindow
from ui.operations import Runner
from ui.sync_bridge import SyncBridge

WindowFactory = Callable[[str], MainWindow]


@pytest.fixture
def open_desk(live_server: object, tmp_path: Path, qtbot: QtBot) -> Iterator[WindowFactory]:
    """Log a demo user in at a fresh workstation (own store), its key approved by the
    center's supervisor, and show the main window."""
    create_application([], "ar")
    made: list[tuple[MainWindow, Runner]] = []

    def factory(username: str) -> MainWindow:
        settings = cfg.Config()
        settings.set(cfg.SERVER_URL, live_server.url)  # type: ignore[attr-defined]
        settings.set(cfg.PRINTER, QUEUE)
        desk = build_workstation(settings, tmp_path / username)
        desk.session.login(username, "demo")
        approve_desk(desk, live_server.url)  # type: ignore[attr-defined]
        runner = Runner()
        window = MainWindow(desk, runner, SyncBridge(desk.events))
        qtbot.addWidget(window)
        window.show()
        window.start()
        made.append((window, runner))
        return window

    yield factory
    for window, runner in made:
        window.close()  # stops its timers before the desk is taken apart
        runner.wait()
        window.desk.client.close()


@pytest.fixture
def cups() -> Queue:
    """The cups-pdf print queue the workstations print to (started if need be)."""
    return start_cups()


def confirm_with_enter(qtbot: QtBot, box_of: Callable[[], Confirmation | None]) -> Confirmation:
    """Wait for the question asked before a step with no way back, and take the step with
    Enter (its default button names the step)."""
    qtbot.waitUntil(lambda: (box := box_of()) is not None and box.isVisible(), timeout=5_000)
    box = box_of()
    assert box is not None and box.defaultButton() is box.yes
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    return box
