"""Passwords (argon2id) and bearer tokens (only their SHA-256 is stored)."""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from collections.abc import Iterable

from argon2 import Parameters, PasswordHasher, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.profiles import RFC_9106_LOW_MEMORY

# Production parameters: argon2-cffi's defaults (RFC 9106 low-memory profile).
PRODUCTION_PARAMETERS: Parameters = RFC_9106_LOW_MEMORY
_HASHER = PasswordHasher.from_parameters(PRODUCTION_PARAMETERS)
# The demo seed hashes with cheap parameters so that log-in stays instant on a training
# laptop; still real argon2id, and verification reads the parameters from the hash.
_DEMO_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def hash_password(password: str, *, demo: bool = False) -> str:
    return (_DEMO_HASHER if demo else _HASHER).hash(password)


def parameters_in_force(password_hashes: Iterable[str]) -> Parameters:
    """The hash parameters most of ``password_hashes`` (the users' own) were made with;
    the production parameters when there are none."""
    counted: Counter[str] = Counter()
    seen: dict[str, Parameters] = {}
    for password_hash in password_hashes:
        try:
            parameters = extract_parameters(password_hash)
        except InvalidHashError:
            continue
        key = repr(parameters)
        seen[key] = parameters
        counted[key] += 1
    if not counted:
        return PRODUCTION_PARAMETERS
    return seen[counted.most_common(1)[0][0]]


_DUMMIES: dict[str, str] = {}


def dummy_hash(parameters: Parameters = PRODUCTION_PARAMETERS) -> str:
    """A hash of a password nobody knows, made with ``parameters``: what an unknown user
    name is verified against, so that it costs what a real user's check costs."""
    key = repr(parameters)
    if key not in _DUMMIES:
        hasher = PasswordHasher.from_parameters(parameters)
        _DUMMIES[key] = hasher.hash(secrets.token_urlsafe(24))
    return _DUMMIES[key]


def _verify_hash(password_hash: str, password: str) -> bool:
    """The one argon2 check; its cost is set by the parameters written in the hash."""
    return _HASHER.verify(password_hash, password)


def verify_password(password_hash: str | None, password: str, *, dummy: str | None = None) -> bool:
    """True when ``password`` matches; an unknown user (``None``) is checked against
    ``dummy`` (default: one made with the production parameters, see :func:`dummy_hash`),
    which takes the same work, and is refused."""
    try:
        against = password_hash or dummy or dummy_hash()
        return _verify_hash(against, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
