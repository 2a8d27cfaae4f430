"""Arabic (and mixed Arabic/Latin/digit) text on a reportlab canvas.

Each line goes through the Unicode bidirectional algorithm (python-bidi's reference
implementation gives the embedding level of every character), is cut into runs of one
level, each run is shaped by HarfBuzz in its own direction, and the runs are put in visual
order (rule L2). The glyphs are handed to reportlab as a `ShapedStr`, so reportlab embeds
and subsets the font; `printing.fonts.ShapingTTFont` makes the result extract as text.

Text is always drawn with `drawString`, never through a Paragraph: a value such as
``<b>&amp;`` is printed exactly as it was given.

Coordinates are reportlab points, origin bottom-left.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import unicodedata
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Literal

import uharfbuzz as hb
from bidi import algorithm as uba
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from clerk_desk.digits import WESTERN, shown
from printing.fonts import REGULAR, ShapingTTFont, shaping_font

Align = Literal["right", "left", "center"]
VAlign = Literal["top", "middle", "bottom"]
Direction = Literal["rtl", "ltr"]

ELLIPSIS = "…"
_HB_FEATURES = {"kern": True, "liga": True}
# Presentation forms are a legacy encoding; prefer the base letter when a glyph has both.
_PRESENTATION_FORMS = (range(0xFB50, 0xFE00), range(0xFE70, 0xFF00))
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class Box:
    """A rectangle on the page: (x, y) is its bottom-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.width - 2 * dx, self.height - 2 * dy)


@dataclass(frozen=True)
class TextStyle:
    font: str = REGULAR
    size: float = 11.0
    min_size: float = 6.0
    leading: float = 1.35  # line height as a multiple of the size
    direction: Direction = "rtl"  # the paragraph's base direction


@dataclass(frozen=True)
class ShapedLine:
    """One line, shaped and in visual order, ready for `drawString`."""

    text: str  # the logical text of the line
    glyphs: Any  # reportlab ShapedStr
    width: float  # advance width in points
    size: float


@dataclass(frozen=True)
class TextLayout:
    """Where `draw_text` put a value: lines top to bottom, and their extents on the page."""

    lines: tuple[ShapedLine, ...]
    size: float
    line_height: float
    truncated: bool
    extents: tuple[Box, ...] = ()

    @property
    def height(self) -> float:
        return len(self.lines) * self.line_height


# The digit style of the paper being drawn (the ``digits`` setting, passed in its facts).
_DIGITS: ContextVar[str] = ContextVar("digits", default=WESTERN)


@contextlib.contextmanager
def digit_style(style: str) -> Iterator[None]:
    """Draw the text inside in digit ``style`` (``clerk_desk.digits.shown``): dates, counts
    and numbers; codes with Latin letters keep their Western digits, and barcodes and QR
    codes are drawn from their values, never from this text."""
    token = _DIGITS.set(style)
    try:
        yield
    finally:
        _DIGITS.reset(token)


def clean_text(text: str) -> str:
    """Make a value printable: control and bidi-override characters become spaces.

    A stray RLO in a name would otherwise reverse the rest of the line on paper. Digits are
    written in the style of the paper being drawn (:func:`digit_style`).
    """
    text = shown(text, _DIGITS.get())
    if text.isprintable():  # every character replaced below is a non-printable one
        return text
    out = []
    for ch in text:
        if ch in _BIDI_CONTROLS or ch == "\t" or (unicodedata.category(ch) == "Cc" and ch != "\n"):
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


# --- bidi -----------------------------------------------------------------------------------


def _levels(line: str, direction: Direction) -> list[int]:
    """Resolved embedding level of each character of one line (UAX #9, W1-I2, L1)."""
    storage = uba.get_empty_storage()
    base = 1 if direction == "rtl" else 0
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    uba.get_embedding_levels(line, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage)
    uba.resolve_weak_types(storage)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    levels: list[int | None] = [None] * len(line)
    for char in storage["chars"]:
        levels[char["index"]] = char["level"]
    # X9-removed characters (ZWJ, ZWNJ...) take the level of what precedes them.
    resolved: list[int] = []
    for level in levels:
        resolved.append(level if level is not None else (resolved[-1] if resolved else base))
    # L1: whitespace at the end of the line goes back to the paragraph level.
    for i in range(len(line) - 1, -1, -1):
        if not line[i].isspace():
            break
        resolved[i] = base
    return resolved


def _runs(levels: list[int]) -> list[tuple[int, int, int]]:
    """(start, end, level) of each run of equal level, in visual order (rule L2)."""
    runs: list[tuple[int, int, int]] = []
    start = 0
    for i in range(1, len(levels) + 1):
        if i == len(levels) or levels[i] != levels[start]:
            runs.append((start, i, levels[start]))
            start = i
    if not runs:
        return runs
    highest = max(level for _, _, level in runs)
    odd_levels = [level for _, _, level in runs if level % 2]
    lowest_odd = min(odd_levels) if odd_levels else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(runs):
            if runs[i][2] >= level:
                j = i
                while j < len(runs) and runs[j][2] >= level:
                    j += 1
                runs[i:j] = runs[i:j][::-1]
                i = j
            else:
                i += 1
    return runs


