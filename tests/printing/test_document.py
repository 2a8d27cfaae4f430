from __future__ import annotations

import dataclasses
import os
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4

from clerk_desk.digits import ARABIC_INDIC
from printing.document import (
    MARGIN,
    PAGE_WIDTH,
    CivilRecord,
    DocumentFacts,
    format_date,
    record_table_cells,
    render_document,
)
from printing.pdf import sha256_hex
from printing.templates import load_template
from printing.verification import DocumentSigner
from tests.printing.pdfcheck import page_chars, page_sizes, page_text, visual_lines


def test_one_a4_page(document_facts: DocumentFacts) -> None:
    sizes = page_sizes(render_document(document_facts))
    assert len(sizes) == 1
    assert sizes[0] == pytest.approx(A4, abs=0.01)


def test_text_extracts(document_facts: DocumentFacts) -> None:
    pdf = render_document(document_facts)
    text = page_text(pdf)
    assert "01020304050" in text
    assert "الجمهورية العربية السورية" in text
    assert "بيان قيد فردي" in text
    for name in ("محمد", "الأحمد", "فاطمة", "عبد الله"):
        assert name in text
    on_paper = "".join(line.replace(" ", "") for line in visual_lines(pdf))
    assert "DM-2024-000317" in on_paper
    assert "REQ-2024-00042" in on_paper
    assert format_date(document_facts.issued_on) in on_paper


def test_gender_in_arabic(document_facts: DocumentFacts, record: CivilRecord) -> None:
    female = dataclasses.replace(
        document_facts, record=dataclasses.replace(record, gender="female")
    )
    assert "أنثى" in page_text(render_document(female))
    with pytest.raises(ValueError):
        dataclasses.replace(record, gender="x")  # type: ignore[arg-type]


def test_markup_is_printed_literally(document_facts: DocumentFacts, record: CivilRecord) -> None:
    facts = dataclasses.replace(
        document_facts, record=dataclasses.replace(record, last_name="Tom <b>&amp; Jerry")
    )
    pdf = render_document(facts)
    assert "Tom <b>&amp; Jerry" in page_text(pdf)
    # also an Arabic value with markup characters in it renders
    arabic = dataclasses.replace(record, first_name="محمد <b>& علي")
    page_text(render_document(dataclasses.replace(document_facts, record=arabic)))


def test_long_family_name_stays_in_its_cell(
    document_facts: DocumentFacts, record: CivilRecord
) -> None:
    # ژ appears nowhere else on the extract, so its boxes are the family name's
    long_name = ("ژاله " * 40)[:200]
    assert "ژ" not in page_text(render_document(document_facts))
    record = dataclasses.replace(record, last_name=long_name)
    pdf = render_document(dataclasses.replace(document_facts, record=record))
    cells = record_table_cells(record, load_template(document_facts.service_code))
    cell = next(value for label, _, _, value in cells if label == "النسبة")
    marks = [c for c in page_chars(pdf) if c.text == "ژ"]
    assert len(marks) >= 10
    for char in marks:
        assert cell.x <= char.left and char.right <= cell.right
        assert cell.y <= char.bottom and char.top <= cell.top


def test_rendering_is_reproducible(document_facts: DocumentFacts) -> None:
    assert sha256_hex(render_document(document_facts)) == sha256_hex(
        render_document(document_facts)
    )


def test_the_footer_prints_the_fees_receipt_in_western_digits(
    document_facts: DocumentFacts, signer: DocumentSigner, tmp_path: Path
) -> None:
    """On an Arabic-Indic paper the receipt keeps its Western digits (a code, as the
    citizen's receipt prints it), at the bottom left, clear of the document's number
    (docs/document-footer-receipt.png, looked at: joined Arabic, right to left)."""
    facts = dataclasses.replace(
        document_facts, digits=ARABIC_INDIC, receipt_reference="20260301-778812"
    )
    pdf = render_document(facts, signer=signer)
    assert "إيصال دفع الرسم" in page_text(pdf)
    [footer] = [line.replace(" ", "") for line in visual_lines(pdf) if "778812" in line]
    assert footer.startswith("20260301-778812:")  # the code, then its label, on the left
    assert "DM-2024-000317" in footer and "٢٠٢٦" not in footer
    chars = page_chars(pdf)
    receipt = [c for c in chars if c.bottom < MARGIN and c.right < PAGE_WIDTH / 2]
    note = [c for c in chars if c.bottom < MARGIN and c.left >= PAGE_WIDTH / 2]
    assert receipt and note
    assert max(c.right for c in receipt) < min(c.left for c in note)  # apart, not overlapping
    shots = Path(os.environ.get("CLERK_DESK_SCREENSHOTS", tmp_path))
    (tmp_path / "document.pdf").write_bytes(pdf)
    # The bottom of the page at 150 dpi: the barcode, the verification code, the footer.
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", "-x", "0", "-y", "1420",
         "-W", "1240", "-H", "334", str(tmp_path / "document.pdf"),
         str(shots / "document-footer-receipt")],
        check=True,
    )  # fmt: skip
    assert (shots / "document-footer-receipt.png").stat().st_size > 1000


def test_without_a_receipt_the_footer_is_as_before(document_facts: DocumentFacts) -> None:
    assert "إيصال" not in page_text(render_document(document_facts))
