"""Logging in without the server: a salted hash of the last successful log-in, kept in the
local store, unlocks the idle lock and opens the desk offline.

scrypt (memory-hard, in the standard library) with a random salt per log-in; the password
itself is never stored. The cached user (name, role, center) is what the server said at
that log-in, so an offline desk shows the same person and enforces the same role locally;
the server still checks every change when it arrives.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from sqlalchemy.orm import Session

from clerk_desk.store.models import SyncState

_N, _R, _P = 2**14, 8, 1


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_password(stored: str, password: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _key(username: str) -> str:
    return f"login:{username}"


def remember_login(session: Session, username: str, password: str, user: dict[str, Any]) -> None:
    """Keep what an offline unlock needs: the salted hash and who the server said this is."""
    value = json.dumps({"hash": hash_password(password), "user": user}, ensure_ascii=False)
    row = session.get(SyncState, _key(username))
    if row is None:
        session.add(SyncState(key=_key(username), value=value))
    else:
        row.value = value


def check_login(session: Session, username: str, password: str) -> dict[str, Any] | None:
    """The cached user if ``password`` is the one of the last successful log-in, else None."""
    row = session.get(SyncState, _key(username))
    if row is None:
        return None
    try:
        stored = json.loads(row.value)
    except json.JSONDecodeError:
        return None
    if not isinstance(stored, dict) or not isinstance(stored.get("hash"), str):
        return None
    if not verify_password(stored["hash"], password):
        return None
    user = stored.get("user")
    return user if isinstance(user, dict) else None
