"""Creating a canvas, merging PDFs, and the files the issuance ledger records."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from clerk_desk.crypto import StoreKey
from clerk_desk.files import write_atomically
from printing.fonts import register_fonts

# reportlab keeps per-font subsetting state and HarfBuzz private glyph codes in module-level
# font objects: two renders on two worker threads at once must not interleave.
_render_lock = threading.Lock()


def render_pdf(pagesize: tuple[float, float], title: str, draw: Callable[[Any], None]) -> bytes:
    """Run `draw(canvas)` on one page of the given size and return the PDF bytes.

    The output is reproducible (reportlab's invariant mode: no creation time, fixed ID),
    so the same facts give the same bytes and the same hash.
    """
    register_fonts()
    with _render_lock, _binary_streams():
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=pagesize, invariant=True, pageCompression=1)
        canvas.setTitle(title)
        canvas.setCreator("Clerk Desk")
        draw(canvas)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without reportlab's ASCII85 wrapping (its default, `useA85`).

    ASCII85 only makes a PDF 7-bit clean (for mail of the 1990s) and a quarter bigger, and
    reportlab's pure-Python encoder took about 15 % of the time of rendering a document. The
    setting is read while the canvas is built and saved, which happens under the render lock.
    """
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


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


class UnreadablePdf(ValueError):
    """Bytes that are not a PDF pypdfium2 can open."""


def pdf_page_count(pdf_bytes: bytes) -> int:
    """How many pages `pdf_bytes` has; :class:`UnreadablePdf` if it is no readable PDF."""
    try:
        pdf = pdfium.PdfDocument(pdf_bytes)
    except pdfium.PdfiumError as exc:
        raise UnreadablePdf(f"not a readable PDF: {exc}") from exc
    try:
        return len(pdf)
    finally:
        pdf.close()


def merge_pdfs(pdfs: Sequence[Path | bytes]) -> bytes:
    """One PDF with all pages of `pdfs`, in order (files or PDF bytes)."""
    merged = pdfium.PdfDocument.new()
    try:
        for item in pdfs:
            source = pdfium.PdfDocument(item if isinstance(item, bytes) else str(item))
            try:
                merged.import_pages(source)
            finally:
                source.close()
        buffer = io.BytesIO()
        merged.save(buffer)
        return buffer.getvalue()
    finally:
        merged.close()
