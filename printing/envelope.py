"""The transaction envelope (ظرف المعاملة): DL by default, C5 or C4, landscape.

Arabic mail is read from the right, so the sender (the center) sits at the top right and the
stamp and seal area at the top left; the recipient block is the large middle block, the
delivery terms and place (شروط ومكان التسليم) run along the bottom right and the barcodes
(request, and the post's tracking number when there is one) stack at the bottom left, clear
of the stamp area. The terms are data: `resources/delivery_terms_ar.txt`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any, Literal

from reportlab.lib.units import mm

from clerk_desk.digits import WESTERN
from printing.barcodes import BarcodeSpec, code128_size, draw_code128
from printing.fonts import BOLD, REGULAR
from printing.pdf import render_pdf
from printing.text import Box, TextStyle, digit_style, draw_line, draw_text
from resources import DELIVERY_TERMS_FILE

EnvelopeSize = Literal["DL", "C5", "C4"]
DeliveryMethod = Literal["post", "pickup"]

# ISO 269 envelope sizes, landscape (width, height)
ENVELOPE_SIZES: dict[str, tuple[float, float]] = {
    "DL": (220 * mm, 110 * mm),
    "C5": (229 * mm, 162 * mm),
    "C4": (324 * mm, 229 * mm),
}

RULE = (0.3, 0.3, 0.3)
LINE_HEIGHT = 1.55  # line height as a multiple of the size; room for Arabic marks
# the recipient block's lines: (role, font, size at DL scale)
RECIPIENT_SIZES = (10.0, 14.0, 12.0, 12.0)
RECIPIENT_LINES_HEIGHT = sum(RECIPIENT_SIZES) * LINE_HEIGHT


@dataclass(frozen=True)
class EnvelopeFacts:
    """What the envelope of one request carries; plain values."""

    request_id: str  # printable ASCII: it becomes a Code 128
    service_name: str  # what is inside, e.g. "بيان قيد فردي"
    center_name: str
    center_address: str
    center_city: str
    delivery: DeliveryMethod
    recipient_name: str
    recipient_address: str = ""  # required for post
    recipient_city: str = ""  # required for post
    tracking_number: str | None = None  # the post's item number, its own Code 128
    # The recipient's phone, for the courier: printed as given, in Western digits.
    recipient_phone: str = ""
    digits: str = WESTERN  # the digit style of its dates and numbers (clerk_desk.digits)
    shelf_slot: str | None = None  # where it waits for pickup (clerk_desk.shelf), once shelved

    def __post_init__(self) -> None:
        if self.delivery not in ("post", "pickup"):
            raise ValueError(f"delivery must be 'post' or 'pickup', not {self.delivery!r}")
        if self.delivery == "post" and not (self.recipient_address and self.recipient_city):
            raise ValueError("a postal envelope needs the recipient's address and city")


# --- delivery terms (data) ------------------------------------------------------------------


def load_delivery_terms(path: Path = DELIVERY_TERMS_FILE) -> dict[str, str]:
    """The terms text per delivery method, placeholders not yet filled in."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
            continue
        if current is not None:
            current.append(line)
    texts = {}
    for name, lines in sections.items():
        paragraphs = " ".join(line if line else "\n" for line in lines).split("\n")
        texts[name] = "\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
    missing = {"post", "pickup"} - texts.keys()
    if missing:
        raise ValueError(f"{path.name} has no section for {', '.join(sorted(missing))}")
    return texts


def delivery_terms(facts: EnvelopeFacts, path: Path = DELIVERY_TERMS_FILE) -> str:
    """The terms and place of delivery for this envelope, placeholders filled in."""
    template = Template(load_delivery_terms(path)[facts.delivery])
    try:
        return template.substitute(
            center=facts.center_name,
            center_address=facts.center_address,
            center_city=facts.center_city,
            request_id=facts.request_id,
        )
    except (KeyError, ValueError) as exc:
        raise ValueError(f"{path.name}: bad placeholder in [{facts.delivery}]: {exc}") from exc


# --- layout ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnvelopeLayout:
    """The regions of one envelope size, in points."""

    page: Box
    sender: Box
    stamp: Box
    recipient: Box
    terms: Box
    barcodes: Box
    scale: float  # text sizes relative to DL


