"""Encryption at rest of the local store's personal data and of the archived PDFs.

The mechanism: field- and file-level AES-256-GCM (the ``cryptography`` package, already a
dependency), not an encrypted SQLite such as SQLCipher. Why:

- SQLCipher needs its own build of SQLite (a system library or a wheel of ``sqlcipher3``)
  that is not in the project's dependencies nor in every workstation image; Python's
  ``sqlite3`` stays as it is, with WAL, foreign keys, ``BEGIN IMMEDIATE`` and the
  integrity checks working unchanged.
- SQLAlchemy stays as it is: the personal columns are :class:`TypeDecorator` columns that
  encrypt on the way in and decrypt on the way out; the store's other columns (states,
  times, ids, hashes of the audit chain) stay readable for queries and indexes.
- One key protects both the store and the PDF archive.

What is not hidden: which requests exist, their states and times, and the lengths of the
encrypted values. Names, national numbers, submitted data, registry records, decisions'
evidence and free-text notes are.

Each value is ``version (1 byte) || nonce (12 random bytes) || ciphertext+tag``; the
column or file name is the associated data, so a value moved to another column does not
decrypt. The key is handed in by the caller: the core never touches the keyring
(``sync.credentials.TokenStore.store_key`` does).
"""

from __future__ import annotations

import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
TEXT_PREFIX = "enc1:"  # marks an encrypted value stored as text (never mistaken for a number)


class DecryptionError(ValueError):
    """The value was changed, is not encrypted, or was encrypted under another key."""


class StoreKey:
    """A 256-bit key for AES-GCM. ``repr`` never shows it."""

    __slots__ = ("_aead", "_raw")

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError(f"a store key is {KEY_BYTES} bytes, not {len(raw)}")
        self._raw = bytes(raw)
        self._aead = AESGCM(self._raw)

    @classmethod
    def generate(cls) -> StoreKey:
        return cls(os.urandom(KEY_BYTES))

    @classmethod
    def from_text(cls, text: str) -> StoreKey:
        """The key from its keyring form (URL-safe base64)."""
        try:
            raw = base64.urlsafe_b64decode(text.encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            raise ValueError("the stored key is not base64") from exc
        return cls(raw)

    def to_text(self) -> str:
        """The key in its keyring form (URL-safe base64)."""
        return base64.urlsafe_b64encode(self._raw).decode("ascii")

    def __repr__(self) -> str:
        return "StoreKey(<hidden>)"

    def encrypt(self, plaintext: bytes, context: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plaintext, context.encode("utf-8"))
        return bytes([VERSION]) + nonce + sealed

    def decrypt(self, blob: bytes, context: str) -> bytes:
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[0] != VERSION:
            raise DecryptionError("not a value encrypted by this version of Clerk Desk")
        nonce = blob[1 : 1 + NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[1 + NONCE_BYTES :], context.encode("utf-8"))
        except InvalidTag as exc:
            raise DecryptionError(
                "the value was changed or was encrypted under another key"
            ) from exc

    def encrypt_text(self, plaintext: str, context: str) -> str:
        """Encrypt `plaintext` into text a TEXT (or VARCHAR, or JSON) column holds."""
        blob = self.encrypt(plaintext.encode("utf-8"), context)
        return TEXT_PREFIX + base64.b64encode(blob).decode("ascii")

    def decrypt_text(self, stored: str, context: str) -> str:
        if not stored.startswith(TEXT_PREFIX):
            raise DecryptionError("the stored value is not encrypted")
        try:
            blob = base64.b64decode(stored[len(TEXT_PREFIX) :], validate=True)
        except ValueError as exc:
            raise DecryptionError("the stored value is not valid base64") from exc
        return self.decrypt(blob, context).decode("utf-8")


def is_encrypted_text(value: object) -> bool:
    return isinstance(value, str) and value.startswith(TEXT_PREFIX)
