"""The screens' digits: one style, chosen in the settings, that reads in order in Arabic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from bidi.algorithm import get_display

from clerk_desk.digits import ARABIC_INDIC, WESTERN
from ui.i18n import shown, shown_digits, shown_with_spans, use_digits

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


def test_western_is_the_default_and_folds_what_was_typed_otherwise() -> None:
    assert shown_digits() == WESTERN
    text, spans = shown_with_spans("١٩٩٠-٠٥-١٢", ((5, 7),))
    assert (text, spans) == ("1990-05-12", ((5, 7),))
