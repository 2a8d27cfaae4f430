"""The signed verification code every document carries, and checking it.

The code is a QR holding a short text, one line, ``|`` between fields (it may occur in
none of them)::

    CD2|<workstation key id>|<document number>|<center code>|<issue date>|<request id>|
    <service code>|<national number>|<full name>|<signed at>|<center key id>|<workstation>|
    <workstation public key>|<not before>|<not after>|<certificate signature>|<signature>

The signature is Ed25519, by the workstation's own key, over the UTF-8 bytes of
everything before the last ``|``, base64url without padding (86 characters). The fields
from ``<center key id>`` to ``<certificate signature>`` are the workstation's certificate
(``clerk_desk.certificates``): the center's key vouching for the workstation's key. Times
are ``YYYYMMDDTHHMMSSZ`` (UTC). About 420 bytes.

Key management
--------------
No private center key leaves the server. Each workstation makes its own key pair when it
is enrolled (the private key only in the system keyring), a shift supervisor approves it,
and the server signs its certificate with the center's key. The server publishes at
``GET /api/v1/centers/keys``, without authentication, every center's public key, every
certificate it signed and every revocation with its time; ``clerk-desk verify`` checks a
document against that list (or a saved copy):

* the certificate was signed by a key of the document's center;
* the document was signed by the certified key, within the certificate's validity;
* a workstation revoked at time R: a document it signed at R or later fails, one signed
  before still holds (and ``verify`` says the workstation was revoked later).

Signing happens on the workstation, offline if need be: a center that lost its line
still issues documents. The signing time is the workstation's clock: a stolen workstation
could backdate a signature to before its revocation. The issuance ledger on the server
(each document's number, hash and time, recorded when the workstation syncs) is what
shows such a document was never issued; ``verify`` proves the signature chain only.

The QR holds this text as a link to the central server's public verification page::

    https://<central server>/verify#<the code, percent-encoded>

The code rides in the URL's fragment, which a browser never sends to the server: the
page (``central/static/verify``) checks the signature in the browser against the keys the
server publishes, so nobody's name or national number reaches the server. The link
itself is not signed (the page reads only the fragment); ``verify`` accepts the link and
the bare code alike. Percent-encoding keeps only RFC 3986's unreserved characters, so
every phone's scanner takes it for a link: about 550 bytes, a version 18 QR at error
correction M (89 modules; 28 mm gives 0.31 mm a module, read at 300 dpi and by a phone).

Documents printed before workstation keys carry the older code ``CD1|<center key id>|
<seven facts>|<signature>``, signed by the center's key itself; it still verifies against
the published center keys.

Nothing here touches a keyring or the network: the signer is given its key and
certificate.
"""

from __future__ import annotations

import binascii
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal
from urllib.parse import quote, unquote, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from pydantic import ValidationError

from clerk_desk.api import CenterKeys, CenterPublicKey, WorkstationCertificate
from clerk_desk.certificates import (
    b64url,
    certificate_holds,
    instant_text,
    issue_certificate,
    parse_instant,
    public_key_of,
    unb64url,
)
from clerk_desk.ports.signing import SignedFacts as SignedFacts  # the core's type

FORMAT = "CD2"
CENTER_FORMAT = "CD1"  # signed by the center's key, before workstations had their own
SEPARATOR = "|"
FIELD_COUNT = 17  # format, key id, seven facts, signing time, six of the certificate, signature
CENTER_FIELD_COUNT = 10  # format, key id, seven facts, signature


# Where the public verification page is served, under the central server's address.
PAGE_PATH = "/verify"
# The page of the workstation's default server (clerk_desk.config.SERVER_URL): samples,
# benchmarks and tests sign with it.
DEFAULT_PAGE_URL = "http://127.0.0.1:8765" + PAGE_PATH


def _utcnow() -> datetime:
    return datetime.now(UTC)


def page_url_of(server_url: str) -> str:
    """The verification page of the central server at ``server_url``."""
    return server_url.rstrip("/") + PAGE_PATH


def code_link(page_url: str, code: str) -> str:
    """The signed code as a link to the verification page, the code in its fragment."""
    return f"{page_url}#{quote(code, safe='')}"


