"""The cover sheet of a slow service's document, and the document it fronts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from sqlalchemy.orm import Session, sessionmaker

from central.issuing_bodies import demo_issued_document, simple_pdf
from clerk_desk import number_blocks, workflow
from clerk_desk.api import Center, RegistryRecord, RequestOut
from clerk_desk.services import SERVICES
from clerk_desk.store.db import open_store
from clerk_desk.workflow import Actor, RuleViolation
from printing.cover import CoverFacts, cover_rows, render_cover_sheet
from printing.document import CivilRecord
from printing.issue import (
    EnvelopeOptions,
    needs_issued_document,
    prepare_documents,
    request_needs_issued_document,
)
from printing.pdf import merge_pdfs, read_pdf, sha256_hex
from printing.verification import CenterKey, keyring, verify_pdf
from tests.number_blocks import hold
from tests.printing.pdfcheck import page_sizes, page_text, visual_lines
from tests.store_keys import TEST_STORE_KEY

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


# --- prepare_documents for a slow service ------------------------------------------------

NN = "01234567890"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
CLERK = Actor("dam.clerk1", "W1", "DAM")
CENTER = Center(
    code="DAM",
    name_ar="مركز خدمة المواطن الإلكتروني - دمشق",
    name_en="Citizen Service Center - Damascus",
    address_ar="دمشق - المزة",
    city_ar="دمشق",
)
REGISTRY = RegistryRecord(
    national_number=NN,
    first_name="أحمد",
    father_name="سامر",
    mother_name="هدى الخطيب",
    last_name="الحلبي",
    birth_date=date(1990, 5, 17),
    birth_place="دمشق",
    gender="male",
)
SUBMITTED: dict[str, Any] = {
    "national_number": NN,
    "first_name": "أحمد",
    "father_name": "سامر",
    "mother_name": "هدى الخطيب",
    "last_name": "الحلبي",
    "birth_date": "1990-05-17",
    "birth_place": "دمشق",
    "gender": "male",
}


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    with factory.begin() as session:
        hold(session, CLERK)
    yield factory
    factory.kw["bind"].dispose()


def _accepted(sessions: sessionmaker[Session], request_id: str, service_code: str) -> None:
    service = SERVICES[service_code]
    item = RequestOut.model_validate(
        {
            "id": request_id,
            "service_code": service_code,
            "service_class": service.service_class.value,
            "center_code": "DAM",
            "status": "assigned",
            "requester_name": "أحمد سامر الحلبي",
            "subject": SUBMITTED,
            "delivery": {
                "method": "post",
                "recipient_name": "أحمد الحلبي",
                "address_ar": "المزة، بناء ٤",
                "city_ar": "دمشق",
            },
            "submitted_at": T0 - timedelta(days=3),
            "assigned_at": T0 - timedelta(days=2),
            "updated_at": T0,
        }
    )
    with sessions.begin() as session:
        workflow.upsert_requests(session, [item])
        workflow.record_claim(session, CLERK, request_id, T0 + timedelta(minutes=15))
        workflow.record_snapshot(session, CLERK, request_id, REGISTRY)
    with sessions.begin() as session:
        workflow.accept(session, CLERK, request_id)


def _prepare(sessions: sessionmaker[Session], tmp_path: Path, request_id: str, **kw: Any) -> Any:
    return prepare_documents(
        sessions,
        CLERK,
        request_id,
        center=CENTER,
        out_dir=tmp_path / "documents",
        envelope=EnvelopeOptions(),
        key=TEST_STORE_KEY,
        today=date(2026, 3, 2),
        **kw,
    )


def _numbers_allocated(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return sum(u.used for u in number_blocks.uses(session))


def test_which_services_need_the_bodys_document(sessions: sessionmaker[Session]) -> None:
    assert needs_issued_document("finance_clearance")
    assert not needs_issued_document("civil_extract_individual")
    _accepted(sessions, "DAM-000002", "university_transcript")
    assert request_needs_issued_document(sessions, "DAM-000002")


def test_a_slow_service_prints_the_cover_sheet_then_the_bodys_document(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _accepted(sessions, "DAM-000002", "finance_clearance")
    body = demo_issued_document("DAM-000002", "finance_clearance", NN, date(2026, 3, 1))
    center = CenterKey.generate("DAM-1", "DAM")
    prepared = _prepare(sessions, tmp_path, "DAM-000002", signer=center.enroll(), issued_pdf=body)

    merged = read_pdf(prepared.document_path, TEST_STORE_KEY)
    assert prepared.document_sha256 == sha256_hex(merged)
    pages = _pages(merged)
    assert len(pages) == 2
    on_paper = "".join(line.replace(" ", "") for line in visual_lines(merged))
    assert prepared.document_number in on_paper
    assert "DAM-000002" in on_paper
    assert NN in on_paper
    assert pages[1] == _pages(body)[0]
    assert prepared.tracking_number is not None
    assert prepared.envelope_path.exists()
    clear = tmp_path / "clear.pdf"  # as the citizen's printed copy, scanned back, would be
    clear.write_bytes(read_pdf(prepared.document_path, TEST_STORE_KEY))
    result = verify_pdf(clear, keyring([center.public()]))
    assert result.valid, result.reason
    assert result.facts is not None
    assert result.facts.document_number == prepared.document_number
    assert result.facts.full_name == "أحمد سامر الحلبي"


def test_a_slow_service_without_the_bodys_document_is_refused_before_numbering(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _accepted(sessions, "DAM-000002", "finance_clearance")
    with pytest.raises(RuleViolation, match="has not sent its document"):
        _prepare(sessions, tmp_path, "DAM-000002")
    assert _numbers_allocated(sessions) == 0
    assert not (tmp_path / "documents").exists()


@pytest.mark.parametrize(
    "bad", [b"<html>not found</html>", b"%PDF-1.4\n garbage with no objects", b""]
)
def test_a_bodys_document_that_is_no_pdf_is_refused(
    sessions: sessionmaker[Session], tmp_path: Path, bad: bytes
) -> None:
    _accepted(sessions, "DAM-000002", "finance_clearance")
    with pytest.raises(RuleViolation, match="issuing body's document"):
        _prepare(sessions, tmp_path, "DAM-000002", issued_pdf=bad)
    assert _numbers_allocated(sessions) == 0


def test_a_fast_service_refuses_a_bodys_document_and_is_unchanged(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _accepted(sessions, "DAM-000001", "civil_extract_individual")
    with pytest.raises(RuleViolation, match="fast service"):
        _prepare(sessions, tmp_path, "DAM-000001", issued_pdf=_body(1))
    prepared = _prepare(sessions, tmp_path, "DAM-000001")
    pages = _pages(read_pdf(prepared.document_path, TEST_STORE_KEY))
    assert len(pages) == 1
    assert "ورقة غلاف" not in pages[0][1]
