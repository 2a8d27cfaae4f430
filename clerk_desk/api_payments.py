"""The contract of a request's payment, and of the payment gateway the server asks.

Kept beside :mod:`clerk_desk.api` (which carries :class:`Payment` in every request) so that
module stays a list of the counter's calls. The gateway's models are what the central
server accepts from the gateway (its simulator, ``central.gateway_sim``, or a real one's
adapter): a gateway's answer is input like any other, validated here, at the edge.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from clerk_desk.fees import MAX_FEE
from clerk_desk.payments import PaymentChannel, PaymentState

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
