"""Digits as clerks and citizens type them (Western, Arabic-Indic or Persian), and as the
desk shows them (the ``digits`` setting: Western or Arabic-Indic).

What is stored, sent to the server, scanned or encoded in a barcode or QR code is always
Western; :func:`shown` is applied only where text is made for a person to read.
"""

from __future__ import annotations

import re

_ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
_FOLD = str.maketrans(_ARABIC_INDIC + _PERSIAN, "0123456789" * 2)
_TO_ARABIC_INDIC = str.maketrans("0123456789", _ARABIC_INDIC)

WESTERN = "western"  # the values of clerk_desk.config.DIGITS
ARABIC_INDIC = "arabic_indic"

# A run of Latin letters, digits and the punctuation codes and numbers are written with.
_TOKEN = re.compile(r"[A-Za-z0-9_\-./:#+]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_HYPHEN = re.compile(r"(?<=[٠-٩])([-+])(?=[٠-٩])")


def fold_digits(text: str) -> str:
    """Return ``text`` with Arabic-Indic and Persian digits replaced by 0-9."""
    return text.translate(_FOLD)


def to_arabic_indic(text: str) -> str:
    """Return ``text`` with 0-9 written as Arabic-Indic digits, for display."""
    return text.translate(_TO_ARABIC_INDIC)


def _shown_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if _LATIN_LETTER.search(token):
        return token  # a code (DAM-000123, RR123456785SY, a URL): scanned and typed back
    # "/" and ":" keep a date or a time in reading order in right-to-left text; a hyphen
    # between Arabic-Indic digits does not (the runs swap), so it is marked left-to-right.
    return _HYPHEN.sub("\u200e\\1\u200e", to_arabic_indic(token))


def shown(text: str, style: str) -> str:
    """``text`` as a person reads it in digit ``style``.

    For ``arabic_indic`` the numbers (counts, dates, times, national numbers) are written
    ٠١٢٣٤٥٦٧٨٩; a code that mixes Latin letters with digits (a request id, a document
    number, an S10 tracking number, a workstation's name, an address) keeps its Western
    digits, as it is printed in barcodes, scanned and typed back.
    """
    if style != ARABIC_INDIC:
        return text
    return _TOKEN.sub(_shown_token, text)
