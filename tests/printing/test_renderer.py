"""printing.renderer: a request's papers laid out from the facts the core builds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from central.issuing_bodies import demo_issued_document
from clerk_desk.ports.paper import RequestFacts
from clerk_desk.workflow import IssuanceNumbers, RuleViolation
from printing.renderer import Renderer
from printing.verification import CenterKey, keyring, verify_pdf
from tests.paper_desk import CENTER, NN, REGISTRY
from tests.printing.pdfcheck import page_text, visual_lines

NUMBERS = IssuanceNumbers("DAM-2026-W1-000017", "RR000000017SY")


def facts(service_code: str, request_id: str = "DAM-000002") -> RequestFacts:
    return RequestFacts(
        request_id=request_id,
        service_code=service_code,
        center=CENTER,
        record=REGISTRY,
        issued_on=date(2026, 3, 2),
        delivery="post",
        recipient_name="أحمد الحلبي",
        recipient_address="المزة، بناء ٤",
        recipient_city="حلب",
        envelope_size="DL",
    )


def test_a_slow_service_is_the_cover_sheet_then_the_bodys_pages(tmp_path: Path) -> None:
    renderer = Renderer()
    body = demo_issued_document("DAM-000002", "finance_clearance", NN, date(2026, 3, 1))
    center = CenterKey.generate("DAM-1", "DAM")
    document = renderer.document(
        facts("finance_clearance"), NUMBERS, signer=center.enroll(), issued_pdf=body
    )
    assert renderer.issued_pages(document) == 1 + renderer.issued_pages(body)
    on_paper = "".join(line.replace(" ", "") for line in visual_lines(document))
    assert NUMBERS.document_number in on_paper and "DAM-000002" in on_paper and NN in on_paper
    clear = tmp_path / "clear.pdf"  # as the citizen's printed copy, scanned back, would be
    clear.write_bytes(document)
    result = verify_pdf(clear, keyring([center.public()]))
    assert result.valid, result.reason
    assert result.facts is not None and result.facts.full_name == "أحمد سامر الحلبي"


def test_a_fast_service_is_one_page_rendered_from_the_snapshot() -> None:
    renderer = Renderer()
    document = renderer.document(facts("civil_extract_individual"), NUMBERS, signer=None)
    assert renderer.issued_pages(document) == 1
    assert "ورقة غلاف" not in page_text(document)


def test_the_envelope_carries_the_tracking_number() -> None:
    envelope = Renderer().envelope(facts("civil_extract_individual"), NUMBERS)
    assert "RR000000017SY" in "".join(visual_lines(envelope)).replace(" ", "")


@pytest.mark.parametrize("bad", [b"<html>not found</html>", b"%PDF-1.4\n garbage", b""])
def test_a_bodys_document_that_is_no_pdf_cannot_be_printed(bad: bytes) -> None:
    with pytest.raises(RuleViolation, match="issuing body's document"):
        Renderer().issued_pages(bad)
