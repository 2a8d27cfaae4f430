from __future__ import annotations

import dataclasses
import string
from datetime import timedelta
from pathlib import Path

import pytest
import zxingcpp
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from printing.document import (
    QR_SIZE,
    DocumentFacts,
    draw_verification_code,
    render_document,
    verification_code_box,
)
from printing.pdf import render_pdf
from printing.qr import draw_qr, qr_modules
from printing.verification import (
    DEFAULT_PAGE_URL,
    CenterKey,
    DocumentSigner,
    PublishedKeys,
    VerificationKey,
    code_link,
    code_of,
    keyring,
    keys_from_json,
    page_url_of,
    public_key_text,
    verify_payload,
    verify_pdf,
)
from tests.printing.conftest import SIGNED_AT
from tests.printing.legacy import center_signed_payload
from tests.printing.pdfcheck import page_chars, render_gray


@pytest.fixture
def keys(center_key: CenterKey) -> dict[str, VerificationKey]:
    return keyring([center_key.public()])


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
    assert result.case == "valid"
    assert result.facts == document_facts.signed_facts()
    assert result.facts.full_name == "محمد عبد الله الأحمد"
    assert result.key_id == "DAM-W1"
    assert result.signed_at == SIGNED_AT
    assert result.certificate == signer.certificate


def test_the_code_with_its_certificate_fits_a_readable_qr(
    document_facts: DocumentFacts, signer: DocumentSigner
) -> None:
    """The certificate travels in the one code, a link to the verification page: about
    550 bytes, a version 18 QR whose modules stay over 0.3 mm in the 28 mm square (decoded
    at 300 dpi above)."""
    payload = signer.payload(document_facts.signed_facts()).encode("utf-8")
    assert len(payload) < 600
    modules = qr_modules(payload)
    assert modules <= 89
    assert QR_SIZE / modules > 0.3 * mm


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


def test_the_printed_code_is_a_link_with_the_code_in_its_fragment(
    document_facts: DocumentFacts, signer: DocumentSigner, keys: dict[str, VerificationKey]
) -> None:
    """The QR holds a link to the central server's page; the signed code is its fragment
    (never sent to the server), percent-encoded to RFC 3986's unreserved characters.
    ``verify`` takes the link and the bare code alike."""
    link = signer.payload(document_facts.signed_facts())
    code = signer.code(document_facts.signed_facts())
    page, _, fragment = link.partition("#")
    assert page == DEFAULT_PAGE_URL == page_url_of("http://127.0.0.1:8765/")
    assert set(fragment) <= set(string.ascii_letters + string.digits + "-._~%")
    assert code_of(link) == code and code.startswith("CD2|DAM-W1|DM-2024-000317|DAM|")
    assert "محمد عبد الله الأحمد" in code
    assert verify_payload(link, keys).case == verify_payload(code, keys).case == "valid"
    elsewhere = dataclasses.replace(signer, page_url=page_url_of("https://verify.example.sy"))
    assert elsewhere.payload(document_facts.signed_facts()).startswith(
        "https://verify.example.sy/verify#CD2%7CDAM-W1%7C"
    )
    for broken in (page, f"{page}#", f"{page}#CD2%7C%FF%FE", "https://x.sy/verify#junk"):
        assert verify_payload(broken, keys).case == "malformed", broken


def test_one_changed_character_fails(
    document_facts: DocumentFacts, signer: DocumentSigner, keys: dict[str, VerificationKey]
) -> None:
    payload = signer.code(document_facts.signed_facts())
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
        forged_link = code_link(DEFAULT_PAGE_URL, payload.replace(old, new))
        assert verify_payload(forged_link, keys).case == "tampered"


def test_a_changed_code_printed_on_a_page_fails(
    tmp_path: Path,
    document_facts: DocumentFacts,
    signer: DocumentSigner,
    keys: dict[str, VerificationKey],
) -> None:
    payload = signer.code(document_facts.signed_facts())
    for index in (payload.index("REQ") + 4, payload.rindex("|") + 10):
        forged = code_link(signer.page_url, _flip(payload, index)).encode("utf-8")
        pdf = render_pdf(A4, "forged", lambda c, data=forged: draw_qr(c, data, 100, 100, 200))
        result = verify_pdf(_write(tmp_path, pdf, f"forged-{index}.pdf"), keys)
        assert result.status == "invalid", result.reason


