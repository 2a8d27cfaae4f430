"""The fees reconciled against the gateway's settlement: every difference listed."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.fee_reconciliation import (
    Difference,
    DifferenceKind,
    MoneyLine,
    SettlementError,
    parse_settlement,
    reconcile,
)
from clerk_desk.payments import PaymentChannel

DAY = date(2026, 3, 1)
SYC, MTN, EP = PaymentChannel.SYRIATEL_CASH, PaymentChannel.MTN_CASH, PaymentChannel.E_PAYMENT


def line(reference: str, amount: int, channel: PaymentChannel = SYC) -> MoneyLine:
    return MoneyLine(reference, amount, channel, DAY)


def test_a_settlement_that_matches_has_no_difference() -> None:
    ours = [line("A", 7500), line("B", 6000, MTN), line("B", -3000, MTN)]
    assert reconcile(ours, [line("B", 3000, MTN), line("A", 7500)]) == []


def test_a_tampered_settlement_shows_every_difference() -> None:
    ours = [line("A", 7500), line("B", 6000, MTN), line("C", 4000, EP)]
    text = (
        "reference,amount,channel,date\n"
        "A,7000,syriatel_cash,2026-03-01\n"  # an amount changed
        "D,5000,mtn_cash,2026-03-01\n"  # a line added
        "C,4000,e_payment,2026-03-01\n"
    )  # B's line deleted
    assert reconcile(ours, parse_settlement(text)) == [
        Difference(DifferenceKind.AMOUNT_DIFFERS, "A", DAY, 7500, 7000),
        Difference(DifferenceKind.NOT_SETTLED, "B", DAY, 6000, None),
        Difference(DifferenceKind.UNKNOWN_HERE, "D", DAY, None, 5000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ref,amount,channel,date\n",
        "reference,amount,channel,date\nA,many,syriatel_cash,2026-03-01\n",
        "reference,amount,channel,date\nA,100,cash,2026-03-01\n",
        "reference,amount,channel,date\nA,100,mtn_cash,yesterday\n",
        "reference,amount,channel,date\nA,0,mtn_cash,2026-03-01\n",
        "reference,amount,channel,date\nA,100,mtn_cash\n",
    ],
)
def test_a_malformed_settlement_is_refused_saying_where(text: str) -> None:
    with pytest.raises(SettlementError, match="line"):
        parse_settlement(text)
