"""The family extract (بيان قيد عائلي) as the civil-affairs offices print it: the letterhead
and title of the service's template, the family record's registry office, place and number
and the subject, then one table with the head of the family and every member (relation,
national number, birth date and place, marital status, alive or deceased), right to left,
then the attestation, the stamps box, the signature and the verification code.

A family too long for one page continues on the next: the table's head is repeated, no row
is cut, a page that continues says so and the next says which page of how many it is; the
attestation, stamps and signature come once, on the last page, under at least two rows of
the table. The verification code is on every page (a reader looks on the first). The
letterhead, title, attestation, stamps and footer are those of every document
(``printing.document``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from clerk_desk.api_family import RELATION_AR, FamilyMember, FamilyRecord, VitalStatus
from clerk_desk.ports.signing import Signer
from printing.document import (
    CONTENT_WIDTH,
    HEADER_HEIGHT,
    INK,
    LABEL_FILL,
    LEFT,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    RULE,
    TABLE_HEIGHT,
    TABLE_TOP,
    DocumentFacts,
    _attestation,
    _footer,
    _header,
    _title,
    draw_stamps_and_signature,
    draw_verification_code,
    format_date,
)
from printing.fonts import BOLD
from printing.pdf import render_pdf
from printing.templates import DocumentTemplate, load_template
from printing.text import Align, Box, TextStyle, digit_style, draw_line, draw_text

_STATUS_AR = {
    (VitalStatus.ALIVE, "male"): "حي",
    (VitalStatus.ALIVE, "female"): "حية",
    (VitalStatus.DECEASED, "male"): "متوفى",
    (VitalStatus.DECEASED, "female"): "متوفاة",
}


@dataclass(frozen=True)
class Column:
    label: str
    width: float  # points
    align: Align = "center"
    lines: int = 1  # a longer value shrinks rather than wraps (a date is never cut)


# Right to left, as the table reads; the widths fill the content width.
COLUMNS: tuple[Column, ...] = (
    Column("م", 7 * mm),
    Column("الاسم", 34 * mm, "right", lines=2),
    Column("الصلة بصاحب القيد", 17 * mm),
    Column("اسم الأم", 25 * mm, "right", lines=2),
    Column("الرقم الوطني", 23 * mm),
    Column("تاريخ الولادة", 20 * mm),
    Column("مكان الولادة", 17 * mm, lines=2),
    Column("الوضع العائلي", 15 * mm),
    Column("الحالة", CONTENT_WIDTH - 158 * mm, lines=2),
)
HEAD_ROW = 10 * mm
ROW = 8 * mm
INFO_ROW = 8 * mm
INFO_HEIGHT = 2 * INFO_ROW + 4 * mm  # the record's office, reference and subject, and a gap
CONTINUED_TITLE = 34.0
# The lowest a table may reach: on the last page, the individual extract's table bottom
# (the attestation, stamps and signature fit under it); on a page that continues, just
# above the verification code and the line that says the table goes on.
CLOSING_BOTTOM = TABLE_TOP - TABLE_HEIGHT
OPEN_BOTTOM = MARGIN + 110
FIRST_TOP = TABLE_TOP - INFO_HEIGHT
NEXT_TOP = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT - CONTINUED_TITLE
MIN_CLOSING_ROWS = 2


def _rows_between(top: float, bottom: float) -> int:
    return int((top - HEAD_ROW - bottom + 1e-6) // ROW)


def page_rows(count: int) -> list[int]:
    """How many members each page's table holds, for a family of ``count``."""
    pages: list[int] = []
    remaining = count
    while True:
        top = FIRST_TOP if not pages else NEXT_TOP
        if remaining <= _rows_between(top, CLOSING_BOTTOM):
            return [*pages, remaining]
        take = min(_rows_between(top, OPEN_BOTTOM), remaining - MIN_CLOSING_ROWS)
        pages.append(take)
        remaining -= take


def member_cells(number: int, member: FamilyMember) -> tuple[str, ...]:
    """The printed cells of one member's row, right to left (``COLUMNS``)."""
    status = _STATUS_AR[(member.status, member.gender)]
    if member.died_on is not None:
        status = f"{status}\n{format_date(member.died_on)}"
    return (
        str(number),
        member.full_name,
        RELATION_AR[member.relation],
        member.mother_name,
        member.national_number,
        format_date(member.birth_date),
        member.birth_place,
        member.marital_status_ar,
        status,
    )


def family_table(family: FamilyRecord) -> list[tuple[str, ...]]:
    """The table's rows in the record's order: the head, his wives, the children."""
    return [member_cells(i, m) for i, m in enumerate(family.in_record_order(), start=1)]


# --- sections -------------------------------------------------------------------------------


def _cells(
    canvas: Any, texts: Sequence[str], top: float, height: float, style: TextStyle, lines: int = 0
) -> None:
    """One row's cells; ``lines``: as many as each may wrap to (else the column's)."""
    right = RIGHT
    for column, text in zip(COLUMNS, texts, strict=True):
        box = Box(right - column.width, top - height, column.width, height)
        draw_text(
            canvas,
            text,
            box.inset(1.2 * mm, 0.6),
            style,
            align=column.align,
            max_lines=lines or column.lines,
        )
        right -= column.width


