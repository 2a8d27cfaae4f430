"""The dashboard's CSV: every figure, and no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

from clerk_desk.api import ClerkFigures, DashboardOut
from clerk_desk.reports import dashboard_csv


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
