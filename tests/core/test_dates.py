"""Reading dates as Syrian forms write them: every month name, every separator, day first."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.arabic import normalise_name
from clerk_desk.dates import MONTH_NAMES, MONTHS_EN, read_date, say_date, why_not_real
from clerk_desk.digits import to_arabic_indic


def read(text: str):
    return read_date(normalise_name(text))


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_name_in_every_spelling_and_digits(month):
    for name in MONTH_NAMES[month]:
        for written in (f"7 {name} 1985", to_arabic_indic(f"7 {name} 1985"), f"07-{name}-1985"):
            found = read(written)
            assert found is not None, written
            assert found.value == date(1985, month, 7), written
            assert found.month_word


def test_the_levantine_months_in_order():
    levantine = [names[0] for _, names in sorted(MONTH_NAMES.items())]
    assert levantine == [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ]
    egyptian = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس"]
    egyptian += ["سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    for month, name in enumerate(egyptian, 1):
        assert name in MONTH_NAMES[month]


@pytest.mark.parametrize("separator", ["/", "-", ".", " ", "\\", " / ", "–", "٫"])
def test_every_common_separator_day_first(separator):
    found = read(separator.join(["12", "05", "1990"]))
    assert found is not None and found.value == date(1990, 5, 12)
    assert not found.year_first


@pytest.mark.parametrize(
    "text",
    [
        "12/05/90",  # which century?
        "12/05-1990",  # two separators
        "1990-12",
        "12 أيار",
        "أيار 12 1990",  # month first is not how a date is written here
        "12 شهر 1990",
        "1990/05/12 م",  # the Gregorian mark follows a year that ends the date
        "12/05/1990 هـ",  # Hijri
        "١٢/٠٥/١٩٩٠ ١",
        "12/05/19901",
        "",
    ],
)
def test_what_is_not_read(text):
    assert read(text) is None


@pytest.mark.parametrize(
    ("text", "why_en", "why_ar"),
    [
        ("30/02/1990", "February 1990 has 28 days", "شهر شباط 1990 فيه 28 يوماً"),
        ("30/02/2000", "February 2000 has 29 days", "شهر شباط 2000 فيه 29 يوماً"),
        ("31 نيسان 1990", "April 1990 has 30 days", "شهر نيسان 1990 فيه 30 يوماً"),
        ("12/31/1990", "there is no month 31 (a date is read day first", "لا يوجد شهر رقمه 31"),
        ("40/13/1990", "there is no month 13", "لا يوجد شهر رقمه 13"),
        ("00/05/1990", "there is no day 0", "لا يوجد يوم 0"),
        ("12/05/0000", "there is no year 0", "لا توجد سنة 0"),
    ],
)
def test_a_date_that_does_not_exist_is_read_and_said_why(text, why_en, why_ar):
    found = read(text)
    assert found is not None and found.value is None
    ar, en = why_not_real(found)
    assert en.startswith(why_en)
    assert ar.startswith(why_ar)
    if "day first" not in why_en:
        assert "day first" not in en


def test_month_first_is_only_a_reading_to_explain():
    found = read("05/12/1990")
    assert found is not None
    assert found.value == date(1990, 12, 5)
    assert found.day_and_month_swapped() == date(1990, 5, 12)
    assert read("1990-12-05").day_and_month_swapped() is None  # written year first
    assert read("5 كانون الأول 1990").day_and_month_swapped() is None  # by name


def test_say_date():
    assert say_date(1, 1, 2000) == ("1 كانون الثاني 2000", "1 January 2000")
    assert MONTHS_EN[11] == "December"