def envelope_layout(size: EnvelopeSize, barcode_width: float) -> EnvelopeLayout:
    if size not in ENVELOPE_SIZES:
        raise ValueError(f"envelope size must be one of {', '.join(ENVELOPE_SIZES)}")
    width, height = ENVELOPE_SIZES[size]
    scale = {"DL": 1.0, "C5": 1.15, "C4": 1.5}[size]
    margin = 8 * mm * scale
    gap = 6 * mm
    left_width = max(barcode_width, 50 * mm * scale)
    right_x = margin + left_width + gap
    right_width = width - margin - right_x
    stamp = Box(margin, height - margin - 32 * mm * scale, 50 * mm * scale, 32 * mm * scale)
    sender_height = 24 * mm * scale
    sender = Box(
        right_x + right_width * 0.35,
        height - margin - sender_height,
        right_width * 0.65,
        sender_height,
    )
    terms_height = min((height - 2 * margin) * 0.34, 34 * mm * scale)
    terms = Box(right_x, margin, right_width, terms_height)
    # the recipient block is as tall as its four lines, centred in the space left for it
    space_bottom, space_top = terms.top + 4 * mm, sender.y - 3 * mm
    recipient_height = min(space_top - space_bottom, RECIPIENT_LINES_HEIGHT * scale + 8 * mm)
    recipient_y = space_bottom + (space_top - space_bottom - recipient_height) / 2
    recipient_width = min(right_width, 125 * mm * scale)
    recipient = Box(
        right_x + (right_width - recipient_width) / 2,
        recipient_y,
        recipient_width,
        recipient_height,
    )
    barcodes = Box(margin, margin, left_width, stamp.y - margin - 4 * mm)
    return EnvelopeLayout(
        Box(0, 0, width, height), sender, stamp, recipient, terms, barcodes, scale
    )


def _sender(canvas: Any, facts: EnvelopeFacts, box: Box, scale: float) -> None:
    lines = (
        ("المرسِل:", BOLD, 9.5),
        (facts.center_name, BOLD, 11),
        (facts.center_address, REGULAR, 9.5),
        (facts.center_city, REGULAR, 9.5),
    )
    line_height = box.height / len(lines)
    for i, (text, font, size) in enumerate(lines):
        row = Box(box.x, box.top - (i + 1) * line_height, box.width, line_height)
        draw_text(
            canvas, text, row, TextStyle(font=font, size=size * scale, min_size=6), max_lines=1
        )


def _stamp(canvas: Any, box: Box, scale: float) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.7)
    canvas.setDash(3, 2)
    canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)
    canvas.restoreState()
    draw_line(
        canvas,
        "مكان الطابع والختم",
        box.x + box.width / 2,
        box.y + box.height / 2 - 3,
        TextStyle(size=9 * scale),
        align="center",
        max_width=box.width - 4,
    )


def shelf_slot_box(layout: EnvelopeLayout) -> Box:
    """Where the shelf slot goes: top middle, between the stamp area and the sender, so
    an envelope fed again once shelved (sealed) takes it without touching anything else."""
    x = layout.stamp.right + 5 * mm
    width = min(layout.sender.x - 3 * mm - x, 42 * mm * layout.scale)
    height = 17 * mm * layout.scale
    return Box(x, layout.stamp.top - height, width, height)


def _shelf_slot(canvas: Any, slot: str, box: Box, scale: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(1.4)
    canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)
    canvas.restoreState()
    label_height = box.height * 0.36
    draw_text(
        canvas,
        "خانة رف الاستلام",
        Box(box.x, box.top - label_height, box.width, label_height).inset(2 * mm, 0.5 * mm),
        TextStyle(font=BOLD, size=8.5 * scale, min_size=6),
        max_lines=1,
    )
    draw_line(  # Latin letter and digits, left to right whatever the digit style
        canvas,
        slot,
        box.x + box.width / 2,
        box.y + box.height * 0.16,
        TextStyle(font=BOLD, size=20 * scale),
        align="center",
        max_width=box.width - 4,
    )


def _recipient(canvas: Any, facts: EnvelopeFacts, box: Box, scale: float) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.9)
    canvas.roundRect(box.x, box.y, box.width, box.height, 2 * mm, stroke=1, fill=0)
    canvas.restoreState()
    inner = box.inset(4 * mm, 2 * mm)
    if facts.delivery == "post":
        lines = (
            ("إلى السيد/السيدة:", BOLD),
            (facts.recipient_name, BOLD),
            (facts.recipient_address, REGULAR),
            (facts.recipient_city, BOLD),
        )
    else:
        lines = (
            ("إلى السيد/السيدة:", BOLD),
            (facts.recipient_name, BOLD),
            (f"يُسلَّم في {facts.center_name}", BOLD),
            (f"{facts.center_address}، {facts.center_city}", REGULAR),
        )
    top = inner.top - (inner.height - RECIPIENT_LINES_HEIGHT * scale) / 2
    last = len(lines) - 1
    for n, ((text, font), size) in enumerate(zip(lines, RECIPIENT_SIZES, strict=True)):
        row = Box(
            inner.x, top - size * scale * LINE_HEIGHT, inner.width, size * scale * LINE_HEIGHT
        )
        if n == last and facts.delivery == "post" and facts.recipient_phone:
            # The city at the right of the block's last line, the phone at its left.
            phone_width = _phone(canvas, facts.recipient_phone, row, scale)
            row = Box(
                row.x + phone_width + 4 * mm, row.y, row.width - phone_width - 4 * mm, row.height
            )
        draw_text(
            canvas, text, row, TextStyle(font=font, size=size * scale, min_size=6.5), max_lines=1
        )
        top = row.y


