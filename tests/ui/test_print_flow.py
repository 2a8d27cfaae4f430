"""Printing from the window: Print acts on the open request only, a stale preview never
prints, the question after a crash mid-print, and slow services shown whole."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from central.server import ServerThread
from clerk_desk.comparison import Verdict
from clerk_desk.store.models import Issuance, PrintIntent
from tests.core.usecases.print_driver import make_desk
from tests.core.usecases.test_paper_killed import run_driver
from tests.printing.cups import Queue
from ui.actions import MainAction
from ui.app import create_application
from ui.main_window import MainWindow
from ui.operations import Runner
from ui.print_recovery import PrintRecoveryDialog
from ui.sync_bridge import SyncBridge

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue


def open_and_wait(window: MainWindow, qtbot: QtBot, request_id: str) -> None:
    window.open_request(request_id)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.request_id == request_id,
        timeout=10_000,
    )


def matching(window: MainWindow, qtbot: QtBot, service_class: str = "fast") -> list[str]:
    """Assigned requests of the class whose registry record matches, opened once each."""
    wait_for_queue(window, qtbot)
    model = window.queue.model
    found = []
    for row in range(model.rowCount()):
        item = model.row_at(row)
        if item.status != "assigned" or item.service_class != service_class:
            continue
        if service_class == "fast" and item.service_code != "civil_extract_individual":
            continue
        open_and_wait(window, qtbot, item.id)
        opened = window.panel.opened
        comparison = opened.comparison if opened is not None else None
        if comparison is not None and comparison.verdict is Verdict.MATCH:
            found.append(item.id)
    return found


def accept_and_preview(window: MainWindow, qtbot: QtBot, request_id: str) -> None:
    open_and_wait(window, qtbot, request_id)
    qtbot.waitUntil(window.panel.accept_button.isEnabled, timeout=10_000)
    previous = window.preview
    qtbot.mouseClick(window.panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.preview is not previous and window.preview is not None
        and window.preview.isVisible(),
        timeout=20_000,
    )  # fmt: skip


def press_print(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.panel.table.setFocus()
    qtbot.keyClick(window.panel.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_print_acts_on_the_open_request_only(open_desk: WindowFactory, qtbot: QtBot) -> None:
    window = open_desk("dam.clerk1")
    first, second, third = matching(window, qtbot)[:3]
    accept_and_preview(window, qtbot, first)
    preview_a = window.preview
    assert preview_a is not None and preview_a.prepared.request_id == first
    assert first in preview_a.windowTitle() and first in preview_a.heading.text()
    number_a = preview_a.prepared.document_number
    preview_a.reject()  # closed without printing

    open_and_wait(window, qtbot, second)  # in review: nothing of it to print
    qtbot.waitUntil(lambda: window.panel.opened.state == "in_review", timeout=10_000)  # type: ignore[union-attr]
    assert not window.actions_by_key[MainAction.PRINT].isEnabled()
    press_print(window, qtbot)
    window.printer.print_current()  # the action's own handler, even if it were enabled
    qtbot.waitUntil(lambda: second in window.status.currentMessage(), timeout=5_000)
    assert window.preview is preview_a and not preview_a.isVisible()  # never A's pages

    accept_and_preview(window, qtbot, second)
    preview_b = window.preview
    assert preview_b is not None and preview_b.prepared.request_id == second
    preview_b.reject()

    open_and_wait(window, qtbot, first)
    press_print(window, qtbot)  # Ctrl+P: the papers of the request now open, A again
    qtbot.waitUntil(
        lambda: window.preview is not preview_b and window.preview is not None
        and window.preview.isVisible(),
        timeout=20_000,
    )  # fmt: skip
    again = window.preview
    assert again is not None and again.prepared.request_id == first
    assert again.prepared.document_number == number_a  # reused: no number taken twice

    # A stale preview never prints: another request open behind it, Print refuses.
    opened_a = window.panel.opened
    open_and_wait(window, qtbot, third)
    qtbot.mouseClick(again.print_button, Qt.MouseButton.LeftButton)
    assert not again.print_button.isEnabled()
    assert first in again.message.text()
    with window.desk.sessions() as session:
        intent = session.get_one(PrintIntent, again.prepared.intent_id)
        assert intent.state == "prepared" and intent.job_ids == ""
        assert session.scalars(select(Issuance)).first() is None
    assert opened_a is not None


def test_a_slow_service_preview_shows_every_page(
    open_desk: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_desk("dam.clerk1")
    [request_id, *_] = matching(window, qtbot, "slow")
    accept_and_preview(window, qtbot, request_id)
    preview = window.preview
    assert preview is not None
    document = preview.tabs.widget(0)
    assert isinstance(document, QPdfView)
    assert document.pageMode() is QPdfView.PageMode.MultiPage
    assert preview.page_counts[0] == document.document().pageCount() >= 2  # cover + body
    pages = QCoreApplication.translate(
        "PreviewDialog", "%1 (%n page(s))", "", preview.page_counts[0]
    )
    assert preview.tabs.tabText(0) == pages.replace(
        "%1", QCoreApplication.translate("PreviewDialog", "Document")
    )  # the tab says how many pages will print
    qtbot.waitUntil(lambda: preview.isVisible(), timeout=5_000)
    qtbot.wait(300)  # the pages render before the picture is taken
    preview.grab().save(str(tmp_path / "slow-preview.png"))


@pytest.fixture
def dead_port() -> Iterator[int]:
    with socket.socket() as bound:  # bound, never listening: connections are refused
        bound.bind(("127.0.0.1", 0))
        yield bound.getsockname()[1]


def test_a_slow_service_accepted_offline_says_what_waits(
    open_desk: WindowFactory, qtbot: QtBot, dead_port: int
) -> None:
    window = open_desk("dam.clerk1")
    [request_id, *_] = matching(window, qtbot, "slow")
    open_and_wait(window, qtbot, request_id)
    qtbot.waitUntil(window.panel.accept_button.isEnabled, timeout=10_000)
    window.desk.client.base_url = f"http://127.0.0.1:{dead_port}"  # the link drops
    qtbot.mouseClick(window.panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=20_000)
    assert "الخادم المركزي" in window.last_error  # says, in Arabic, what waits for the link
    assert request_id in window.last_error
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.state == "accepted",
        timeout=10_000,
    )  # the state the core holds, not "in review"
    assert not window.panel.reject_button.isEnabled()
    assert not window.panel.print_button.isHidden()
    for box in window.findChildren(QMessageBox):
        box.close()


def test_after_a_crash_mid_print_the_clerk_is_asked_what_came_out(
    live_server: ServerThread, cups: Queue, tmp_path: Path, qtbot: QtBot
) -> None:
    data = tmp_path / "desk"
    sent = run_driver(live_server, data, cups, "sent")  # CUPS took the document's job
    sending = run_driver(live_server, data, cups, "sending")  # killed before lp ran
    create_application([], "ar")
    desk = make_desk(live_server.url, data, cups.name)
    desk.session.login("dam.clerk1", "demo")
    runner = Runner()
    window = MainWindow(desk, runner, SyncBridge(desk.events))
    qtbot.addWidget(window)
    try:
        window.show()
        window.start()
        qtbot.waitUntil(
            lambda: window.printer.recovery_dialog is not None
            and window.printer.recovery_dialog.isVisible(),
            timeout=20_000,
        )  # fmt: skip
        dialog = window.printer.recovery_dialog
        assert isinstance(dialog, PrintRecoveryDialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert sorted(dialog.rows) == sorted([sent[1], sending[1]])
        for request_id, intent_id, number in (sent, sending):
            row = dialog.rows[intent_id]
            texts = " ".join(label.text() for label in row.findChildren(QLabel))
            assert number in texts and request_id in texts
        qtbot.wait(200)  # the layout settles before the picture is taken
        # looked at, and kept as docs/print-recovery.png
        dialog.grab().save(str(tmp_path / "print-recovery.png"))

        printed = dialog.rows[sent[1]].findChild(QPushButton, "answer_printed")
        not_printed = dialog.rows[sending[1]].findChild(QPushButton, "answer_not_printed")
        qtbot.mouseClick(printed, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(not_printed, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.pending(), timeout=20_000)
        with desk.sessions() as session:
            states = {i.id: (i.state, i.spoil_reason) for i in session.scalars(select(PrintIntent))}
        assert states == {
            sent[1]: ("printed", None),
            sending[1]: ("spoiled", "not_printed_after_interruption"),
        }
        assert QApplication.activeModalWidget() in (dialog, None)
    finally:
        window.close()
        runner.wait()
        desk.client.close()
