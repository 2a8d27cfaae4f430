"""A workstation's certificate: the center's signature over the workstation's public key.

No private center key leaves the server. Each workstation makes its own Ed25519 key pair
when it is enrolled and sends the public half; once a shift supervisor approves, the
server signs this text with the center's key::

    CDC1|<center key id>|<center code>|<workstation key id>|<workstation>|<public key>|
    <not before>|<not after>

(one line, fields as :func:`certificate_text` writes them; instants as
``YYYYMMDDTHHMMSSZ``, UTC, to the second). The same fields travel in every document's
verification code (``printing.verification``), so a verifier holding only the center's
public key checks the whole chain: center key → workstation key → document.

The server issues (``central``), the verifier checks (``printing``): both through this
module, which touches no keyring, network or database.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from clerk_desk.api import WorkstationCertificate

CERTIFICATE_FORMAT = "CDC1"
_INSTANT = "%Y%m%dT%H%M%SZ"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    if not text or any(c not in _B64URL for c in text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_B64URL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def instant_text(at: datetime) -> str:
    """An aware time as ``20260301T090000Z`` (UTC, whole seconds)."""
    if at.tzinfo is None:
        raise ValueError("a time without a time zone cannot be signed")
    return at.astimezone(UTC).strftime(_INSTANT)


def parse_instant(text: str) -> datetime:
    """The inverse of :func:`instant_text`; ValueError for anything else."""
    if len(text) != 16:
        raise ValueError(f"not an instant: {text!r}")
    return datetime.strptime(text, _INSTANT).replace(tzinfo=UTC)


def certificate_text(certificate: WorkstationCertificate) -> str:
    """What the center's key signs."""
    return "|".join(
        (
            CERTIFICATE_FORMAT,
            certificate.center_key_id,
            certificate.center_code,
            certificate.key_id,
            certificate.workstation,
            certificate.public_key,
            instant_text(certificate.not_before),
            instant_text(certificate.not_after),
        )
    )


def issue_certificate(
    center_key: Ed25519PrivateKey,
    *,
    center_key_id: str,
    center_code: str,
    key_id: str,
    workstation: str,
    public_key: str,
    not_before: datetime,
    not_after: datetime,
) -> WorkstationCertificate:
    """The certificate of a workstation's public key, signed with the center's key."""
    unsigned = WorkstationCertificate(
        center_key_id=center_key_id,
        center_code=center_code,
        key_id=key_id,
        workstation=workstation,
        public_key=public_key,
        # whole seconds: the text signed is what the verification code carries
        not_before=not_before.astimezone(UTC).replace(microsecond=0),
        not_after=not_after.astimezone(UTC).replace(microsecond=0),
        signature="A" * 86,
    )
    signature = center_key.sign(certificate_text(unsigned).encode("utf-8"))
    return unsigned.model_copy(update={"signature": b64url(signature)})


def certificate_holds(certificate: WorkstationCertificate, center_key: Ed25519PublicKey) -> bool:
    """Whether the center's key signed this certificate, exactly as it reads."""
    try:
        center_key.verify(
            unb64url(certificate.signature), certificate_text(certificate).encode("utf-8")
        )
    except (InvalidSignature, ValueError):
        return False
    return True


def public_key_of(certificate: WorkstationCertificate) -> Ed25519PublicKey:
    """The workstation's public key the certificate vouches for."""
    return Ed25519PublicKey.from_public_bytes(unb64url(certificate.public_key))
