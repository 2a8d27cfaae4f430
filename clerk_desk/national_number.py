"""The national number (الرقم الوطني): eleven digits, kept as a string."""

from __future__ import annotations

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


def parse_national_number(text: str) -> str:
    """Validate ``text`` as a national number and return its canonical 11-digit form.

    Arabic-Indic and Persian digits are folded, outer white space is ignored; anything
    else (letters, inner spaces, a wrong length) is refused with a message a clerk can act on.
    """
    if not isinstance(text, str):
        raise InvalidNationalNumber(NOT_TEXT)
    folded = fold_digits(text.strip())
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
