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
    return to_arabic_indic(token)


def shown(text: str, style: str) -> str:
    """``text`` as a person reads it in digit ``style``: one style on the whole screen or
    page, whatever digits a value was typed in.

    For ``western`` every digit is written 0-9. For ``arabic_indic`` the numbers (counts,
    dates, times, national numbers) are written ٠١٢٣٤٥٦٧٨٩; a code that mixes Latin
    letters with digits (a request id, a document number, an S10 tracking number, a
    workstation's name, a URL) keeps its Western digits, as it is printed in barcodes,
    scanned and typed back.

    Arabic-Indic digits are Arabic numbers to the bidi algorithm: "/" and ":" keep a date
    or a time in reading order inside Arabic text (٢٩/١١/٢٠٢٦ ١٤:٠٥), a hyphen or a space
    between two of them does not. The paper writes its dates with slashes; the screen
    marks the rest (``ui.i18n.shown``).
    """
    text = fold_digits(text)
    if style != ARABIC_INDIC:
        return text
    return _TOKEN.sub(_shown_token, text)
