"""The payment-gateway simulator: what the reference server asks instead of the real
gateway of the portal's e-payment and the operators' wallets.

Its own small HTTP interface (:func:`gateway_app`), served apart or mounted under
``/gateway-sim`` of a training server, so a real gateway's adapter replaces it by
configuration (``central.gateway``). It holds its receipts in memory (a simulator: one
process), and does what the real one does on its own side:

- a citizen pays (``POST /payments``: the portal or the wallet records a receipt),
- verify a receipt's reference and amount (``POST /verify``),
- order a refund, cancel one not executed yet, execute one (``/refunds``),
- reverse a payment (a chargeback, a wallet's dispute: ``POST /payments/{ref}/reverse``),
- tell what it did on its own side, in order (``GET /events?after=N``),
- the settlement of a day as CSV (``GET /settlements/{day}``): reference, amount, channel,
  date; a refund executed that day is a line of its own with the amount negative.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Annotated

from fastapi import FastAPI, Path, Query
from fastapi.responses import JSONResponse, Response

from clerk_desk.api_payments import (
    GatewayEvent,
    GatewayEvents,
    PaymentIn,
    Receipt,
    RefundIn,
    ReverseIn,
    VerifyAnswer,
    VerifyIn,
)

Clock = Callable[[], datetime]
ReferencePath = Annotated[str, Path(min_length=4, max_length=40, pattern=r"^[A-Za-z0-9-]+$")]


class GatewayRefusal(Exception):
    """What the gateway refuses: ``status`` and a short English ``reason``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class _Held:
    receipt: Receipt
    refund_executed_on: date | None = None


@dataclass
class GatewaySimulator:
    """The gateway's receipts and its events; safe to call from several threads."""

    clock: Clock = field(default=lambda: datetime.now(UTC))
    _held: dict[str, _Held] = field(default_factory=dict)
    _events: list[GatewayEvent] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def pay(self, body: PaymentIn) -> Receipt:
        with self._lock:
            if body.reference in self._held:
                raise GatewayRefusal(409, "reference already used")
            receipt = Receipt(**body.model_dump())
            self._held[body.reference] = _Held(receipt)
            return receipt

    def receipt(self, reference: str) -> Receipt:
        with self._lock:
            return self._get(reference).receipt

    def verify(self, body: VerifyIn) -> VerifyAnswer:
        with self._lock:
            held = self._held.get(body.reference)
            if held is None or held.receipt.reversed:
                return VerifyAnswer(result="unknown_reference")
            if held.receipt.amount != body.amount:
                return VerifyAnswer(result="wrong_amount", receipt=held.receipt)
            return VerifyAnswer(result="verified", receipt=held.receipt)

    def order_refund(self, body: RefundIn) -> Receipt:
        with self._lock:
            held = self._get(body.reference)
            if held.receipt.reversed or held.receipt.refund_state == "executed":
                raise GatewayRefusal(409, "nothing to refund")
            if body.amount > held.receipt.amount:
                raise GatewayRefusal(422, "a refund larger than the payment")
            return self._set(held, refund_state="ordered", refund_amount=body.amount)

    def cancel_refund(self, reference: str) -> Receipt:
        with self._lock:
            held = self._get(reference)
            if held.receipt.refund_state == "executed":
                raise GatewayRefusal(409, "the refund was executed")
            return self._set(held, refund_state="none", refund_amount=0)

    def execute_refund(self, reference: str) -> Receipt:
        with self._lock:
            held = self._get(reference)
            if held.receipt.refund_state != "ordered":
                raise GatewayRefusal(409, "no refund ordered")
            now = self.clock()
            held.refund_executed_on = now.date()
            self._event("refund_executed", reference, now)
            return self._set(held, refund_state="executed")

    def reverse(self, reference: str, body: ReverseIn) -> Receipt:
        with self._lock:
            held = self._get(reference)
            if held.receipt.reversed or held.receipt.refund_state == "executed":
                raise GatewayRefusal(409, "nothing to reverse")
            self._event("reversed", reference, self.clock(), body.reason)
            return self._set(held, reversed=True)

    def events(self, after: int) -> GatewayEvents:
        with self._lock:
            return GatewayEvents(items=self._events[after : after + 1000])

    def settlement(self, day: date) -> str:
        """The day's settlement: payments paid that day (not reversed), and refunds
        executed that day as negative amounts; by reference."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["reference", "amount", "channel", "date"])
        with self._lock:
            lines = []
            for held in self._held.values():
                r = held.receipt
                if r.paid_at.astimezone(UTC).date() == day and not r.reversed:
                    lines.append((r.reference, r.amount, r.channel.value))
                if held.refund_executed_on == day:
                    lines.append((r.reference, -r.refund_amount, r.channel.value))
        for reference, amount, channel in sorted(lines):
            writer.writerow([reference, amount, channel, day.isoformat()])
        return out.getvalue()

    def _get(self, reference: str) -> _Held:
        held = self._held.get(reference)
        if held is None:
            raise GatewayRefusal(404, "unknown reference")
        return held

    def _set(self, held: _Held, **changes: object) -> Receipt:
        held.receipt = held.receipt.model_copy(update=changes)
        return held.receipt

    def _event(self, kind: str, reference: str, at: datetime, reason: str = "") -> None:
        self._events.append(
            GatewayEvent.model_validate(
                {"seq": len(self._events) + 1, "kind": kind, "reference": reference,
                 "at": at, "reason": reason}
            )
        )  # fmt: skip


def gateway_app(sim: GatewaySimulator) -> FastAPI:
    """The simulator's HTTP interface."""
    app = FastAPI(title="Payment gateway simulator", version="1")

    @app.exception_handler(GatewayRefusal)
    async def _refused(_request: object, exc: GatewayRefusal) -> JSONResponse:
        return JSONResponse({"reason": exc.reason}, status_code=exc.status)

    @app.post("/payments", response_model=Receipt)
    def pay(body: PaymentIn) -> Receipt:
        return sim.pay(body)

    @app.get("/payments/{reference}", response_model=Receipt)
    def receipt(reference: ReferencePath) -> Receipt:
        return sim.receipt(reference)

    @app.post("/payments/{reference}/reverse", response_model=Receipt)
    def reverse(reference: ReferencePath, body: ReverseIn) -> Receipt:
        return sim.reverse(reference, body)

    @app.post("/verify", response_model=VerifyAnswer)
    def verify(body: VerifyIn) -> VerifyAnswer:
        return sim.verify(body)

    @app.post("/refunds", response_model=Receipt)
    def order_refund(body: RefundIn) -> Receipt:
        return sim.order_refund(body)

    @app.delete("/refunds/{reference}", response_model=Receipt)
    def cancel_refund(reference: ReferencePath) -> Receipt:
        return sim.cancel_refund(reference)

    @app.post("/refunds/{reference}/execute", response_model=Receipt)
    def execute_refund(reference: ReferencePath) -> Receipt:
        return sim.execute_refund(reference)

    @app.get("/events", response_model=GatewayEvents)
    def events(after: Annotated[int, Query(ge=0, le=2**31)] = 0) -> GatewayEvents:
        return sim.events(after)

    @app.get("/settlements/{day}", response_class=Response)
    def settlement(day: date) -> Response:
        return Response(sim.settlement(day), media_type="text/csv; charset=utf-8")

    return app


__all__ = ["GatewayRefusal", "GatewaySimulator", "gateway_app"]
