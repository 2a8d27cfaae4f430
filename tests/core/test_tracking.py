"""UPU S10 tracking numbers: the check digit, what a scanner or clerk may give, round trips."""

from __future__ import annotations

import pytest

from clerk_desk.tracking import (
    COUNTRY,
    InvalidTrackingNumber,
    check_digit,
    make_tracking_number,
    parse_tracking_number,
)

# Published S10 examples (India Post, La Poste, Royal Mail).
KNOWN_GOOD = ["RR287043775IN", "EE471108151FR", "RB123456785GB"]


@pytest.mark.parametrize("number", KNOWN_GOOD)
def test_known_good_numbers_have_the_right_check_digit(number: str) -> None:
    assert check_digit(number[2:10]) == int(number[10])
    assert parse_tracking_number(number) == number


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        ("00000000", 5),  # 11 - 0 % 11 == 11 is written 5
        ("00000008", 0),  # 11 - 56 % 11 == 10 is written 0
        ("28704377", 5),
        ("47110815", 1),
        ("12345678", 5),
    ],
)
def test_check_digit_rules_for_ten_and_eleven(serial: str, expected: int) -> None:
    assert check_digit(serial) == expected


@pytest.mark.parametrize("serial", ["1234567", "123456789", "1234567a", "١٢٣٤٥٦٧٨", ""])
def test_check_digit_needs_eight_ascii_digits(serial: str) -> None:
    with pytest.raises(InvalidTrackingNumber, match="8 digits"):
        check_digit(serial)


@pytest.mark.parametrize("number", KNOWN_GOOD)
def test_every_other_check_digit_is_refused(number: str) -> None:
    good = int(number[10])
    for wrong in set(range(10)) - {good}:
        typo = f"{number[:10]}{wrong}{number[11:]}"
        with pytest.raises(InvalidTrackingNumber, match=r"check digit .* is wrong"):
            parse_tracking_number(typo)


def test_a_swapped_pair_of_serial_digits_is_caught() -> None:
    # RR287043775IN with "87" typed as "78": the weights make most transpositions fail.
    with pytest.raises(InvalidTrackingNumber, match="check digit"):
        parse_tracking_number("RR278043775IN")


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("rr287043775in", "RR287043775IN"),  # lower case from a keyboard
        ("  RR287043775IN\n", "RR287043775IN"),  # a scanner's trailing newline
        ("RR 287 043 775 IN", "RR287043775IN"),  # printed groups under the barcode
    ],
)
def test_typed_forms_are_canonicalised(typed: str, canonical: str) -> None:
    assert parse_tracking_number(typed) == canonical


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "RR28704377IN",  # 8 digits: the check digit is missing
        "RR2870437755IN",  # 10 digits
        "R287043775IN",  # one letter in front
        "RRR287043775IN",
        "RR287043775I",
        "RR287043775",
        "287043775IN",
        "RR28704377XIN",  # a letter where the check digit goes
        "RR2870A3775IN",
        "RR２８７０４３７７５IN",  # full-width digits are not folded
        "ÄR287043775IN",
        "RR287043775IN1",
        "RR-287043775-IN",
    ],
)
def test_bad_shapes_are_refused_with_the_expected_shape(typed: str) -> None:
    with pytest.raises(InvalidTrackingNumber, match="two letters, 9 digits, two letters"):
        parse_tracking_number(typed)


@pytest.mark.parametrize("serial", [0, 1, 8, 12, 28704377, 10_000_000, 10_999_999, 99_999_999])
@pytest.mark.parametrize("service", ["RR", "EE", "CP"])
def test_made_numbers_round_trip_through_parsing(service: str, serial: int) -> None:
    number = make_tracking_number(service, serial)
    assert len(number) == 13
    assert number.startswith(service)
    assert number.endswith(COUNTRY)
    assert int(number[2:10]) == serial
    assert parse_tracking_number(number) == number
    assert parse_tracking_number(number.lower()) == number


def test_made_number_matches_a_published_example() -> None:
    assert make_tracking_number("RR", 28704377, "IN") == "RR287043775IN"
    assert make_tracking_number("EE", 47110815, "FR") == "EE471108151FR"


def test_every_serial_in_a_block_gives_a_distinct_valid_number() -> None:
    numbers = {make_tracking_number("RR", serial) for serial in range(10_000_000, 10_002_000)}
    assert len(numbers) == 2000
    assert all(parse_tracking_number(n) == n for n in numbers)


@pytest.mark.parametrize("service", ["rr", "R", "RRR", "R1", "", "ÄR"])
def test_make_refuses_a_bad_service_indicator(service: str) -> None:
    with pytest.raises(InvalidTrackingNumber, match="two capital letters"):
        make_tracking_number(service, 1)


@pytest.mark.parametrize("serial", [-1, 100_000_000])
def test_make_refuses_a_serial_outside_eight_digits(serial: int) -> None:
    with pytest.raises(InvalidTrackingNumber, match="fit in 8 digits"):
        make_tracking_number("RR", serial)


@pytest.mark.parametrize(
    "typed",
    ["RR٢٨٧٠٤٣٧٧٥IN", "RR۲۸۷۰۴۳۷۷۵IN", "RR28704377٥IN", "rr ٢٨٧ ٠٤٣ ٧٧٥ in"],
)
def test_arabic_indic_and_persian_digits_are_folded_to_the_canonical_form(typed: str) -> None:
    # Regression: the pattern used \d, which let an Arabic-Indic check digit through
    # unfolded, so the "canonical" number kept it and never matched the stored one.
    assert parse_tracking_number(typed) == "RR287043775IN"


def test_a_folded_number_still_needs_the_right_check_digit() -> None:
    with pytest.raises(InvalidTrackingNumber, match="check digit"):
        parse_tracking_number("RR28704377٤IN")
