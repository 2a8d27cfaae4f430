"""The documents of the fast services, A4 portrait: one renderer, templates as data.

What a service's document prints (letterhead lines, title, the rows of the record table,
the attestation, the issuing body) is its template, ``resources/templates/<code>.json``
(see `printing.templates`). The layout is a column of sections drawn top to bottom, each a
small function taking the canvas, what it prints and the y where it starts, and returning
where the next one starts. The signed verification code (`printing.verification`) sits at
the bottom right, clear of the stamps box, the signature and the request's barcode.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from clerk_desk.digits import WESTERN
from clerk_desk.ports.signing import SignedFacts, Signer
from printing.barcodes import BarcodeSpec, code128_size, draw_code128
from printing.fonts import BOLD, REGULAR
from printing.pdf import render_pdf
from printing.qr import QUIET_MODULES, draw_qr, qr_modules
from printing.templates import DocumentTemplate, RecordField, Row, load_template
from printing.text import Box, TextStyle, digit_style, draw_line, draw_text, text_width

Gender = Literal["male", "female"]
GENDER_AR: dict[str, str] = {"male": "ذكر", "female": "أنثى"}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
INK = (0.0, 0.0, 0.0)
RULE = (0.25, 0.25, 0.25)
LABEL_FILL = (0.93, 0.93, 0.93)


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
    marital_status: str = ""  # الوضع العائلي, in Arabic as the registry writes it

    def __post_init__(self) -> None:
        if self.gender not in GENDER_AR:
            raise ValueError(f"gender must be 'male' or 'female', not {self.gender!r}")

    @property
    def full_name(self) -> str:
        """First, father's and family name, as Syrian documents name a person."""
        return " ".join(n for n in (self.first_name, self.father_name, self.last_name) if n)


@dataclass(frozen=True)
class DocumentFacts:
    """Everything printed on one document; plain values, no store or network behind them."""

    document_number: str
    issued_on: date
    issue_place: str  # the city the center is in
    center_name: str  # Arabic, e.g. "مركز خدمة المواطن في دمشق"
    center_code: str  # "DAM"; signed into the verification code
    service_code: str  # chooses the template, e.g. "civil_extract_individual"
    request_id: str  # printable ASCII: it becomes a Code 128
    record: CivilRecord
    digits: str = WESTERN  # the digit style of its dates and numbers (clerk_desk.digits)
    # The receipt of the fee the citizen paid, from its channel ("": none known).
    receipt_reference: str = ""

    def signed_facts(self) -> SignedFacts:
        return SignedFacts(
            document_number=self.document_number,
            center_code=self.center_code,
            issued_on=self.issued_on,
            request_id=self.request_id,
            service_code=self.service_code,
            national_number=self.record.national_number,
            full_name=self.record.full_name,
        )


def format_date(value: date) -> str:
    """Day/month/year, as civil-registry documents write it (in the paper's digits: the
    slashes keep Arabic-Indic digits in reading order inside Arabic text)."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def field_value(record: CivilRecord, field: RecordField) -> str:
    """The printed value of one field of the record."""
    if field == "birth_date":
        return format_date(record.birth_date)
    if field == "gender":
        return GENDER_AR[record.gender]
    if field == "full_name":
        return record.full_name
    value: str = getattr(record, field)
    return value


def _row_value(record: CivilRecord, row: Row) -> str:
    if row.text is not None:
        return row.text
    assert row.field is not None  # the template's validator guarantees one of the two
    return field_value(record, row.field)


def record_rows(record: CivilRecord, template: DocumentTemplate) -> list[tuple[str, str]]:
    """(label, value) of the document's table, in reading order."""
    return [(row.label, _row_value(record, row)) for row in template.rows]


# --- sections -------------------------------------------------------------------------------

