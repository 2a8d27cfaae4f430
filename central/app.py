"""The central server's HTTP API, put together: the route modules (:mod:`central.counter`
for the counter's own calls, then post, reviews, dashboard, audit chain, files, notices,
workstation keys) on what they share (:mod:`central.routing`), behind two ASGI middlewares;
and, outside the API, the public verification page (:mod:`central.verify_page`).

Every route declares its ``response_model`` from the contract module, so the OpenAPI
document at ``/openapi.json`` *is* the contract the workstation's ``sync`` speaks.
Roles and centers are enforced here, never trusted from the workstation. Every refusal
is one of the catalogue's (``clerk_desk.refusals``), raised with ``central.refusals.refuse``:
its body says it in English (``detail``) and by code and values, for the clerk's language.

Logs carry request ids, user names and outcomes only: never national numbers or names.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine, delete, select
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central.accounts import router as accounts_router
from central.audit_chain import router as audit_router
from central.counter import router as counter_router
from central.dashboard import router as dashboard_router
from central.db import (
    LoginThrottleRow,
    UserRow,
    make_engine,
    read_session,
    upgrade,
    write_session,
)
from central.in_flight import InFlightLimit
from central.keys import ensure_center_keys
from central.ledger_copy import router as ledger_router
from central.login_guard import LoginPolicy
from central.notices import router as notices_router
from central.notifications import router as notifications_router
from central.number_blocks import router as number_blocks_router
from central.outreach import Outreach
from central.payment_routes import DEMO_PORTAL_KEY, GATEWAY_SIM_PATH, install_payments
from central.post import router as post_router
from central.post_feed import router as post_feed_router
from central.pull import router as pull_router
from central.refusals import install as install_refusals
from central.refusals import refuse, send_refusal
from central.registry_access import router as registry_router
from central.request_files import router as request_files_router
from central.reviews import router as reviews_router
from central.routing import TOKEN_SECONDS, BlockPolicy, Clock, Settings, _utcnow, log
from central.security import dummy_hash, parameters_in_force
from central.seed import seed_demo
from central.service import expected_revision
from central.service import router as service_router
from central.verify_page import router as verify_page_router
from central.workstations import router as workstations_router
from clerk_desk.api import (
    API_PREFIX,
    MAX_BODY_BYTES,
)

# --- ASGI middleware --------------------------------------------------------------------


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413 before anything parses them.

    A declared Content-Length is checked first; a body without one (chunked) is counted
    as it streams. The whole body is at most ``max_bytes``, so buffering it is cheap.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await send_refusal(send, refuse("bad_content_length"))
                    return
                if declared > self.max_bytes:
                    await send_refusal(send, refuse("body_too_large", limit=self.max_bytes))
                    return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                messages.append(message)
                break
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await send_refusal(send, refuse("body_too_large", limit=self.max_bytes))
                return
            messages.append(message)
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            if messages:
                return messages.pop(0)
            return await receive()

        await self.app(scope, replay, send)


class AccessLogMiddleware:
    """One log line per call: method, route template, request id, status.

    Replaces uvicorn's access log, which would print the raw path and with it a national
    number (``/registry/01234567890``).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "(no route)"
            request_id = scope.get("path_params", {}).get("request_id", "")
            log.info("%s %s %s -> %d", scope.get("method"), template, request_id, status)


# --- the application ----------------------------------------------------------------------


def prepare_database(engine: Engine, *, seed: str | None = None, now: datetime) -> None:
    """Migrate the database to the head revision, seed it (``seed="demo"``) and make the
    centers' signing keys: what happens once before any server process serves it."""
    upgrade(engine)
    if seed == "demo":
        with write_session(engine) as session:
            report = seed_demo(session, now=now)
            # A training server starts with every demo account open: a trainee's
            # mistyped passwords of the last run must not lock `make run` out.
            session.execute(delete(LoginThrottleRow))
            session.commit()
        if report.created:
            log.info("seeded %d people and %d requests", report.people, report.requests)
    with write_session(engine) as session:
        if made := ensure_center_keys(session, now):
            session.commit()
            log.info("generated signing keys for %d centers", made)


