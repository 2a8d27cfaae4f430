"""Digits as clerks and citizens type them: Western, Arabic-Indic or Persian."""

from __future__ import annotations

_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
_FOLD = str.maketrans(_ARABIC_INDIC + _PERSIAN, "0123456789" * 2)
_TO_ARABIC_INDIC = str.maketrans("0123456789", _ARABIC_INDIC)


def fold_digits(text: str) -> str:
    """Return ``text`` with Arabic-Indic and Persian digits replaced by 0-9."""
    return text.translate(_FOLD)


def to_arabic_indic(text: str) -> str:
    """Return ``text`` with 0-9 written as Arabic-Indic digits, for display."""
    return text.translate(_TO_ARABIC_INDIC)
