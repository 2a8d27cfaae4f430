"""The signed verification code every document carries, and checking it.

The code is a QR holding a short text::

    CD1|<key id>|<document number>|<center code>|<issue date>|<request id>|<service code>|
    <national number>|<full name>|<signature>

(one line; ``|`` separates fields and may not occur in any of them). The signature is
Ed25519 over the UTF-8 bytes of everything before the last ``|``, written base64url
without padding (86 characters). Ed25519 signatures are deterministic, so the same facts
still give the same PDF bytes and the same hash in the issuance ledger.

Key management
--------------
Each center has its own Ed25519 key pair, identified by a key id (``DAM-1``). The
reference server generates it when the center is created (seed time, or at start-up for
a center without one) and

* publishes every center's public key at ``GET /api/v1/centers/keys`` without
  authentication, so anyone (a bank, a court, a citizen with ``clerk-desk verify``) can
  check a document, and a verifier can keep a copy to work offline;
* hands the private key to that center's own signed-in users only, at
  ``GET /api/v1/centers/{code}/signing-key``; the workstation keeps it in the system
  keyring and signs locally.

Signing on the server (``POST /requests/{id}/signature``) would keep the private key off
the workstations, but then a center that lost its line could not print, and the brief
requires offline work: the counter must keep issuing documents during an outage. The
cost of local signing is that a stolen workstation can sign for its center until the key
is rotated; the key id in every code makes rotation possible (publish ``DAM-2``, keep
``DAM-1`` public for documents already issued), and a signature proves only "issued by a
workstation of center X" — which is exactly what the issuance ledger, holding the
document's hash, lets the center confirm.

Nothing here touches a keyring or the network: the signer is given a key object.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from clerk_desk.api import CenterKeys, CenterPublicKey, CenterSigningKey

FORMAT = "CD1"
SEPARATOR = "|"
FIELD_COUNT = 10  # format, key id, seven facts, signature


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    if not text or any(c not in _B64URL for c in text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


@dataclass(frozen=True)
class SignedFacts:
    """The key facts of one document, as its verification code carries them."""

    document_number: str
    center_code: str
    issued_on: date
    request_id: str
    service_code: str
    national_number: str
    full_name: str

    def fields(self) -> list[str]:
        return [
            self.document_number,
            self.center_code,
            self.issued_on.isoformat(),
            self.request_id,
            self.service_code,
            self.national_number,
            self.full_name,
        ]


@dataclass(frozen=True)
class DocumentSigner:
    """A center's signing key, as the workstation holds it."""

    key_id: str
    center_code: str
    private_key: Ed25519PrivateKey

    @classmethod
    def from_api(cls, key: CenterSigningKey) -> DocumentSigner:
        seed = unb64url(key.private_key)
        return cls(key.key_id, key.center_code, Ed25519PrivateKey.from_private_bytes(seed))

    @classmethod
    def generate(cls, key_id: str, center_code: str) -> DocumentSigner:
        """A fresh key (tests, and the demo documents of ``clerk-desk render --demo``)."""
        return cls(key_id, center_code, Ed25519PrivateKey.generate())

    def public(self) -> VerificationKey:
        return VerificationKey(self.key_id, self.center_code, self.private_key.public_key())

    def payload(self, facts: SignedFacts) -> str:
        """The text the QR holds: the facts and their signature."""
        if facts.center_code != self.center_code:
            raise ValueError(
                f"key {self.key_id} signs for center {self.center_code}, not {facts.center_code}"
            )
        fields = [FORMAT, self.key_id, *facts.fields()]
        for value in fields:
            if SEPARATOR in value or "\n" in value or "\r" in value:
                raise ValueError(f"{value!r} cannot be put in a verification code")
        message = SEPARATOR.join(fields)
        signature = self.private_key.sign(message.encode("utf-8"))
        return f"{message}{SEPARATOR}{b64url(signature)}"


@dataclass(frozen=True)
class VerificationKey:
    """A center's public key."""

    key_id: str
    center_code: str
    public_key: Ed25519PublicKey

    @classmethod
    def from_api(cls, key: CenterPublicKey) -> VerificationKey:
        raw = unb64url(key.public_key)
        return cls(key.key_id, key.center_code, Ed25519PublicKey.from_public_bytes(raw))


