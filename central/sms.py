"""Sending SMS to citizens: what a text costs, and the gateway that sends it.

A text costs segments: GSM 7-bit (Latin letters and digits) fits 160 characters in one
segment and 153 in each of several; anything else goes as UCS-2, 70 UTF-16 units in one
and 67 in each of several. Arabic is always UCS-2. :func:`segments` counts them, and
``tests/central/test_sms_templates.py`` holds every template to its budget.

:class:`SmsGateway` is what the server needs of a gateway; :class:`SimulatedSmsGateway`
records what it was given. A real gateway is an adapter with the same method, chosen by
configuration (:mod:`central.outreach`).
"""

from __future__ import annotations

import hashlib
import math
import threading
from dataclasses import dataclass
from typing import Literal, Protocol

# GSM 03.38: the basic set (one septet each) and the extension (an escape and a septet).
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = frozenset("^{}\\[~]|€\f")

Encoding = Literal["gsm7", "ucs2"]


@dataclass(frozen=True, slots=True)
class Cost:
    encoding: Encoding
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int


def segments(text: str) -> Cost:
    """What ``text`` costs as an SMS: its encoding, length in that encoding and segments."""
    if all(c in _GSM_BASIC or c in _GSM_EXTENDED for c in text):
        units = sum(2 if c in _GSM_EXTENDED else 1 for c in text)
        single, part = 160, 153
        encoding: Encoding = "gsm7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
        encoding = "ucs2"
    count = 1 if units <= single else math.ceil(units / part)
    return Cost(encoding, units, count)


class SmsGatewayError(Exception):
    """The gateway did not take the message (unreachable, refused): it is sent again later."""


class SmsGateway(Protocol):
    def send(self, *, reference: str, to: str, text: str) -> str:
        """Hand the message over; return the gateway's id for it (its delivery reports
        name it). ``reference`` is ours: the same reference sent again is the same
        message, not a second one. Raises :class:`SmsGatewayError`."""
        ...


@dataclass(frozen=True, slots=True)
class SentSms:
    gateway_id: str
    reference: str
    to: str
    text: str


class SimulatedSmsGateway:
    """Stands in for the SMS gateway: records every message handed to it (once per
    reference, as a real gateway keeps a client reference) and sends nothing."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent: dict[str, SentSms] = {}
        self.handovers = 0  # calls of send, repeats included
        self.unreachable = False

    def send(self, *, reference: str, to: str, text: str) -> str:
        with self._lock:
            self.handovers += 1
            if self.unreachable:
                raise SmsGatewayError("the simulated gateway is unreachable")
            known = self._sent.get(reference)
            if known is None:
                # Made of the reference, as a real gateway keys a message by it: the
                # same in every server process (a count per process would give two
                # messages one id, and the second would not be recorded).
                digest = hashlib.sha256(reference.encode("utf-8")).hexdigest()[:16]
                known = SentSms(f"SIM-{digest}", reference, to, text)
                self._sent[reference] = known
            return known.gateway_id

    @property
    def messages(self) -> list[SentSms]:
        """What the gateway was given, one per reference, in order."""
        with self._lock:
            return list(self._sent.values())
