"""The central server's HTTP API, served from the models in :mod:`clerk_desk.api`.

Every route declares its ``response_model`` from the contract module, so the OpenAPI
document at ``/openapi.json`` *is* the contract the workstation's ``sync`` speaks.
Roles and centers are enforced here, never trusted from the workstation. Every refusal
is one of the catalogue's (``clerk_desk.refusals``), raised with ``central.refusals.refuse``:
its body says it in English (``detail``) and by code and values, for the clerk's language.

Logs carry request ids, user names and outcomes only: never national numbers or names.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from central.db import (
    CenterKeyRow,
    CenterRow,
    DecisionRow,
    IdempotencyRow,
    IssuanceRow,
    PersonRow,
    RequestRow,
    TokenRow,
    UserRow,
    make_engine,
    next_change_seqs,
    read_session,
    upgrade,
    write_session,
)
from central.keys import current_key, ensure_center_keys
from central.refusals import RefusedCall, refuse, send_refusal, unauthorized
from central.refusals import install as install_refusals
from central.security import new_token, token_digest, verify_password
from central.seed import seed_demo
from clerk_desk.api import (
    API_PREFIX,
    MAX_BODY_BYTES,
    ActionOut,
    Attachment,
    Center,
    CenterKeys,
    CenterPublicKey,
    CenterSigningKey,
    ClaimOut,
    DecisionIn,
    Delivery,
    ErrorOut,
    IssuanceIn,
    LoginIn,
    LoginOut,
    RegistryRecord,
    RequestOut,
    RequestPage,
    Role,
    SubmittedPerson,
    User,
)
from clerk_desk.national_number import InvalidNationalNumber, parse_national_number
from clerk_desk.reasons import REASONS
from clerk_desk.refusals import code_of_template
from clerk_desk.states import WORKABLE, IllegalTransition, RequestState, check_transition

log = logging.getLogger("central")

TOKEN_SECONDS = 12 * 3600
DEFAULT_PAGE = 500
MAX_PAGE = 1000

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Settings:
    lease: timedelta
    token_lifetime: timedelta
    clock: Clock


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


# --- dependencies -----------------------------------------------------------------------

_bearer = HTTPBearer(auto_error=False, description="The token from POST /login")


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def reader(engine: Annotated[Engine, Depends(_engine)]) -> Iterator[Session]:
    with read_session(engine) as session:
        yield session


def writer(engine: Annotated[Engine, Depends(_engine)]) -> Iterator[Session]:
    with write_session(engine) as session:
        yield session


ReadDb = Annotated[Session, Depends(reader)]
WriteDb = Annotated[Session, Depends(writer)]
SettingsDep = Annotated[Settings, Depends(_settings)]


def _current_user(
    credentials: HTTPAuthorizationCredentials | None,
    session: Session,
    settings: Settings,
) -> UserRow:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized("no_token")
    token = session.get(TokenRow, token_digest(credentials.credentials))
    if token is None:
        raise unauthorized("unknown_token")
    if token.expires_at <= settings.clock():
        raise unauthorized("session_expired")
    user = session.get(UserRow, token.user_id)
    if user is None or not user.active:
        raise unauthorized("account_disabled")
    return user


def reading_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: ReadDb,
    settings: SettingsDep,
) -> UserRow:
    return _current_user(credentials, session, settings)


def writing_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: WriteDb,
    settings: SettingsDep,
) -> UserRow:
    return _current_user(credentials, session, settings)


ReadUser = Annotated[UserRow, Depends(reading_user)]
WriteUser = Annotated[UserRow, Depends(writing_user)]
RequestIdPath = Annotated[
    str, Path(min_length=1, max_length=40, pattern=r"^[A-Z0-9-]+$", description="e.g. DAM-000123")
]


# --- helpers ----------------------------------------------------------------------------


def _require_role(user: UserRow, role: Role, action: str) -> None:
    """Refuse a user of another role; ``action`` is a key of clerk_desk.refusals.ACTIONS."""
    if user.role != role.value:
        raise refuse("wrong_role", role=role.value, action=action, your_role=user.role)


def _load_request(session: Session, request_id: str, user: UserRow) -> RequestRow:
    row = session.get(RequestRow, request_id)
    if row is None:
        raise refuse("no_such_request", request_id=request_id)
    if row.center_code != user.center_code:
        raise refuse(
            "other_center",
            request_id=request_id,
            center=row.center_code,
            your_center=user.center_code,
        )
    return row


def _touch(session: Session, row: RequestRow, now: datetime) -> None:
    row.change_seq = next_change_seqs(session)
    row.updated_at = now


def _transition(row: RequestRow, target: RequestState) -> None:
    try:
        check_transition(RequestState(row.status), target)
    except IllegalTransition:
        raise refuse(
            "illegal_transition", request_id=row.id, status=row.status, target=target.value
        ) from None
    row.status = target.value


def _lease_holder(row: RequestRow, now: datetime) -> str | None:
    """Who holds a live lease on the request, if anyone."""
    if row.claimed_by is None or row.lease_expires_at is None:
        return None
    return row.claimed_by if row.lease_expires_at > now else None


def _full_name(session: Session, username: str) -> str:
    name = session.scalar(select(UserRow.full_name).where(UserRow.username == username))
    return name or username


def request_out(row: RequestRow) -> RequestOut:
    return RequestOut(
        id=row.id,
        service_code=row.service_code,
        service_class=row.service_class,
        center_code=row.center_code,
        status=RequestState(row.status),
        requester_name=row.requester_name,
        relation_ar=row.relation_ar,
        subject=SubmittedPerson(
            national_number=row.subject_national_number,
            first_name=row.subject_first_name,
            father_name=row.subject_father_name,
            mother_name=row.subject_mother_name,
            last_name=row.subject_last_name,
            birth_date=row.subject_birth_date,
            birth_place=row.subject_birth_place,
            gender=row.subject_gender,
        ),
        delivery=Delivery(
            method=row.delivery_method,
            recipient_name=row.delivery_recipient,
            address_ar=row.delivery_address_ar,
            city_ar=row.delivery_city_ar,
            phone=row.delivery_phone,
        ),
        submitted_at=row.submitted_at,
        assigned_at=row.assigned_at,
        updated_at=row.updated_at,
        claimed_by=row.claimed_by,
        lease_expires_at=row.lease_expires_at,
        collected_at=row.pickup.handed_at if row.pickup is not None else None,
        attachments=[
            Attachment(
                id=a.id,
                kind=a.kind,
                filename=a.filename,
                media_type=a.media_type,
                size=a.size,
                sha256=a.sha256,
            )
            for a in row.attachments
        ],
    )


_CURSOR_PREFIX = "c1."


def encode_cursor(change_seq: int) -> str:
    return f"{_CURSOR_PREFIX}{change_seq}"


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    text = cursor.removeprefix(_CURSOR_PREFIX)
    if text == cursor or not text.isascii() or not text.isdigit():
        raise refuse("bad_cursor")
    return int(text)


# --- idempotency ------------------------------------------------------------------------


def _body_digest(action: str, request_id: str, body: BaseModel) -> str:
    canonical = json.dumps(
        {"action": action, "request_id": request_id, "body": body.model_dump(mode="json")},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _replay(
    session: Session, key: str, user: UserRow, action: str, request_id: str, digest: str
) -> ActionOut | None:
    """The stored answer for a repeated key, ``None`` for a new key, 409 for a reused one."""
    record = session.get(IdempotencyRow, key)
    if record is None:
        return None
    if (
        record.username != user.username
        or record.action != action
        or record.request_id != request_id
        or record.body_sha256 != digest
    ):
        raise refuse("key_reused")
    log.info("replayed %s for %s", action, request_id)
    return ActionOut.model_validate(record.response)


def _start_action(
    session: Session, user: UserRow, request_id: str, action: str, body: BaseModel, key: str
) -> tuple[RequestRow, str, ActionOut | None]:
    """The request the caller may act on, the body's digest, and the answer already given
    to this idempotency key (None the first time)."""
    row = _load_request(session, request_id, user)
    digest = _body_digest(action, row.id, body)
    return row, digest, _replay(session, key, user, action, row.id, digest)


def _refuse_if_worked_by_another(
    session: Session, row: RequestRow, user: UserRow, now: datetime
) -> None:
    holder = _lease_holder(row, now)
    if holder is not None and holder != user.username:
        raise _leased_by(session, row, holder)


def _leased_by(session: Session, row: RequestRow, holder: str) -> RefusedCall:
    return refuse(
        "leased_by_other",
        request_id=row.id,
        holder=holder,
        holder_name=_full_name(session, holder),
    )


def _commit_action(
    session: Session,
    *,
    key: str,
    user: UserRow,
    action: str,
    row: RequestRow,
    digest: str,
    now: datetime,
) -> ActionOut:
    answer = ActionOut(request_id=row.id, status=RequestState(row.status), recorded_at=now)
    session.add(
        IdempotencyRow(
            key=key,
            username=user.username,
            request_id=row.id,
            action=action,
            body_sha256=digest,
            response=answer.model_dump(mode="json"),
            created_at=now,
        )
    )
    try:
        session.commit()
    except IntegrityError:
        # The same key raced in from another connection (not possible on SQLite, whose
        # writers are serialized): answer as the winner did.
        session.rollback()
        replayed = _replay(session, key, user, action, row.id, digest)
        if replayed is None:
            raise
        return replayed
    return answer


# --- routes -----------------------------------------------------------------------------

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 413, 422)
}

router = APIRouter(responses=_ERRORS)


@router.get("/health", tags=["service"])
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.post("/login", response_model=LoginOut, tags=["session"])
def login(body: LoginIn, session: WriteDb, settings: SettingsDep) -> LoginOut:
    user = session.scalar(select(UserRow).where(UserRow.username == body.username.strip()))
    if not verify_password(user.password_hash if user else None, body.password) or user is None:
        log.info("log-in refused")
        raise unauthorized("wrong_password")
    if not user.active:
        raise unauthorized("account_disabled")
    center = session.get(CenterRow, user.center_code)
    if center is None:  # the foreign key makes this impossible
        raise refuse("center_missing")
    now = settings.clock()
    token = new_token()
    expires_at = now + settings.token_lifetime
    session.add(
        TokenRow(
            token_sha256=token_digest(token),
            user_id=user.id,
            workstation=body.workstation,
            issued_at=now,
            expires_at=expires_at,
        )
    )
    session.commit()
    log.info("log-in %s", user.username)
    return LoginOut(
        token=token,
        expires_at=expires_at,
        user=User(
            username=user.username,
            full_name=user.full_name,
            role=Role(user.role),
            center=Center(
                code=center.code,
                name_ar=center.name_ar,
                name_en=center.name_en,
                address_ar=center.address_ar,
                city_ar=center.city_ar,
            ),
        ),
    )


@router.get("/centers/keys", response_model=CenterKeys, tags=["verification"])
def center_keys(session: ReadDb) -> CenterKeys:
    """Every center's public keys, retired ones included: no log-in needed.

    Anyone holding a printed document checks its verification code against these.
    """
    rows = session.scalars(select(CenterKeyRow).order_by(CenterKeyRow.key_id))
    return CenterKeys(
        keys=[
            CenterPublicKey(center_code=r.center_code, key_id=r.key_id, public_key=r.public_key)
            for r in rows
        ]
    )


CenterCodePath = Annotated[str, Path(pattern=r"^[A-Z]{3}$", description="e.g. DAM")]


@router.get(
    "/centers/{center_code}/signing-key", response_model=CenterSigningKey, tags=["verification"]
)
def signing_key(center_code: CenterCodePath, user: ReadUser, session: ReadDb) -> CenterSigningKey:
    """The center's current private key, for its own clerks' and supervisors' workstations."""
    if user.center_code != center_code:
        raise refuse("signing_key_other_center")
    row = current_key(session, center_code)
    if row is None:
        raise refuse("no_signing_key", center=center_code)
    log.info("signing key %s handed to %s", row.key_id, user.username)
    return CenterSigningKey(
        center_code=row.center_code, key_id=row.key_id, private_key=row.private_key
    )