# --- shaping --------------------------------------------------------------------------------


def _char_for_glyph(font: ShapingTTFont, hb_font: Any, gid: int, advance: int) -> int:
    """The character code under which reportlab will put this glyph in a font subset."""
    code = _glyph_codes.get((font, gid))
    if code is not None:
        return code
    chars = [c for c in font.face.glyphToChar.get(gid, ()) if c not in font.private_codes]
    if chars:
        plain = [c for c in chars if not any(c in forms for forms in _PRESENTATION_FORMS)]
        code = int((plain or chars)[0])
    else:
        code = int(font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, advance))
        font.private_codes.add(code)
    _glyph_codes[(font, gid)] = code
    return code


# (font, glyph id) -> the code `_char_for_glyph` chose; the choice never changes for a font
# (a private code, once handed out, is also in glyphToChar but excluded above)
_glyph_codes: dict[tuple[ShapingTTFont, int], int] = {}


def shape_line(
    text: str, font_name: str = REGULAR, size: float = 11.0, *, direction: Direction = "rtl"
) -> ShapedLine:
    """Shape one line of logical-order text into visual-order glyphs."""
    line = clean_text(text).replace("\n", " ")
    glyphs, advance = _shape_em(line, shaping_font(font_name), direction)
    return ShapedLine(text=line, glyphs=glyphs, width=advance * size / 1000, size=size)


# Shaping does not depend on the size (HarfBuzz works in font units; reportlab scales the
# ShapeData by the size it draws at), and the same strings come back again and again: the
# sizes `fit_text` tries, the prefixes `_wrap` measures, the labels and the delivery terms of
# every document and envelope. So the shaped glyphs are kept per (text, font, direction).
# The font object is part of the key: the private glyph codes in a ShapedStr are those its
# font handed out, and they stay valid as long as that font object does.
@functools.lru_cache(maxsize=8192)
def _shape_em(line: str, font: ShapingTTFont, direction: Direction) -> tuple[Any, float]:
    """(ShapedStr, advance width in 1/1000 em) of one clean line."""
    hb_font = font.hbFont(1000)
    glyph_chars: list[str] = []
    shape_data: list[ShapeData] = []
    advance_total = 0.0
    face = font.face
    for start, end, level in _runs(_levels(line, direction)):
        buf = hb.Buffer()
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        # the whole line is context, so joining across a run boundary is seen by HarfBuzz
        buf.add_str(line, item_offset=start, item_length=end - start)
        buf.direction = "rtl" if level % 2 else "ltr"
        buf.guess_segment_properties()
        hb.shape(hb_font, buf, _HB_FEATURES)
        seen_clusters: set[int] = set()
        cluster_starts = sorted({info.cluster for info in buf.glyph_infos})
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
            gid = info.codepoint
            code = _char_for_glyph(font, hb_font, gid, pos.x_advance)
            if info.cluster not in seen_clusters and code in font.private_codes:
                font.remember_private(code, _cluster_text(line, cluster_starts, info.cluster, end))
            seen_clusters.add(info.cluster)
            x_advance = face._pdfScale(pos.x_advance)
            shape_data.append(
                ShapeData(
                    info.cluster,
                    x_advance,
                    face._pdfScale(pos.y_advance),
                    face._pdfScale(pos.x_offset),
                    face._pdfScale(pos.y_offset),
                    face.charWidths[code],
                )
            )
            glyph_chars.append(chr(code))
            advance_total += x_advance
    return ShapedStr("".join(glyph_chars), shapeData=shape_data), advance_total


def _cluster_text(line: str, cluster_starts: list[int], cluster: int, run_end: int) -> str:
    following = bisect.bisect_right(cluster_starts, cluster)
    end = cluster_starts[following] if following < len(cluster_starts) else run_end
    return line[cluster:end]


def text_width(text: str, font_name: str = REGULAR, size: float = 11.0) -> float:
    """Advance width in points of `text` on one line, shaped."""
    return shape_line(text, font_name, size).width


# --- wrapping and fitting -------------------------------------------------------------------


def _wrap(
    paragraph: str, width: float, style: TextStyle, size: float, limit: int
) -> list[ShapedLine]:
    """Greedy word wrap; stops once it has more than `limit` lines (it does not fit then)."""
    words = paragraph.split()
    lines: list[ShapedLine] = []

    def shape(text: str) -> ShapedLine:
        return shape_line(text, style.font, size, direction=style.direction)

    current = ""
    for word in words:
        if len(lines) > limit:
            return lines
        candidate = f"{current} {word}" if current else word
        if shape(candidate).width <= width:
            current = candidate
            continue
        if current:
            lines.append(shape(current))
        # a single word longer than the line is cut where it must be
        current = word
        while len(lines) <= limit and shape(current).width > width:
            cut = _longest_prefix(current, width, style, size)
            lines.append(shape(current[:cut]))
            current = current[cut:]
    if current:
        lines.append(shape(current))
    return lines


