from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import zxingcpp
from reportlab.lib.pagesizes import A4

from printing.document import DocumentFacts, render_document, verification_code_box
from printing.pdf import render_pdf
from printing.qr import draw_qr
from printing.verification import (
    DocumentSigner,
    VerificationKey,
    keyring,
    keys_from_json,
    public_key_text,
    verify_payload,
    verify_pdf,
)
from tests.printing.pdfcheck import page_chars, render_gray


@pytest.fixture
def keys(signer: DocumentSigner) -> dict[str, VerificationKey]:
    return keyring([signer.public()])


def _write(tmp_path: Path, pdf: bytes, name: str = "doc.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def test_code_decodes_at_300_dpi_and_verifies(
    tmp_path: Path,
    document_facts: DocumentFacts,
    signer: DocumentSigner,
    keys: dict[str, VerificationKey],
) -> None:
    pdf = render_document(document_facts, signer=signer)
    image = render_gray(pdf, dpi=300)
    codes = [r for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]
    payload = signer.payload(document_facts.signed_facts())
    assert [bytes(r.bytes).decode("utf-8") for r in codes] == [payload]
    result = verify_pdf(_write(tmp_path, pdf), keys)
    assert result.status == "valid", result.reason
    assert result.facts == document_facts.signed_facts()
    assert result.facts.full_name == "محمد عبد الله الأحمد"
    assert result.key_id == "DAM-1"


def test_signed_rendering_is_reproducible(
    document_facts: DocumentFacts, signer: DocumentSigner
) -> None:
    assert render_document(document_facts, signer=signer) == render_document(
        document_facts, signer=signer
    )


def test_code_is_clear_of_text(document_facts: DocumentFacts, signer: DocumentSigner) -> None:
    payload = signer.payload(document_facts.signed_facts())
    box = verification_code_box(payload)
    for char in page_chars(render_document(document_facts, signer=signer)):
        clear = (
            char.right <= box.x
            or char.left >= box.right
            or char.top <= box.y
            or char.bottom >= box.top
        )
        assert clear, f"{char.text!r} is inside the verification code's quiet zone"


def _flip(text: str, index: int) -> str:
    replacement = "B" if text[index] != "B" else "C"
    return text[:index] + replacement + text[index + 1 :]


def test_one_changed_character_fails(
    document_facts: DocumentFacts, signer: DocumentSigner, keys: dict[str, VerificationKey]
) -> None:
    payload = signer.payload(document_facts.signed_facts())
    assert verify_payload(payload, keys).valid
    signature_start = payload.rindex("|") + 1
    document_number = payload.index("DM-2024-000317")
    for index in (document_number + 3, signature_start, len(payload) - 5):
        result = verify_payload(_flip(payload, index), keys)
        assert result.status == "invalid", index
    # a changed name, national number or date fails too
    for old, new in (
        ("الأحمد", "الأحمر"),
        ("01020304050", "01020304051"),
        ("2024-05-12", "2024-05-13"),
    ):
        assert not verify_payload(payload.replace(old, new), keys).valid


def test_a_changed_code_printed_on_a_page_fails(
    tmp_path: Path,
    document_facts: DocumentFacts,
    signer: DocumentSigner,
    keys: dict[str, VerificationKey],
) -> None:
    payload = signer.payload(document_facts.signed_facts())
    for index in (payload.index("REQ") + 4, payload.rindex("|") + 10):
        forged = _flip(payload, index).encode("utf-8")
        pdf = render_pdf(A4, "forged", lambda c, data=forged: draw_qr(c, data, 100, 100, 200))
        result = verify_pdf(_write(tmp_path, pdf, f"forged-{index}.pdf"), keys)
        assert result.status == "invalid", result.reason


def test_another_centers_key_or_an_unknown_key_fails(
    document_facts: DocumentFacts, signer: DocumentSigner
) -> None:
    payload = signer.payload(document_facts.signed_facts())
    impostor = DocumentSigner.generate("DAM-1", "DAM")
    assert "does not match" in verify_payload(payload, keyring([impostor.public()])).reason
    assert "unknown" in verify_payload(payload, {}).reason
    aleppo = dataclasses.replace(signer.public(), center_code="ALP")
    assert "belongs to center ALP" in verify_payload(payload, keyring([aleppo])).reason
    with pytest.raises(ValueError, match="signs for center ALP, not DAM"):
        DocumentSigner.generate("ALP-1", "ALP").payload(document_facts.signed_facts())


def test_separator_in_a_value_is_refused(
    document_facts: DocumentFacts, signer: DocumentSigner
) -> None:
    facts = dataclasses.replace(
        document_facts,
        record=dataclasses.replace(document_facts.record, first_name="محمد|علي"),
    )
    with pytest.raises(ValueError, match="cannot be put"):
        render_document(facts, signer=signer)


def test_unreadable_files(
    tmp_path: Path, document_facts: DocumentFacts, keys: dict[str, VerificationKey]
) -> None:
    unsigned = verify_pdf(_write(tmp_path, render_document(document_facts)), keys)
    assert unsigned.status == "unreadable"
    not_pdf = verify_pdf(_write(tmp_path, b"hello", "x.pdf"), keys)
    assert not_pdf.status == "unreadable"
    assert verify_pdf(tmp_path / "missing.pdf", keys).status == "unreadable"


def test_keys_round_trip_through_the_api_shape(signer: DocumentSigner) -> None:
    body = (
        '{"keys": [{"center_code": "DAM", "key_id": "DAM-1", "algorithm": "Ed25519", '
        f'"public_key": "{public_key_text(signer.private_key.public_key())}"}}]}}'
    )
    keys = keys_from_json(body)
    assert list(keys) == ["DAM-1"] and keys["DAM-1"].center_code == "DAM"
