from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from printing.envelope import (
    ENVELOPE_SIZES,
    EnvelopeFacts,
    delivery_terms,
    envelope_layout,
    load_delivery_terms,
    render_envelope,
    render_shelf_slot,
    shelf_slot_box,
)
from tests.printing.pdfcheck import page_chars, page_sizes, page_text, render_gray, visual_lines


@pytest.mark.parametrize(
    ("size", "expected_mm"), [("DL", (220, 110)), ("C5", (229, 162)), ("C4", (324, 229))]
)
def test_page_size(post_envelope: EnvelopeFacts, size: str, expected_mm: tuple[int, int]) -> None:
    sizes = page_sizes(render_envelope(post_envelope, size))  # type: ignore[arg-type]
    assert len(sizes) == 1
    assert sizes[0] == pytest.approx((expected_mm[0] * mm, expected_mm[1] * mm), abs=0.01)


def test_default_is_dl(pickup_envelope: EnvelopeFacts) -> None:
    assert page_sizes(render_envelope(pickup_envelope))[0] == pytest.approx(ENVELOPE_SIZES["DL"])


def test_unknown_size_is_refused(post_envelope: EnvelopeFacts) -> None:
    with pytest.raises(ValueError):
        render_envelope(post_envelope, "A4")  # type: ignore[arg-type]


def test_post_envelope_text(post_envelope: EnvelopeFacts) -> None:
    pdf = render_envelope(post_envelope)
    text = page_text(pdf)
    assert "مركز خدمة المواطن في دمشق".replace(" ", "") in text.replace(" ", "")
    assert "شروط ومكان التسليم" in text
    assert "المؤسسة السورية للبريد" in text
    on_paper = "".join(visual_lines(pdf)).replace(" ", "")
    assert "RR123456785SY" in on_paper
    assert "REQ-2024-00042" in on_paper


def test_pickup_envelope_names_the_center(pickup_envelope: EnvelopeFacts) -> None:
    text = page_text(render_envelope(pickup_envelope)).replace(" ", "")
    # pdfium pulls the marks of يُسلَّم apart; the rest reads in order
    assert "فيمركزخدمةالمواطنفيحلب" in text
    assert "حيالجميلية" in text


def test_delivery_terms_are_data(tmp_path: Path, post_envelope: EnvelopeFacts) -> None:
    texts = load_delivery_terms()
    assert set(texts) >= {"post", "pickup"}
    assert "$center" in texts["post"]
    filled = delivery_terms(post_envelope)
    assert "$" not in filled and post_envelope.center_name in filled

    custom = tmp_path / "terms.txt"
    custom.write_text("[post]\nبالبريد إلى $center\n\n[pickup]\nفي المركز\n", encoding="utf-8")
    assert delivery_terms(post_envelope, custom) == f"بالبريد إلى {post_envelope.center_name}"
    custom.write_text("[post]\n$nope\n[pickup]\nx\n", encoding="utf-8")
    with pytest.raises(ValueError):
        delivery_terms(post_envelope, custom)


def test_post_needs_an_address(post_envelope: EnvelopeFacts) -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(post_envelope, recipient_address="")


@pytest.mark.parametrize("size", ["DL", "C5", "C4"])
def test_barcodes_clear_of_stamp_area(post_envelope: EnvelopeFacts, size: str) -> None:
    layout = envelope_layout(size, 80 * mm)  # type: ignore[arg-type]
    assert layout.barcodes.top < layout.stamp.y
    for region in (layout.sender, layout.recipient, layout.terms):
        assert region.x >= layout.barcodes.right and region.x >= layout.stamp.right
        assert region.right <= layout.page.width and region.top <= layout.page.height


@pytest.mark.parametrize("size", list(ENVELOPE_SIZES))
def test_a_shelved_envelope_carries_its_slot_clear_of_everything(
    pickup_envelope: EnvelopeFacts, size: str, tmp_path: Path
) -> None:
    shelved = dataclasses.replace(pickup_envelope, shelf_slot="B-07")
    pdf = render_envelope(shelved, size)  # type: ignore[arg-type]
    assert "B-07" in page_text(pdf) and "خانة رف الاستلام" in page_text(pdf)
    assert "B-07" not in page_text(render_envelope(pickup_envelope, size))  # type: ignore[arg-type]
    layout = envelope_layout(size, 80 * mm)  # type: ignore[arg-type]
    box = shelf_slot_box(layout)
    assert box.x >= layout.stamp.right and box.right <= layout.sender.x  # between them
    assert box.y >= layout.recipient.top  # above the addressee
    if size == "DL":  # looked at, and kept as docs/pickup-envelope.png
        folder = Path(os.environ.get("CLERK_DESK_SCREENSHOTS", tmp_path))
        render_gray(pdf, dpi=110).save(folder / "pickup-envelope.png")


def test_the_slot_alone_lands_where_the_envelope_has_its_box(
    post_envelope: EnvelopeFacts,
) -> None:
    facts = dataclasses.replace(post_envelope, shelf_slot="C-12")
    whole = render_envelope(facts, "C5")
    alone = render_shelf_slot(facts.request_id, facts.tracking_number, "C-12", "C5")
    assert page_sizes(alone) == page_sizes(whole)
    assert "C-12" in page_text(alone) and facts.recipient_name not in page_text(alone)

    def slot_chars(pdf: bytes) -> set[tuple[float, float]]:
        return {(round(c.left, 1), round(c.bottom, 1)) for c in page_chars(pdf) if c.text in "C12"}

    assert len(slot_chars(alone)) == 3  # C, 1 and 2
    assert slot_chars(alone) <= slot_chars(whole)  # fed again, it prints into the box


@pytest.mark.parametrize("digits", ["western", "arabic_indic"])
def test_a_post_envelope_carries_the_recipients_phone_in_western_digits(
    post_envelope: EnvelopeFacts, digits: str
) -> None:
    facts = dataclasses.replace(post_envelope, recipient_phone="0944 123 456", digits=digits)
    pdf = render_envelope(facts)
    lines = visual_lines(pdf)
    # On the recipient block's last line, at the left of the city, its digits left to
    # right as dialled; the label to its right, read first in Arabic (glyphs left to right).
    (line,) = [line for line in lines if "0944" in line]
    assert "0944123456" in line
    assert line.index("0944123456") < line.index("هاتف"[::-1]) < line.index("دمشق"[::-1])
    # The address's numbers follow the paper's digit style; the phone never does.
    assert ("١٤" in "".join(lines)) is (digits == "arabic_indic")


def test_an_envelope_without_a_phone_prints_none(post_envelope: EnvelopeFacts) -> None:
    assert "هاتف" not in page_text(render_envelope(post_envelope))
