"""A payment's channels and states: labels for each, and the changes a state allows."""

from __future__ import annotations

import pytest

from clerk_desk.payments import (
    CHANNEL_LABELS_AR,
    STATE_LABELS_AR,
    IllegalPaymentTransition,
    PaymentChannel,
    PaymentState,
    RefundPolicy,
    check_payment_transition,
    refund_amount,
)


def test_every_channel_and_state_has_its_arabic_label() -> None:
    assert set(CHANNEL_LABELS_AR) == set(PaymentChannel)
    assert set(STATE_LABELS_AR) == set(PaymentState)
    assert CHANNEL_LABELS_AR[PaymentChannel.SYRIATEL_CASH] == "سيريتل كاش"


def test_a_refund_is_ordered_then_executed_or_cancelled_and_nothing_leaves_the_end() -> None:
    check_payment_transition(PaymentState.PAID, PaymentState.REFUND_ORDERED)
    check_payment_transition(PaymentState.REFUND_ORDERED, PaymentState.REFUNDED)
    check_payment_transition(PaymentState.REFUND_ORDERED, PaymentState.PAID)
    check_payment_transition(PaymentState.PAID, PaymentState.REVERSED)
    for end in (PaymentState.REFUNDED, PaymentState.REVERSED):
        for target in PaymentState:
            with pytest.raises(IllegalPaymentTransition):
                check_payment_transition(end, target)
    with pytest.raises(IllegalPaymentTransition):
        check_payment_transition(PaymentState.PAID, PaymentState.REFUNDED)


def test_a_refund_gives_back_whole_a_share_rounded_down_or_nothing() -> None:
    assert refund_amount(RefundPolicy.WHOLE, 0, 7500) == 7500
    assert refund_amount(RefundPolicy.PARTIAL, 50, 7500) == 3750
    assert refund_amount(RefundPolicy.PARTIAL, 33, 1000) == 330
    assert refund_amount(RefundPolicy.PARTIAL, 33, 1001) == 330
    assert refund_amount(RefundPolicy.NONE, 0, 7500) == 0
