"""The reconciliation of the fees against the gateway's settlement file.

The gateway settles each day (``central.gateway_sim``'s CSV: reference, amount, channel,
date; a refund executed that day is a line of its own with its amount negative). The
server knows what it should see (``GET /money``'s lines: each payment verified that day,
each refund executed that day). :func:`reconcile` lists every difference, by reference:
paid here but not settled, settled but unknown here, amounts that differ (a reference's
lines of the day summed on each side). The settlement file is input like any other:
:func:`parse_settlement` refuses a malformed one, saying where.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from clerk_desk.fees import MAX_FEE
from clerk_desk.payments import PaymentChannel

HEADER = ["reference", "amount", "channel", "date"]
MAX_LINES = 200_000


@dataclass(frozen=True, slots=True)
class MoneyLine:
    """One line of money on a day: a payment (positive) or an executed refund (negative)."""

    reference: str
    amount: int
    channel: PaymentChannel
    day: date


class SettlementError(ValueError):
    pass


def parse_settlement(text: str) -> list[MoneyLine]:
    """The lines of a settlement CSV; :class:`SettlementError` naming the first bad line."""
    rows = csv.reader(io.StringIO(text))
    if next(rows, None) != HEADER:
        raise SettlementError(f"line 1: expected the header {','.join(HEADER)}")
    lines: list[MoneyLine] = []
    for number, row in enumerate(rows, 2):
        if number > MAX_LINES:
            raise SettlementError(f"more than {MAX_LINES} lines")
        try:
            reference, amount_text, channel, day_text = row
            amount = int(amount_text)
            if amount == 0 or abs(amount) > MAX_FEE or not reference or len(reference) > 40:
                raise ValueError(reference)
            lines.append(
                MoneyLine(reference, amount, PaymentChannel(channel), date.fromisoformat(day_text))
            )
        except ValueError:
            raise SettlementError(f"line {number}: not a settlement line") from None
    return lines


class DifferenceKind(StrEnum):
    NOT_SETTLED = "not_settled"  # paid here, not in the settlement
    UNKNOWN_HERE = "unknown_here"  # in the settlement, no payment of ours
    AMOUNT_DIFFERS = "amount_differs"


@dataclass(frozen=True, slots=True)
class Difference:
    kind: DifferenceKind
    reference: str
    day: date
    here: int | None  # our amount for the reference that day (None: none)
    settled: int | None  # the settlement's


def _by_reference(lines: Iterable[MoneyLine]) -> dict[tuple[date, str], int]:
    sums: dict[tuple[date, str], int] = defaultdict(int)
    for line in lines:
        sums[line.day, line.reference] += line.amount
    return sums


def reconcile(ours: Iterable[MoneyLine], settled: Iterable[MoneyLine]) -> list[Difference]:
    """Every difference between our lines and the settlement's, by day and reference."""
    here, there = _by_reference(ours), _by_reference(settled)
    differences = []
    for key in sorted(here.keys() | there.keys()):
        day, reference = key
        mine, theirs = here.get(key), there.get(key)
        if mine == theirs:
            continue
        if theirs is None:
            kind = DifferenceKind.NOT_SETTLED
        elif mine is None:
            kind = DifferenceKind.UNKNOWN_HERE
        else:
            kind = DifferenceKind.AMOUNT_DIFFERS
        differences.append(Difference(kind, reference, day, mine, theirs))
    return differences
