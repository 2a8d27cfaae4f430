"""Code 128 drawn as vector bars on a reportlab canvas.

python-barcode computes the module pattern (start code, data, checksum, stop pattern);
the bars are drawn here as filled rectangles so they stay sharp at any printer resolution.
Sizes follow what a USB handheld scanner and the Syrian Post's sorting readers need:
module width at least 0.33 mm, bar height at least 12.5 mm, a quiet zone of at least
10 modules on each side.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import barcode
from barcode.errors import BarcodeError
from reportlab.lib.units import mm

from clerk_desk.digits import WESTERN
from printing.fonts import REGULAR
from printing.text import TextStyle, digit_style, draw_line

MIN_MODULE_WIDTH = 0.33 * mm
MIN_BAR_HEIGHT = 12.5 * mm
MIN_QUIET_MODULES = 10


@dataclass(frozen=True)
class BarcodeSpec:
    """How a Code 128 is drawn; the defaults are the minimums, slightly rounded up."""

    module_width: float = 0.35 * mm
    bar_height: float = 13.0 * mm
    quiet_modules: int = 10
    text_size: float = 9.0  # the human-readable line; 0 leaves it out
    text_gap: float = 1.0 * mm

    def __post_init__(self) -> None:
        if self.module_width < MIN_MODULE_WIDTH - 1e-9:
            raise ValueError("module width is below 0.33 mm")
        if self.bar_height < MIN_BAR_HEIGHT - 1e-9:
            raise ValueError("bar height is below 12.5 mm")
        if self.quiet_modules < MIN_QUIET_MODULES:
            raise ValueError("quiet zone is below 10 modules")

    @property
    def text_height(self) -> float:
        return self.text_gap + self.text_size * 1.2 if self.text_size else 0.0


@dataclass(frozen=True)
class DrawnBarcode:
    """A barcode on the page. (x, y) is the bottom-left of the whole symbol, quiet zones
    and human-readable line included; the bars start `quiet_modules` modules in."""

    value: str
    modules: str  # "1" bar, "0" space, one character per module
    x: float
    y: float
    spec: BarcodeSpec

    @property
    def width(self) -> float:
        return (len(self.modules) + 2 * self.spec.quiet_modules) * self.spec.module_width

    @property
    def height(self) -> float:
        return self.spec.bar_height + self.spec.text_height

    @property
    def bars_left(self) -> float:
        return self.x + self.spec.quiet_modules * self.spec.module_width

    @property
    def bars_bottom(self) -> float:
        return self.y + self.spec.text_height


@functools.lru_cache(maxsize=1024)  # measured once for the layout, again when drawn
def code128_modules(value: str) -> str:
    """The Code 128 module pattern of `value` (printable ASCII only), without quiet zones."""
    if not value or not all(" " <= ch <= "~" for ch in value):
        raise ValueError("a Code 128 value must be non-empty printable ASCII")
    try:
        pattern = barcode.Code128(value).build()
    except BarcodeError as exc:  # pragma: no cover - guarded by the check above
        raise ValueError(str(exc)) from exc
    return str(pattern[0])


def code128_size(value: str, spec: BarcodeSpec = BarcodeSpec()) -> tuple[float, float]:
    """(width, height) in points the symbol will take, quiet zones and text included."""
    probe = DrawnBarcode(value, code128_modules(value), 0.0, 0.0, spec)
    return probe.width, probe.height


def draw_code128(
    canvas: Any, value: str, x: float, y: float, spec: BarcodeSpec = BarcodeSpec()
) -> DrawnBarcode:
    """Draw the Code 128 of `value` with its bottom-left corner (quiet zone included) at x, y."""
    drawn = DrawnBarcode(value, code128_modules(value), x, y, spec)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    left = drawn.bars_left
    start = None
    for i, module in enumerate(drawn.modules + "0"):
        if module == "1" and start is None:
            start = i
        elif module == "0" and start is not None:
            canvas.rect(
                left + start * spec.module_width,
                drawn.bars_bottom,
                (i - start) * spec.module_width,
                spec.bar_height,
                stroke=0,
                fill=1,
            )
            start = None
    if spec.text_size:
        style = TextStyle(font=REGULAR, size=spec.text_size, direction="ltr")
        with digit_style(WESTERN):  # the human-readable line says what the bars say
            draw_line(
                canvas,
                value,
                x + drawn.width / 2,
                y + spec.text_size * 0.3,
                style,
                align="center",
                max_width=drawn.width,
            )
    canvas.restoreState()
    return drawn
