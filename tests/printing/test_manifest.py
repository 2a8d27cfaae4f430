"""The dispatch manifest and the shift's reconciliation on paper."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pypdfium2 as pdfium
import pytest
import zxingcpp

from clerk_desk.reconciliation import OutstandingEnvelope, Reconciliation, Reprint
from printing.manifest import ManifestFacts, ManifestLine, paginate, render_manifest
from printing.reconciliation import ShiftInfo, render_reconciliation
from tests.printing.pdfcheck import all_visual_lines, loose_western_digits, page_sizes


def pages_of(pdf_bytes: bytes, dpi: int = 300) -> list[tuple[str, set[str]]]:
    """Each page's text and the Code 128 values decoded from a render at `dpi`."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    try:
        for page in pdf:
            textpage = page.get_textpage()
            text = str(textpage.get_text_range())
            textpage.close()
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            found = {
                r.text
                for r in zxingcpp.read_barcodes(image)
                if r.format == zxingcpp.BarcodeFormat.Code128
            }
            out.append((text, found))
            page.close()
    finally:
        pdf.close()
    return out


def facts(count: int, digits: str = "western") -> ManifestFacts:
    from clerk_desk.tracking import make_tracking_number

    lines = tuple(
        ManifestLine(
            request_id=f"DAM-{n:06d}",
            # every third envelope has no tracking number: its request id is the barcode
            tracking_number=None if n % 3 == 0 else make_tracking_number("RR", 10_000_000 + n),
            recipient_city=("حلب", "حمص", "اللاذقية")[n % 3],
        )
        for n in range(1, count + 1)
    )
    return ManifestFacts(
        batch_id="DAM-2026-W1-D0007",
        prepared_on=date(2026, 3, 1),
        center_name="مركز خدمة المواطن في دمشق",
        center_city="دمشق",
        clerk_name="رنا الخطيب",
        lines=lines,
        courier_name="سامر الأحمد",
        digits=digits,
    )


@pytest.mark.parametrize("count", [1, 7, 12])
def test_the_manifest_lists_every_envelope_and_its_barcodes_decode(count: int) -> None:
    manifest = facts(count)
    pdf = render_manifest(manifest)
    pages = pages_of(pdf)
    assert len(pages) == len(paginate(manifest.lines))
    assert all(size == pytest.approx((595.28, 841.89), abs=0.1) for size in page_sizes(pdf))
    text = "".join(t for t, _ in pages)
    decoded = set().union(*(codes for _, codes in pages))
    for line in manifest.lines:
        assert line.request_id in text
        assert line.barcode_value in decoded
    assert manifest.batch_id in decoded
    assert decoded == {manifest.batch_id, *(line.barcode_value for line in manifest.lines)}
    last = pages[-1][0]
    assert "المؤسسة السورية للبريد" in last
    assert f"{count} إرسالية" in last


PREPARED = {"western": "01/03/2026", "arabic_indic": "٠١/٠٣/٢٠٢٦"}
COUNT = {"western": "12", "arabic_indic": "١٢"}


@pytest.mark.parametrize("digits", ["western", "arabic_indic"])
def test_the_manifest_writes_its_dates_and_counts_in_the_chosen_digits(digits: str) -> None:
    manifest = facts(12, digits)
    pdf = render_manifest(manifest)
    lines = all_visual_lines(pdf)
    on_paper = "".join(lines)
    assert PREPARED[digits] in on_paper  # left to right, as written: not reversed
    assert COUNT[digits] in on_paper
    for line in manifest.lines:  # the codes, as the bars say them
        assert line.request_id in on_paper and line.barcode_value in on_paper
    assert manifest.batch_id in on_paper
    if digits == "arabic_indic":
        assert not loose_western_digits("\n".join(lines))
    else:
        assert not any("٠" <= ch <= "٩" for ch in on_paper)
    # the barcodes carry the same values in both styles
    decoded = set().union(*(codes for _, codes in pages_of(pdf)))
    assert decoded == {manifest.batch_id, *(line.barcode_value for line in manifest.lines)}


def test_an_empty_manifest_is_refused() -> None:
    with pytest.raises(ValueError):
        ManifestFacts("B-1", date(2026, 3, 1), "م", "دمشق", "ر", ())


def test_the_reconciliation_lists_what_is_outstanding() -> None:
    at = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    envelope = OutstandingEnvelope(
        "DAM-000042", "printed", "post", "DAM-2026-W1-000010", None, "dam.clerk1", at
    )
    rec = Reconciliation(
        since=datetime(2026, 3, 1, 6, 0, tzinfo=UTC),
        until=datetime(2026, 3, 1, 14, 0, tzinfo=UTC),
        printed=12,
        reprinted=1,
        sealed=11,
        dispatched=9,
        kept_for_pickup=1,
        printed_not_sealed=(envelope,),
        sealed_not_handed_over=(),
        reprints=(Reprint("DAM-000017", "DAM-2026-W1-000011", "ورق ممزق", "dam.clerk1", at),),
        batches=(),
    )
    pdf = render_reconciliation(rec, ShiftInfo("مركز خدمة المواطن في دمشق", "رنا الخطيب", "W1"))
    [(text, _)] = pages_of(pdf, dpi=72)
    assert "DAM-000042" in text  # the reprints are in the numbers' table (test_reconciliation)
    assert "11:30" in text  # 08:30 UTC in Damascus (UTC+3)
