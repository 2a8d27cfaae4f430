"""The cover sheet of a slow service's document, A4 portrait.

A slow service's document is issued by another body (Ministry of Finance, Damascus
University, ...) and reaches the center as a PDF. The center prints it behind this sheet,
which carries the same identifiers as a fast service's document: the document number, the
request id, the service, the issuing body, the center, the issue date and place, the
subject's name and national number from the registry snapshot, the stamps box, the
request's Code 128 and the signed verification code. The body's pages follow unchanged
(`printing.renderer` merges them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from clerk_desk.digits import WESTERN
from clerk_desk.ports.signing import SignedFacts, Signer
from printing.barcodes import BarcodeSpec, code128_size, draw_code128
from printing.document import (
    CONTENT_WIDTH,
    INK,
    LABEL_FILL,
    LEFT,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    RULE,
    CivilRecord,
    draw_letterhead,
    draw_stamps_and_signature,
    draw_verification_code,
    footer_note,
    format_date,
)
from printing.fonts import BOLD
from printing.pdf import render_pdf
from printing.text import Box, TextStyle, digit_style, draw_line, draw_text

HEADER_LINES = ("الجمهورية العربية السورية", "وزارة الاتصالات والتقانة")
TITLE = "ورقة غلاف وثيقة صادرة عن جهة أخرى"
HEADER_HEIGHT = 80.5
TITLE_HEIGHT = 64.0
ROW_HEIGHT: float = 10 * mm
LABEL_WIDTH: float = 52 * mm


@dataclass(frozen=True)
class CoverFacts:
    """Everything printed on one cover sheet; plain values, no store or network behind them."""

    document_number: str
    issued_on: date
    issue_place: str  # the city the center is in
    center_name: str
    center_code: str  # signed into the verification code
    service_code: str  # a slow service, e.g. "finance_clearance"
    service_name: str  # Arabic, e.g. "براءة ذمة مالية"
    issuing_body: str  # Arabic, e.g. "وزارة المالية"
    request_id: str  # printable ASCII: it becomes a Code 128
    record: CivilRecord  # the subject, from the registry snapshot
    body_pages: int = 0  # pages of the body's document that follow this sheet
    body_sha256: str = ""  # of the body's PDF as received; printed as a short fingerprint
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


def cover_rows(facts: CoverFacts) -> list[tuple[str, str]]:
    """(label, value) of the cover sheet's table, in reading order."""
    rows = [
        ("الخدمة", facts.service_name),
        ("الجهة المصدرة", facts.issuing_body),
        ("رقم الوثيقة", facts.document_number),
        ("رقم المعاملة", facts.request_id),
        ("مركز الخدمة", facts.center_name),
        ("مكان الإصدار وتاريخه", f"{facts.issue_place} - {format_date(facts.issued_on)}"),
        ("اسم صاحب العلاقة", facts.record.full_name),
        ("الرقم الوطني", facts.record.national_number),
    ]
    if facts.body_pages:
        rows.append(("عدد صفحات وثيقة الجهة", str(facts.body_pages)))
    if facts.body_sha256:
        rows.append(("بصمة وثيقة الجهة", f"SHA-256 {facts.body_sha256[:16]}"))
    return rows


def _header(canvas: Any, facts: CoverFacts, top: float) -> float:
    return draw_letterhead(
        canvas,
        (*HEADER_LINES, facts.center_name),
        facts.document_number,
        facts.issued_on,
        facts.request_id,
        top,
    )


def _title(canvas: Any, facts: CoverFacts, top: float) -> float:
    y = top - 30
    draw_line(
        canvas,
        TITLE,
        PAGE_WIDTH / 2,
        y,
        TextStyle(font=BOLD, size=20),
        align="center",
        max_width=CONTENT_WIDTH,
    )
    y -= 20
    draw_line(
        canvas,
        f"{facts.service_name} - {facts.issuing_body}",
        PAGE_WIDTH / 2,
        y,
        TextStyle(size=11.5),
        align="center",
        max_width=CONTENT_WIDTH,
    )
    return y - 14


