"""printing.renderer: a request's papers laid out from the facts the core builds."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
import zxingcpp

from central.issuing_bodies import demo_issued_document
from clerk_desk.ports.paper import RequestFacts
from clerk_desk.workflow import IssuanceNumbers, RuleViolation
from printing.renderer import Renderer
from printing.verification import CenterKey, keyring, verify_pdf
from tests.paper_desk import CENTER, NN, REGISTRY
from tests.printing.pdfcheck import page_text, render_gray, visual_lines

NUMBERS = IssuanceNumbers("DAM-2026-W1-000017", "RR000000017SY")


def facts(
    service_code: str, request_id: str = "DAM-000002", digits: str = "western"
) -> RequestFacts:
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
        digits=digits,
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


# The paper in each digit style: what it says (the glyphs as they sit on the page, left to
# right, so a reversed date would show), and what its barcodes and QR code carry.
ISSUED = {"western": "02/03/2026", "arabic_indic": "٠٢/٠٣/٢٠٢٦"}
BORN = {"western": "17/05/1990", "arabic_indic": "١٧/٠٥/١٩٩٠"}
NATIONAL = {"western": NN, "arabic_indic": "٠١٢٣٤٥٦٧٨٩٠"}
ARABIC_INDIC_DIGIT = "٠١٢٣٤٥٦٧٨٩"


def _papers(digits: str) -> dict[str, bytes]:
    renderer = Renderer()
    center = CenterKey.generate("DAM-1", "DAM")
    body = demo_issued_document("DAM-000002", "finance_clearance", NN, date(2026, 3, 1))
    return {
        "document": renderer.document(
            facts("civil_extract_individual", digits=digits), NUMBERS, signer=center.enroll()
        ),
        "cover": renderer.document(
            facts("finance_clearance", digits=digits),
            NUMBERS,
            signer=center.enroll(),
            issued_pdf=body,
        ),
        "envelope": renderer.envelope(facts("civil_extract_individual", digits=digits), NUMBERS),
    }


def _codes(pdf: bytes) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {"code128": set(), "qr": set()}
    for r in zxingcpp.read_barcodes(render_gray(pdf, dpi=300)):
        if r.format == zxingcpp.BarcodeFormat.Code128:
            found["code128"].add(r.text)
        elif r.format == zxingcpp.BarcodeFormat.QRCode:
            found["qr"].add(r.text)
    return found


@pytest.mark.parametrize("digits", ["western", "arabic_indic"])
def test_the_paper_writes_its_dates_and_numbers_in_the_chosen_digits(digits: str) -> None:
    papers = _papers(digits)
    for name, pdf in papers.items():
        lines = [line.replace(" ", "") for line in visual_lines(pdf)]
        on_paper = "".join(lines)
        if name != "envelope":  # the envelope carries no date
            assert ISSUED[digits] in on_paper, name  # left to right, as written: not reversed
            assert NATIONAL[digits] in on_paper, name
        if name == "document":
            assert BORN[digits] in on_paper
        # the codes are printed as the bars say them, in Western digits
        assert "DAM-000002" in on_paper, name
        if name == "envelope":
            assert "RR000000017SY" in on_paper
        other = ARABIC_INDIC_DIGIT if digits == "western" else ""
        assert not any(d in on_paper for d in other), name
        if digits == "arabic_indic":  # a Western digit is only ever inside a Latin code
            codes = ("DAM-000002", NUMBERS.document_number, "RR000000017SY", "SHA-256", "key")
            rest = "".join(line for line in lines if not any(c in line for c in codes))
            assert not any(d in rest for d in "0123456789"), name


def test_barcodes_and_the_qr_code_stay_western_in_arabic_indic() -> None:
    western, arabic = _papers("western"), _papers("arabic_indic")
    for name in western:
        codes = _codes(arabic[name])
        assert codes["code128"] == _codes(western[name])["code128"], name
        assert "DAM-000002" in codes["code128"], name
        assert all(text.isascii() for found in codes.values() for text in found), name
    assert _codes(arabic["envelope"])["code128"] == {"DAM-000002", "RR000000017SY"}
    for name in ("document", "cover"):  # signed: the facts in the link, as signed
        (link,) = _codes(arabic[name])["qr"]
        assert "%7CDAM-2026-W1-000017%7CDAM%7C2026-03-02%7CDAM-000002%7C" in link, name


def test_the_envelope_carries_the_recipients_phone() -> None:
    with_phone = dataclasses.replace(
        facts("civil_extract_individual"), recipient_phone="0933 111 222"
    )
    envelope = Renderer().envelope(with_phone, NUMBERS)
    assert "0933111222" in "".join(visual_lines(envelope)).replace(" ", "")