LEFT = MARGIN
RIGHT = PAGE_WIDTH - MARGIN
CONTENT_WIDTH = RIGHT - LEFT
HEADER_HEIGHT = 80.5  # four letterhead lines and the double rule
TITLE_HEIGHT = 64.0
TABLE_TOP = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT - TITLE_HEIGHT
ROW_HEIGHT = 11 * mm
# The table never grows past ten rows' height: longer templates get shorter rows, so the
# attestation, stamps box and verification code stay where the page has room for them.
TABLE_HEIGHT = 10 * ROW_HEIGHT
LABEL_WIDTH = 48 * mm
QR_SIZE = 28 * mm  # the dark-module area; ~0.31 mm a module for a signed link (version 18)


def row_height(template: DocumentTemplate) -> float:
    return float(min(ROW_HEIGHT, TABLE_HEIGHT / len(template.rows)))


def record_table_cells(
    record: CivilRecord, template: DocumentTemplate
) -> list[tuple[str, str, Box, Box]]:
    """(label, value, label cell, value cell) of each row of the document's table."""
    cells = []
    split = RIGHT - LABEL_WIDTH
    height = row_height(template)
    for i, (label, value) in enumerate(record_rows(record, template)):
        bottom = TABLE_TOP - (i + 1) * height
        cells.append(
            (
                label,
                value,
                Box(split, bottom, LABEL_WIDTH, height),
                Box(LEFT, bottom, CONTENT_WIDTH - LABEL_WIDTH, height),
            )
        )
    return cells


