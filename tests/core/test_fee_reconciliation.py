"""The fees reconciled against the gateway's settlement: every difference listed."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_desk.fee_reconciliation import (
    MAX_DAYS,
    MAX_FILE_BYTES,
    Difference,
    DifferenceKind,
    MoneyLine,
    SettlementError,
    fee_reconciliation,
    parse_settlement,
    read_settlement,
    reconcile,
    settled_days,
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


GOOD = "reference,amount,channel,date\r\nA,7500,syriatel_cash,2026-03-01\r\n\r\n"


def test_a_file_is_utf8_its_byte_order_mark_and_a_last_empty_line_allowed() -> None:
    # What a spreadsheet program saves: a byte-order mark, CRLF, an empty last line.
    assert read_settlement(("\ufeff" + GOOD).encode()) == [line("A", 7500)]


@pytest.mark.parametrize(
    ("data", "code", "values"),
    [
        (GOOD.encode("utf-16"), "encoding", {"line": 1}),
        ((GOOD + "B,5000,mtn_cash,2026-03-01 \u062f\n").encode("cp1256"), "encoding", {"line": 4}),
        (b"reference;amount;channel;date\n", "header", {}),
        (GOOD.encode() + b"B,5\x000,mtn_cash,2026-03-01\n", "line", {"line": 4}),
        (GOOD.encode() + b'"B,5000,mtn_cash,2026-03-01\n', "line", {"line": 4}),
        (GOOD.encode() + b"B,12.5,mtn_cash,2026-03-01\n", "line", {"line": 4}),
        (b" " * (MAX_FILE_BYTES + 1), "too_large", {"limit": MAX_FILE_BYTES}),
    ],
)
def test_a_bad_file_is_refused_with_a_code_that_says_where(
    data: bytes, code: str, values: dict[str, int]
) -> None:
    with pytest.raises(SettlementError) as refused:
        read_settlement(data)
    assert (refused.value.code, refused.value.values) == (code, values)


def test_the_days_are_the_files_or_the_chosen_one_and_at_most_a_month() -> None:
    later = date(2026, 3, 3)
    assert settled_days([], DAY) == (DAY, DAY)
    assert settled_days([line("A", 1), MoneyLine("B", 2, SYC, later)], date(2026, 5, 1)) == (
        DAY,
        later,
    )
    far = MoneyLine("B", 2, SYC, date.fromordinal(DAY.toordinal() + MAX_DAYS))
    with pytest.raises(SettlementError) as refused:
        settled_days([line("A", 1), far], DAY)
    assert refused.value.code == "too_many_days"


def test_the_reconciliation_of_a_day_totals_each_side_and_leaves_other_days_out() -> None:
    other_day = MoneyLine("Z", 9000, SYC, date(2026, 3, 2))
    ours = [line("A", 7500), line("B", 6000, MTN), line("B", -6000, MTN), other_day]
    settled = [line("A", 7000), line("B", 6000, MTN), line("B", -6000, MTN), line("D", 100)]
    rec = fee_reconciliation(ours, settled, DAY, DAY)
    assert [(d.kind, d.reference) for d in rec.differences] == [
        (DifferenceKind.AMOUNT_DIFFERS, "A"),
        (DifferenceKind.UNKNOWN_HERE, "D"),
    ]
    assert (rec.here_lines, rec.here_total, rec.here_refunds) == (3, 7500, 6000)
    assert (rec.settled_lines, rec.settled_total, rec.settled_refunds) == (4, 7100, 6000)
    assert rec.count(DifferenceKind.AMOUNT_DIFFERS) == 1
    assert rec.count(DifferenceKind.NOT_SETTLED) == 0


def test_the_settlements_lines_of_other_centers_are_left_out_and_counted() -> None:
    settled = [line("A", 7500), line("ALP-1", 5000), line("ALP-2", -2500), line("X", 100)]
    rec = fee_reconciliation([line("A", 7500)], settled, DAY, DAY, ["ALP-1", "ALP-2", "A"])
    assert [(d.kind, d.reference) for d in rec.differences] == [
        (DifferenceKind.UNKNOWN_HERE, "X")  # known to no center: listed
    ]
    assert (rec.other_center_lines, rec.settled_lines, rec.settled_total) == (2, 2, 7600)
