"""QR codes (segno) drawn as vector squares on a reportlab canvas.

segno computes the symbol; each row's runs of dark modules are drawn as one filled
rectangle, so the code stays sharp at any printer resolution and the PDF stays small.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import segno

QUIET_MODULES = 4  # ISO/IEC 18004: four modules of light margin on every side


@dataclass(frozen=True)
class DrawnQr:
    """A QR on the page: (x, y) is the bottom-left of the symbol without its quiet zone."""

    x: float
    y: float
    size: float  # width = height of the dark-module area, points
    modules: int  # modules per side

    @property
    def module(self) -> float:
        return self.size / self.modules

    @property
    def quiet(self) -> float:
        return QUIET_MODULES * self.module


# One of the eight masks the standard defines (0-7), always the same: see qr_symbol.
FIXED_MASK = 2


@lru_cache(maxsize=16)
def qr_symbol(data: bytes) -> segno.QRCode:
    """The QR of `data` (byte mode, error correction M: survives a stamp's edge or a fold).

    Kept for the few codes of the page being laid out: the layout asks for its size before
    it draws it. The mask is fixed rather than chosen by trying all eight: every reader
    decodes any mask, and the choice was most of the time a document took to render
    (a signed code's symbol is version 18)."""
    return segno.make_qr(data, error="m", boost_error=False, mask=FIXED_MASK)


def qr_modules(data: bytes) -> int:
    width, _ = qr_symbol(data).symbol_size(border=0)
    return int(width)


def draw_qr(canvas: Any, data: bytes, x: float, y: float, size: float) -> DrawnQr:
    """Draw the QR of `data`, its dark-module area size × size points, bottom-left at x, y.

    The caller keeps `QUIET_MODULES` modules around it clear.
    """
    symbol = qr_symbol(data)
    rows = [list(row) for row in symbol.matrix_iter(border=0)]
    count = len(rows)
    module = size / count
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(rows):
        top = y + size - r * module
        start = None
        for c, dark in enumerate([*row, False]):
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                canvas.rect(x + start * module, top - module, (c - start) * module, module, 0, 1)
                start = None
    canvas.restoreState()
    return DrawnQr(x, y, size, count)
