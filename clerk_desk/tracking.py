"""UPU S10 tracking numbers for envelopes handed to the Syrian Post."""

from __future__ import annotations

import re

from clerk_desk.digits import fold_digits

COUNTRY = "SY"
_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
# [0-9], not \d: \d also matches other scripts' digits; typed ones are folded first.
_S10 = re.compile(r"^([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})$")


class InvalidTrackingNumber(ValueError):
    pass


def check_digit(serial: str) -> int:
    """The S10 check digit of an 8-digit serial (weights 8 6 4 2 3 5 9 7, mod 11)."""
    if len(serial) != 8 or not serial.isascii() or not serial.isdigit():
        raise InvalidTrackingNumber("an S10 serial has 8 digits")
    total = sum(int(d) * w for d, w in zip(serial, _WEIGHTS, strict=True))
    digit = 11 - total % 11
    if digit == 10:
        return 0
    if digit == 11:
        return 5
    return digit


def make_tracking_number(service_indicator: str, serial: int, country: str = COUNTRY) -> str:
    if not re.fullmatch(r"[A-Z]{2}", service_indicator):
        raise InvalidTrackingNumber("the service indicator is two capital letters")
    if not 0 <= serial <= 99_999_999:
        raise InvalidTrackingNumber("the serial must fit in 8 digits")
    digits = f"{serial:08d}"
    return f"{service_indicator}{digits}{check_digit(digits)}{country}"


def parse_tracking_number(text: str) -> str:
    """Validate a typed or scanned S10 identifier and return it in canonical form."""
    candidate = fold_digits(text).strip().upper().replace(" ", "")
    m = _S10.match(candidate)
    if m is None:
        raise InvalidTrackingNumber(
            "not an S10 tracking number (two letters, 9 digits, two letters)"
        )
    if check_digit(m.group(2)) != int(m.group(3)):
        raise InvalidTrackingNumber("the check digit of the tracking number is wrong")
    return candidate
