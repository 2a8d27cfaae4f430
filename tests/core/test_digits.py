"""Digits folded as typed, and shown in the one style the ``digits`` setting chooses."""

from __future__ import annotations

import re

import pytest

from clerk_desk.digits import ARABIC_INDIC, WESTERN, fold_digits, shown, to_arabic_indic

WESTERN_DIGIT = re.compile(r"[0-9]")
OTHER_DIGIT = re.compile(r"[٠-٩۰-۹]")


@pytest.mark.parametrize(
    ("text", "arabic_indic"),
    [
        ("3 طلبات · 1 متأخر", "٣ طلبات · ١ متأخر"),
        ("تاريخ الإصدار: 29/11/2026", "تاريخ الإصدار: ٢٩/١١/٢٠٢٦"),
        ("آخر تحديث 14:05", "آخر تحديث ١٤:٠٥"),
        ("01020304050", "٠١٠٢٠٣٠٤٠٥٠"),
        ("2 ي 5 س", "٢ ي ٥ س"),
        ("12%", "١٢%"),
        # codes that mix Latin letters and digits are scanned and typed back: as they are
        ("المعاملة DAM-000123", "المعاملة DAM-000123"),
        ("رقم الوثيقة DAM-2026-000123", "رقم الوثيقة DAM-2026-000123"),
        ("RR123456785SY", "RR123456785SY"),
        ("dam.clerk1 على W2E5AA9", "dam.clerk1 على W2E5AA9"),
        ("https://verify.example/d/AB12", "https://verify.example/d/AB12"),
        ("بناء 14، DAM-000001 و 3", "بناء ١٤، DAM-000001 و ٣"),
    ],
)
def test_arabic_indic_writes_numbers_and_keeps_codes(text: str, arabic_indic: str) -> None:
    assert shown(text, ARABIC_INDIC) == arabic_indic
    assert shown(arabic_indic, ARABIC_INDIC) == arabic_indic  # shown twice, the same
    assert fold_digits(arabic_indic) == text  # nothing but the digits changed


def test_western_writes_every_digit_0_to_9_whatever_was_typed() -> None:
    typed = "ولد في ١٩٩٠-٠٥-١٢، بطاقة ۱۲۳"
    assert shown(typed, WESTERN) == "ولد في 1990-05-12، بطاقة 123"
    assert not OTHER_DIGIT.search(shown(typed, WESTERN))


def test_persian_digits_are_shown_arabic_indic_too() -> None:
    assert shown("۱۲۳ و 45", ARABIC_INDIC) == "١٢٣ و ٤٥"


def test_a_number_without_letters_is_never_left_western() -> None:
    """Any text: after shown(), a Western digit is only ever inside a Latin code."""
    samples = ["0", "1-2", "a1 2", "x_9 10", "3.5 م", "٤ 5", "-7", "#8", "+963 11 222"]
    for text in samples:
        out = shown(text, ARABIC_INDIC)
        codes = re.sub(r"[A-Za-z0-9_\-./:#+]*[A-Za-z][A-Za-z0-9_\-./:#+]*", "", out)
        assert not WESTERN_DIGIT.search(codes), (text, out)
        assert fold_digits(out) == fold_digits(text)


def test_to_arabic_indic_and_back() -> None:
    assert to_arabic_indic("0123456789") == "٠١٢٣٤٥٦٧٨٩"
    assert fold_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
