"""GET /requests/{id}/issued-document: a slow service's document, as its issuing body sent it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pypdfium2 as pdfium
import pytest
from sqlalchemy import delete, func, select

from central.db import IssuedDocumentRow, RequestRow, make_engine, read_session, write_session
from central.issuing_bodies import demo_issued_document, record_issued_document, simple_pdf
from tests.central.conftest import START, Api


def _first(items: list[dict[str, Any]], service_class: str) -> str:
    return next(item["id"] for item in items if item["service_class"] == service_class)


def _text(pdf_bytes: bytes) -> str:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        text = str(textpage.get_text_range())
        textpage.close()
        page.close()
        return text
    finally:
        pdf.close()


def test_the_centers_users_get_the_bodys_pdf(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    items, _ = api.pull_all(clerk)
    request_id = _first(items, "slow")
    for headers in (clerk, api.login("dam.supervisor")):
        answer = api.get(f"/requests/{request_id}/issued-document", headers)
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-type"] == "application/pdf"
        assert answer.content.startswith(b"%PDF-")
        assert f"request: {request_id}" in _text(answer.content)


def test_another_centers_request_is_forbidden(api: Api) -> None:
    items, _ = api.pull_all(api.login("dam.clerk1"))
    request_id = _first(items, "slow")
    answer = api.get(f"/requests/{request_id}/issued-document", api.login("alp.clerk1"))
    assert answer.status_code == 403
    assert "belongs to center DAM" in answer.json()["detail"]


def test_without_a_token_nothing_is_given(api: Api) -> None:
    items, _ = api.pull_all(api.login("dam.clerk1"))
    answer = api.get(f"/requests/{_first(items, 'slow')}/issued-document")
    assert answer.status_code == 401


def test_a_fast_service_has_no_bodys_document(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    items, _ = api.pull_all(clerk)
    answer = api.get(f"/requests/{_first(items, 'fast')}/issued-document", clerk)
    assert answer.status_code == 404
    assert "fast service" in answer.json()["detail"]


def test_an_unknown_request_is_not_found(api: Api) -> None:
    answer = api.get("/requests/DAM-999999/issued-document", api.login("dam.clerk1"))
    assert answer.status_code == 404
    assert answer.json()["detail"] == "no request DAM-999999"


def test_before_the_body_answers_the_request_cannot_be_printed(api: Api) -> None:
    clerk = api.login("dam.clerk1")
    items, _ = api.pull_all(clerk)
    request_id = _first(items, "slow")
    engine = make_engine(api.database_url)
    try:
        with write_session(engine) as session:
            session.execute(
                delete(IssuedDocumentRow).where(IssuedDocumentRow.request_id == request_id)
            )
            session.commit()
        answer = api.get(f"/requests/{request_id}/issued-document", clerk)
        assert answer.status_code == 404
        assert "has not answered" in answer.json()["detail"]
        assert "cannot be printed" in answer.json()["detail"]

        pdf = simple_pdf([[("Late answer", 12.0)]], "late")
        with write_session(engine) as session:
            row = session.get_one(RequestRow, request_id)
            record_issued_document(session, request_id, row.service_code, pdf, START)
            session.commit()
        answer = api.get(f"/requests/{request_id}/issued-document", clerk)
        assert answer.status_code == 200
        assert answer.content == pdf
    finally:
        engine.dispose()


def test_the_seed_answers_every_slow_request(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        with read_session(engine) as session:
            slow = set(
                session.scalars(select(RequestRow.id).where(RequestRow.service_class == "slow"))
            )
            answered = set(session.scalars(select(IssuedDocumentRow.request_id)))
            assert slow
            assert answered == slow
            assert session.scalar(select(func.max(func.length(IssuedDocumentRow.pdf)))) < 10_000
    finally:
        engine.dispose()


def test_the_demo_document_is_a_small_valid_pdf() -> None:
    pdf = demo_issued_document("DAM-000123", "finance_clearance", "01020304050", date(2026, 3, 1))
    text = _text(pdf)
    assert "Ministry of Finance" in text
    assert "DAM-000123" in text
    assert "DEMO DOCUMENT" in text
    with pytest.raises(ValueError, match="fast service"):
        demo_issued_document("DAM-000001", "criminal_record", "01020304050", date(2026, 3, 1))


def test_the_pdf_writer_takes_latin_text_only() -> None:
    with pytest.raises(ValueError, match="Latin text only"):
        simple_pdf([[("وزارة المالية", 12.0)]], "x")
    pdf = simple_pdf([[("a (b) \\ c", 12.0)], [("page 2", 12.0)]], "t")
    document = pdfium.PdfDocument(pdf)
    try:
        assert len(document) == 2
    finally:
        document.close()
    assert "a (b) \\ c" in _text(pdf)
