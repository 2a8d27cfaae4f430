"""The fee reconciliation on screen, through the running reference server and its gateway
simulator: a tampered settlement file's differences are listed in Arabic with the totals;
a bad file is refused saying where, and what was shown stays; the demo's gateway is
offered."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from central.server import ServerThread
from clerk_desk.fee_reconciliation import Difference, DifferenceKind
from tests.ui.fees import paid_once, settlement
from tests.ui.money_fit_driver import tampered
from ui.fee_reconciliation import DifferencesModel, FeeReconciliationPanel, problem_text
from ui.main_window import MainWindow

from .conftest import WindowFactory


def reconciled(window: MainWindow, qtbot: QtBot, path: Path, day: date) -> None:
    fees = window.dashboard.fees
    before = fees.report
    window.supervisor.reconcile_file(str(path), day)
    qtbot.waitUntil(lambda: fees.open_button.isEnabled(), timeout=20_000)
    assert fees.report is not before or not fees.problem.isHidden()


def paid_today(window: MainWindow, day: date) -> list[str]:
    since = datetime.combine(day, time(), UTC)
    return paid_once(window.desk.client.money(since, since + timedelta(days=1)).lines)


def test_a_tampered_settlements_differences_are_listed_and_a_bad_file_loses_nothing(
    open_desk: WindowFactory, qtbot: QtBot, live_server: ServerThread, tmp_path: Path
) -> None:
    window = open_desk("dam.supervisor")
    fees = window.dashboard.fees
    qtbot.waitUntil(lambda: not fees.fetch_button.isHidden(), timeout=20_000)  # a demo gateway
    today = datetime.now(UTC).date()
    ours = paid_today(window, today)
    path = tmp_path / "settlement.csv"
    path.write_text(tampered(settlement(live_server.url, today.isoformat()), ours), "utf-8")
    reconciled(window, qtbot, path, today)
    rec = fees.report
    assert rec is not None and fees.problem.isHidden()
    assert sorted((d.kind, d.reference) for d in rec.differences) == sorted(
        [
            (DifferenceKind.AMOUNT_DIFFERS, ours[0]),
            (DifferenceKind.NOT_SETTLED, ours[1]),
            (DifferenceKind.UNKNOWN_HERE, "MTN-UNKNOWN-0001"),
        ]
    )
    model = fees.differences
    shown = {
        model.data(model.index(row, 0)): (
            model.data(model.index(row, 2)),
            model.data(model.index(row, 4)),
        )
        for row in range(model.rowCount())
    }
    assert shown[ours[1]] == ("مدفوع عندنا ولم يُسوَّ", "—")
    assert shown["MTN-UNKNOWN-0001"] == ("مسوّى وغير معروف عندنا", "\u20667,500\u2069 ل.س")
    assert shown[ours[0]][0] == "المبلغان مختلفان"
    assert fees.differences_title.text().startswith("3 فروق: ")
    assert "settlement.csv" in fees.summary.text()
    assert rec.settled_total - rec.here_total == 7500 - 500 - next(
        d.here for d in rec.differences if d.reference == ours[1]
    )

    good = fees.report
    rows = model.rowCount()
    bad_files = {
        "columns.csv": (b"ref;amount;channel;date\n", "السطر الأول ليس سطر عناوين"),
        "amount.csv": (
            b"reference,amount,channel,date\nA-0001,7500,mtn_cash,2026-03-01\n"
            b"A-0002,75.00,mtn_cash,2026-03-01\n",
            "السطر 3 ليس سطر تسوية",
        ),
        "encoding.csv": (
            "reference,amount,channel,date\nتجربة,7500,mtn_cash,2026-03-01\n".encode("cp1256"),
            "السطر 2 ليس نصًّا بترميز UTF-8",
        ),
    }
    for name, (data, said) in bad_files.items():
        bad = tmp_path / name
        bad.write_bytes(data)
        reconciled(window, qtbot, bad, today)
        assert not fees.problem.isHidden()
        assert (
            fees.problem.text().startswith("لم يُقرأ ملف التسوية: ") and said in fees.problem.text()
        )
        assert fees.report is good and model.rowCount() == rows  # nothing lost
    reconciled(window, qtbot, tmp_path / "gone.csv", today)
    assert fees.problem.text().startswith("تعذّرت قراءة الملف")

    window.supervisor.reconcile_training(today)  # the gateway's own file: no difference
    qtbot.waitUntil(lambda: fees.report is not good, timeout=20_000)
    assert fees.report is not None and fees.report.differences == ()
    assert fees.problem.isHidden() and model.rowCount() == 0
    assert fees.differences_title.text() == "لا فرق: كل الأسطر متطابقة."


def test_the_differences_model(qtmodeltester: ModelTester) -> None:
    model = DifferencesModel()
    day = date(2026, 3, 1)
    model.set_items(
        [
            Difference(DifferenceKind.AMOUNT_DIFFERS, "A-1", day, 7500, 7000),
            Difference(DifferenceKind.NOT_SETTLED, "B-1", day, 6000, None),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(1, 4)) == "—"


@pytest.mark.parametrize("error", [FileNotFoundError(2, "No such file"), PermissionError(13, "")])
def test_a_file_that_cannot_be_read_is_said_so(error: OSError) -> None:
    assert (error.strerror or "PermissionError") in problem_text(error)


def test_the_training_button_waits_for_a_training_server(qtbot: QtBot) -> None:
    panel = FeeReconciliationPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.fetch_button.isVisible()
    panel.set_training_gateway(True)
    assert panel.fetch_button.isVisible()
    with qtbot.waitSignal(panel.fetch_requested) as asked:
        panel.fetch_button.click()
    assert asked.args == [panel.day.date().toPython()]
