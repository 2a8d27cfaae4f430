"""Reports taken away as CSV: the supervisor's dashboard and money view, the shift's
reconciliation."""

from __future__ import annotations

import csv
import io

from clerk_desk.api import DashboardOut
from clerk_desk.api_payments import MoneyOut
from clerk_desk.ledger_compare import DIFFERENCE_AR, reason_ar, state_ar
from clerk_desk.payments import CHANNEL_LABELS_AR
from clerk_desk.reasons import REASONS
from clerk_desk.reconciliation import Reconciliation
from clerk_desk.services import SERVICES


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
    for state, count in sorted(figures.by_state.items()):
        rows.append(["by_state", state, str(count)])
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


FORMULA_STARTS = ("=", "+", "-", "@")


def to_csv(rows: list[list[str]]) -> str:
    """Rows as CSV a spreadsheet opens safely (write it as utf-8 with a byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        # A cell starting with = + - @ would run as a formula in a spreadsheet.
        writer.writerow(["'" + c if c.startswith(FORMULA_STARTS) else c for c in row])
    return out.getvalue()


def dashboard_csv(figures: DashboardOut) -> str:
    return to_csv(dashboard_rows(figures))


RECONCILIATION_HEADER = [
    "section",
    "document_number",
    "tracking_number",
    "request_id",
    "status",
    "detail",
    "by",
    "at",
]


def reconciliation_rows(rec: Reconciliation) -> list[list[str]]:
    """One table, a section per row: the shift, its counts, every number used with what
    became of it, each difference with the server, the blocks, what is outstanding."""
    rows = [RECONCILIATION_HEADER]

    def row(section: str, *cells: str) -> None:
        rows.append([section, *cells, *[""] * (len(RECONCILIATION_HEADER) - 1 - len(cells))])

    row(
        "shift",
        "",
        "",
        "",
        rec.workstation,
        rec.source,
        rec.since.isoformat(),
        rec.until.isoformat(),
    )
    counts = {
        "printed": rec.printed,
        "reprinted": rec.reprinted,
        "spoiled": sum(1 for n in rec.numbers if n.state == "spoiled"),
        "unsure": sum(1 for n in rec.numbers if n.state == "unsure"),
        "sealed": rec.sealed,
        "dispatched": rec.dispatched,
        "kept_for_pickup": rec.kept_for_pickup,
    }
    for name, count in counts.items():
        row("count", "", "", "", name, str(count))
    for n in rec.numbers:
        state = "reprinted" if n.state == "printed" and n.kind == "reprint" else n.state
        reason = f"{n.reason} ({reason_ar(n)})" if reason_ar(n) != n.reason else n.reason
        row(
            "number",
            n.document_number,
            n.tracking_number or "",
            n.request_id,
            f"{state} ({state_ar(n)})",
            reason,
            n.by,
            n.at.isoformat(),
        )
    row("compared", "", "", "", "yes" if rec.compared else "no")
    for d in rec.differences:
        label = DIFFERENCE_AR.get(d.code, d.code)
        row("difference", d.document_number, "", d.request_id, f"{d.code} ({label})", d.other)
    for block in rec.blocks:
        row("block", block.first, block.last, "", f"used {block.used}", " ".join(block.unused))
    for section, envelopes in (
        ("printed_not_sealed", rec.printed_not_sealed),
        ("sealed_not_handed_over", rec.sealed_not_handed_over),
    ):
        for e in envelopes:
            row(
                section,
                e.document_number,
                e.tracking_number or "",
                e.request_id,
                e.status,
                e.delivery_method,
                e.printed_by,
                e.printed_at.isoformat(),
            )
    return rows


def reconciliation_csv(rec: Reconciliation) -> str:
    return to_csv(reconciliation_rows(rec))


MONEY_HEADER = ["section", "service", "service_ar", "channel", "channel_ar", "count", "amount_syp"]


def money_rows(figures: MoneyOut) -> list[list[str]]:
    """The supervisor's money view as one table: the fees collected by service and channel
    (with their Arabic names), their total, refunds ordered and executed; in Syrian pounds."""
    rows = [MONEY_HEADER]
    period = f"{figures.since.isoformat()} / {figures.until.isoformat()}"
    rows.append(["period", figures.center_code, "", period, "", "", ""])
    for c in figures.collected:
        service = SERVICES.get(c.service_code)
        rows.append([
            "collected", c.service_code, service.name_ar if service else "",
            c.channel.value, CHANNEL_LABELS_AR[c.channel], str(c.count), str(c.amount),
        ])  # fmt: skip
    count = sum(c.count for c in figures.collected)
    rows.append(["collected_total", "", "", "", "", str(count), str(figures.collected_total)])
    for name, refunds in (
        ("refunds_ordered", figures.refunds_ordered),
        ("refunds_executed", figures.refunds_executed),
    ):
        rows.append([name, "", "", "", "", str(refunds.count), str(refunds.amount)])
    return rows


def money_csv(figures: MoneyOut) -> str:
    return to_csv(money_rows(figures))
