"""The reconciliation of the fees against the gateway's settlement file.

The gateway settles each day (``central.gateway_sim``'s CSV: reference, amount, channel,
date; a refund executed that day is a line of its own with its amount negative). The
server knows what it should see (``GET /money``'s lines: each payment verified that day,
each refund executed that day). :func:`reconcile` lists every difference, by reference:
paid here but not settled, settled but unknown here, amounts that differ (a reference's
lines of the day summed on each side). The settlement file is input like any other:
:func:`read_settlement` and :func:`parse_settlement` refuse a malformed one, saying where
(:class:`SettlementError`'s ``code`` and ``values``, which the screen words in Arabic).
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
MAX_FILE_BYTES = 20_000_000  # 200,000 lines of ~60 bytes, and room to spare


@dataclass(frozen=True, slots=True)
class MoneyLine:
    """One line of money on a day: a payment (positive) or an executed refund (negative)."""

    reference: str
    amount: int
    channel: PaymentChannel
    day: date


class SettlementError(ValueError):
    """A settlement file refused: ``code`` (``too_large``, ``encoding``, ``header``,
    ``line``, ``too_many``) and its ``values`` (the line, the limit)."""

    def __init__(self, code: str, message: str, **values: int) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


def read_settlement(data: bytes) -> list[MoneyLine]:
    """The lines of a settlement file as its bytes came (from the disk or the gateway):
    UTF-8 text, a byte-order mark allowed (a spreadsheet program saves one)."""
    if len(data) > MAX_FILE_BYTES:
        raise SettlementError("too_large", "larger than a settlement can be", limit=MAX_FILE_BYTES)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SettlementError("encoding", f"line {line}: not UTF-8 text", line=line) from None
    return parse_settlement(text)


def parse_settlement(text: str) -> list[MoneyLine]:
    """The lines of a settlement CSV; :class:`SettlementError` naming the first bad line.
    Empty lines (a spreadsheet program may end the file with one) are passed over."""
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        if next(rows, None) != HEADER:
            raise SettlementError("header", f"line 1: expected the header {','.join(HEADER)}")
        lines: list[MoneyLine] = []
        for row in rows:
            number = rows.line_num
            if number > MAX_LINES:
                raise SettlementError("too_many", f"more than {MAX_LINES} lines", limit=MAX_LINES)
            if not row:
                continue
            lines.append(_line(row, number))
    except csv.Error:  # a NUL byte, a quote left open
        number = rows.line_num
        raise SettlementError("line", f"line {number}: not CSV", line=number) from None
    return lines


def _line(row: list[str], number: int) -> MoneyLine:
    try:
        reference, amount_text, channel, day_text = row
        amount = int(amount_text)
        if amount == 0 or abs(amount) > MAX_FEE or not reference or len(reference) > 40:
            raise ValueError(reference)
        return MoneyLine(reference, amount, PaymentChannel(channel), date.fromisoformat(day_text))
    except ValueError:
        raise SettlementError(
            "line", f"line {number}: not a settlement line", line=number
        ) from None


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


# --- the reconciliation of one settlement file, as the supervisor sees it ------------------

MAX_DAYS = 31  # the longest period ``GET /money`` answers for (central.money.MAX_PERIOD_DAYS)


def settled_days(settled: Iterable[MoneyLine], chosen: date) -> tuple[date, date]:
    """The first and last day a settlement file speaks of (an empty one: the ``chosen``
    day); a file spanning more than :data:`MAX_DAYS` is refused."""
    days = {line.day for line in settled} or {chosen}
    first, last = min(days), max(days)
    if (last - first).days + 1 > MAX_DAYS:
        raise SettlementError("too_many_days", f"more than {MAX_DAYS} days", limit=MAX_DAYS)
    return first, last


@dataclass(frozen=True, slots=True)
class FeeReconciliation:
    """Our lines of the days against the settlement's: every difference, and the totals
    on each side (refunds executed counted apart, as the pounds given back)."""

    first_day: date
    last_day: date
    differences: tuple[Difference, ...]
    here_lines: int
    settled_lines: int
    here_total: int  # payments less refunds
    settled_total: int
    here_refunds: int
    settled_refunds: int
    other_center_lines: int = 0  # the settlement's lines of other centers, left out

    def count(self, kind: DifferenceKind) -> int:
        return sum(1 for d in self.differences if d.kind is kind)


def fee_reconciliation(
    ours: Iterable[MoneyLine],
    settled: Iterable[MoneyLine],
    first: date,
    last: date,
    other_centers: Iterable[str] = (),
) -> FeeReconciliation:
    """The reconciliation of the days ``first``..``last``: our lines of other days are
    left out (the server's period may reach past them), and the settlement's lines of
    ``other_centers``' references (the gateway settles every center in one file)."""
    mine = [line for line in ours if first <= line.day <= last]
    elsewhere = frozenset(other_centers) - {line.reference for line in mine}
    everything = list(settled)
    theirs = [line for line in everything if line.reference not in elsewhere]
    return FeeReconciliation(
        first_day=first,
        last_day=last,
        differences=tuple(reconcile(mine, theirs)),
        here_lines=len(mine),
        settled_lines=len(theirs),
        here_total=sum(line.amount for line in mine),
        settled_total=sum(line.amount for line in theirs),
        here_refunds=-sum(line.amount for line in mine if line.amount < 0),
        settled_refunds=-sum(line.amount for line in theirs if line.amount < 0),
        other_center_lines=len(everything) - len(theirs),
    )