@router.get("/requests", response_model=RequestPage, tags=["requests"])
def list_requests(
    user: ReadUser,
    session: ReadDb,
    since: Annotated[
        str | None, Query(max_length=100, description="the cursor of the previous page")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
) -> RequestPage:
    """The caller's center's requests changed after ``since``, in change order, any status."""
    after = decode_cursor(since)
    rows = list(
        session.scalars(
            select(RequestRow)
            .where(RequestRow.center_code == user.center_code, RequestRow.change_seq > after)
            .order_by(RequestRow.change_seq)
            .limit(limit + 1)
        )
    )
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = encode_cursor(rows[-1].change_seq if rows else after)
    return RequestPage(items=[request_out(row) for row in rows], cursor=cursor, more=more)


@router.get("/requests/{request_id}", response_model=RequestOut, tags=["requests"])
def get_request(request_id: RequestIdPath, user: ReadUser, session: ReadDb) -> RequestOut:
    return request_out(_load_request(session, request_id, user))


@router.post("/requests/{request_id}/claim", response_model=ClaimOut, tags=["requests"])
def claim(
    request_id: RequestIdPath, user: WriteUser, session: WriteDb, settings: SettingsDep
) -> ClaimOut:
    """Take (or renew) the lease on a request, so no other clerk works it meanwhile."""
    _require_role(user, Role.CLERK, "claim")
    row = _load_request(session, request_id, user)
    now = settings.clock()
    holder = _lease_holder(row, now)
    if holder is not None and holder != user.username:
        raise refuse(
            "leased_until",
            request_id=row.id,
            holder=holder,
            holder_name=_full_name(session, holder),
            until=f"{row.lease_expires_at:%H:%M}",
        )
    if RequestState(row.status) not in WORKABLE:
        raise refuse("not_claimable", request_id=row.id, status=row.status)
    row.claimed_by = user.username
    row.lease_expires_at = now + settings.lease
    _touch(session, row, now)
    session.commit()
    log.info("claim %s by %s", row.id, user.username)
    return ClaimOut(
        request_id=row.id, claimed_by=user.username, lease_expires_at=row.lease_expires_at
    )


@router.delete(
    "/requests/{request_id}/claim", status_code=204, response_class=Response, tags=["requests"]
)
def release(
    request_id: RequestIdPath, user: WriteUser, session: WriteDb, settings: SettingsDep
) -> Response:
    """Hand the lease back; releasing a request nobody holds is a no-op."""
    row = _load_request(session, request_id, user)
    now = settings.clock()
    holder = _lease_holder(row, now)
    if holder is not None and holder != user.username:
        raise refuse("held_by_other", request_id=row.id, holder=holder)
    if row.claimed_by == user.username or (row.claimed_by is not None and holder is None):
        row.claimed_by = None
        row.lease_expires_at = None
        _touch(session, row, now)
        session.commit()
        log.info("release %s by %s", row.id, user.username)
    return Response(status_code=204)


def _require_own_lease(session: Session, row: RequestRow, user: UserRow, now: datetime) -> None:
    """The caller must hold the request's lease.

    A lease that ran out while the workstation was offline still counts as long as nobody
    else has claimed the request since: the clerk's work is not thrown away for a dropped
    link.
    """
    if row.claimed_by == user.username:
        return
    holder = _lease_holder(row, now)
    if holder is not None:
        raise _leased_by(session, row, holder)
    raise refuse("not_claimed", request_id=row.id)


@router.get("/registry/{national_number}", response_model=RegistryRecord, tags=["registry"])
def registry(
    national_number: Annotated[str, Path(max_length=40)], user: ReadUser, session: ReadDb
) -> RegistryRecord:
    """A person's civil-registry record (السجل المدني), by national number."""
    try:
        canonical = parse_national_number(national_number)
    except InvalidNationalNumber as exc:
        code = code_of_template(exc.template)
        assert code is not None, "every national-number refusal is in the catalogue"
        raise refuse(code, **exc.values) from None
    person = session.get(PersonRow, canonical)
    if person is None:
        raise refuse("no_such_person")
    log.info("registry look-up by %s", user.username)
    return RegistryRecord(
        national_number=person.national_number,
        first_name=person.first_name,
        father_name=person.father_name,
        mother_name=person.mother_name,
        last_name=person.last_name,
        birth_date=person.birth_date,
        birth_place=person.birth_place,
        gender=person.gender,
        registry_office_ar=person.registry_office_ar,
        record_ref=person.record_ref,
        marital_status_ar=person.marital_status_ar,
    )


@router.post("/requests/{request_id}/decision", response_model=ActionOut, tags=["requests"])
def decide(
    request_id: RequestIdPath,
    body: DecisionIn,
    user: WriteUser,
    session: WriteDb,
    settings: SettingsDep,
) -> ActionOut:
    """Accept or reject a request the caller holds; a rejection needs a reason."""
    _require_role(user, Role.CLERK, "decide")
    row, digest, replayed = _start_action(
        session, user, request_id, "decision", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    if body.outcome == "reject" and body.reason_code is None:
        raise refuse("reason_required")
    now = settings.clock()
    _require_own_lease(session, row, user, now)
    if RequestState(row.status) not in (RequestState.ASSIGNED, RequestState.IN_REVIEW):
        raise refuse("already_decided", request_id=row.id, status=row.status)
    if row.status == RequestState.ASSIGNED:
        _transition(row, RequestState.IN_REVIEW)
    reason_text = body.reason_text
    if body.outcome == "reject":
        _transition(row, RequestState.REJECTED)
        assert body.reason_code is not None
        reason_text = reason_text.strip() or REASONS[body.reason_code].citizen_text_ar
        # The request now waits for the shift supervisor, not for this clerk.
        row.claimed_by = None
        row.lease_expires_at = None
    else:
        _transition(row, RequestState.ACCEPTED)
    session.add(
        DecisionRow(
            request_id=row.id,
            outcome=body.outcome,
            reason_code=body.reason_code if body.outcome == "reject" else None,
            reason_text=reason_text,
            comparison=body.comparison,
            registry_snapshot=body.registry_snapshot,
            decided_by=user.username,
            decided_at=now,
        )
    )
    _touch(session, row, now)
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="decision", row=row,
        digest=digest, now=now,
    )  # fmt: skip
    log.info("decision %s %s by %s", row.id, body.outcome, user.username)
    return answer


@router.post("/requests/{request_id}/issuance", response_model=ActionOut, tags=["requests"])
def issue(
    request_id: RequestIdPath,
    body: IssuanceIn,
    user: WriteUser,
    session: WriteDb,
    settings: SettingsDep,
) -> ActionOut:
    """Record a printed document (and its envelope); a reprint is recorded again."""
    _require_role(user, Role.CLERK, "issue")
    row, digest, replayed = _start_action(
        session, user, request_id, "issuance", body, body.idempotency_key
    )
    if replayed is not None:
        return replayed
    now = settings.clock()
    _refuse_if_worked_by_another(session, row, user, now)
    _transition(row, RequestState.PRINTED)
    session.add(
        IssuanceRow(
            request_id=row.id,
            document_number=body.document_number,
            tracking_number=body.tracking_number,
            document_sha256=body.document_sha256,
            envelope_sha256=body.envelope_sha256,
            issued_by=user.username,
            issued_at=now,
        )
    )
    _touch(session, row, now)
    answer = _commit_action(
        session, key=body.idempotency_key, user=user, action="issuance", row=row,
        digest=digest, now=now,
    )  # fmt: skip
    log.info("issuance %s by %s", row.id, user.username)
    return answer


# --- the application ----------------------------------------------------------------------


def create_app(
    database_url: str,
    *,
    seed: str | None = None,
    lease_seconds: int = 900,
    token_seconds: int = TOKEN_SECONDS,
    clock: Clock | None = None,
) -> FastAPI:
    """The central server for ``database_url``, migrated (and seeded with ``seed="demo"``).

    ``clock`` replaces the wall clock (tests of lease and token expiry).
    """
    if seed not in (None, "demo"):
        raise ValueError(f"unknown seed {seed!r}: the only seed is 'demo'")
    if lease_seconds <= 0 or token_seconds <= 0:
        raise ValueError("lease and token lifetimes must be positive")
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        if seed == "demo":
            with write_session(engine) as session:
                report = seed_demo(session, now=(clock or _utcnow)())
                session.commit()
            if report.created:
                log.info("seeded %d people and %d requests", report.people, report.requests)
        with write_session(engine) as session:
            if made := ensure_center_keys(session, (clock or _utcnow)()):
                session.commit()
                log.info("generated signing keys for %d centers", made)
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
    app.state.settings = Settings(
        lease=timedelta(seconds=lease_seconds),
        token_lifetime=timedelta(seconds=token_seconds),
        clock=clock or _utcnow,
    )
    app.include_router(router, prefix=API_PREFIX)
    from central.post import router as post_router  # they build on this module
    from central.reviews import router as reviews_router

    app.include_router(post_router, prefix=API_PREFIX)
    app.include_router(reviews_router, prefix=API_PREFIX)
    from central.dashboard import router as dashboard_router  # it builds on this module

    app.include_router(dashboard_router, prefix=API_PREFIX)
    from central.audit_chain import router as audit_router  # it builds on this module

    app.include_router(audit_router, prefix=API_PREFIX)
    from central.request_files import router as request_files_router  # likewise

    app.include_router(request_files_router, prefix=API_PREFIX)
    from central.notices import router as notices_router  # likewise

    app.include_router(notices_router, prefix=API_PREFIX)
    app.add_middleware(AccessLogMiddleware)
    # Added last, so it runs first: nothing reads an oversized body.
    app.add_middleware(BodyLimitMiddleware, max_bytes=MAX_BODY_BYTES)
    return app


__all__ = [
    "AccessLogMiddleware",
    "BodyLimitMiddleware",
    "create_app",
    "decode_cursor",
    "encode_cursor",
    "request_out",
]