def is_code_text(text: str) -> bool:
    """Whether ``text`` is a verification code as a QR holds it (rather than a file name)."""
    return text.startswith(
        ("https://", "http://", f"{FORMAT}{SEPARATOR}", f"{CENTER_FORMAT}{SEPARATOR}")
    )


def code_of(text: str) -> str:
    """The signed code a QR holds: the fragment of a link to the verification page, or
    the bare code of the documents printed before it; ValueError for a link with no
    fragment or one that is not percent-encoded UTF-8."""
    if not text.startswith(("https://", "http://")):
        return text
    fragment = urlsplit(text).fragment
    if not fragment:
        raise ValueError("the link carries no verification code")
    return unquote(fragment, errors="strict")


def _checked(fields: list[str]) -> str:
    for value in fields:
        if SEPARATOR in value or "\n" in value or "\r" in value:
            raise ValueError(f"{value!r} cannot be put in a verification code")
    return SEPARATOR.join(fields)


@dataclass(frozen=True)
class DocumentSigner:
    """This workstation's own key, and the certificate its center signed for it.

    ``clock`` gives the signing time written into each code (the workstation's clock);
    ``page_url`` the verification page the printed code links to (:func:`page_url_of`).
    """

    private_key: Ed25519PrivateKey
    certificate: WorkstationCertificate
    clock: Callable[[], datetime] = field(default=_utcnow, compare=False)
    page_url: str = DEFAULT_PAGE_URL

    @classmethod
    def from_keyring(
        cls, seed: str, certificate: WorkstationCertificate, page_url: str = DEFAULT_PAGE_URL
    ) -> DocumentSigner:
        """The key as ``sync.enrollment`` keeps it (the raw seed, base64url), and its
        certificate; ValueError when they do not belong together."""
        private_key = Ed25519PrivateKey.from_private_bytes(unb64url(seed))
        if public_key_text(private_key.public_key()) != certificate.public_key:
            raise ValueError("the certificate is not that of this workstation's key")
        return cls(private_key, certificate, page_url=page_url)

    @property
    def key_id(self) -> str:
        return self.certificate.key_id

    @property
    def center_code(self) -> str:
        return self.certificate.center_code

    def valid_at(self, at: datetime) -> bool:
        """Whether a signature made at ``at`` falls within the certificate's validity."""
        return self.certificate.not_before <= at <= self.certificate.not_after

    def payload(self, facts: SignedFacts) -> str:
        """The text the QR holds: the signed code as a link to the verification page."""
        return code_link(self.page_url, self.code(facts))

    def code(self, facts: SignedFacts) -> str:
        """The signed code: the facts, the signing time, the certificate and the
        signature."""
        if facts.center_code != self.center_code:
            raise ValueError(
                f"key {self.key_id} signs for center {self.center_code}, not {facts.center_code}"
            )
        signed_at = self.clock()
        if not self.valid_at(signed_at):
            raise ValueError(
                f"certificate {self.key_id} is not valid at {signed_at:%Y-%m-%d %H:%M}"
            )
        cert = self.certificate
        message = _checked(
            [
                FORMAT,
                cert.key_id,
                *facts.fields(),
                instant_text(signed_at),
                cert.center_key_id,
                cert.workstation,
                cert.public_key,
                instant_text(cert.not_before),
                instant_text(cert.not_after),
                cert.signature,
            ]
        )
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


@dataclass(frozen=True)
class CenterKey:
    """A center's key pair outside the server: the throw-away keys of sample pages,
    benchmarks and tests, which certify a throw-away workstation key as the server would.
    """

    key_id: str
    center_code: str
    private_key: Ed25519PrivateKey

    @classmethod
    def generate(cls, key_id: str, center_code: str) -> CenterKey:
        return cls(key_id, center_code, Ed25519PrivateKey.generate())

    def public(self) -> VerificationKey:
        return VerificationKey(self.key_id, self.center_code, self.private_key.public_key())

    def public_api(self) -> CenterPublicKey:
        return CenterPublicKey(
            center_code=self.center_code,
            key_id=self.key_id,
            public_key=public_key_text(self.private_key.public_key()),
        )

    def enroll(
        self,
        workstation: str = "W1",
        number: int = 1,
        *,
        not_before: datetime = datetime(2020, 1, 1, tzinfo=UTC),
        lifetime: timedelta = timedelta(days=365 * 20),
        clock: Callable[[], datetime] = _utcnow,
        page_url: str = DEFAULT_PAGE_URL,
    ) -> DocumentSigner:
        """A new workstation key, certified by this center key."""
        private_key = Ed25519PrivateKey.generate()
        certificate = issue_certificate(
            self.private_key,
            center_key_id=self.key_id,
            center_code=self.center_code,
            key_id=f"{self.center_code}-W{number}",
            workstation=workstation,
            public_key=public_key_text(private_key.public_key()),
            not_before=not_before,
            not_after=not_before + lifetime,
        )
        return DocumentSigner(private_key, certificate, clock, page_url)


