"""Each center's Ed25519 key pair, which certifies its workstations' own keys.

See ``printing.verification`` for the whole scheme: the server generates a key pair per
center and publishes the public keys to anyone; the private key never leaves the server.
It signs the certificate of each workstation key a shift supervisor approves
(``clerk_desk.certificates``), and the workstations sign their documents with their own
keys. (``central`` does not import ``printing``; the key encoding, raw 32 bytes in
base64url, is the contract in ``clerk_desk.api``.)
"""

from __future__ import annotations

from datetime import datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import CenterKeyRow, CenterRow, WorkstationKeyRow
from clerk_desk.api import WorkstationCertificate
from clerk_desk.certificates import b64url, issue_certificate, unb64url

# How long a workstation's certificate holds; the workstation enrolls a new key after.
CERTIFICATE_LIFETIME = timedelta(days=365)


def new_center_key(center_code: str, number: int, now: datetime) -> CenterKeyRow:
    private = Ed25519PrivateKey.generate()
    return CenterKeyRow(
        key_id=f"{center_code}-{number}",
        center_code=center_code,
        public_key=b64url(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)),
        private_key=b64url(private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())),
        created_at=now,
    )


def ensure_center_keys(session: Session, now: datetime) -> int:
    """Give every center without a key its first one; return how many were made.

    The caller commits.
    """
    have = set(session.scalars(select(CenterKeyRow.center_code).distinct()))
    made = 0
    for code in session.scalars(select(CenterRow.code).order_by(CenterRow.code)):
        if code not in have:
            session.add(new_center_key(code, 1, now))
            made += 1
    return made


def current_key(session: Session, center_code: str) -> CenterKeyRow | None:
    """The center's newest key: the one its workstations sign with."""
    return session.scalars(
        select(CenterKeyRow)
        .where(CenterKeyRow.center_code == center_code)
        .order_by(CenterKeyRow.created_at.desc(), CenterKeyRow.key_id.desc())
        .limit(1)
    ).first()


def certify(center_key: CenterKeyRow, row: WorkstationKeyRow, now: datetime) -> None:
    """Sign the certificate of the workstation key ``row`` with ``center_key``, from ``now``.

    The key is valid from the moment it was submitted (no signature of it can be older)
    until a year after approval. The caller commits.
    """
    certificate = issue_certificate(
        Ed25519PrivateKey.from_private_bytes(unb64url(center_key.private_key)),
        center_key_id=center_key.key_id,
        center_code=row.center_code,
        key_id=row.key_id,
        workstation=row.workstation,
        public_key=row.public_key,
        not_before=row.requested_at,
        not_after=now + CERTIFICATE_LIFETIME,
    )
    row.center_key_id = certificate.center_key_id
    row.not_before = certificate.not_before
    row.not_after = certificate.not_after
    row.signature = certificate.signature


def certificate_of(row: WorkstationKeyRow) -> WorkstationCertificate | None:
    """The certificate the server signed for ``row``, if it was approved."""
    if row.center_key_id is None or row.not_before is None or row.not_after is None:
        return None
    if row.signature is None:
        return None
    return WorkstationCertificate(
        center_key_id=row.center_key_id,
        center_code=row.center_code,
        key_id=row.key_id,
        workstation=row.workstation,
        public_key=row.public_key,
        not_before=row.not_before,
        not_after=row.not_after,
        signature=row.signature,
    )
