"""Creating a canvas, merging PDFs, and the files the issuance ledger records."""

from __future__ import annotations

import contextlib
import io
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from clerk_desk.pdf_files import pdf_context as pdf_context  # their home is the core's now
from clerk_desk.pdf_files import read_pdf as read_pdf
from clerk_desk.pdf_files import sha256_hex as sha256_hex
from clerk_desk.pdf_files import write_pdf as write_pdf
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
