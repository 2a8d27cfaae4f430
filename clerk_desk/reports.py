"""Reports a supervisor takes away: the shift's dashboard as CSV rows."""

from __future__ import annotations

import csv
import io

from clerk_desk.api import DashboardOut
from clerk_desk.reasons import REASONS


def dashboard_rows(figures: DashboardOut) -> list[list[str]]:
    """One table: section, item, value — readable in a spreadsheet in Arabic or English."""
    rows = [["section", "item", "value"]]
    period = f"{figures.since.isoformat()} / {figures.until.isoformat()}"
    rows.append(["period", figures.center_code, period])
    for name in (
        "received",
        "decided",
        "accepted",
        "rejected",
        "printed",
        "dispatched",
        "awaiting_pickup",
        "collected",
        "open_now",
    ):
        rows.append(["requests", name, str(getattr(figures, name))])
    for service_class, count in sorted(figures.late_now.items()):
        rows.append(["late_now", service_class, str(count)])
    for code, count in sorted(figures.rejections_by_reason.items()):
        label = REASONS[code].label_ar if code in REASONS else code
        rows.append(["rejections_by_reason", f"{code} ({label})", str(count)])
    for clerk in figures.clerks:
        for name in ("decided", "accepted", "rejected", "overturned", "second_looks", "concerns"):
            rows.append([f"clerk:{clerk.clerk}", name, str(getattr(clerk, name))])
        rate = clerk.rejected / clerk.decided if clerk.decided else 0.0
        rows.append([f"clerk:{clerk.clerk}", "rejection_rate", f"{rate:.3f}"])
        overturn = clerk.overturned / clerk.rejected if clerk.rejected else 0.0
        rows.append([f"clerk:{clerk.clerk}", "overturn_rate", f"{overturn:.3f}"])
    return rows


def dashboard_csv(figures: DashboardOut) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    for row in dashboard_rows(figures):
        # A cell starting with = + - @ would run as a formula in a spreadsheet.
        writer.writerow(["'" + c if c[:1] in "=+-@" else c for c in row])
    return out.getvalue()
