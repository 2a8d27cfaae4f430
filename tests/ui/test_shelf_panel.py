"""The pickup shelf on the post tab: its report's model, its scans, and through a real
desk a refused scan-in and an empty report."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clerk_desk.shelf_report import WaitingEnvelope
from clerk_desk.states import RequestState
from clerk_desk.usecases.post import ShelfReport, Shelved
from ui.app import create_application
from ui.shelf_panel import ShelfModel, ShelfPanel

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue

LINES = (
    WaitingEnvelope("A-01", "DAM-000001", datetime(2026, 10, 1, tzinfo=UTC), 59),
    WaitingEnvelope("B-07", "DAM-000003", datetime(2026, 10, 20, tzinfo=UTC), 40),
)


def test_the_report_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = ShelfModel()
    model.set_items(list(LINES))
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.index(1, 1).data() == "DAM-000003"


def test_scans_are_sent_and_the_slot_is_shown_large(qtbot: QtBot) -> None:
    create_application([], "ar")
    panel = ShelfPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.scanned_in) as scanned:
        qtbot.keyClicks(panel.returned, "RR000000015SY")
        qtbot.keyClick(panel.returned, Qt.Key.Key_Return)
    assert scanned.args == ["RR000000015SY"] and panel.returned.text() == ""
    with qtbot.waitSignal(panel.pickup_scanned) as picked:
        qtbot.keyClicks(panel.pickup, "DAM-000001")
        qtbot.keyClick(panel.pickup, Qt.Key.Key_Return)
    assert picked.args == ["DAM-000001"]
    panel.shelved(Shelved("DAM-000001", RequestState.AWAITING_PICKUP, "A-01"))
    assert "A-01" in panel.slot.text() and "A-01" in panel.message.text()
    with qtbot.waitSignal(panel.print_slot_requested) as asked:
        panel.print_slot.click()
    assert asked.args == ["DAM-000001"]
    panel.show_report(ShelfReport(30, LINES))
    assert panel.model.rowCount() == 2 and "30" in panel.report_title.text()


def test_the_post_tab_refuses_a_scan_in_and_lists_the_shelf(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    window.tabs.setCurrentWidget(window.dispatch)
    shelf = window.dispatch.shelf
    qtbot.keyClicks(shelf.returned, "DAM-000001")  # assigned: the post never had it
    qtbot.keyClick(shelf.returned, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "أعاده البريد" in shelf.message.text(), timeout=10_000)
    shelf.findChild(type(shelf.csv), "shelf_report_button").click()
    qtbot.waitUntil(lambda: shelf.report_title.text() != "", timeout=10_000)
    assert shelf.model.rowCount() == 0 and "30" in shelf.report_title.text()
