"""The individual civil-registry extract (بيان قيد فردي), A4 portrait.

The layout is a column of sections drawn top to bottom, each a small function taking the
canvas, the facts and the y where it starts, and returning where the next one starts; a
later template (family extract, criminal-record certificate) reuses the header, the
issue block and the stamps box, and the verification QR code gets its own section.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from printing.barcodes import BarcodeSpec, code128_size, draw_code128
from printing.fonts import BOLD, REGULAR
from printing.pdf import render_pdf
from printing.text import Box, TextStyle, draw_line, draw_text

Gender = Literal["male", "female"]
GENDER_AR: dict[str, str] = {"male": "ذكر", "female": "أنثى"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
INK = (0.0, 0.0, 0.0)
RULE = (0.25, 0.25, 0.25)
LABEL_FILL = (0.93, 0.93, 0.93)

STATE_LINES = ("الجمهورية العربية السورية", "وزارة الداخلية", "الشؤون المدنية")
TITLE = "بيان قيد فردي"
ATTESTATION = (
    "أُعطي هذا البيان بناءً على طلب صاحب العلاقة، وهو مطابق لقيود السجل المدني "
    "بتاريخ إصداره، ولا يُعتدّ به ما لم يحمل الأختام المطلوبة."
)


@dataclass(frozen=True)
class CivilRecord:
    """The registry record of the subject, as the civil-affairs system returned it."""

    national_number: str
    first_name: str
    father_name: str
    mother_name: str
    last_name: str
    birth_date: date
    birth_place: str
    gender: Gender
    registry_office: str  # أمانة السجل المدني
    record_ref: str  # محل ورقم القيد

    def __post_init__(self) -> None:
        if self.gender not in GENDER_AR:
            raise ValueError(f"gender must be 'male' or 'female', not {self.gender!r}")


@dataclass(frozen=True)
class DocumentFacts:
    """Everything printed on one extract; plain values, no store or network behind them."""

    document_number: str
    issued_on: date
    issue_place: str  # the city the center is in
    center_name: str  # Arabic, e.g. "مركز خدمة المواطن في دمشق"
    service_name: str
    request_id: str  # printable ASCII: it becomes a Code 128
    record: CivilRecord


def format_date(value: date) -> str:
    """Day/month/year with Western digits, as civil-registry documents write it."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def record_rows(record: CivilRecord) -> list[tuple[str, str]]:
    """(label, value) of the extract's table, in reading order."""
    return [
        ("الرقم الوطني", record.national_number),
        ("الاسم", record.first_name),
        ("النسبة", record.last_name),
        ("اسم الأب", record.father_name),
        ("اسم الأم", record.mother_name),
        ("مكان الولادة", record.birth_place),
        ("تاريخ الولادة", format_date(record.birth_date)),
        ("الجنس", GENDER_AR[record.gender]),
        ("أمانة السجل المدني", record.registry_office),
        ("محل ورقم القيد", record.record_ref),
    ]


# --- sections -------------------------------------------------------------------------------

LEFT = MARGIN
RIGHT = PAGE_WIDTH - MARGIN
CONTENT_WIDTH = RIGHT - LEFT
HEADER_HEIGHT = 80.5  # four letterhead lines and the double rule
TITLE_HEIGHT = 64.0
TABLE_TOP = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT - TITLE_HEIGHT
ROW_HEIGHT = 11 * mm
LABEL_WIDTH = 48 * mm


def record_table_cells(record: CivilRecord) -> list[tuple[str, str, Box, Box]]:
    """(label, value, label cell, value cell) of each row of the extract's table."""
    cells = []
    split = RIGHT - LABEL_WIDTH
    for i, (label, value) in enumerate(record_rows(record)):
        bottom = TABLE_TOP - (i + 1) * ROW_HEIGHT
        cells.append(
            (
                label,
                value,
                Box(split, bottom, LABEL_WIDTH, ROW_HEIGHT),
                Box(LEFT, bottom, CONTENT_WIDTH - LABEL_WIDTH, ROW_HEIGHT),
            )
        )
    return cells


def _header(canvas: Any, facts: DocumentFacts, top: float) -> float:
    """State lines at the top right, the document's references at the top left."""
    y = top - 14
    block_width = 80 * mm
    for i, line in enumerate((*STATE_LINES, facts.center_name)):
        style = TextStyle(font=BOLD if i == 0 else REGULAR, size=13 if i == 0 else 11.5)
        # centred under each other, as the ministry's letterhead is
        draw_line(
            canvas, line, RIGHT - block_width / 2, y, style, align="center", max_width=block_width
        )
        y -= 17 if i == 0 else 15
    refs = (
        ("رقم الوثيقة:", facts.document_number),
        ("تاريخ الإصدار:", format_date(facts.issued_on)),
        ("رقم المعاملة:", facts.request_id),
    )
    ref_y = top - 14
    block_right = LEFT + 72 * mm
    label_width = 26 * mm
    for label, value in refs:
        draw_line(canvas, label, block_right, ref_y, TextStyle(font=BOLD, size=10.5))
        draw_line(
            canvas,
            value,
            block_right - label_width,
            ref_y,
            TextStyle(size=10.5),
            max_width=72 * mm - label_width,
        )
        ref_y -= 15
    bottom = top - HEADER_HEIGHT + 2.5
    canvas.setStrokeColorRGB(*INK)
    canvas.setLineWidth(1.2)
    canvas.line(LEFT, bottom, RIGHT, bottom)
    canvas.setLineWidth(0.4)
    canvas.line(LEFT, bottom - 2.5, RIGHT, bottom - 2.5)
    return bottom - 2.5


