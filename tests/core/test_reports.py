"""The dashboard's CSV: every figure, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from clerk_desk.api import ClerkFigures, DashboardOut
from clerk_desk.api_payments import Collected, MoneyOut, RefundFigures
from clerk_desk.payments import PaymentChannel
from clerk_desk.reports import MONEY_HEADER, dashboard_csv, money_csv


def test_csv_has_the_figures_and_defuses_formulas() -> None:
    now = datetime.now(UTC)
    figures = DashboardOut(
        center_code="DAM",
        since=now - timedelta(hours=8),
        until=now,
        received=12,
        decided=9,
        accepted=7,
        rejected=2,
        printed=6,
        dispatched=3,
        awaiting_pickup=1,
        open_now=5,
        late_now={"fast": 2, "slow": 0},
        rejections_by_reason={"data_mismatch": 2},
        clerks=[ClerkFigures(clerk="=HYPERLINK(1)", decided=9, rejected=2, overturned=1)],
    )
    rows = list(csv.reader(io.StringIO(dashboard_csv(figures))))
    assert ["requests", "received", "12"] in rows
    assert ["late_now", "fast", "2"] in rows
    assert any(r[0] == "rejections_by_reason" and "عدم تطابق" in r[1] for r in rows)
    assert not any(cell.startswith("=") for row in rows for cell in row)


def test_the_money_csv_names_services_and_channels_in_arabic() -> None:
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    figures = MoneyOut(
        center_code="DAM",
        since=now - timedelta(hours=8),
        until=now,
        collected=[
            Collected(service_code="criminal_record", channel=PaymentChannel.MTN_CASH,
                      count=2, amount=15000),
            Collected(service_code="unknown_service", channel=PaymentChannel.E_PAYMENT,
                      count=1, amount=5000),
        ],
        collected_total=20000,
        refunds_ordered=RefundFigures(count=1, amount=7500),
        refunds_executed=RefundFigures(),
        lines=[],
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(money_csv(figures))))
    assert rows[0] == MONEY_HEADER
    assert rows[2] == [
        "collected", "criminal_record", "وثيقة غير محكوم", "mtn_cash", "MTN كاش",
        "2", "15000",
    ]  # fmt: skip
    assert rows[3][:3] == ["collected", "unknown_service", ""]
    assert rows[4:] == [
        ["collected_total", "", "", "", "", "3", "20000"],
        ["refunds_ordered", "", "", "", "", "1", "7500"],
        ["refunds_executed", "", "", "", "", "0", "0"],
    ]
