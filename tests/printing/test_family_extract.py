"""The family extract prints the family record as the civil-affairs offices do: every member
in the record's order with relation and national number, one page or several, the
verification code readable, the digits in the paper's style."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from clerk_desk.api import Center, RegistryRecord
from clerk_desk.api_family import RELATION_AR, FamilyRecord
from clerk_desk.digits import ARABIC_INDIC
from clerk_desk.ports.paper import RequestFacts
from clerk_desk.workflow import IssuanceNumbers
from printing.document import CivilRecord, DocumentFacts, render_document
from printing.family_extract import (
    CLOSING_BOTTOM,
    FIRST_TOP,
    NEXT_TOP,
    OPEN_BOTTOM,
    _rows_between,
    family_table,
    page_rows,
    render_family_extract,
)
from printing.renderer import Renderer
from printing.samples import SAMPLE_FAMILY, SAMPLE_RECORD
from printing.verification import DocumentSigner, read_codes
from tests.printing.pdfcheck import all_text, loose_western_digits, page_sizes, page_text


@pytest.fixture
def family_facts(document_facts: DocumentFacts) -> DocumentFacts:
    return dataclasses.replace(
        document_facts, service_code="civil_extract_family", record=SAMPLE_RECORD
    )


def large(children: int) -> FamilyRecord:
    """The sample family with ``children`` children, one a year from 1995."""
    data = SAMPLE_FAMILY.model_dump(mode="json")
    head, wife, child = data["members"][0], data["members"][1], data["members"][2]
    kids: list[dict[str, Any]] = [
        {
            **child,
            "national_number": f"0103{n:07d}",
            "first_name": f"ولد{n}",
            "birth_date": (date(1995, 1, 10) + timedelta(days=365 * n)).isoformat(),
        }
        for n in range(children)
    ]
    return FamilyRecord.model_validate({**data, "members": [head, wife, *kids]})


def member_lines(text: str, family: FamilyRecord) -> list[tuple[str, str, str]]:
    """(number in the table, relation, national number) of each member's row, top to bottom."""
    numbers = {m.national_number for m in family.members}
    found = []
    for line in text.splitlines():
        words = line.split()
        held = [w for w in words if w in numbers]
        if held and words[0].isdigit() and len(words[0]) < 3:
            relation = next(r for r in RELATION_AR.values() if f" {r} " in f" {line} ")
            found.append((words[0], relation, held[0]))
    return found


def test_every_member_is_printed_with_relation_and_number_in_the_records_order(
    family_facts: DocumentFacts,
) -> None:
    pdf = render_family_extract(family_facts, SAMPLE_FAMILY)
    assert len(page_sizes(pdf)) == 1
    text = page_text(pdf)
    expected = [
        (str(i), RELATION_AR[m.relation], m.national_number)
        for i, m in enumerate(SAMPLE_FAMILY.in_record_order(), start=1)
    ]
    assert member_lines(text, SAMPLE_FAMILY) == expected
    assert [r for _, r, _ in expected] == ["صاحب القيد", "زوجة", "ابن", "ابنة", "ابن"]
    for word in ("بيان قيد عائلي", "الرقم الوطني", "مكان الولادة", "دمشق", "حماة", "متوفى"):
        assert word in text
    assert "30/01/2014" in text and "03/02/2020" in text  # a birth date, a date of death
    assert SAMPLE_FAMILY.record_ref in text and SAMPLE_FAMILY.registry_office_ar in text
    assert "مطابق لقيد الأسرة" in text  # the family's attestation, not the subject's alone


def test_a_large_family_breaks_onto_more_pages_without_losing_a_member(
    family_facts: DocumentFacts, signer: DocumentSigner, tmp_path: Path
) -> None:
    family = large(40)
    pdf = render_family_extract(family_facts, family, signer=signer)
    text = all_text(pdf)
    pages = page_sizes(pdf)
    assert len(pages) == len(page_rows(42)) == 3
    rows = member_lines(text, family)
    assert [n for n, _, _ in rows] == [str(i) for i in range(1, 43)]
    assert [nn for _, _, nn in rows] == [m.national_number for m in family.in_record_order()]
    assert text.count("يتبع في الصفحة التالية") == 2
    assert "الصفحة 3 من 3" in text
    assert text.count("مطابق لقيد الأسرة") == 1 and text.count("مكان الأختام") == 1
    # the code readers look on the first page, and it is the document's
    path = tmp_path / "family.pdf"
    path.write_bytes(pdf)
    assert read_codes(path) == [signer.payload(family_facts.signed_facts()).encode()]