def test_another_centers_key_or_an_unknown_key_fails(
    document_facts: DocumentFacts, signer: DocumentSigner, center_key: CenterKey
) -> None:
    payload = signer.payload(document_facts.signed_facts())
    impostor = CenterKey.generate("DAM-1", "DAM")  # same id, another key: a forged chain
    forged = verify_payload(payload, keyring([impostor.public()]))
    assert forged.case == "tampered" and "certificate does not match" in forged.reason
    assert verify_payload(payload, {}).case == "unknown_key"
    aleppo = dataclasses.replace(center_key.public(), center_code="ALP")
    elsewhere = verify_payload(payload, keyring([aleppo]))
    assert elsewhere.case == "wrong_center" and "belongs to center ALP" in elsewhere.reason
    with pytest.raises(ValueError, match="signs for center ALP, not DAM"):
        CenterKey.generate("ALP-1", "ALP").enroll().payload(document_facts.signed_facts())


def test_a_workstation_key_signing_for_itself_is_not_certified(
    document_facts: DocumentFacts, signer: DocumentSigner, center_key: CenterKey
) -> None:
    """A thief with a workstation's key but no center key cannot certify a key of their own:
    the certificate in the code does not hold against the published center key."""
    own = CenterKey("DAM-1", "DAM", signer.private_key).enroll("W9", 9)
    payload = own.payload(document_facts.signed_facts())
    assert verify_payload(payload, keyring([center_key.public()])).case == "tampered"


def test_a_revoked_workstation_fails_from_its_revocation_on(
    document_facts: DocumentFacts, signer: DocumentSigner, center_key: CenterKey
) -> None:
    payload = signer.payload(document_facts.signed_facts())  # signed at SIGNED_AT
    center_keys = keyring([center_key.public()])
    for revoked_at, case in (
        (SIGNED_AT, "revoked"),  # at the very second: after
        (SIGNED_AT - timedelta(seconds=1), "revoked"),
        (SIGNED_AT + timedelta(seconds=1), "valid_revoked_later"),
    ):
        keys = PublishedKeys(center_keys, revocations={"DAM-W1": revoked_at})
        result = verify_payload(payload, keys)
        assert (result.case, result.revoked_at) == (case, revoked_at)
    assert verify_payload(payload, PublishedKeys(center_keys)).case == "valid"
    assert verify_payload(payload, PublishedKeys(center_keys)).revoked_at is None


def test_a_signature_outside_the_certificates_validity_fails(
    document_facts: DocumentFacts, center_key: CenterKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    lapsed = dataclasses.replace(
        center_key.enroll(not_before=SIGNED_AT - timedelta(days=2), lifetime=timedelta(days=1)),
        clock=lambda: SIGNED_AT,
    )
    with pytest.raises(ValueError, match="not valid"):
        lapsed.payload(document_facts.signed_facts())
    # a workstation whose program was changed to sign anyway
    monkeypatch.setattr(DocumentSigner, "valid_at", lambda _self, _at: True)
    payload = lapsed.payload(document_facts.signed_facts())
    result = verify_payload(payload, keyring([center_key.public()]))
    assert result.case == "outside_validity" and not result.valid


def test_a_certificate_other_than_the_published_one_is_unknown(
    document_facts: DocumentFacts, signer: DocumentSigner, center_key: CenterKey
) -> None:
    other = center_key.enroll("W1", 1)  # the same key id, certified again for another key
    keys = PublishedKeys(keyring([center_key.public()]), certificates={"DAM-W1": other.certificate})
    result = verify_payload(signer.payload(document_facts.signed_facts()), keys)
    assert result.case == "unknown_key"


def test_a_document_signed_by_the_center_key_before_workstation_keys_still_verifies(
    tmp_path: Path, document_facts: DocumentFacts, center_key: CenterKey
) -> None:
    payload = center_signed_payload(center_key, document_facts.signed_facts())
    assert payload.startswith("CD1|DAM-1|")
    pdf = render_pdf(A4, "old", lambda c: draw_verification_code(c, payload, "DAM-1"))
    result = verify_pdf(_write(tmp_path, pdf, "old.pdf"), keyring([center_key.public()]))
    assert result.case == "valid_center_key" and result.valid
    assert result.facts == document_facts.signed_facts()
    assert verify_payload(_flip(payload, 20), keyring([center_key.public()])).case == "tampered"
    assert verify_payload(payload, {}).case == "unknown_key"


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


def test_keys_round_trip_through_the_api_shape(center_key: CenterKey) -> None:
    body = (
        '{"keys": [{"center_code": "DAM", "key_id": "DAM-1", "algorithm": "Ed25519", '
        f'"public_key": "{public_key_text(center_key.private_key.public_key())}"}}]}}'
    )
    keys = keys_from_json(body)  # a copy saved before certificates: still read
    assert list(keys.center_keys) == ["DAM-1"] and keys.center_keys["DAM-1"].center_code == "DAM"
    assert not keys.certificates and not keys.revocations and keys.as_of is None