def _grid(canvas: Any, top: float, bottom: float) -> None:
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.6)
    canvas.rect(LEFT, bottom, CONTENT_WIDTH, top - bottom, stroke=1, fill=0)
    x = RIGHT
    for column in COLUMNS[:-1]:
        x -= column.width
        canvas.line(x, bottom, x, top)


def _table(canvas: Any, rows: Sequence[tuple[str, ...]], top: float) -> float:
    """The table's head and ``rows`` from ``top``; returns its bottom."""
    canvas.setFillColorRGB(*LABEL_FILL)
    canvas.rect(LEFT, top - HEAD_ROW, CONTENT_WIDTH, HEAD_ROW, stroke=0, fill=1)
    canvas.setFillColorRGB(*INK)
    head = TextStyle(font=BOLD, size=9, min_size=6.5, leading=1.15)
    _cells(canvas, [c.label for c in COLUMNS], top, HEAD_ROW, head, lines=2)
    body = TextStyle(size=9.5, min_size=6.5, leading=1.15)
    y: float = top - HEAD_ROW
    for row in rows:
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(0.6)
        canvas.line(LEFT, y, RIGHT, y)
        _cells(canvas, row, y, ROW, body)
        y -= ROW
    _grid(canvas, top, y)
    return y


def _record_info(canvas: Any, facts: DocumentFacts, family: FamilyRecord, top: float) -> None:
    """Two rows of label and value pairs: where the record is held and whose extract."""
    pairs = (
        (("أمانة السجل المدني", family.registry_office_ar), ("محل ورقم القيد", family.record_ref)),
        (
            ("صاحب العلاقة", facts.record.full_name),
            ("الرقم الوطني", facts.record.national_number),
        ),
    )
    half = CONTENT_WIDTH / 2
    label_width = 30 * mm
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.6)
    for r, row in enumerate(pairs):
        y = top - (r + 1) * INFO_ROW
        for c, (label, value) in enumerate(row):
            right = RIGHT - c * half
            label_box = Box(right - label_width, y, label_width, INFO_ROW)
            value_box = Box(right - half, y, half - label_width, INFO_ROW)
            canvas.setFillColorRGB(*LABEL_FILL)
            canvas.rect(label_box.x, y, label_box.width, INFO_ROW, stroke=0, fill=1)
            canvas.setFillColorRGB(*INK)
            canvas.rect(right - half, y, half, INFO_ROW, stroke=1, fill=0)
            canvas.line(label_box.x, y, label_box.x, y + INFO_ROW)
            bold = TextStyle(font=BOLD, size=10, min_size=7)
            draw_text(canvas, label, label_box.inset(2 * mm, 0.5), bold)
            draw_text(canvas, value, value_box.inset(2 * mm, 0.5), TextStyle(size=10.5, min_size=7))


def _continued_title(canvas: Any, template: DocumentTemplate, page: int, pages: int) -> None:
    y = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT - 22
    title = f"{template.title} (تابع) — الصفحة {page} من {pages}"
    draw_line(canvas, title, PAGE_WIDTH / 2, y, TextStyle(font=BOLD, size=14), align="center")


def _draw(
    canvas: Any,
    facts: DocumentFacts,
    family: FamilyRecord,
    template: DocumentTemplate,
    signer: Signer | None,
    payload: str | None,
) -> None:
    rows = family_table(family)
    counts = page_rows(len(rows))
    start = 0
    for page, count in enumerate(counts, start=1):
        if page > 1:
            canvas.showPage()
        _header(canvas, facts, template, PAGE_HEIGHT - MARGIN)
        if page == 1:
            _title(canvas, template, PAGE_HEIGHT - MARGIN - HEADER_HEIGHT)
            _record_info(canvas, facts, family, TABLE_TOP)
            top = FIRST_TOP
        else:
            _continued_title(canvas, template, page, len(counts))
            top = NEXT_TOP
        bottom = _table(canvas, rows[start : start + count], top)
        start += count
        _footer(canvas, facts)
        # on every page: a page apart from the first can be checked too (and the code
        # readers look on the first)
        if signer is not None and payload is not None:
            draw_verification_code(canvas, payload, signer.key_id)
        if page < len(counts):
            note = f"يتبع في الصفحة التالية — الصفحة {page} من {len(counts)}"
            draw_line(canvas, note, RIGHT, bottom - 14, TextStyle(font=BOLD, size=10))
        else:
            y = _attestation(canvas, facts, template, bottom - 6 * mm)
            draw_stamps_and_signature(canvas, y - 2 * mm)


def render_family_extract(
    facts: DocumentFacts,
    family: FamilyRecord,
    *,
    signer: Signer | None = None,
    template: DocumentTemplate | None = None,
) -> bytes:
    """The family extract of ``facts`` (a family-extract service's) with ``family``, the
    family record its registry snapshot carries, as an A4 PDF of one page or more. The
    signed code is that of every document: it names the subject."""
    template = template or load_template(facts.service_code)
    if template.service_code != facts.service_code or template.family is None:
        raise ValueError(f"template {template.service_code!r} prints no family record")
    # the family record's own subtitle and attestation, in the sections of every document
    template = template.model_copy(
        update={"subtitle": template.family.subtitle, "attestation": template.family.attestation}
    )
    payload = signer.payload(facts.signed_facts()) if signer is not None else None
    with digit_style(facts.digits):
        return render_pdf(
            A4,
            f"{template.title} {facts.document_number}",
            lambda c: _draw(c, facts, family, template, signer, payload),
        )
