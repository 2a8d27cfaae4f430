"""The contract of a request's payment, and of the payment gateway the server asks.

Kept beside :mod:`clerk_desk.api` (which carries :class:`Payment` in every request) so that
module stays a list of the counter's calls. The gateway's models are what the central
server accepts from the gateway (its simulator, ``central.gateway_sim``, or a real one's
adapter): a gateway's answer is input like any other, validated here, at the edge.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    model_validator,
)

from clerk_desk.bounds import in_range, iso_text
from clerk_desk.fees import MAX_FEE
from clerk_desk.payments import PaymentChannel, PaymentState
from clerk_desk.plain_text import check_plain_text, check_unicode
from clerk_desk.services import SERVICES

# A channel's receipt reference: letters, digits and dashes (the operators' and the
# portal's own forms differ; none has a space or anything a log would show differently).
Reference = Annotated[str, Field(min_length=4, max_length=40, pattern=r"^[A-Za-z0-9-]+$")]
Amount = Annotated[int, Field(ge=1, le=MAX_FEE)]
Pounds = Annotated[int, Field(ge=0, le=MAX_FEE)]


class _Out(BaseModel):
    """Received from a server or a gateway: a newer one may add keys."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class Payment(_Out):
    """The fee paid for a request: verified with the gateway before the request reached
    the center's queue. ``refund_amount``: what a rejection upheld gives back (0: none);
    ``note``: why it changed last (a reversal's reason, which the clerk reads)."""

    amount: Amount  # Syrian pounds
    channel: PaymentChannel
    reference: Reference
    paid_at: AwareDatetime
    state: PaymentState
    refund_amount: Pounds = 0
    note: Annotated[str, Field(max_length=200)] = ""


# --- the gateway (what central.gateway asks, what the simulator answers) -----------------

VerifyResult = Literal["verified", "unknown_reference", "wrong_amount"]


class Receipt(_Out):
    """A payment as the gateway holds it."""

    reference: Reference
    amount: Amount
    channel: PaymentChannel
    paid_at: AwareDatetime
    reversed: bool = False
    refund_state: Literal["none", "ordered", "executed"] = "none"
    refund_amount: Pounds = 0


class VerifyAnswer(_Out):
    result: VerifyResult
    receipt: Receipt | None = None


GatewayEventKind = Literal["reversed", "refund_executed"]


class GatewayEvent(_Out):
    """Something the gateway did to a payment on its own side, in order (``seq``)."""

    seq: Annotated[int, Field(ge=1)]
    kind: GatewayEventKind
    reference: Reference
    at: AwareDatetime
    reason: Annotated[str, Field(max_length=200)] = ""


class GatewayEvents(_Out):
    items: Annotated[list[GatewayEvent], Field(max_length=1000)]


class _In(BaseModel):
    """Sent to the server or the gateway: unknown keys are refused, not ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class PaymentIn(_In):
    """``POST /gateway-sim/payments``: a citizen pays (what the portal or a wallet does)."""

    reference: Reference
    amount: Amount
    channel: PaymentChannel
    paid_at: AwareDatetime


class VerifyIn(_In):
    reference: Reference
    amount: Amount


class RefundIn(_In):
    reference: Reference
    amount: Amount


class ReverseIn(_In):
    reason: Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$")]


# --- the portal hands a paid request over (central.payment_routes) -----------------------

Line = Annotated[str, AfterValidator(check_plain_text), Field(max_length=200)]
Moment = Annotated[AwareDatetime, BeforeValidator(iso_text), AfterValidator(in_range)]


def _known_service(code: str) -> str:
    if code not in SERVICES:
        raise ValueError(f"unknown service code {code!r}")
    return code


class _PortalIn(_In):
    @model_validator(mode="before")
    @classmethod
    def _unicode(cls, data: object) -> object:
        return check_unicode(data)


class PortalPerson(_PortalIn):
    """The subject as the citizen typed it: free text, compared later, never trusted."""

    national_number: Line
    first_name: Line | None = None
    father_name: Line | None = None
    mother_name: Line | None = None
    last_name: Line | None = None
    birth_date: Line | None = None
    birth_place: Line | None = None
    gender: Line | None = None


class PortalDelivery(_PortalIn):
    method: Literal["post", "pickup"]
    recipient_name: Annotated[Line, Field(min_length=1)]
    address_ar: Line = ""
    city_ar: Line = ""
    phone: Annotated[str, Field(max_length=20, pattern=r"^[0-9+ ]*$")] = ""


class PortalSubmissionIn(_PortalIn):
    """``POST /portal/submissions``: a request registered and paid on the portal, with the
    receipt the citizen's channel gave. It reaches the center's queue once the gateway
    has verified the receipt; a repeat (same ``portal_ref``, same content) is harmless."""

    portal_ref: Annotated[str, Field(min_length=4, max_length=64, pattern=r"^[A-Za-z0-9-]+$")]
    center_code: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    service_code: Annotated[str, AfterValidator(_known_service)]
    requester_name: Annotated[Line, Field(min_length=1)]
    relation_ar: Line = ""
    subject: PortalPerson
    delivery: PortalDelivery
    submitted_at: Moment
    amount: Amount
    channel: PaymentChannel
    reference: Reference


SubmissionState = Literal["waiting", "queued", "refused"]


class SubmissionOut(_Out):
    """Where a portal submission stands: waiting for the gateway, queued as a request, or
    refused (``code``: of the refusals catalogue, with its ``values``)."""

    portal_ref: str
    state: SubmissionState
    request_id: str | None = None
    code: str | None = None
    attempts: Annotated[int, Field(ge=0)] = 0


class PollOut(_Out):
    """``POST /portal/poll``: what a pass over the waiting submissions and the gateway's
    events did."""

    queued: Annotated[int, Field(ge=0)] = 0
    refused: Annotated[int, Field(ge=0)] = 0
    waiting: Annotated[int, Field(ge=0)] = 0
    events: Annotated[int, Field(ge=0)] = 0
    gateway_down: bool = False


# --- the supervisor's money figures (central.money) -------------------------------------

Count = Annotated[int, Field(ge=0)]
Sum = Annotated[int, Field(ge=0)]


class Collected(_Out):
    """Fees collected for one service through one channel."""

    service_code: str
    channel: PaymentChannel
    count: Count
    amount: Sum


class RefundFigures(_Out):
    count: Count = 0
    amount: Sum = 0


class SettlementLine(_Out):
    """A line of money the gateway's settlement should show (``clerk_desk.fee_reconciliation``):
    a payment, or an executed refund (negative)."""

    reference: Reference
    amount: int
    channel: PaymentChannel
    day: date


class MoneyOut(_Out):
    """``GET /money``: a center's fees in a period: collected by service and channel (a
    reversed payment is none), refunds ordered (by supervisors) and executed (by the
    gateway), and the lines its settlement should show; ``other_centers``: the references
    of other centers' payments and refunds in the period (the gateway's settlement lists
    every center's, and they are none of this center's differences)."""

    center_code: str
    since: AwareDatetime
    until: AwareDatetime
    collected: list[Collected]
    collected_total: Sum
    refunds_ordered: RefundFigures
    refunds_executed: RefundFigures
    lines: Annotated[list[SettlementLine], Field(max_length=100_000)]
    other_centers: Annotated[list[Reference], Field(max_length=1_000_000)] = []
