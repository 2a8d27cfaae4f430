"""The national number: what a clerk may type, and what is refused with which message."""

from __future__ import annotations

import pytest

from clerk_desk.national_number import (
    InvalidNationalNumber,
    is_grouped,
    is_national_number,
    parse_national_number,
)

NN = "01234567890"


@pytest.mark.parametrize(
    "typed",
    [
        NN,
        "٠١٢٣٤٥٦٧٨٩٠",  # Arabic-Indic, as typed on an Arabic keyboard
        "۰۱۲۳۴۵۶۷۸۹۰",  # Persian (Extended Arabic-Indic)
        "٠1٢3٤5٦7٨9۰",  # all three mixed in one number
        f"  {NN}\t",  # outer white space from a paste
        f"{NN}\n",
    ],
)
def test_accepted_forms_give_the_canonical_western_digits(typed: str) -> None:
    assert parse_national_number(typed) == NN
    assert is_national_number(typed)


def test_leading_zeros_are_kept() -> None:
    assert parse_national_number("00000000001") == "00000000001"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("0123456789", "must have 11 digits, not 10"),
        ("012345678901", "must have 11 digits, not 12"),
        ("٠١٢٣٤٥٦٧٨٩", "must have 11 digits, not 10"),  # length counted after folding
        ("1", "must have 11 digits, not 1"),
    ],
)
def test_wrong_length_says_how_many_digits_were_given(typed: str, message: str) -> None:
    with pytest.raises(InvalidNationalNumber, match=message):
        parse_national_number(typed)
    assert not is_national_number(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "0123456789A",  # a Latin letter
        "0123456789ا",  # an Arabic letter
        "01234 567890",  # an inner space
        "012-3456-7890",  # separators
        "01234\u00a0567890",
        "０１２３４５６７８９０",  # full-width digits are not a keyboard the clerks use
        "0123456789¹",  # a superscript digit is a digit to str.isdigit, not to us
        "+1234567890",
        "-1234567890",
    ],
)
def test_anything_but_digits_is_refused(typed: str) -> None:
    with pytest.raises(InvalidNationalNumber, match="must contain digits only"):
        parse_national_number(typed)
    assert not is_national_number(typed)


@pytest.mark.parametrize("typed", ["", "   ", "\t\n"])
def test_empty_is_refused_as_empty(typed: str) -> None:
    with pytest.raises(InvalidNationalNumber, match="is empty"):
        parse_national_number(typed)


def test_a_non_text_value_is_refused_not_crashed_on() -> None:
    with pytest.raises(InvalidNationalNumber, match="must be text"):
        parse_national_number(1234567890)  # type: ignore[arg-type]
    assert not is_national_number(None)  # type: ignore[arg-type]


def test_the_refusal_is_a_value_error() -> None:
    # Callers (pydantic validators, the CLI) catch ValueError.
    assert issubclass(InvalidNationalNumber, ValueError)


@pytest.mark.parametrize(
    "typed",
    [
        "012 345 678 90",
        "0123-4567-890",
        "012 - 345 - 678 - 90",
        "٠١٢ ٣٤٥ ٦٧٨ ٩٠",
        "0 1 2 3 4 5 6 7 8 9 0",
        "012\u00a0345\u00a067890",
        "012–345–67890",  # an en dash
    ],
)
def test_digit_groups_are_read_where_groups_are_allowed(typed: str) -> None:
    assert is_grouped(typed)
    assert parse_national_number(typed, grouped=True) == NN
    with pytest.raises(InvalidNationalNumber, match="digits only"):
        parse_national_number(typed)  # the edge of the program takes the number whole


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("012 345 678 9", "must have 11 digits, not 10"),
        ("012--345-67890", "digits only"),  # two hyphens in a row are not a group's end
        ("-01234567890", "digits only"),
        ("01234567890-", "digits only"),
        ("012/345/67890", "digits only"),
        ("012.345.67890", "digits only"),
        ("012 345 678 9O", "digits only"),
    ],
)
def test_what_is_not_groups_of_digits_stays_refused(typed: str, message: str) -> None:
    with pytest.raises(InvalidNationalNumber, match=message):
        parse_national_number(typed, grouped=True)