def _table(canvas: Any, facts: CoverFacts, top: float) -> float:
    """Two columns, right to left: the label in a shaded cell, then the value."""
    rows = cover_rows(facts)
    bottom = top - len(rows) * ROW_HEIGHT
    split = RIGHT - LABEL_WIDTH
    canvas.setLineWidth(0.6)
    canvas.setStrokeColorRGB(*RULE)
    canvas.setFillColorRGB(*LABEL_FILL)
    canvas.rect(split, bottom, LABEL_WIDTH, top - bottom, stroke=0, fill=1)
    canvas.setFillColorRGB(*INK)
    canvas.rect(LEFT, bottom, CONTENT_WIDTH, top - bottom, stroke=1, fill=0)
    canvas.line(split, bottom, split, top)
    for i, (label, value) in enumerate(rows):
        cell_top = top - i * ROW_HEIGHT
        if i:
            canvas.line(LEFT, cell_top, RIGHT, cell_top)
        label_cell = Box(split, cell_top - ROW_HEIGHT, LABEL_WIDTH, ROW_HEIGHT)
        value_cell = Box(LEFT, cell_top - ROW_HEIGHT, CONTENT_WIDTH - LABEL_WIDTH, ROW_HEIGHT)
        draw_text(
            canvas, label, label_cell.inset(3 * mm, 1), TextStyle(font=BOLD, size=11.5, min_size=8)
        )
        draw_text(canvas, value, value_cell.inset(3 * mm, 1), TextStyle(size=12.5, min_size=6.5))
    return bottom


def _attestation(canvas: Any, facts: CoverFacts, top: float) -> float:
    text = (
        f"يشهد {facts.center_name} بأن الوثيقة المرفقة بهذه الورقة صادرة عن "
        f"{facts.issuing_body} جواباً على المعاملة المذكورة أعلاه، وأنها تُسلَّم "
        "كما وردت دون أي تعديل. لا تُعتمد الوثيقة المرفقة إلا مع هذه الورقة مختومةً."
    )
    box = Box(LEFT, top - 18 * mm, CONTENT_WIDTH, 14 * mm)
    draw_text(canvas, text, box, TextStyle(size=11, leading=1.45), valign="top")
    y = box.y - 6
    line = (
        f"صدر عن {facts.center_name} في {facts.issue_place} بتاريخ {format_date(facts.issued_on)}"
    )
    draw_line(canvas, line, RIGHT, y, TextStyle(font=BOLD, size=11.5), max_width=CONTENT_WIDTH)
    return y - 10


def _footer(canvas: Any, facts: CoverFacts) -> None:
    """The request barcode at the bottom left and the document number along the bottom rule."""
    spec = BarcodeSpec()
    _, height = code128_size(facts.request_id, spec)
    draw_code128(canvas, facts.request_id, LEFT, MARGIN + 6, spec)
    draw_line(
        canvas, "رمز المعاملة", LEFT + 2, MARGIN + 6 + height + 4, TextStyle(size=8.5), align="left"
    )
    canvas.setLineWidth(0.4)
    canvas.setStrokeColorRGB(*RULE)
    canvas.line(LEFT, MARGIN, RIGHT, MARGIN)
    note = f"ورقة غلاف الوثيقة رقم {facts.document_number} — {facts.center_name}"
    footer_note(canvas, note, facts.receipt_reference, MARGIN - 11)


def _draw(canvas: Any, facts: CoverFacts, signer: Signer | None, payload: str | None) -> None:
    top = PAGE_HEIGHT - MARGIN
    _header(canvas, facts, top)
    _title(canvas, facts, top - HEADER_HEIGHT)
    y = _table(canvas, facts, top - HEADER_HEIGHT - TITLE_HEIGHT)
    y = _attestation(canvas, facts, y - 6 * mm)
    draw_stamps_and_signature(canvas, y - 2 * mm)
    _footer(canvas, facts)
    if signer is not None and payload is not None:
        draw_verification_code(canvas, payload, signer.key_id)


def render_cover_sheet(facts: CoverFacts, *, signer: Signer | None = None) -> bytes:
    """The cover sheet of `facts` as a one-page A4 PDF, signed when a `signer` is given."""
    payload = signer.payload(facts.signed_facts()) if signer is not None else None
    with digit_style(facts.digits):
        return render_pdf(
            A4,
            f"{TITLE} {facts.document_number}",
            lambda c: _draw(c, facts, signer, payload),
        )
