"""The shift reconciliation on screen: the clerk's from the menu (this counter, compared
with the server), the supervisor's tab (any counter, from the server's copy); saved as PDF
and CSV, printed."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from central.server import ServerThread
from sync.events import EventHub
from tests.printing.cups import Queue
from tests.sync.test_outbox import Workstation
from tests.sync.test_reconciliation import Shift, _shift
from ui.actions import MainAction
from ui.main_window import MainWindow
from ui.reconciliation import ReconciliationPanel

from .conftest import WindowFactory


def a_shift_at(window: MainWindow, qtbot: QtBot, server: ServerThread, tmp_path: Path) -> Shift:
    """The shift of tests/sync/test_reconciliation, worked at this window's desk (its store
    and log-in; the window's own operations finished first: one client, one thread)."""
    qtbot.waitUntil(lambda: window.runner.running == 0, timeout=20_000)
    window.pull_timer.stop()
    window.push_timer.stop()
    desk = window.desk
    assert desk.sync.wait_until_idle(20)  # the first pull and its push are over
    station = Workstation(server, desk.client, desk.sessions, EventHub())
    return _shift(station, tmp_path, desk.actor)


def shown(panel: ReconciliationPanel, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: panel.report is not None, timeout=20_000)


def test_the_clerk_reconciles_the_shift_from_the_menu_and_takes_it_away(
    open_desk: WindowFactory,
    qtbot: QtBot,
    live_server: ServerThread,
    tmp_path: Path,
    qtmodeltester: ModelTester,
    cups: Queue,
) -> None:
    window = open_desk("dam.clerk1")
    shift = a_shift_at(window, qtbot, live_server, tmp_path)
    window.pull_timer.stop()
    window.push_timer.stop()  # the last printing stays unsent: a difference to show

    window.actions_by_key[MainAction.RECONCILIATION].trigger()
    dialog = window.reconciliation_dialog
    assert dialog is not None and dialog.isVisible()
    panel = dialog.panel
    assert not panel.counter.isVisibleTo(panel)  # a clerk's is this counter's
    shown(panel, qtbot)
    rec = panel.report
    assert rec is not None and rec.compared and rec.workstation == shift.workstation
    assert panel.numbers.rowCount() == 7
    qtmodeltester.check(panel.numbers)
    qtmodeltester.check(panel.differences)
    offline = shift.numbers["offline"]
    assert {(d.code, d.document_number) for d in rec.differences} == {
        ("not_on_server", offline),
        ("not_uploaded", offline),
    }
    states = {
        panel.numbers.data(panel.numbers.index(row, 0)): panel.numbers.data(
            panel.numbers.index(row, 3)
        )
        for row in range(panel.numbers.rowCount())
    }
    assert states[shift.numbers["reprinted"]] == "أُعيدت طباعته"
    assert states[shift.numbers["unsure"]] == "لم يُعرف إن طُبع"
    assert panel.differences_title.text() == "فرقان مع الخادم المركزي"
    dialog.resize(1100, 700)
    dialog.grab().save(str(tmp_path / "reconciliation-clerk.png"))  # docs/, looked at

    csv_path, pdf_path = tmp_path / "shift.csv", tmp_path / "shift.pdf"
    panel.save_csv_requested.emit(str(csv_path))
    panel.save_pdf_requested.emit(str(pdf_path))
    qtbot.waitUntil(lambda: csv_path.exists() and pdf_path.exists(), timeout=20_000)
    rows = list(csv.reader(csv_path.read_text(encoding="utf-8-sig").splitlines()))
    assert sum(1 for row in rows if row[0] == "number") == 7
    assert [row[1] for row in rows if row[0] == "difference"] == [offline, offline]
    assert pdf_path.read_bytes().startswith(b"%PDF-")

    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(  # sent to the printer, and the print service took it
        lambda: window.status.currentMessage() == "أُرسلت مطابقة الوردية إلى الطابعة.",
        timeout=60_000,
    )


def test_the_supervisor_reconciles_a_counter_of_the_center(
    open_desk: WindowFactory, qtbot: QtBot, live_server: ServerThread, tmp_path: Path
) -> None:
    clerk = open_desk("dam.clerk1")
    shift = a_shift_at(clerk, qtbot, live_server, tmp_path)
    clerk.desk.sync.push()  # everything reaches the server
    window = open_desk("dam.supervisor")
    panel = window.reconciliation
    assert window.tabs.indexOf(panel) >= 0
    window.actions_by_key[MainAction.RECONCILIATION].trigger()
    assert window.tabs.currentWidget() is panel  # the supervisor's is a tab, not a dialog
    for edit in (
        panel.shift.since,
        panel.shift.until,
    ):  # read as written, not with the time mirrored
        assert edit.text() == edit.dateTime().toString("yyyy-MM-dd HH:mm")
    qtbot.waitUntil(lambda: panel.counter.findText(shift.workstation) >= 0, timeout=20_000)
    panel.counter.setCurrentText(shift.workstation)
    panel.show_button.click()
    shown(panel, qtbot)
    rec = panel.report
    assert rec is not None and rec.source == "server" and rec.workstation == shift.workstation
    assert {n.document_number for n in rec.numbers} == set(shift.numbers.values())
    assert rec.differences == ()
    assert panel.differences_title.text() == "لا فرق مع الخادم المركزي."
    window.resize(1200, 760)
    window.grab().save(str(tmp_path / "reconciliation-supervisor.png"))  # docs/, looked at
