"""The screens' digits: one style, chosen in the settings, that reads in order in Arabic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bidi.algorithm import get_display
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from clerk_desk.digits import ARABIC_INDIC, WESTERN, fold_digits
from ui.i18n import ltr, shown, shown_digits, shown_with_spans, use_digits

LRM = "\u200e"


@pytest.fixture
def arabic_indic() -> Iterator[None]:
    before = shown_digits()
    use_digits(ARABIC_INDIC)
    yield
    use_digits(before)


def in_arabic(text: str) -> str:
    """What a right-to-left line shows, left to right (the reference bidi algorithm)."""
    return get_display(text, base_dir="R").replace(LRM, "")


@pytest.mark.usefixtures("arabic_indic")
@pytest.mark.parametrize(
    ("logical", "left_to_right"),
    [
        ("ولد 1990-05-12", "١٩٩٠-٠٥-١٢ دلو"),
        ("في 29/11/2026 14:05", "٢٩/١١/٢٠٢٦ ١٤:٠٥ يف"),
        ("الفترة 3-5 أيام", "مايأ ٣-٥ ةرتفلا"),
    ],
)
def test_a_date_reads_in_order_inside_arabic(logical: str, left_to_right: str) -> None:
    """Arabic-Indic digits are Arabic numbers to the bidi algorithm: a hyphen or a space
    between two of them swaps them ("١٢-٠٥-١٩٩٠") unless it is marked left-to-right."""
    assert in_arabic(shown(logical)) == left_to_right


@pytest.mark.usefixtures("arabic_indic")
def test_the_differing_spans_move_with_the_marks() -> None:
    text, spans = shown_with_spans("1990-05-12", ((5, 7), (8, 10)))
    assert text.replace(LRM, "") == "١٩٩٠-٠٥-١٢"
    assert [text[start:end].replace(LRM, "") for start, end in spans] == ["٠٥", "١٢"]


@pytest.mark.usefixtures("arabic_indic")
def test_no_middle_dot_beside_arabic_indic_digits_where_it_would_read_as_a_zero() -> None:
    assert shown("29 requests · 3 late") == "٢٩ requests | ٣ late"


def test_western_is_the_default_and_folds_what_was_typed_otherwise() -> None:
    assert shown_digits() == WESTERN
    text, spans = shown_with_spans("١٩٩٠-٠٥-١٢", ((5, 7),))
    assert (text, spans) == ("1990-05-12", ((5, 7),))


def on_screen(text: str) -> str:
    """What Qt draws for a right-to-left line, left to right (its own bidi, read back from
    the glyphs' positions), without the invisible marks. In one font that has every glyph:
    the glyph runs of a fallback font do not say which characters they draw."""
    layout = QTextLayout(text, QFont("DejaVu Sans"))
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    runs = line.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll)
    assert {run.rawFont().familyName() for run in runs} == {"DejaVu Sans"}
    glyphs = sorted(
        (position.x(), index)
        for run in runs
        for position, index in zip(run.positions(), run.stringIndexes(), strict=True)
    )
    order = list(dict.fromkeys(index for _, index in glyphs))
    return "".join(text[i] for i in order if text[i] not in "\u200e\u2066\u2069")


@pytest.mark.usefixtures("arabic_indic", "qapp")
@pytest.mark.parametrize(
    "sentence",
    [
        "بتاريخ %1، والسبب",  # the review's "what the clerk saw on …"
        "%1",  # a history line's time
    ],
)
@pytest.mark.parametrize("value", ["2026-11-29 13:28", "1990-05-12", "29/11/2026"])
def test_qt_draws_a_date_in_arabic_indic_as_it_draws_it_in_western(
    sentence: str, value: str
) -> None:
    western = on_screen(sentence.replace("%1", ltr(value)))
    for written in (
        shown(sentence.replace("%1", ltr(value))),
        sentence.replace("%1", shown(value)),
    ):
        assert fold_digits(on_screen(written)) == western, written


def test_a_papers_size_is_in_the_chosen_digits(qapp: object) -> None:
    from ui.labels import size_text

    western = size_text(1_200_000)
    use_digits(ARABIC_INDIC)
    try:
        arabic_indic = size_text(1_200_000)
    finally:
        use_digits(WESTERN)
    assert "1.2" in western and not any(d in arabic_indic for d in "0123456789")
    assert fold_digits(arabic_indic).replace(LRM, "") == western