def draw_letterhead(
    canvas: Any,
    lines: Sequence[str],
    document_number: str,
    issued_on: date,
    request_id: str,
    top: float,
) -> float:
    """State lines at the top right, the document's references at the top left, a double
    rule under them; every paper the center issues starts this way. Returns the y below."""
    y = top - 14
    block_width = 80 * mm
    for i, line in enumerate(lines):
        style = TextStyle(font=BOLD if i == 0 else REGULAR, size=13 if i == 0 else 11.5)
        # centred under each other, as the ministry's letterhead is
        draw_line(
            canvas, line, RIGHT - block_width / 2, y, style, align="center", max_width=block_width
        )
        y -= 17 if i == 0 else 15
    refs = (
        ("رقم الوثيقة:", document_number),
        ("تاريخ الإصدار:", format_date(issued_on)),
        ("رقم المعاملة:", request_id),
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


def _header(canvas: Any, facts: DocumentFacts, template: DocumentTemplate, top: float) -> float:
    return draw_letterhead(
        canvas,
        (*template.header_lines, facts.center_name),
        facts.document_number,
        facts.issued_on,
        facts.request_id,
        top,
    )


def _title(canvas: Any, template: DocumentTemplate, top: float) -> float:
    y = top - 30
    draw_line(
        canvas,
        template.title,
        PAGE_WIDTH / 2,
        y,
        TextStyle(font=BOLD, size=22),
        align="center",
        max_width=CONTENT_WIDTH,
    )
    y -= 20
    draw_line(
        canvas,
        template.subtitle,
        PAGE_WIDTH / 2,
        y,
        TextStyle(size=11),
        align="center",
        max_width=CONTENT_WIDTH,
    )
    return y - 14


def _record_table(
    canvas: Any, facts: DocumentFacts, template: DocumentTemplate, top: float
) -> float:
    """Two columns, right to left: the label in a shaded cell, then the value."""
    cells = record_table_cells(facts.record, template)
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


def _attestation(
    canvas: Any, facts: DocumentFacts, template: DocumentTemplate, top: float
) -> float:
    box = Box(LEFT, top - 16 * mm, CONTENT_WIDTH, 12 * mm)
    draw_text(canvas, template.attestation, box, TextStyle(size=11, leading=1.45), valign="top")
    y = box.y - 6
    line = (
        f"صدر عن {template.issuing_body} في {facts.issue_place} "
        f"بتاريخ {format_date(facts.issued_on)}"
    )
    draw_line(canvas, line, RIGHT, y, TextStyle(font=BOLD, size=11.5), max_width=CONTENT_WIDTH)
    return y - 10


def draw_stamps_and_signature(canvas: Any, top: float) -> float:
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
    footer_note(canvas, note, facts.receipt_reference, bottom - 11)


def footer_note(canvas: Any, note: str, receipt: str, y: float) -> None:
    """The note under the bottom rule, and the fee's receipt at the left end of the same
    line ("": none known), the note keeping the rest."""
    receipt_width = 62 * mm if receipt else 0
    draw_line(canvas, note, RIGHT, y, TextStyle(size=8.5), max_width=CONTENT_WIDTH - receipt_width)
    if receipt:
        _receipt(canvas, receipt, y, receipt_width)


def _receipt(canvas: Any, reference: str, y: float, width: float) -> None:
    """«إيصال دفع الرسم: REF» at the bottom left: the reference is a code, its digits
    Western as on the citizen's receipt whatever the paper's digits."""
    label = "إيصال دفع الرسم:"
    style = TextStyle(size=8.5)
    label_width = text_width(label, REGULAR, style.size)
    gap = 1.5 * mm
    with digit_style(WESTERN):
        code = draw_line(
            canvas,
            reference,
            LEFT,
            y,
            TextStyle(size=8.5, direction="ltr"),
            align="left",
            max_width=width - label_width - gap,
        )
    draw_line(canvas, label, LEFT + code.width + gap + label_width, y, style)


def verification_code_box(payload: str) -> Box:
    """Where the QR of `payload` goes, its quiet zone included: the bottom right corner."""
    quiet = QUIET_MODULES * QR_SIZE / qr_modules(payload.encode("utf-8"))
    return Box(RIGHT - QR_SIZE - quiet, MARGIN + 2, QR_SIZE + 2 * quiet, QR_SIZE + 2 * quiet)


def draw_verification_code(canvas: Any, payload: str, key_id: str) -> None:
    """The signed QR at the bottom right, and what it is, to its left."""
    box = verification_code_box(payload)
    quiet = (box.width - QR_SIZE) / 2
    draw_qr(canvas, payload.encode("utf-8"), box.x + quiet, box.y + quiet, QR_SIZE)
    right = box.x - 2 * mm
    width = 60 * mm
    y = box.top - 16
    draw_line(canvas, "رمز التحقق", right, y, TextStyle(font=BOLD, size=10), max_width=width)
    for line in (
        "امسحه بكاميرا الهاتف: يفتح صفحة التحقق",
        "التي تفحص في المتصفح توقيعَ المحطة وشهادةَ",
        "المركز لها، وتعرض ما يجب أن تقوله الوثيقة.",
    ):
        y -= 13
        draw_line(canvas, line, right, y, TextStyle(size=8.5), max_width=width)
    y -= 13
    with digit_style(WESTERN):  # the key's id is a code, compared with the verify page's
        draw_line(
            canvas,
            f"key {key_id}",
            right,
            y,
            TextStyle(size=8.5, direction="ltr"),
            max_width=width,
        )


def _draw(
    canvas: Any,
    facts: DocumentFacts,
    template: DocumentTemplate,
    signer: Signer | None,
    payload: str | None,
) -> None:
    y = PAGE_HEIGHT - MARGIN
    _header(canvas, facts, template, y)
    _title(canvas, template, y - HEADER_HEIGHT)
    y = _record_table(canvas, facts, template, TABLE_TOP)
    y = _attestation(canvas, facts, template, y - 6 * mm)
    draw_stamps_and_signature(canvas, y - 2 * mm)
    _footer(canvas, facts)
    if signer is not None and payload is not None:
        draw_verification_code(canvas, payload, signer.key_id)


def render_document(
    facts: DocumentFacts,
    *,
    signer: Signer | None = None,
    template: DocumentTemplate | None = None,
) -> bytes:
    """The document of `facts` as a one-page A4 PDF.

    The template is that of ``facts.service_code`` unless one is given. With a `signer`
    the page carries the signed verification code; without one it has none (a draft, or
    a caller not yet handed its center's key).
    """
    template = template or load_template(facts.service_code)
    if template.service_code != facts.service_code:
        raise ValueError(
            f"template {template.service_code!r} is not that of service {facts.service_code!r}"
        )
    payload = signer.payload(facts.signed_facts()) if signer is not None else None
    with digit_style(facts.digits):
        return render_pdf(
            A4,
            f"{template.title} {facts.document_number}",
            lambda c: _draw(c, facts, template, signer, payload),
        )