def public_key_text(key: Ed25519PublicKey) -> str:
    """The raw 32-byte public key, base64url, as ``/centers/keys`` publishes it."""
    return b64url(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def keyring(keys: Iterable[VerificationKey]) -> dict[str, VerificationKey]:
    """Public keys by key id."""
    return {key.key_id: key for key in keys}


@dataclass(frozen=True)
class PublishedKeys:
    """What the server publishes for verifiers: center keys by id, the certificates they
    signed by workstation key id, and revocation times by workstation key id."""

    center_keys: Mapping[str, VerificationKey]
    certificates: Mapping[str, WorkstationCertificate] = field(default_factory=dict)
    revocations: Mapping[str, datetime] = field(default_factory=dict)
    as_of: datetime | None = None

    @classmethod
    def from_api(cls, published: CenterKeys) -> PublishedKeys:
        return cls(
            keyring(VerificationKey.from_api(k) for k in published.keys),
            {c.key_id: c for c in published.certificates},
            {r.key_id: r.revoked_at for r in published.revocations},
            published.as_of,
        )


def keys_from_json(text: str | bytes) -> PublishedKeys:
    """Parse the body of ``GET /api/v1/centers/keys`` (or a saved copy of it)."""
    return PublishedKeys.from_api(CenterKeys.model_validate_json(text))


Status = Literal["valid", "invalid", "unreadable"]
# What ``clerk-desk verify`` tells apart (its words for each are in ``clerk_desk.cli``).
Case = Literal[
    "valid",  # signed by a certified workstation key, not revoked
    "valid_revoked_later",  # signed before its workstation was revoked: still valid
    "valid_center_key",  # an older document, signed by the center's key itself
    "tampered",  # a signature does not match what the code says
    "revoked",  # signed by a workstation at or after its revocation
    "outside_validity",  # signed outside the certificate's validity
    "unknown_key",  # no published key or certificate vouches for the signer
    "wrong_center",  # the key belongs to another center than the document names
    "malformed",  # not a Clerk Desk verification code
    "unreadable",  # no code could be read
]
VALID_CASES = frozenset({"valid", "valid_revoked_later", "valid_center_key"})


@dataclass(frozen=True)
class VerificationResult:
    """What a document's verification code proves.

    ``case`` says which of :data:`Case` it is, ``reason`` the same in an English sentence;
    ``status`` sums it up: valid, invalid (a code was read but does not hold) or
    unreadable (no code could be read from the file).
    """

    case: Case
    reason: str
    facts: SignedFacts | None = None
    key_id: str | None = None
    signed_at: datetime | None = None
    revoked_at: datetime | None = None
    certificate: WorkstationCertificate | None = None

    @property
    def status(self) -> Status:
        if self.case == "unreadable":
            return "unreadable"
        return "valid" if self.case in VALID_CASES else "invalid"

    @property
    def valid(self) -> bool:
        return self.status == "valid"


def _published(keys: PublishedKeys | Mapping[str, VerificationKey]) -> PublishedKeys:
    return keys if isinstance(keys, PublishedKeys) else PublishedKeys(keys)


def _signature_holds(key: Ed25519PublicKey, signature_text: str, message: str) -> bool:
    try:
        key.verify(unb64url(signature_text), message.encode("utf-8"))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def verify_payload(
    payload: str, keys: PublishedKeys | Mapping[str, VerificationKey]
) -> VerificationResult:
    """Check the text of a verification code (a link to the verification page, or the
    bare code) against the published keys."""
    published = _published(keys)
    try:
        payload = code_of(payload)
    except ValueError as exc:
        return VerificationResult("malformed", str(exc))
    message, sep, signature_text = payload.rpartition(SEPARATOR)
    fields = message.split(SEPARATOR)
    if sep and fields[0] == CENTER_FORMAT and len(fields) == CENTER_FIELD_COUNT - 1:
        return _verify_center_signed(message, fields, signature_text, published)
    if not sep or fields[0] != FORMAT or len(fields) != FIELD_COUNT - 1:
        return VerificationResult("malformed", "not a Clerk Desk verification code")
    key_id = fields[1]
    try:
        facts = SignedFacts.of(fields[2:9])
        signed_at = parse_instant(fields[9])
        certificate = WorkstationCertificate(
            center_key_id=fields[10],
            center_code=facts.center_code,
            key_id=key_id,
            workstation=fields[11],
            public_key=fields[12],
            not_before=parse_instant(fields[13]),
            not_after=parse_instant(fields[14]),
            signature=fields[15],
        )
        workstation_key = public_key_of(certificate)
    except (ValueError, ValidationError):
        return VerificationResult("malformed", "the code's fields are malformed", key_id=key_id)

    def result(case: Case, reason: str, revoked_at: datetime | None = None) -> VerificationResult:
        return VerificationResult(case, reason, facts, key_id, signed_at, revoked_at, certificate)

    center_key = published.center_keys.get(certificate.center_key_id)
    if center_key is None:
        return result("unknown_key", f"unknown center key {certificate.center_key_id}")
    if center_key.center_code != facts.center_code:
        return result(
            "wrong_center",
            f"key {center_key.key_id} belongs to center {center_key.center_code}",
        )
    if not certificate_holds(certificate, center_key.public_key):
        return result("tampered", "the workstation's certificate does not match the center's key")
    listed = published.certificates.get(key_id)
    if listed is not None and listed != certificate:
        return result(
            "unknown_key", f"workstation key {key_id} is not the one the center published"
        )
    if not _signature_holds(workstation_key, signature_text, message):
        return result("tampered", "the signature does not match")
    if not certificate.not_before <= signed_at <= certificate.not_after:
        return result("outside_validity", "signed outside the certificate's validity")
    revoked_at = published.revocations.get(key_id)
    if revoked_at is not None and signed_at >= revoked_at:
        return result(
            "revoked", f"signed by workstation key {key_id} after its revocation", revoked_at
        )
    if revoked_at is not None:
        return result(
            "valid_revoked_later",
            f"signed by workstation key {key_id} before its revocation",
            revoked_at,
        )
    return result("valid", f"signed by workstation key {key_id} of center {facts.center_code}")


def _verify_center_signed(
    message: str, fields: list[str], signature_text: str, published: PublishedKeys
) -> VerificationResult:
    """A code of the older format, signed by the center's key itself."""
    key_id = fields[1]
    try:
        facts = SignedFacts.of(fields[2:9])
    except ValueError:
        return VerificationResult("malformed", "the code's fields are malformed", key_id=key_id)
    key = published.center_keys.get(key_id)
    if key is None:
        return VerificationResult("unknown_key", f"unknown signing key {key_id}", facts, key_id)
    if key.center_code != facts.center_code:
        return VerificationResult(
            "wrong_center", f"key {key_id} belongs to center {key.center_code}", facts, key_id
        )
    if not _signature_holds(key.public_key, signature_text, message):
        return VerificationResult("tampered", "the signature does not match", facts, key_id)
    return VerificationResult(
        "valid_center_key", f"signed by the key of center {facts.center_code}", facts, key_id
    )


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


def verify_pdf(
    path: str | Path, public_keys: PublishedKeys | Mapping[str, VerificationKey]
) -> VerificationResult:
    """Read the verification code on page 1 of a PDF and check it."""
    try:
        codes = read_codes(Path(path))
    except Exception as exc:  # pypdfium2 raises its own PdfiumError, and OSError
        return VerificationResult("unreadable", f"cannot read the file as a PDF: {exc}")
    if not codes:
        return VerificationResult("unreadable", "no verification code found on page 1")
    if len(codes) > 1:
        return VerificationResult("malformed", "more than one verification code on page 1")
    try:
        payload = codes[0].decode("utf-8")
    except UnicodeDecodeError:
        return VerificationResult("malformed", "the code is not UTF-8 text")
    return verify_payload(payload, public_keys)
