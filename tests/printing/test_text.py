from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from printing.fonts import BOLD, font_files, register_fonts
from printing.text import Box, TextStyle, clean_text, draw_text, fit_text, shape_line
from tests.printing.pdfcheck import page_text


def _pdf(draw) -> bytes:  # type: ignore[no-untyped-def]
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    draw(canvas)
    canvas.save()
    return buffer.getvalue()


def test_bundled_font_and_licence() -> None:
    files = font_files()
    assert files.regular.is_file() and files.bold.is_file()
    assert "SIL OPEN FONT LICENSE" in files.licence.read_text(encoding="utf-8")


def test_digits_and_latin_read_left_to_right_inside_arabic() -> None:
    line = shape_line("الرقم 123 ABC")
    glyphs = str(line.glyphs)
    # visual order, left to right: the Latin and the digits come first, each in its own order
    assert glyphs.startswith("ABC 123 ")
    assert line.width > 0


def test_bidi_overrides_are_neutralised() -> None:
    assert clean_text("a\u202eb\tc") == "a b c"


def test_arabic_extracts_in_reading_order() -> None:
    words = "الجمهورية العربية السورية"
    pdf = _pdf(lambda c: draw_text(c, words, Box(50, 700, 400, 30), TextStyle(font=BOLD)))
    assert words in page_text(pdf)


def test_markup_characters_are_literal() -> None:
    value = "<b>Bold</b> & <i>x</i>"
    style = TextStyle(direction="ltr")
    pdf = _pdf(lambda c: draw_text(c, value, Box(50, 700, 400, 30), style, align="left"))
    assert value in page_text(pdf)


def test_long_value_shrinks_and_wraps_inside_its_box() -> None:
    value = "عبد الرحمن " * 20
    box = Box(100, 500, 150, 40)
    layout = fit_text(value, box.width, box.height, TextStyle(size=14, min_size=6))
    assert layout.size < 14
    assert len(layout.lines) > 1
    assert layout.height <= box.height
    assert all(line.width <= box.width for line in layout.lines)


def test_too_long_value_is_ellipsized_not_overflowing() -> None:
    layout = fit_text("س" * 2000, 100, 12, TextStyle(size=10, min_size=8))
    assert layout.truncated
    assert len(layout.lines) == 1 and layout.lines[0].width <= 100
    assert layout.lines[0].text.endswith("…")


def test_drawn_extents_are_inside_the_box() -> None:
    box = Box(60, 400, 200, 50)
    drawn = []
    _pdf(lambda c: drawn.append(draw_text(c, "محمد " * 50, box, TextStyle(size=12))))
    for extent in drawn[0].extents:
        assert box.x - 1e-6 <= extent.x and extent.right <= box.right + 1e-6
        assert box.y - 1e-6 <= extent.y and extent.top <= box.top + 1e-6
