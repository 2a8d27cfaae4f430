"""The end-of-shift reconciliation on A4: counts, then what is still outstanding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from clerk_desk.reconciliation import OutstandingEnvelope, Reconciliation
from printing.fonts import BOLD, REGULAR
from printing.pdf import render_pdf
from printing.text import Box, TextStyle, draw_text

DAMASCUS = ZoneInfo("Asia/Damascus")
MARGIN = 15 * mm
LINE = 7 * mm
RULE = (0.3, 0.3, 0.3)
DELIVERY_AR = {"post": "بريد", "pickup": "استلام من المركز"}


@dataclass(frozen=True)
class ShiftInfo:
    center_name: str
    clerk_name: str
    workstation: str


def _when(value: datetime, tz: tzinfo) -> str:
    local = value.astimezone(tz)
    return f"{local:%d/%m/%Y %H:%M}"


class _Flow:
    """A cursor down the page that starts a new page when the next line would not fit."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.y = A4[1] - MARGIN

    def take(self, height: float) -> Box:
        if self.y - height < MARGIN:
            self.canvas.showPage()
            self.y = A4[1] - MARGIN
        self.y -= height
        return Box(MARGIN, self.y, A4[0] - 2 * MARGIN, height)

    def text(
        self, value: str, *, font: str = REGULAR, size: float = 11, height: float = LINE
    ) -> None:
        draw_text(
            self.canvas,
            value,
            self.take(height),
            TextStyle(font=font, size=size, min_size=7),
            max_lines=1,
        )

    def columns(self, values: list[str], widths: list[float], *, font: str = REGULAR) -> None:
        """One table row; values and widths right to left, widths as fractions."""
        band = self.take(LINE)
        right = band.right
        for value, fraction in zip(values, widths, strict=True):
            width = band.width * fraction
            cell = Box(right - width, band.y, width, band.height)
            draw_text(
                self.canvas,
                value,
                cell.inset(1 * mm, 0),
                TextStyle(font=font, size=10, min_size=6.5),
                max_lines=1,
            )
            right -= width
        self.canvas.saveState()
        self.canvas.setStrokeColorRGB(*RULE)
        self.canvas.setLineWidth(0.3)
        self.canvas.line(band.x, band.y, band.right, band.y)
        self.canvas.restoreState()


def _envelopes(flow: _Flow, title: str, items: tuple[OutstandingEnvelope, ...], tz: tzinfo) -> None:
    flow.take(3 * mm)
    flow.text(f"{title} ({len(items)})", font=BOLD, size=12, height=8 * mm)
    if not items:
        flow.text("لا يوجد.")
        return
    widths = [0.2, 0.3, 0.18, 0.17, 0.15]
    flow.columns(["رقم المعاملة", "رقم الوثيقة", "التسليم", "طُبعت", "الموظف"], widths, font=BOLD)
    for item in items:
        flow.columns(
            [
                item.request_id,
                item.document_number,
                DELIVERY_AR.get(item.delivery_method, item.delivery_method),
                _when(item.printed_at, tz),
                item.printed_by,
            ],
            widths,
        )


def _draw(canvas: Any, rec: Reconciliation, shift: ShiftInfo, tz: tzinfo) -> None:
    flow = _Flow(canvas)
    flow.text("تسوية نهاية الوردية", font=BOLD, size=16, height=10 * mm)
    flow.text(shift.center_name, font=BOLD, size=12)
    flow.text(f"الموظف: {shift.clerk_name} — مركز العمل: {shift.workstation}")
    flow.text(f"الوردية: من {_when(rec.since, tz)} إلى {_when(rec.until, tz)}")
    flow.take(3 * mm)
    counts = [
        ("طُبعت", rec.printed),
        ("أُعيدت طباعتها", rec.reprinted),
        ("خُتمت", rec.sealed),
        ("سُلِّمت للبريد", rec.dispatched),
        ("حُفظت للاستلام في المركز", rec.kept_for_pickup),
    ]
    widths = [1 / len(counts)] * len(counts)
    flow.columns([label for label, _ in counts], widths, font=BOLD)
    flow.columns([str(n) for _, n in counts], widths)
    flow.take(3 * mm)
    outstanding = len(rec.printed_not_sealed) + len(rec.sealed_not_handed_over)
    flow.text(
        "الوردية متوازنة: لا ظرف معلّق."
        if rec.balanced
        else f"يوجد {outstanding} ظرف معلّق: يُرجى إنهاؤها أو تسليمها للمشرف.",
        font=BOLD,
        size=12,
    )
    _envelopes(flow, "مطبوعة ولم تُختم", rec.printed_not_sealed, tz)
    _envelopes(flow, "مختومة ولم تُسلَّم للبريد أو تُحفظ للاستلام", rec.sealed_not_handed_over, tz)
    flow.take(3 * mm)
    flow.text(f"إعادات الطباعة ({len(rec.reprints)})", font=BOLD, size=12, height=8 * mm)
    for reprint in rec.reprints:
        flow.columns(
            [reprint.request_id, reprint.document_number, reprint.reason, reprint.printed_by],
            [0.2, 0.3, 0.35, 0.15],
        )
    flow.take(3 * mm)
    flow.text(f"دفعات التسليم للبريد ({len(rec.batches)})", font=BOLD, size=12, height=8 * mm)
    for batch in rec.batches:
        flow.columns(
            [
                batch.batch_id,
                f"{batch.count} ظرف",
                batch.courier_name,
                _when(batch.handed_over_at, tz),
            ],
            [0.3, 0.15, 0.3, 0.25],
        )
    flow.take(10 * mm)
    flow.columns(
        ["توقيع الموظف: ....................", "توقيع مشرف الوردية: ...................."],
        [0.5, 0.5],
    )


def render_reconciliation(rec: Reconciliation, shift: ShiftInfo, *, tz: tzinfo = DAMASCUS) -> bytes:
    """The reconciliation of one shift as an A4 PDF; times in the center's zone."""
    return render_pdf(A4, "تسوية نهاية الوردية", lambda c: _draw(c, rec, shift, tz))
