"""Reading rendered PDFs back with pypdfium2, for the printing tests."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pypdfium2 as pdfium


@dataclass(frozen=True)
class Char:
    text: str
    left: float
    bottom: float
    right: float
    top: float


def page_sizes(pdf_bytes: bytes) -> list[tuple[float, float]]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [tuple(page.get_size()) for page in pdf]  # type: ignore[misc]
    finally:
        pdf.close()


def page_text(pdf_bytes: bytes) -> str:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        page = pdf[0]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
        return str(text)
    finally:
        pdf.close()


def page_chars(pdf_bytes: bytes, page_index: int = 0) -> list[Char]:
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        page = pdf[page_index]
        textpage = page.get_textpage()
        chars = []
        for i in range(textpage.count_chars()):
            text = textpage.get_text_range(i, 1)
            if text.strip():
                chars.append(Char(text, *textpage.get_charbox(i)))
        textpage.close()
        page.close()
        return chars
    finally:
        pdf.close()


def render_gray(pdf_bytes: bytes, dpi: int = 300):  # type: ignore[no-untyped-def]
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        page = pdf[0]
        image = page.render(scale=dpi / 72, grayscale=True).to_pil()
        page.close()
        return image
    finally:
        pdf.close()


def visual_lines(pdf_bytes: bytes, page_index: int = 0) -> list[str]:
    """The page's characters line by line, left to right as they sit on paper.

    pdfium's own text order re-applies its simplified bidi and can move "DM-2024-1" into
    "-2024-1DM" on an Arabic line; reading the glyph boxes left to right does not.
    """
    rows: list[list[Char]] = []
    for char in sorted(page_chars(pdf_bytes, page_index), key=lambda c: -(c.bottom + c.top) / 2):
        middle = (char.bottom + char.top) / 2
        if rows and abs((rows[-1][0].bottom + rows[-1][0].top) / 2 - middle) < 3:
            rows[-1].append(char)
        else:
            rows.append([char])
    return ["".join(c.text for c in sorted(row, key=lambda c: c.left)) for row in rows]


def all_text(pdf_bytes: bytes) -> str:
    """The text of every page, one after the other."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(str(textpage.get_text_range()))
            textpage.close()
            page.close()
        return "\n".join(texts)
    finally:
        pdf.close()


# A code: Latin letters with digits (a request id, a document or tracking number, a user's
# or a workstation's name): printed in Western digits whatever the paper's style.
_CODE = re.compile(r"[A-Za-z0-9_\-./:#+]*[A-Za-z][A-Za-z0-9_\-./:#+]*")


def loose_western_digits(text: str) -> str:
    """The Western digits of ``text`` outside its codes (none on an Arabic-Indic paper)."""
    return "".join(re.findall("[0-9]", _CODE.sub(" ", text)))


def all_visual_lines(pdf_bytes: bytes) -> list[str]:
    """:func:`visual_lines` of every page, without spaces (a date reads as it sits)."""
    return [
        line.replace(" ", "")
        for n in range(len(page_sizes(pdf_bytes)))
        for line in visual_lines(pdf_bytes, n)
    ]