def _phone(canvas: Any, phone: str, row: Box, scale: float) -> float:
    """The recipient's phone at the left of ``row``: "هاتف:" then the number, which stays
    left to right in Western digits whatever the paper's digit style (it is dialled as
    written). Drawn as two runs, so no bidi reordering can move a digit. Its width."""
    size = 11 * scale
    baseline = row.y + row.height / 2 - size * 0.35
    with digit_style(WESTERN):
        number = draw_line(
            canvas,
            phone,
            row.x,
            baseline,
            TextStyle(font=BOLD, size=size, direction="ltr"),
            align="left",
            max_width=row.width / 2,
        )
    label = draw_line(
        canvas,
        "هاتف:",
        row.x + number.width + 1.5 * mm,
        baseline,
        TextStyle(size=size * 0.9),
        align="left",
    )
    return float(number.width + 1.5 * mm + label.width)


def _terms(canvas: Any, facts: EnvelopeFacts, box: Box, scale: float) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(*RULE)
    canvas.setLineWidth(0.5)
    canvas.rect(box.x, box.y, box.width, box.height, stroke=1, fill=0)
    canvas.restoreState()
    heading = box.inset(2.5 * mm, 1.5 * mm)
    heading_height = 11 * scale * 1.3
    method = "بالبريد" if facts.delivery == "post" else "في المركز"
    draw_text(
        canvas,
        f"شروط ومكان التسليم ({method})",
        Box(heading.x, heading.top - heading_height, heading.width, heading_height),
        TextStyle(font=BOLD, size=10 * scale),
        max_lines=1,
    )
    body = Box(heading.x, heading.y, heading.width, heading.height - heading_height)
    draw_text(
        canvas,
        delivery_terms(facts),
        body,
        TextStyle(size=9 * scale, min_size=5.5, leading=LINE_HEIGHT),
        valign="top",
    )


def _barcodes(canvas: Any, facts: EnvelopeFacts, box: Box, spec: BarcodeSpec) -> None:
    codes = [("رقم المعاملة", facts.request_id)]
    if facts.tracking_number:
        codes.append(("رقم الإرسالية البريدية", facts.tracking_number))
    y = box.y
    label_height = 11
    for label, value in codes:
        width, height = code128_size(value, spec)
        draw_code128(canvas, value, box.x, y, spec)
        draw_line(
            canvas,
            label,
            box.x + width - spec.quiet_modules * spec.module_width,
            y + height + 3,
            TextStyle(size=8.5),
            align="right",
            max_width=width,
        )
        y += height + label_height + 3 * mm
    if y - 3 * mm > box.top + 1e-6:
        raise ValueError("the barcodes do not fit beside the stamp area on this envelope")


def _layout_of(request_id: str, tracking_number: str | None, size: EnvelopeSize) -> EnvelopeLayout:
    spec = BarcodeSpec()
    values = [request_id] + ([tracking_number] if tracking_number else [])
    return envelope_layout(size, max(code128_size(v, spec)[0] for v in values))


def _draw(canvas: Any, facts: EnvelopeFacts, size: EnvelopeSize) -> None:
    spec = BarcodeSpec()
    layout = _layout_of(facts.request_id, facts.tracking_number, size)
    _sender(canvas, facts, layout.sender, layout.scale)
    _stamp(canvas, layout.stamp, layout.scale)
    _recipient(canvas, facts, layout.recipient, layout.scale)
    _terms(canvas, facts, layout.terms, layout.scale)
    _barcodes(canvas, facts, layout.barcodes, spec)
    if facts.shelf_slot:
        _shelf_slot(canvas, facts.shelf_slot, shelf_slot_box(layout), layout.scale)


def render_envelope(facts: EnvelopeFacts, size: EnvelopeSize = "DL") -> bytes:
    """The envelope of `facts` as a one-page PDF of the given size, landscape."""
    if size not in ENVELOPE_SIZES:
        raise ValueError(f"envelope size must be one of {', '.join(ENVELOPE_SIZES)}")
    title = f"ظرف المعاملة {facts.request_id}"
    with digit_style(facts.digits):
        return render_pdf(ENVELOPE_SIZES[size], title, lambda c: _draw(c, facts, size))


def render_shelf_slot(
    request_id: str,
    tracking_number: str | None,
    slot: str,
    size: EnvelopeSize = "DL",
    digits: str = WESTERN,
) -> bytes:
    """Only the shelf slot's box, where :func:`render_envelope` puts it on the envelope of
    ``request_id`` (its barcodes set the layout): printed on the sealed envelope once it
    is shelved, which then reads as ``render_envelope`` with ``shelf_slot`` draws it."""
    if size not in ENVELOPE_SIZES:
        raise ValueError(f"envelope size must be one of {', '.join(ENVELOPE_SIZES)}")
    layout = _layout_of(request_id, tracking_number, size)
    with digit_style(digits):
        return render_pdf(
            ENVELOPE_SIZES[size],
            f"خانة رف الاستلام {request_id}",
            lambda c: _shelf_slot(c, slot, shelf_slot_box(layout), layout.scale),
        )
