"""The portal's calls about payments (``central.payments``): hand a paid request over, and
the pass that verifies waiting submissions and applies the gateway's events (the portal's
scheduler calls it every minute or so).

They are the portal's, not a person's: the caller shows the portal's key
(``X-Portal-Key``), configured with the gateway (:class:`PaymentConfig`). A server
configured without a key refuses them.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from sqlalchemy import Engine, inspect, select

from central.db import read_session
from central.gateway import Gateway, HttpGateway, SimulatedGateway
from central.gateway_sim import GatewaySimulator, gateway_app
from central.money import router as money_router
from central.payment_rows import PaymentRow, PortalSubmissionRow
from central.payments import poll, receive, submission_out, verify_waiting
from central.refusals import refuse
from central.routing import _ERRORS, SettingsDep, WriteDb
from clerk_desk.api import API_PREFIX
from clerk_desk.api_payments import PaymentIn, PollOut, PortalSubmissionIn, SubmissionOut
from clerk_desk.payments import PaymentChannel


@dataclass(frozen=True, slots=True)
class PaymentConfig:
    """The gateway the server asks, and the key the portal shows ("" : none accepted)."""

    gateway: Gateway
    portal_key: str = ""


def payment_config(request: Request) -> PaymentConfig:
    config: PaymentConfig = request.app.state.payments
    return config


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def portal(
    config: Annotated[PaymentConfig, Depends(payment_config)],
    key: Annotated[str, Header(alias="X-Portal-Key", max_length=200)] = "",
) -> PaymentConfig:
    if not config.portal_key or not hmac.compare_digest(
        key.encode("utf-8", "replace"), config.portal_key.encode("utf-8")
    ):
        raise refuse("portal_key_wrong")
    return config


Portal = Annotated[PaymentConfig, Depends(portal)]
Payments = Annotated[PaymentConfig, Depends(payment_config)]
EngineDep = Annotated[Engine, Depends(_engine)]

router = APIRouter(responses=_ERRORS, tags=["portal"])


@router.post("/portal/submissions", response_model=SubmissionOut)
def submit(
    body: PortalSubmissionIn,
    config: Portal,
    session: WriteDb,
    engine: EngineDep,
    settings: SettingsDep,
) -> SubmissionOut:
    """A paid request from the portal: kept, then verified with the gateway at once. It
    is queued when the gateway verifies it, refused when it contradicts it, and waits
    (``waiting``) while the gateway is down; a repeat answers where it stands."""
    now = settings.clock()
    row = receive(session, body, now)
    session.commit()
    if row.state == "waiting":
        verify_waiting(engine, config.gateway, now, portal_ref=body.portal_ref)
    with read_session(engine) as reader:
        fresh = reader.scalar(
            select(PortalSubmissionRow).where(PortalSubmissionRow.portal_ref == body.portal_ref)
        )
        assert fresh is not None
        return submission_out(fresh)


@router.post("/portal/poll", response_model=PollOut)
def poll_gateway(config: Portal, engine: EngineDep, settings: SettingsDep) -> PollOut:
    """Verify the waiting submissions again and apply the gateway's events (reversals,
    executed refunds)."""
    return poll(engine, config.gateway, settings.clock())


GATEWAY_SIM_PATH = "/gateway-sim"
DEMO_PORTAL_KEY = "demo-portal"


def install_payments(
    app: FastAPI,
    engine: Engine,
    *,
    gateway_url: str | None,
    portal_key: str,
    clock: Callable[[], datetime],
) -> None:
    """The portal's routes, and the gateway they ask: the one at ``gateway_url``, or
    (none configured) a simulator in this process, served under ``/gateway-sim`` and
    holding the receipts of the payments already stored (the demo seed's)."""
    gateway: Gateway
    if gateway_url:
        gateway = HttpGateway(gateway_url)
    else:
        sim = GatewaySimulator(clock=clock)
        # A database behind the code (not ready: /ready says so) has no payments to load.
        stored = inspect(engine).has_table(PaymentRow.__tablename__)
        with read_session(engine) as session:
            for payment in session.scalars(select(PaymentRow)) if stored else ():
                sim.pay(
                    PaymentIn(
                        reference=payment.reference,
                        amount=payment.amount,
                        channel=PaymentChannel(payment.channel),
                        paid_at=payment.paid_at,
                    )
                )
        gateway = SimulatedGateway(sim)
        app.mount(GATEWAY_SIM_PATH, gateway_app(sim))
    app.state.payments = PaymentConfig(gateway=gateway, portal_key=portal_key)
    app.include_router(router, prefix=API_PREFIX)
    app.include_router(money_router, prefix=API_PREFIX)
