"""Each center's Ed25519 key pair for the verification codes on its documents.

See ``printing.verification`` for the whole scheme: the server generates a key pair per
center, publishes the public keys to anyone and gives the private key to the center's own
users, whose workstations sign offline. (``central`` does not import ``printing``; the
key encoding, raw 32 bytes in base64url, is the contract in ``clerk_desk.api``.)
"""

from __future__ import annotations

import base64
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from central.db import CenterKeyRow, CenterRow


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def new_center_key(center_code: str, number: int, now: datetime) -> CenterKeyRow:
    private = Ed25519PrivateKey.generate()
    return CenterKeyRow(
        key_id=f"{center_code}-{number}",
        center_code=center_code,
        public_key=_b64url(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)),
        private_key=_b64url(private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())),
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
