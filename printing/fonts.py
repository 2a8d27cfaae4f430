"""The bundled Amiri font, registered with reportlab so that shaped Arabic still extracts.

reportlab draws a HarfBuzz-shaped string by putting each glyph in a font subset under the
Unicode character the font's cmap gives it. Most Arabic contextual forms (initial, medial,
final, Amiri's lam-alef and lam-lam-heh variants) have no cmap entry, so reportlab gives them
a private-use code point and the PDF's ToUnicode map says that private code point: a PDF
reader would extract gibberish. `ShapingTTFont` remembers which logical text each such glyph
stood for when it was shaped and rewrites the ToUnicode map of each subset with it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

from resources import FONTS_DIR

REGULAR = "ClerkDesk-Amiri"
BOLD = "ClerkDesk-Amiri-Bold"


@dataclass(frozen=True)
class FontFiles:
    regular: Path
    bold: Path
    licence: Path


def font_files() -> FontFiles:
    """Paths of the bundled font files and their licence."""
    return FontFiles(
        regular=FONTS_DIR / "Amiri-Regular.ttf",
        bold=FONTS_DIR / "Amiri-Bold.ttf",
        licence=FONTS_DIR / "OFL.txt",
    )


class ShapingTTFont(TTFont):  # type: ignore[misc]  # reportlab ships no type hints
    """A TrueType font whose private-use glyph codes extract as the text they were shaped from."""

    def __init__(self, name: str, filename: Path) -> None:
        super().__init__(name, str(filename), shapable=True)
        # private code point -> logical text it was shaped from (first seen wins)
        self.private_text: dict[int, str] = {}
        self.private_codes: set[int] = set()

    def remember_private(self, code: int, text: str) -> None:
        if text and code not in self.private_text:
            self.private_text[code] = text

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base_name = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            base = base_name.decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = _to_unicode_cmap(base, subset, self.private_text)


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(font_name: str, subset: list[int], private_text: dict[int, str]) -> str:
    entries = [
        f"<{code:02X}> <{_utf16_hex(private_text.get(char, chr(char)))}>"
        for code, char in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({font_name}) /Ordering ({font_name}) "
            "/Supplement 0 >> def",
            f"/CMapName /{font_name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            *_chunked_bfchar(entries),
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _chunked_bfchar(entries: list[str]) -> list[str]:
    # a bfchar block holds at most 100 entries (PDF reference, 5.9.2)
    out: list[str] = []
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        out += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return out


_register_lock = threading.Lock()


def register_fonts() -> tuple[str, str]:
    """Register the bundled regular and bold faces with reportlab once; return their names."""
    with _register_lock:
        registered = pdfmetrics.getRegisteredFontNames()
        files = font_files()
        for name, path in ((REGULAR, files.regular), (BOLD, files.bold)):
            if name not in registered:
                pdfmetrics.registerFont(ShapingTTFont(name, path))
    return REGULAR, BOLD


def shaping_font(name: str) -> ShapingTTFont:
    register_fonts()
    font = pdfmetrics.getFont(name)
    if not isinstance(font, ShapingTTFont):
        raise TypeError(f"{name!r} is not a font registered by printing.fonts")
    return font