def _longest_prefix(
    text: str, width: float, style: TextStyle, size: float, suffix: str = ""
) -> int:
    """Length of the longest prefix of `text` that, followed by `suffix`, fits in `width`."""
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        probe = text[:mid].rstrip() + suffix
        if shape_line(probe, style.font, size, direction=style.direction).width <= width:
            lo = mid
        else:
            hi = mid - 1
    return max(lo, 1) if not suffix else lo


def _ellipsize(line: ShapedLine, width: float, style: TextStyle) -> ShapedLine:
    keep = _longest_prefix(line.text, width, style, line.size, suffix=ELLIPSIS)
    text = line.text[:keep].rstrip() + ELLIPSIS
    return shape_line(text, style.font, line.size, direction=style.direction)


def fit_text(
    text: str,
    width: float,
    height: float,
    style: TextStyle = TextStyle(),
    *,
    max_lines: int | None = None,
) -> TextLayout:
    """Lay `text` out inside width × height points.

    Tries the style's size, then smaller sizes down to `min_size`, wrapping at word
    boundaries (hard line breaks in the value are kept). If it still does not fit at the
    smallest size the last line ends in an ellipsis and `truncated` is set: the value
    never runs out of its box.
    """
    paragraphs = clean_text(text).split("\n")
    size = style.size
    while True:
        line_height = size * style.leading
        fits_lines = max(1, int((height + 1e-6) // line_height))
        if max_lines is not None:
            fits_lines = min(fits_lines, max_lines)
        lines: list[ShapedLine] = []
        for paragraph in paragraphs:
            lines += _wrap(paragraph, width, style, size, fits_lines - len(lines))
        if len(lines) <= fits_lines:
            return TextLayout(tuple(lines), size, line_height, truncated=False)
        if size <= style.min_size:
            kept = lines[:fits_lines]
            kept[-1] = _ellipsize(kept[-1], width, style)
            return TextLayout(tuple(kept), size, line_height, truncated=True)
        size = max(style.min_size, round(size - 0.5, 2))


# --- drawing --------------------------------------------------------------------------------


def draw_shaped(
    canvas: Any, line: ShapedLine, x: float, baseline: float, font_name: str = REGULAR
) -> None:
    """Draw a shaped line with its left edge at x."""
    canvas.setFont(font_name, line.size)
    canvas.drawString(x, baseline, line.glyphs)


def draw_text(
    canvas: Any,
    text: str,
    box: Box,
    style: TextStyle = TextStyle(),
    *,
    align: Align = "right",
    valign: VAlign = "middle",
    max_lines: int | None = None,
) -> TextLayout:
    """Draw `text` inside `box`, shrinking and wrapping it as `fit_text` does."""
    layout = fit_text(text, box.width, box.height, style, max_lines=max_lines)
    block = layout.height
    if valign == "top":
        top = box.top
    elif valign == "bottom":
        top = box.y + block
    else:
        top = box.y + (box.height + block) / 2
    # the baseline sits a little above the bottom of each line box (Amiri's descent)
    descent = layout.size * (style.leading - 1) / 2 + layout.size * 0.3
    extents = []
    for i, line in enumerate(layout.lines):
        baseline = top - (i + 1) * layout.line_height + descent
        if align == "right":
            x = box.right - line.width
        elif align == "left":
            x = box.x
        else:
            x = box.x + (box.width - line.width) / 2
        draw_shaped(canvas, line, x, baseline, style.font)
        extents.append(Box(x, top - (i + 1) * layout.line_height, line.width, layout.line_height))
    return TextLayout(
        layout.lines, layout.size, layout.line_height, layout.truncated, tuple(extents)
    )


def draw_line(
    canvas: Any,
    text: str,
    x: float,
    baseline: float,
    style: TextStyle = TextStyle(),
    *,
    align: Align = "right",
    max_width: float | None = None,
) -> ShapedLine:
    """Draw one line anchored at x (its right edge, left edge or centre, per `align`).

    With `max_width` the size shrinks (down to the style's `min_size`, then the text is
    ellipsized) so that the line is never wider than that.
    """
    size = style.size
    line = shape_line(text, style.font, size, direction=style.direction)
    if max_width is not None:
        while line.width > max_width and size > style.min_size:
            size = max(style.min_size, size - 0.5)
            line = shape_line(text, style.font, size, direction=style.direction)
        if line.width > max_width:
            line = _ellipsize(line, max_width, style)
    if align == "right":
        left = x - line.width
    elif align == "left":
        left = x
    else:
        left = x - line.width / 2
    draw_shaped(canvas, line, left, baseline, style.font)
    return line
