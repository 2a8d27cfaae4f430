"""The supervisor's money view, through the running reference server: a rejection upheld
here orders a refund that shows in the day's figures, in Syrian pounds in the chosen
digits; the CSV export reads back; the model passes Qt's checks."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from central.server import ServerThread
from clerk_desk.api_payments import Collected
from clerk_desk.payments import PaymentChannel
from clerk_desk.reports import money_rows
from tests.ui.fees import execute_refund, reject_a_paid_request, uphold_here
from ui.i18n import translate, use_digits
from ui.labels import pounds
from ui.money_view import CollectedModel

from .conftest import WindowFactory


def test_an_upheld_rejection_shows_in_the_days_money_and_the_csv_reads_back(
    open_desk: WindowFactory, qtbot: QtBot, live_server: ServerThread, tmp_path: Path
) -> None:
    window = open_desk("dam.supervisor")
    money = window.dashboard.money
    qtbot.waitUntil(lambda: money.figures is not None, timeout=20_000)  # the shift, at once
    assert money.figures is not None and money.figures.center_code == "DAM"

    request_id, reference = reject_a_paid_request(live_server.url)
    uphold_here(window, request_id, lambda done: qtbot.waitUntil(done, timeout=20_000))
    execute_refund(live_server.url, reference)
    money.kind.setCurrentIndex(money.kind.findData("days"))
    assert money.days.isEnabled()
    money.show_button.click()
    qtbot.waitUntil(lambda: money.show_button.isEnabled(), timeout=20_000)
    figures = money.figures
    assert figures is not None and money.message.text() == ""
    assert figures.refunds_ordered.count == 1 == figures.refunds_executed.count
    refund = figures.refunds_executed.amount
    assert refund > 0 and figures.collected_total > refund
    amount, count = money.totals["executed"]
    assert amount.text() == f"\u2066{refund:,}\u2069 ل.س"
    assert count.text() == "(ردّ واحد)"
    assert money.collected.rowCount() == len(figures.collected)

    window.show_digits("arabic_indic")  # Preferences changed: the figures drawn again
    try:
        assert amount.text() == f"\u2066{refund:,}\u2069 ل.س".translate(
            str.maketrans("0123456789,", "٠١٢٣٤٥٦٧٨٩٬")
        )
    finally:
        window.show_digits("western")

    # The refund is in the day's reconciliation with the gateway, on both sides.
    fees = window.dashboard.fees
    window.supervisor.reconcile_training(datetime.now(UTC).date())
    qtbot.waitUntil(lambda: fees.report is not None, timeout=20_000)
    rec = fees.report
    assert rec is not None and rec.differences == ()
    assert rec.here_refunds == refund == rec.settled_refunds
    assert f"(المردود \u2066{refund:,}\u2069 ل.س)" in fees.summary.text()

    path = tmp_path / "fees.csv"
    window.supervisor.export_money(str(path))
    qtbot.waitUntil(path.exists, timeout=10_000)
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode())  # Excel reads the Arabic as UTF-8
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows == money_rows(figures)
    assert any("بيان قيد فردي" in row for row in rows)


def test_the_days_must_be_in_order(open_desk: WindowFactory, qtbot: QtBot) -> None:
    window = open_desk("dam.supervisor")
    money = window.dashboard.money
    money.kind.setCurrentIndex(money.kind.findData("days"))
    money.days.since.setDate(money.days.until.date().addDays(1))
    money.ask()
    assert money.message.text() == "يجب ألا يسبق اليوم الأخير اليوم الأول."


def test_pounds_in_either_digit_style() -> None:
    unit = translate("Fee", "%1 SYP")  # whichever language an earlier test installed
    assert pounds(12500) == unit.replace("%1", "\u206612,500\u2069")
    use_digits("arabic_indic")
    try:
        assert pounds(12500) == unit.replace("%1", "\u2066١٢٬٥٠٠\u2069")
    finally:
        use_digits("western")


def test_the_collected_model(qtmodeltester: ModelTester) -> None:
    model = CollectedModel()
    model.set_items(
        [
            Collected(service_code="criminal_record", channel=PaymentChannel.MTN_CASH,
                      count=2, amount=15000),
            Collected(service_code="civil_extract_individual",
                      channel=PaymentChannel.E_PAYMENT, count=1, amount=5000),
        ]
    )  # fmt: skip
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == "2"
    assert model.data(model.index(0, 3)) == pounds(15000)
