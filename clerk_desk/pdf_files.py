"""The workstation's papers on disk: PDFs written encrypted under the store's key, read
back in memory, and the hashes the print ledger records (of the clear bytes).

Every paper that names a citizen, a clerk or a courier is encrypted; the file's name is the
associated data, so a file renamed to another request's name does not decrypt.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from clerk_desk.crypto import StoreKey
from clerk_desk.files import write_atomically


def sha256_hex(pdf_bytes: bytes) -> str:
    """The SHA-256 of a rendered file, as the issuance ledger records it."""
    return hashlib.sha256(pdf_bytes).hexdigest()


def pdf_context(path: str | os.PathLike[str]) -> str:
    """The associated data of an encrypted PDF: its file name (a file renamed to another
    request's name does not decrypt)."""
    return f"pdf:{Path(path).name}"


def write_pdf(path: str | os.PathLike[str], pdf_bytes: bytes, key: StoreKey | None) -> Path:
    """Write `pdf_bytes` to `path` atomically: a reader sees the old file or the whole new one.

    With `key` (every paper that names a citizen, a clerk or a courier) the file holds
    AES-GCM ciphertext, not a PDF: read it back with :func:`read_pdf`. ``None`` writes
    clear PDF, only for what carries no personal data (the test sheets of ``render --demo``).
    The temporary file is in the target's folder and holds the same (encrypted) bytes.
    """
    if key is not None:
        pdf_bytes = key.encrypt(pdf_bytes, pdf_context(path))
    return write_atomically(path, pdf_bytes)


def read_pdf(path: str | os.PathLike[str], key: StoreKey) -> bytes:
    """The clear PDF bytes of a file :func:`write_pdf` encrypted under `key`.

    ``clerk_desk.crypto.DecryptionError`` when the file was changed or another key wrote it.
    """
    return key.decrypt(Path(path).read_bytes(), pdf_context(path))


def read_if_intact(path: str | os.PathLike[str], sha256: str, key: StoreKey) -> bytes | None:
    """The clear bytes of the encrypted PDF at `path` if it is there and hashes to
    `sha256`; None when it is missing, unreadable, changed or not decrypting."""
    try:
        data = read_pdf(path, key)
    except (OSError, ValueError):  # missing, unreadable, or not decrypting (DecryptionError)
        return None
    return data if sha256_hex(data) == sha256 else None
