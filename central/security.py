"""Passwords (argon2id) and bearer tokens (only their SHA-256 is stored)."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Production parameters: argon2-cffi's defaults (RFC 9106 low-memory profile).
_HASHER = PasswordHasher()
# The demo seed hashes with cheap parameters so that log-in stays instant on a training
# laptop; still real argon2id, and verification reads the parameters from the hash.
_DEMO_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
# Verified against when the user name is unknown, so both failures take as long.
_DUMMY_HASH = _DEMO_HASHER.hash("not a password")


def hash_password(password: str, *, demo: bool = False) -> str:
    return (_DEMO_HASHER if demo else _HASHER).hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; an unknown user (``None``) costs the same time."""
    try:
        return _HASHER.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
