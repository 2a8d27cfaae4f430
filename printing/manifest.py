"""The dispatch manifest (بيان تسليم): sealed envelopes handed to the Syrian Post, on A4.

One line per envelope, right to left: its number in the batch, the request number, the
recipient's city, and the Code 128 of the post's tracking number (the request number when
the envelope has none), which the courier can scan. The last page carries the count and
the signatures of the clerk who hands over and the courier of the Syrian Post Establishment
(المؤسسة السورية للبريد) who takes them. Long batches run onto more pages, each headed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from clerk_desk.ports.paper import ManifestFacts as ManifestFacts  # the core builds them
from clerk_desk.ports.paper import ManifestLine as ManifestLine
from printing.barcodes import BarcodeSpec, code128_size, draw_code128
from printing.document import format_date
from printing.fonts import BOLD, REGULAR
from printing.pdf import render_pdf
from printing.text import Box, TextStyle, digit_style, draw_line, draw_text

POST_AR = "المؤسسة السورية للبريد"
RULE = (0.3, 0.3, 0.3)
SHADE = (0.92, 0.92, 0.92)
MARGIN = 15 * mm
HEADER_HEIGHT = 44 * mm
TABLE_HEAD = 9 * mm
ROW_HEIGHT = 21 * mm
FOOTER_HEIGHT = 8 * mm
SIGNATURES_HEIGHT = 52 * mm
HEADER_GAP = 3 * mm  # between the header and the table
SIGNATURES_GAP = 6 * mm  # between the table and the signatures
# columns from the right edge: (heading, width); the barcode column takes the rest
COLUMNS = (("م", 10 * mm), ("رقم المعاملة", 38 * mm), ("مدينة المرسَل إليه", 42 * mm))


def _rows_per_page() -> tuple[int, int]:
    """(rows on a full page, rows on the page that also carries the signatures)."""
    body = A4[1] - 2 * MARGIN - HEADER_HEIGHT - HEADER_GAP - TABLE_HEAD - FOOTER_HEIGHT
    return int(body // ROW_HEIGHT), int((body - SIGNATURES_GAP - SIGNATURES_HEIGHT) // ROW_HEIGHT)


def paginate(lines: Sequence[ManifestLine]) -> list[list[ManifestLine]]:
    """The lines of each page; the last page has room left for the signatures."""
    full, last = _rows_per_page()
    pages: list[list[ManifestLine]] = []
    rest = list(lines)
    while len(rest) > last:
        # never leave the signatures alone on a page: at least one line goes with them
        take = full if len(rest) > full else len(rest) - 1
        pages.append(rest[:take])
        rest = rest[take:]
    pages.append(rest)
    return pages


def _header(canvas: Any, facts: ManifestFacts, box: Box, page: int, pages: int) -> None:
    spec = BarcodeSpec(text_size=8)
    width, height = code128_size(facts.batch_id, spec)
    draw_code128(canvas, facts.batch_id, box.x, box.top - height, spec)
    text = Box(box.x + width + 6 * mm, box.y, box.width - width - 6 * mm, box.height)
    rows = (
        (f"بيان تسليم الإرساليات إلى {POST_AR}", BOLD, 15.0),
        (facts.center_name, BOLD, 12.0),
        (f"رقم البيان: {facts.batch_id}", REGULAR, 11.0),
        (f"التاريخ: {format_date(facts.prepared_on)}", REGULAR, 11.0),
        (f"عدد الإرساليات: {len(facts.lines)} — الصفحة {page} من {pages}", REGULAR, 11.0),
    )
    row_height = text.height / len(rows)
    for i, (value, font, size) in enumerate(rows):
        draw_text(
            canvas,
            value,
            Box(text.x, text.top - (i + 1) * row_height, text.width, row_height),
            TextStyle(font=font, size=size, min_size=7),
            max_lines=1,
        )
    canvas.saveState()
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.8)
    canvas.line(box.x, box.y, box.right, box.y)
    canvas.restoreState()


def _cells(table: Box) -> list[Box]:
    """The column boxes of a row band, right to left; the last is the barcode column."""
    cells = []
    right = table.right
    for _heading, width in COLUMNS:
        cells.append(Box(right - width, table.y, width, table.height))
        right -= width
    cells.append(Box(table.x, table.y, right - table.x, table.height))
    return cells


def _grid(canvas: Any, box: Box, shade: bool = False) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.5)
    if shade:
        canvas.setFillColorRGB(*SHADE)
    for cell in _cells(box):
        canvas.rect(cell.x, cell.y, cell.width, cell.height, stroke=1, fill=1 if shade else 0)
    canvas.restoreState()


def _table_head(canvas: Any, band: Box) -> None:
    _grid(canvas, band, shade=True)
    headings = [h for h, _w in COLUMNS] + ["رقم الإرسالية البريدية (رمز شريطي)"]
    for cell, heading in zip(_cells(band), headings, strict=True):
        draw_text(
            canvas,
            heading,
            cell.inset(1.5 * mm, 0.5 * mm),
            TextStyle(font=BOLD, size=10, min_size=7),
            align="center",
            max_lines=1,
        )


def _row(canvas: Any, band: Box, number: int, line: ManifestLine, spec: BarcodeSpec) -> None:
    _grid(canvas, band)
    number_cell, request_cell, city_cell, code_cell = _cells(band)
    ltr = TextStyle(size=11, min_size=7, direction="ltr")
    draw_text(canvas, str(number), number_cell, ltr, align="center", max_lines=1)
    draw_text(
        canvas,
        line.request_id,
        request_cell.inset(1.5 * mm, 0),
        TextStyle(font=BOLD, size=11, min_size=7, direction="ltr"),
        align="center",
        max_lines=1,
    )
    draw_text(
        canvas,
        line.recipient_city or "—",
        city_cell.inset(2 * mm, 1 * mm),
        TextStyle(size=11, min_size=7),
        align="center",
        max_lines=2,
    )
    width, height = code128_size(line.barcode_value, spec)
    if width > code_cell.width:
        raise ValueError(f"the barcode of {line.barcode_value} does not fit its column")
    draw_code128(
        canvas,
        line.barcode_value,
        code_cell.x + (code_cell.width - width) / 2,
        code_cell.y + (code_cell.height - height) / 2,
        spec,
    )


def _signatures(canvas: Any, facts: ManifestFacts, box: Box) -> None:
    draw_text(
        canvas,
        f"سُلِّمت {len(facts.lines)} إرسالية مختومة بحالة سليمة، كما هو مبيَّن أعلاه.",
        Box(box.x, box.top - 10 * mm, box.width, 10 * mm),
        TextStyle(font=BOLD, size=12, min_size=8),
        max_lines=1,
    )
    gap = 10 * mm
    half = (box.width - gap) / 2
    blocks = (
        (
            Box(box.right - half, box.y, half, box.height - 14 * mm),
            "الموظف المسلِّم",
            facts.clerk_name,
        ),
        (
            Box(box.x, box.y, half, box.height - 14 * mm),
            f"المستلم: مندوب {POST_AR}",
            facts.courier_name,
        ),
    )
    for block, title, name in blocks:
        canvas.saveState()
        canvas.setStrokeColorRGB(*RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(block.x, block.y, block.width, block.height, stroke=1, fill=0)
        canvas.restoreState()
        inner = block.inset(3 * mm, 2 * mm)
        lines = (
            (title, BOLD),
            (f"الاسم: {name}" if name else "الاسم: ...............................", REGULAR),
            ("التوقيع: ...............................", REGULAR),
            ("التاريخ والساعة: ......................", REGULAR),
        )
        row_height = inner.height / len(lines)
        for i, (value, font) in enumerate(lines):
            draw_text(
                canvas,
                value,
                Box(inner.x, inner.top - (i + 1) * row_height, inner.width, row_height),
                TextStyle(font=font, size=11, min_size=7),
                max_lines=1,
            )


def _footer(canvas: Any, facts: ManifestFacts, page: int, pages: int) -> None:
    draw_line(
        canvas,
        f"{facts.batch_id} — {page}/{pages}",
        A4[0] / 2,
        MARGIN,
        TextStyle(size=8, direction="ltr"),
        align="center",
    )


def _draw(canvas: Any, facts: ManifestFacts) -> None:
    width, height = A4
    spec = BarcodeSpec(text_size=8.5)
    pages = paginate(facts.lines)
    number = 0
    for index, page_lines in enumerate(pages, start=1):
        if index > 1:
            canvas.showPage()
        header = Box(MARGIN, height - MARGIN - HEADER_HEIGHT, width - 2 * MARGIN, HEADER_HEIGHT)
        _header(canvas, facts, header.inset(0, 2 * mm), index, len(pages))
        y = header.y - HEADER_GAP
        if page_lines:
            y -= TABLE_HEAD
            _table_head(canvas, Box(MARGIN, y, width - 2 * MARGIN, TABLE_HEAD))
        for line in page_lines:
            number += 1
            y -= ROW_HEIGHT
            _row(canvas, Box(MARGIN, y, width - 2 * MARGIN, ROW_HEIGHT), number, line, spec)
        if index == len(pages):
            box = Box(
                MARGIN,
                y - SIGNATURES_GAP - SIGNATURES_HEIGHT,
                width - 2 * MARGIN,
                SIGNATURES_HEIGHT,
            )
            if box.y < MARGIN + FOOTER_HEIGHT - 1e-6:
                raise ValueError("the signatures do not fit on the last page")  # a layout bug
            _signatures(canvas, facts, box)
        _footer(canvas, facts, index, len(pages))


def render_manifest(facts: ManifestFacts) -> bytes:
    """The dispatch manifest of one batch as an A4 PDF (as many pages as it needs)."""
    with digit_style(facts.digits):
        return render_pdf(A4, f"بيان تسليم {facts.batch_id}", lambda c: _draw(c, facts))


def sample_manifest(center_name: str, center_city: str, count: int = 12) -> ManifestFacts:
    """A manifest of `count` made-up postal envelopes (``clerk-desk render --demo``)."""
    from clerk_desk.tracking import make_tracking_number

    cities = ("دمشق", "حلب", "حمص", "حماة", "اللاذقية", "ريف دمشق")
    lines = tuple(
        ManifestLine(
            request_id=f"DAM-{100 + n:06d}",
            tracking_number=make_tracking_number("RR", 10_000_000 + n),
            recipient_city=cities[n % len(cities)],
        )
        for n in range(count)
    )
    return ManifestFacts(
        batch_id="DAM-2026-W1-D0001",
        prepared_on=date(2026, 3, 1),
        center_name=center_name,
        center_city=center_city,
        clerk_name="موظف التدريب",
        lines=lines,
    )
