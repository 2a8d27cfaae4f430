"""The citizen's payment of a request's fee: through which channel, in which state.

The citizen pays on the portal (its e-payment) or through one of the two mobile
operators' wallets; the payment gateway answers for each receipt. Codes are English (the
contract's), labels Arabic (what a clerk and a citizen read).

A payment's states: ``paid`` (verified with the gateway), ``refund_ordered`` (a rejection
upheld ordered the fee back, not executed yet), ``refunded`` (the gateway executed it),
``reversed`` (the gateway took the payment back: a chargeback, a wallet's dispute). An
overturned rejection cancels a refund not yet executed: ``refund_ordered → paid``.
"""

from __future__ import annotations

from enum import StrEnum


class PaymentChannel(StrEnum):
    E_PAYMENT = "e_payment"  # the portal's electronic payment
    SYRIATEL_CASH = "syriatel_cash"
    MTN_CASH = "mtn_cash"


CHANNEL_LABELS_AR: dict[PaymentChannel, str] = {
    PaymentChannel.E_PAYMENT: "الدفع الإلكتروني",
    PaymentChannel.SYRIATEL_CASH: "سيريتل كاش",
    PaymentChannel.MTN_CASH: "MTN كاش",
}


class PaymentState(StrEnum):
    PAID = "paid"
    REFUND_ORDERED = "refund_ordered"
    REFUNDED = "refunded"
    REVERSED = "reversed"


STATE_LABELS_AR: dict[PaymentState, str] = {
    PaymentState.PAID: "مدفوع",
    PaymentState.REFUND_ORDERED: "أُمر بردّ الرسم",
    PaymentState.REFUNDED: "رُدّ الرسم",
    PaymentState.REVERSED: "أُلغي الدفع",
}

P = PaymentState

# Which change of state each state allows (who makes it: see central.payments).
PAYMENT_TRANSITIONS: dict[PaymentState, frozenset[PaymentState]] = {
    P.PAID: frozenset({P.REFUND_ORDERED, P.REVERSED}),
    P.REFUND_ORDERED: frozenset({P.REFUNDED, P.PAID}),  # executed, or cancelled
    P.REFUNDED: frozenset(),
    P.REVERSED: frozenset(),
}


class IllegalPaymentTransition(ValueError):
    pass


def check_payment_transition(current: PaymentState, target: PaymentState) -> None:
    if target not in PAYMENT_TRANSITIONS[current]:
        raise IllegalPaymentTransition(f"a payment cannot go from {current} to {target}")


class RefundPolicy(StrEnum):
    """What a rejection does with the fee: given back whole, a share of it, or kept."""

    WHOLE = "whole"
    PARTIAL = "partial"
    NONE = "none"


def refund_amount(policy: RefundPolicy, share_percent: int, amount: int) -> int:
    """The pounds a rejection gives back of ``amount`` under ``policy`` (a partial share is
    a whole percentage, rounded down to the pound: the citizen is never promised more)."""
    if policy is RefundPolicy.WHOLE:
        return amount
    if policy is RefundPolicy.PARTIAL:
        return amount * share_percent // 100
    return 0
