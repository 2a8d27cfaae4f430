"""The refusals about payments (``central.payments``, ``central.decision_check``): part of
the one catalogue, :data:`clerk_desk.refusals.REFUSALS`, kept here because that module is
long. Each is (code, HTTP status or None, English template)."""

from __future__ import annotations

from clerk_desk import decision_rules
from clerk_desk.messages import QT_TRANSLATE_NOOP

PAYMENT_REFUSALS: tuple[tuple[str, int | None, str], ...] = (
    ("payment_not_paid", 409, decision_rules.UNPAID),
    (
        "payment_unknown_reference",
        422,
        QT_TRANSLATE_NOOP("Rules", "the payment gateway knows no receipt {reference}"),
    ),
    (
        "payment_wrong_amount",
        422,
        QT_TRANSLATE_NOOP(
            "Rules",
            "receipt {reference} is for {paid} Syrian pounds; the fee of the service is {fee}",
        ),
    ),
    (
        "payment_reference_reused",
        409,
        QT_TRANSLATE_NOOP("Rules", "receipt {reference} already paid for another request"),
    ),
    (
        "payment_no_fee",
        422,
        QT_TRANSLATE_NOOP("Rules", "service {service} had no fee at the time of submission"),
    ),
    (
        "submission_conflict",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "portal submission {portal_ref} was already received with other content"
        ),
    ),
    (
        "portal_key_wrong",
        403,
        QT_TRANSLATE_NOOP("Rules", "this call is the portal's and its gateway's only"),
    ),
    (
        "portal_unknown_center",
        422,
        QT_TRANSLATE_NOOP("Rules", "there is no center {center}"),
    ),
    (
        "payment_gateway_unavailable",
        503,
        QT_TRANSLATE_NOOP(
            "Rules", "the payment gateway cannot be reached to cancel the refund: try again"
        ),
    ),
    (
        "refund_executed",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the refund of request {request_id} was already executed: it cannot be cancelled",
        ),
    ),
    (
        "no_such_payment",
        404,
        QT_TRANSLATE_NOOP("Rules", "request {request_id} has no payment"),
    ),
)
