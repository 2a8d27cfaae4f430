"""The end-of-shift reconciliation on A4: counts, every number used, the differences with
the server, the number blocks (once the server reserves them), then what is outstanding."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from clerk_desk.ledger_compare import DIFFERENCE_AR, reason_ar, state_ar
from clerk_desk.ports.paper import ShiftInfo as ShiftInfo  # the core builds it
from clerk_desk.reconciliation import OutstandingEnvelope, Reconciliation
from printing.fonts import BOLD, REGULAR
from printing.pdf import render_pdf
from printing.text import Box, TextStyle, digit_style, draw_text

DAMASCUS = ZoneInfo("Asia/Damascus")
MARGIN = 15 * mm
LINE = 7 * mm
RULE = (0.3, 0.3, 0.3)
DELIVERY_AR = {"post": "بريد", "pickup": "استلام من المركز"}


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
    _heading(flow, f"{title} ({len(items)})")
    if not items:
        flow.text("لا يوجد.")
        return
    widths = [0.15, 0.25, 0.15, 0.15, 0.15, 0.15]
    flow.columns(
        ["رقم المعاملة", "رقم الوثيقة", "رقم التتبع", "التسليم", "طُبعت", "الموظف"],
        widths,
        font=BOLD,
    )
    for item in items:
        flow.columns(
            [
                item.request_id,
                item.document_number,
                item.tracking_number or "—",
                DELIVERY_AR.get(item.delivery_method, item.delivery_method),
                _when(item.printed_at, tz),
                item.printed_by,
            ],
            widths,
        )


def _heading(flow: _Flow, title: str) -> None:
    flow.take(3 * mm)
    flow.text(title, font=BOLD, size=12, height=8 * mm)


def _numbers(flow: _Flow, rec: Reconciliation, tz: tzinfo) -> None:
    _heading(flow, f"الأرقام المستخدمة ({len(rec.numbers)})")
    if not rec.numbers:
        flow.text("لم يُستخدم أي رقم في هذه الوردية.")
        return
    widths = [0.2, 0.13, 0.12, 0.13, 0.3, 0.12]
    flow.columns(
        ["رقم الوثيقة", "رقم التتبع", "المعاملة", "الحالة", "السبب", "الموظف"], widths, font=BOLD
    )
    for line in rec.numbers:
        flow.columns(
            [
                line.document_number,
                line.tracking_number or "—",
                line.request_id,
                state_ar(line),
                reason_ar(line) or "—",
                line.by,
            ],
            widths,
        )
    open_numbers = sum(1 for line in rec.numbers if line.open)
    if open_numbers:
        flow.text(f"{open_numbers} رقم لم تُسوَّ طباعته بعد: يُسأل الموظف عمّا خرج من الطابعة.")


def _differences(flow: _Flow, rec: Reconciliation, tz: tzinfo) -> None:
    if not rec.compared:
        _heading(flow, "الفروق مع الخادم: لم تُقارن")
        flow.text("تعذّر الوصول إلى الخادم المركزي: لم يُقارَن هذا السجل بما لديه.")
        return
    _heading(flow, f"الفروق بين سجل المحطة والخادم ({len(rec.differences)})")
    if rec.server_audit_at is not None:
        flow.text(f"نسخة الخادم من سجل التدقيق حتى {_when(rec.server_audit_at, tz)}", size=9)
    if not rec.differences:
        flow.text("لا فروق: كل رقم في السجل كما يعرفه الخادم.")
        return
    widths = [0.25, 0.15, 0.45, 0.15]
    flow.columns(["رقم الوثيقة", "المعاملة", "الفرق", "لدى الطرف الآخر"], widths, font=BOLD)
    for difference in rec.differences:
        flow.columns(
            [
                difference.document_number,
                difference.request_id,
                DIFFERENCE_AR.get(difference.code, difference.code),
                difference.other or "—",
            ],
            widths,
        )


def _blocks(flow: _Flow, rec: Reconciliation) -> None:
    """Each number block's unused numbers: printed once the server reserves blocks."""
    if not rec.blocks:
        return
    _heading(flow, f"كتل الأرقام ({len(rec.blocks)})")
    widths = [0.25, 0.25, 0.1, 0.4]
    flow.columns(["من", "إلى", "استُخدم", "لم يُستخدم"], widths, font=BOLD)
    for block in rec.blocks:
        unused = "، ".join(block.unused) if block.unused else "—"
        flow.columns([block.first, block.last, str(block.used), unused], widths)


SOURCE_AR = {
    "workstation": "من سجل الطباعة في هذه المحطة، مقارنًا بالخادم المركزي",
    "server": "من نسخة الخادم المركزي لسجل تدقيق المحطة (تقرير المشرف)",
}


def _draw(canvas: Any, rec: Reconciliation, shift: ShiftInfo, tz: tzinfo) -> None:
    flow = _Flow(canvas)
    flow.text("تسوية نهاية الوردية", font=BOLD, size=16, height=10 * mm)
    flow.text(shift.center_name, font=BOLD, size=12)
    flow.text(f"الموظف: {shift.clerk_name} — مركز العمل: {shift.workstation}")
    flow.text(f"الوردية: من {_when(rec.since, tz)} إلى {_when(rec.until, tz)}")
    flow.text(SOURCE_AR.get(rec.source, rec.source), size=9)
    flow.take(3 * mm)
    counts = [
        ("طُبعت", rec.printed),
        ("أُعيدت طباعتها", rec.reprinted),
        ("أرقام تالفة", sum(1 for n in rec.numbers if n.state == "spoiled")),
        ("لم يُعرف إن طُبعت", sum(1 for n in rec.numbers if n.state == "unsure")),
        ("خُتمت", rec.sealed),
        ("سُلِّمت للبريد", rec.dispatched),
        ("حُفظت للاستلام", rec.kept_for_pickup),
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
    _numbers(flow, rec, tz)
    _differences(flow, rec, tz)
    _blocks(flow, rec)
    _envelopes(flow, "مطبوعة ولم تُختم", rec.printed_not_sealed, tz)
    _envelopes(flow, "مختومة ولم تُسلَّم للبريد أو تُحفظ للاستلام", rec.sealed_not_handed_over, tz)
    if rec.batches:
        _heading(flow, f"دفعات التسليم للبريد ({len(rec.batches)})")
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
    with digit_style(shift.digits):
        return render_pdf(A4, "تسوية نهاية الوردية", lambda c: _draw(c, rec, shift, tz))
