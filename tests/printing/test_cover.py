"""The cover sheet of a slow service's document, and the document it fronts."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from central.issuing_bodies import simple_pdf
from printing.cover import CoverFacts, cover_rows, render_cover_sheet
from printing.document import CivilRecord
from printing.pdf import merge_pdfs
from printing.verification import CenterKey, keyring, verify_pdf
from tests.printing.pdfcheck import page_sizes, page_text, visual_lines

A4 = (595.2755905511812, 841.8897637795277)


@pytest.fixture
def cover_facts(record: CivilRecord) -> CoverFacts:
    return CoverFacts(
        document_number="DAM-2026-000317",
        issued_on=date(2026, 3, 2),
        issue_place="دمشق",
        center_name="مركز خدمة المواطن الإلكتروني - دمشق",
        center_code="DAM",
        service_code="finance_clearance",
        service_name="براءة ذمة مالية",
        issuing_body="وزارة المالية",
        request_id="DAM-000123",
        record=record,
        body_pages=2,
        body_sha256="6e" * 32,
    )


def _body(pages: int = 2) -> bytes:
    return simple_pdf(
        [
            [(f"Ministry of Finance - page {n + 1}", 14.0), ("DAM-000123", 11.0)]
            for n in range(pages)
        ],
        "Ministry of Finance - clearance - DAM-000123",
    )


def _pages(pdf_bytes: bytes) -> list[tuple[tuple[float, float], str, bytes]]:
    """(size, text, grey pixels at 40 dpi) of every page."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        out = []
        for page in pdf:
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            image = page.render(scale=40 / 72, grayscale=True).to_pil()
            out.append((tuple(page.get_size()), text, image.tobytes()))
            page.close()
        return out  # type: ignore[return-value]
    finally:
        pdf.close()


# --- the cover sheet ----------------------------------------------------------------------


def test_the_cover_sheet_is_one_a4_page_with_its_identifiers(cover_facts: CoverFacts) -> None:
    pdf = render_cover_sheet(cover_facts)
    assert [tuple(round(v, 1) for v in s) for s in page_sizes(pdf)] == [
        tuple(round(v, 1) for v in A4)
    ]
    text = page_text(pdf)
    for words in ("براءة ذمة مالية", "وزارة المالية", "محمد", "الأحمد", "مكان الأختام"):
        assert words in text
    on_paper = "".join(line.replace(" ", "") for line in visual_lines(pdf))
    for identifier in ("DAM-2026-000317", "DAM-000123", "01020304050", "02/03/2026"):
        assert identifier in on_paper


def test_the_cover_rows_carry_the_same_identifiers_as_a_document(cover_facts: CoverFacts) -> None:
    rows = dict(cover_rows(cover_facts))
    assert rows["رقم الوثيقة"] == "DAM-2026-000317"
    assert rows["رقم المعاملة"] == "DAM-000123"
    assert rows["الخدمة"] == "براءة ذمة مالية"
    assert rows["الجهة المصدرة"] == "وزارة المالية"
    assert rows["مركز الخدمة"] == cover_facts.center_name
    assert rows["اسم صاحب العلاقة"] == "محمد عبد الله الأحمد"
    assert rows["الرقم الوطني"] == "01020304050"
    assert rows["مكان الإصدار وتاريخه"] == "دمشق - 02/03/2026"
    assert rows["عدد صفحات وثيقة الجهة"] == "2"


def test_the_verification_code_decodes_and_verifies(
    cover_facts: CoverFacts, tmp_path: Path
) -> None:
    center = CenterKey.generate("DAM-1", "DAM")
    path = tmp_path / "cover.pdf"
    path.write_bytes(render_cover_sheet(cover_facts, signer=center.enroll()))
    result = verify_pdf(path, keyring([center.public()]))
    assert result.valid, result.reason
    assert result.facts == cover_facts.signed_facts()
    assert result.facts.service_code == "finance_clearance"


def test_without_a_signer_there_is_no_code(cover_facts: CoverFacts, tmp_path: Path) -> None:
    path = tmp_path / "cover.pdf"
    path.write_bytes(render_cover_sheet(cover_facts))
    assert verify_pdf(path, {}).status == "unreadable"


def test_the_merged_document_is_the_cover_then_the_bodys_pages_unchanged(
    cover_facts: CoverFacts,
) -> None:
    body = _body(3)
    cover = render_cover_sheet(cover_facts)
    merged = merge_pdfs([cover, body])
    pages = _pages(merged)
    assert len(pages) == 1 + 3
    assert pages[0] == _pages(cover)[0]
    assert pages[1:] == _pages(body)


def test_a_cover_sheet_prints_the_fees_receipt_beside_its_note(cover_facts: CoverFacts) -> None:
    """A slow service's paper is the issuing body's: the fee's receipt is on the cover
    sheet's footer, as on a document's, its code in Western digits."""
    facts = dataclasses.replace(cover_facts, digits="arabic_indic", receipt_reference="EP-77812")
    pdf = render_cover_sheet(facts)
    [footer] = [line.replace(" ", "") for line in visual_lines(pdf) if "77812" in line]
    assert footer.startswith("EP-77812:")  # the code, then its label, at the left
    assert "إيصال دفع الرسم" in page_text(pdf)
    assert "إيصال" not in page_text(render_cover_sheet(cover_facts))
