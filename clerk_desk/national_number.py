"""The national number (الرقم الوطني): eleven digits, kept as a string."""

from __future__ import annotations

import re

from clerk_desk.digits import fold_digits
from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError

LENGTH = 11

# The refusals, named so the server can send them as refusal codes (clerk_desk.refusals).
NOT_TEXT = QT_TRANSLATE_NOOP("Rules", "national number must be text")
EMPTY = QT_TRANSLATE_NOOP("Rules", "national number is empty")
NOT_DIGITS = QT_TRANSLATE_NOOP("Rules", "national number must contain digits only")
WRONG_LENGTH = QT_TRANSLATE_NOOP("Rules", "national number must have {length} digits, not {count}")


class InvalidNationalNumber(ExplainedError, ValueError):
    """Raised when text is not an eleven-digit national number."""


# Groups of digits with white space or one hyphen (or dash) between them, the way a number
# is read out or copied from a card: "123 456 789 01", "123-4567-8901", "١٢٣ - ٤٥٦٧٨٩٠١".
_GROUPS = re.compile(r"[0-9]+(?:(?:\s*[-\u2010-\u2015\u2212]\s*|\s+)[0-9]+)+")
_SEPARATORS = re.compile(r"[^0-9]+")


def is_grouped(text: str) -> bool:
    """Whether ``text`` (outer white space ignored) is digits in groups, as
    :func:`parse_national_number` takes with ``grouped=True``."""
    return _GROUPS.fullmatch(fold_digits(text.strip())) is not None


def parse_national_number(text: str, *, grouped: bool = False) -> str:
    """Validate ``text`` as a national number and return its canonical 11-digit form.

    Arabic-Indic and Persian digits are folded, outer white space is ignored; with
    ``grouped``, so are spaces and hyphens between groups of digits (what a citizen types
    on a form; the comparison takes it, the edge of the program does not). Anything else
    (letters, a wrong length) is refused with a message a clerk can act on.
    """
    if not isinstance(text, str):
        raise InvalidNationalNumber(NOT_TEXT)
    folded = fold_digits(text.strip())
    if grouped and _GROUPS.fullmatch(folded):
        folded = _SEPARATORS.sub("", folded)
    if not folded:
        raise InvalidNationalNumber(EMPTY)
    if not folded.isascii() or not folded.isdigit():
        raise InvalidNationalNumber(NOT_DIGITS)
    if len(folded) != LENGTH:
        raise InvalidNationalNumber(WRONG_LENGTH, length=LENGTH, count=len(folded))
    return folded


def is_national_number(text: str) -> bool:
    try:
        parse_national_number(text)
    except InvalidNationalNumber:
        return False
    return True