def _title(canvas: Any, facts: DocumentFacts, top: float) -> float:
    y = top - 30
    draw_line(canvas, TITLE, PAGE_WIDTH / 2, y, TextStyle(font=BOLD, size=22), align="center")
    y -= 20
    draw_line(
        canvas,
        facts.service_name,
        PAGE_WIDTH / 2,
        y,
        TextStyle(size=11),
        align="center",
        max_width=CONTENT_WIDTH,
    )
    return y - 14


def _record_table(canvas: Any, facts: DocumentFacts, top: float) -> float:
    """Two columns, right to left: the label in a shaded cell, then the value."""
    cells = record_table_cells(facts.record)
    bottom = cells[-1][2].y
    split = RIGHT - LABEL_WIDTH
    canvas.setLineWidth(0.6)
    canvas.setStrokeColorRGB(*RULE)
    canvas.setFillColorRGB(*LABEL_FILL)
    canvas.rect(split, bottom, LABEL_WIDTH, top - bottom, stroke=0, fill=1)
    canvas.setFillColorRGB(*INK)
    canvas.rect(LEFT, bottom, CONTENT_WIDTH, top - bottom, stroke=1, fill=0)
    canvas.line(split, bottom, split, top)
    for i, (label, value, label_cell, value_cell) in enumerate(cells):
        if i:
            canvas.line(LEFT, label_cell.top, RIGHT, label_cell.top)
        draw_text(
            canvas, label, label_cell.inset(3 * mm, 1), TextStyle(font=BOLD, size=11.5, min_size=8)
        )
        draw_text(
            canvas,
            value,
            value_cell.inset(3 * mm, 1),
            TextStyle(size=12.5, min_size=6.5, leading=1.2),
        )
    return bottom


def _attestation(canvas: Any, facts: DocumentFacts, top: float) -> float:
    box = Box(LEFT, top - 16 * mm, CONTENT_WIDTH, 12 * mm)
    draw_text(canvas, ATTESTATION, box, TextStyle(size=11, leading=1.45), valign="top")
    y = box.y - 6
    line = f"صدر في {facts.issue_place} بتاريخ {format_date(facts.issued_on)}"
    draw_line(canvas, line, RIGHT, y, TextStyle(font=BOLD, size=11.5), max_width=CONTENT_WIDTH / 2)
    return y - 10


def _stamps_and_signature(canvas: Any, top: float) -> float:
    """The empty box the stamps go in (left) and the issuing clerk's signature (right)."""
    height = 42 * mm
    width = 78 * mm
    stamps = Box(LEFT, top - height, width, height)
    canvas.saveState()
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.8)
    canvas.setDash(4, 3)
    canvas.rect(stamps.x, stamps.y, stamps.width, stamps.height, stroke=1, fill=0)
    canvas.restoreState()
    draw_line(
        canvas,
        "مكان الأختام",
        stamps.x + stamps.width / 2,
        stamps.top - 14,
        TextStyle(font=BOLD, size=10.5),
        align="center",
    )
    draw_line(
        canvas,
        "لا يُكتب في هذا المربع",
        stamps.x + stamps.width / 2,
        stamps.y + 6,
        TextStyle(size=8.5),
        align="center",
    )
    sign_x = RIGHT - 35 * mm
    draw_line(
        canvas, "الموظف المختص", sign_x, top - 14, TextStyle(font=BOLD, size=11), align="center"
    )
    draw_line(canvas, "الاسم والتوقيع", sign_x, top - 30, TextStyle(size=9.5), align="center")
    canvas.setLineWidth(0.4)
    canvas.setDash(1, 2)
    canvas.line(sign_x - 30 * mm, top - 58, sign_x + 30 * mm, top - 58)
    canvas.setDash()
    return stamps.y


def _footer(canvas: Any, facts: DocumentFacts) -> None:
    """The request barcode at the bottom left and the document number along the bottom rule."""
    spec = BarcodeSpec()
    _, height = code128_size(facts.request_id, spec)
    bottom = MARGIN
    draw_code128(canvas, facts.request_id, LEFT, bottom + 6, spec)
    draw_line(
        canvas, "رمز المعاملة", LEFT + 2, bottom + 6 + height + 4, TextStyle(size=8.5), align="left"
    )
    canvas.setLineWidth(0.4)
    canvas.setStrokeColorRGB(*RULE)
    canvas.line(LEFT, bottom, RIGHT, bottom)
    note = f"وثيقة رقم {facts.document_number} — {facts.center_name}"
    draw_line(canvas, note, RIGHT, bottom - 11, TextStyle(size=8.5), max_width=CONTENT_WIDTH)


def _draw(canvas: Any, facts: DocumentFacts) -> None:
    y = PAGE_HEIGHT - MARGIN
    _header(canvas, facts, y)
    _title(canvas, facts, y - HEADER_HEIGHT)
    y = _record_table(canvas, facts, TABLE_TOP)
    y = _attestation(canvas, facts, y - 6 * mm)
    _stamps_and_signature(canvas, y - 2 * mm)
    _footer(canvas, facts)


def render_document(facts: DocumentFacts) -> bytes:
    """The individual civil-registry extract of `facts` as a one-page A4 PDF."""
    return render_pdf(A4, f"{TITLE} {facts.document_number}", lambda c: _draw(c, facts))