@pytest.mark.parametrize("count", [1, 5, 10, 11, 12, 25, 40, 60])
def test_pages_are_full_but_never_cut_and_the_last_has_at_least_two_rows(count: int) -> None:
    pages = page_rows(count)
    assert sum(pages) == count
    closing = _rows_between(FIRST_TOP if len(pages) == 1 else NEXT_TOP, CLOSING_BOTTOM)
    assert pages[-1] <= closing
    if len(pages) > 1:
        assert pages[-1] >= 2
        assert pages[0] <= _rows_between(FIRST_TOP, OPEN_BOTTOM)
        assert all(n <= _rows_between(NEXT_TOP, OPEN_BOTTOM) for n in pages[1:-1])
    assert page_rows(10) == [10]


def test_the_family_is_printed_in_the_papers_digits(family_facts: DocumentFacts) -> None:
    pdf = render_family_extract(
        dataclasses.replace(family_facts, digits=ARABIC_INDIC), SAMPLE_FAMILY
    )
    text = page_text(pdf)
    assert "٠١٠٢٠٣٠٤٠٩٤" in text and "١٢/٠٥/٢٠١٩" in text
    assert not loose_western_digits(text)


def test_cells_are_the_records_values() -> None:
    first, *_, last = family_table(SAMPLE_FAMILY)
    assert first == (
        "1", "محمد عبد الله الأحمد", "صاحب القيد", "فاطمة الخطيب", "01020304050",
        "07/03/1990", "دمشق", "متزوج", "حي",
    )  # fmt: skip
    assert last[-1] == "متوفى\n03/02/2020"


def _request(record: RegistryRecord) -> RequestFacts:
    center = Center(code="DAM", name_ar="مركز دمشق", name_en="Damascus", address_ar="المزة",
                    city_ar="دمشق")  # fmt: skip
    return RequestFacts(
        request_id="DAM-000042",
        service_code="civil_extract_family",
        center=center,
        record=record,
        issued_on=date(2026, 3, 1),
        delivery="pickup",
        recipient_name="محمد",
        recipient_address="",
        recipient_city="",
        envelope_size="DL",
    )


def test_the_renderer_prints_the_family_the_snapshot_carries(record: CivilRecord) -> None:
    subject = RegistryRecord(
        national_number=SAMPLE_RECORD.national_number,
        first_name=SAMPLE_RECORD.first_name,
        father_name=SAMPLE_RECORD.father_name,
        mother_name=SAMPLE_RECORD.mother_name,
        last_name=SAMPLE_RECORD.last_name,
        birth_date=SAMPLE_RECORD.birth_date,
        birth_place=SAMPLE_RECORD.birth_place,
        gender=SAMPLE_RECORD.gender,
    )
    numbers = IssuanceNumbers(document_number="DAM-2026-000001", tracking_number=None)
    renderer = Renderer()
    with_family = renderer.document(
        _request(subject.model_copy(update={"family": SAMPLE_FAMILY})), numbers, signer=None
    )
    assert len(member_lines(page_text(with_family), SAMPLE_FAMILY)) == 5
    # a snapshot from before families prints the subject's own record, as it did
    before = page_text(renderer.document(_request(subject), numbers, signer=None))
    assert member_lines(before, SAMPLE_FAMILY) == []
    assert "بيان قيد عائلي" in before and "01020304050" in before


def test_a_template_without_a_family_section_refuses(document_facts: DocumentFacts) -> None:
    with pytest.raises(ValueError, match="no family record"):
        render_family_extract(document_facts, SAMPLE_FAMILY)
    assert render_document(document_facts).startswith(b"%PDF-")