def public_key_text(key: Ed25519PublicKey) -> str:
    """The raw 32-byte public key, base64url, as ``/centers/keys`` publishes it."""
    return b64url(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def private_key_text(key: Ed25519PrivateKey) -> str:
    """The raw 32-byte private key (seed), base64url, as ``/signing-key`` hands it out."""
    return b64url(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()))


def keyring(keys: Iterable[VerificationKey]) -> dict[str, VerificationKey]:
    """Public keys by key id."""
    return {key.key_id: key for key in keys}


def keys_from_json(text: str | bytes) -> dict[str, VerificationKey]:
    """Parse the body of ``GET /api/v1/centers/keys`` (or a saved copy of it)."""
    return keyring(VerificationKey.from_api(k) for k in CenterKeys.model_validate_json(text).keys)


Status = Literal["valid", "invalid", "unreadable"]


@dataclass(frozen=True)
class VerificationResult:
    """What a document's verification code proves.

    ``valid``: the facts were signed by the key of ``facts.center_code``. ``invalid``: a
    code was read but its signature, key or format does not hold (``reason`` says which).
    ``unreadable``: no verification code could be read from the file.
    """

    status: Status
    reason: str
    facts: SignedFacts | None = None
    key_id: str | None = None

    @property
    def valid(self) -> bool:
        return self.status == "valid"


def verify_payload(payload: str, public_keys: Mapping[str, VerificationKey]) -> VerificationResult:
    """Check the text of a verification code against the published keys."""
    message, sep, signature_text = payload.rpartition(SEPARATOR)
    fields = message.split(SEPARATOR)
    if not sep or len(fields) != FIELD_COUNT - 1 or fields[0] != FORMAT:
        return VerificationResult("invalid", "not a Clerk Desk verification code")
    key_id = fields[1]
    try:
        facts = SignedFacts(
            document_number=fields[2],
            center_code=fields[3],
            issued_on=date.fromisoformat(fields[4]),
            request_id=fields[5],
            service_code=fields[6],
            national_number=fields[7],
            full_name=fields[8],
        )
        signature = unb64url(signature_text)
    except (ValueError, binascii.Error):
        return VerificationResult("invalid", "the code's fields are malformed", key_id=key_id)
    key = public_keys.get(key_id)
    if key is None:
        return VerificationResult("invalid", f"unknown signing key {key_id}", facts, key_id)
    if key.center_code != facts.center_code:
        return VerificationResult(
            "invalid", f"key {key_id} belongs to center {key.center_code}", facts, key_id
        )
    try:
        key.public_key.verify(signature, message.encode("utf-8"))
    except InvalidSignature:
        return VerificationResult("invalid", "the signature does not match", facts, key_id)
    return VerificationResult("valid", f"signed by center {facts.center_code}", facts, key_id)


def read_codes(pdf_path: Path, dpi: int = 300) -> list[bytes]:
    """The raw contents of the QR codes on page 1 of a PDF, rendered at `dpi`."""
    # imported here: rendering a document (which imports this module) needs neither
    import pypdfium2 as pdfium
    import zxingcpp

    pdf = pdfium.PdfDocument(pdf_path)
    try:
        page = pdf[0]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        page.close()
    finally:
        pdf.close()
    return [
        bytes(result.bytes)
        for result in zxingcpp.read_barcodes(image)
        if result.valid and result.format == zxingcpp.BarcodeFormat.QRCode
    ]


def verify_pdf(path: str | Path, public_keys: Mapping[str, VerificationKey]) -> VerificationResult:
    """Read the verification code on page 1 of a PDF and check it."""
    try:
        codes = read_codes(Path(path))
    except Exception as exc:  # pypdfium2 raises its own PdfiumError, and OSError
        return VerificationResult("unreadable", f"cannot read the file as a PDF: {exc}")
    if not codes:
        return VerificationResult("unreadable", "no verification code found on page 1")
    if len(codes) > 1:
        return VerificationResult("invalid", "more than one verification code on page 1")
    try:
        payload = codes[0].decode("utf-8")
    except UnicodeDecodeError:
        return VerificationResult("invalid", "the code is not UTF-8 text")
    return verify_payload(payload, public_keys)