def create_app(
    database_url: str,
    *,
    seed: str | None = None,
    lease_seconds: int = 900,
    token_seconds: int = TOKEN_SECONDS,
    clock: Clock | None = None,
    logins: LoginPolicy | None = None,
    blocks: BlockPolicy | None = None,
    outreach: Outreach | None = None,
    prepare: bool = True,
    pool_size: int = 5,
    gateway_url: str | None = None,
    portal_key: str | None = None,
) -> FastAPI:
    """The central server for ``database_url``, migrated (and seeded with ``seed="demo"``).

    ``clock`` replaces the wall clock (tests of lease, token and throttle expiry);
    ``logins``: throttling, lock-out and token rules (default :class:`LoginPolicy`);
    ``blocks``: how many numbers a workstation holds (default :class:`BlockPolicy`);
    ``outreach``: the post's feed, the SMS gateway (default: from the environment, or the
    simulators' on a training server, ``seed="demo"``).
    ``prepare=False``: the database was prepared already (:func:`prepare_database`, run
    once by the process that starts several workers: they must not all migrate at once);
    ``pool_size``: database connections kept by this process.
    ``gateway_url``: the payment gateway (default: a simulator in this process, under
    ``/gateway-sim``); ``portal_key``: what the portal shows (a demo server's default
    :data:`~central.payment_routes.DEMO_PORTAL_KEY`; none: the portal's calls are refused).
    """
    if seed not in (None, "demo"):
        raise ValueError(f"unknown seed {seed!r}: the only seed is 'demo'")
    if lease_seconds <= 0 or token_seconds <= 0:
        raise ValueError("lease and token lifetimes must be positive")
    engine = make_engine(database_url, pool_size=pool_size)
    try:
        if prepare:
            prepare_database(engine, seed=seed, now=(clock or _utcnow)())
        with read_session(engine) as session:
            # An unknown user name is checked against a hash as costly as the users' own:
            # the production parameters, or the demo seed's cheap ones on a training server.
            in_force = parameters_in_force(session.scalars(select(UserRow.password_hash)))
        unknown_user_hash = dummy_hash(in_force)
        schema_head = expected_revision()
    except BaseException:
        engine.dispose()
        raise

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            engine.dispose()

    app = FastAPI(
        title="Clerk Desk central server",
        version="1",
        summary="Requests, civil registry and reviews for the citizen service centers",
        lifespan=lifespan,
    )
    install_refusals(app)
    app.state.engine = engine
    if outreach is None:
        outreach = Outreach.for_training() if seed == "demo" else Outreach.from_environment()
    app.state.outreach = outreach
    app.state.schema_head = schema_head
    app.state.settings = Settings(
        lease=timedelta(seconds=lease_seconds),
        token_lifetime=timedelta(seconds=token_seconds),
        clock=clock or _utcnow,
        logins=logins or LoginPolicy(),
        dummy_password_hash=unknown_user_hash,
        blocks=blocks or BlockPolicy(),
    )
    for router in (
        service_router,
        counter_router,
        pull_router,
        accounts_router,
        registry_router,
        post_router,
        reviews_router,
        dashboard_router,
        audit_router,
        ledger_router,
        request_files_router,
        notices_router,
        workstations_router,
        number_blocks_router,
        post_feed_router,
        notifications_router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(verify_page_router)  # the public page: /verify, outside the API
    # Pages of requests shrink some fivefold; a client that does not ask gets them plain.
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    if portal_key is None:
        portal_key = DEMO_PORTAL_KEY if seed == "demo" else ""
    install_payments(
        app, engine, gateway_url=gateway_url, portal_key=portal_key, clock=clock or _utcnow
    )
    # Inside the access log (its time counts the wait) and around everything that holds a
    # thread or a connection: see central.in_flight.
    exempt = (f"{API_PREFIX}/health", f"{API_PREFIX}/ready", GATEWAY_SIM_PATH)
    app.add_middleware(InFlightLimit, limit=pool_size, exempt=exempt)
    app.add_middleware(AccessLogMiddleware)
    # Added last, so it runs first: nothing reads an oversized body.
    app.add_middleware(BodyLimitMiddleware, max_bytes=MAX_BODY_BYTES)
    return app


__all__ = [
    "AccessLogMiddleware",
    "BodyLimitMiddleware",
    "create_app",
]
