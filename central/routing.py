"""What every route module of the central server shares: its settings, the FastAPI
dependencies (sessions, the calling user), the checks every route makes (role, center,
state), the request's wire form and the idempotency of recorded actions.

The route modules (:mod:`central.counter`, :mod:`central.post`, :mod:`central.reviews`,
...) build on this one; :mod:`central.app` puts them together.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, Path, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from central.db import (
    IdempotencyRow,
    RequestRow,
    TokenRow,
    UserRow,
    next_change_seqs,
    read_session,
    row_session,
    write_session,
)
from central.login_guard import LoginPolicy, check_token, touch_token
from central.payment_rows import payment_out
from central.refusals import RefusedCall, refuse, unauthorized
from central.security import token_digest
from clerk_desk.api import (
    ActionOut,
    Attachment,
    Delivery,
    ErrorOut,
    RequestOut,
    Role,
    SubmittedPerson,
)
from clerk_desk.plain_text import escape_unsafe, unsafe_character
from clerk_desk.states import IllegalTransition, RequestState, check_transition

log = logging.getLogger("central")


class EscapedLines(logging.Filter):
    """Every log line of the server is one line: a control character (a line break in a
    workstation's name, in a path) or a direction override in what a line quotes is
    written as an escape, so no caller can forge a line or hide a part of one."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if unsafe_character(message):
            record.msg, record.args = escape_unsafe(message), None
        return True


log.addFilter(EscapedLines())

TOKEN_SECONDS = 12 * 3600

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class BlockPolicy:
    """How many numbers of each kind a workstation holds (``central.number_blocks``):
    ``size`` numbers per block, enough to work that many requests offline; a kind is
    refilled when fewer than half a block remain. S10 serials start at ``s10_first``."""

    size: int = 50
    s10_first: int = 10_000_000

    @property
    def refill_below(self) -> int:
        return (self.size + 1) // 2


@dataclass(frozen=True, slots=True)
class Settings:
    lease: timedelta
    token_lifetime: timedelta  # the longest a token lives (see also logins.shift_ends)
    clock: Clock
    logins: LoginPolicy = field(default_factory=LoginPolicy)
    blocks: BlockPolicy = field(default_factory=BlockPolicy)
    # What an unknown user name's password is checked against: a hash made with the
    # parameters of the users' own hashes (central.security.dummy_hash).
    dummy_password_hash: str = ""


# What every route may answer besides its own model: a refusal of the catalogue.
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 403, 404, 409, 413, 422)
}


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


def row_writer(engine: Annotated[Engine, Depends(_engine)]) -> Iterator[Session]:
    with row_session(engine) as session:
        yield session


ReadDb = Annotated[Session, Depends(reader)]
# A serialized writer (central.engine.write_session) and one that locks the rows it
# touches (row_session: it must load the request with _load_request(..., lock=True)).
WriteDb = Annotated[Session, Depends(writer)]
RowDb = Annotated[Session, Depends(row_writer)]
SettingsDep = Annotated[Settings, Depends(_settings)]


def _current_user(
    credentials: HTTPAuthorizationCredentials | None,
    session: Session,
    settings: Settings,
) -> UserRow:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized("no_token")
    # The token and its user in one round trip: every call of every counter starts here.
    found = session.execute(
        select(TokenRow, UserRow)
        .join(UserRow, UserRow.id == TokenRow.user_id)
        .where(TokenRow.token_sha256 == token_digest(credentials.credentials))
    ).first()
    if found is None:
        raise unauthorized("unknown_token")
    token, user = found
    session.info[_CALLER_TOKEN] = token  # for caller_token: read once per call
    now = settings.clock()
    check_token(token, now, settings.logins)
    if not user.active:
        raise unauthorized("account_disabled")
    touch_token(session, token, now, settings.logins)
    return user


_CALLER_TOKEN = "central_caller_token"


def caller_token(
    session: Session, credentials: HTTPAuthorizationCredentials | None
) -> TokenRow | None:
    """The caller's token row: the one the route's user was found by, without asking the
    database again, or looked up (None: no token, or an unknown one)."""
    if credentials is None:
        return None
    digest = token_digest(credentials.credentials)
    known = session.info.get(_CALLER_TOKEN)
    if isinstance(known, TokenRow) and known.token_sha256 == digest:
        return known
    return session.get(TokenRow, digest)


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


def row_writing_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    session: RowDb,
    settings: SettingsDep,
) -> UserRow:
    return _current_user(credentials, session, settings)


ReadUser = Annotated[UserRow, Depends(reading_user)]
WriteUser = Annotated[UserRow, Depends(writing_user)]
RowUser = Annotated[UserRow, Depends(row_writing_user)]
RequestIdPath = Annotated[
    str, Path(min_length=1, max_length=40, pattern=r"^[A-Z0-9-]+$", description="e.g. DAM-000123")
]


# --- helpers ----------------------------------------------------------------------------


def _require_role(user: UserRow, role: Role, action: str) -> None:
    """Refuse a user of another role; ``action`` is a key of clerk_desk.refusals.ACTIONS."""
    if user.role != role.value:
        raise refuse("wrong_role", role=role.value, action=action, your_role=user.role)


def _load_request(
    session: Session, request_id: str, user: UserRow, *, lock: bool = False
) -> RequestRow:
    """The request the caller's center holds; ``lock``: locked until the transaction
    ends (``SELECT … FOR UPDATE``), as a row writer must before it checks what it changes."""
    if lock:
        row = session.get(RequestRow, request_id, with_for_update=True, populate_existing=True)
    else:
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


def full_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """Each user's full name, for the people a supervisor's views show (a user the
    server no longer knows is shown by the user name)."""
    wanted = set(usernames)
    names = dict(
        session.execute(
            select(UserRow.username, UserRow.full_name).where(UserRow.username.in_(wanted))
        ).all()
    )
    return {username: names.get(username) or username for username in wanted}


def with_parts() -> tuple[LoaderOption, ...]:
    """Loader options for a query of whole requests (a page, a list, for
    :func:`request_out`): their attachments, pickup and payment in one query each for all
    the rows, not one per row."""
    parts = (RequestRow.attachments, RequestRow.pickup, RequestRow.payment)
    return tuple(selectinload(part) for part in parts)


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
        shelf_slot=row.shelf_slot,
        shelved_at=row.shelved_at,
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
        payment=payment_out(row.payment),
    )


_CURSOR_PREFIX = "c1."
MAX_BIGINT = 2**63 - 1


def encode_cursor(change_seq: int) -> str:
    return f"{_CURSOR_PREFIX}{change_seq}"


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    text = cursor.removeprefix(_CURSOR_PREFIX)
    # A change number past what the column holds is no cursor this server gave.
    if text == cursor or not text.isascii() or not text.isdigit() or len(text) > 19:
        raise refuse("bad_cursor")
    if (change_seq := int(text)) > MAX_BIGINT:
        raise refuse("bad_cursor")
    return change_seq


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
    to this idempotency key (None the first time). The request is locked first, so a
    repeat of the key racing in waits and then finds the answer."""
    row = _load_request(session, request_id, user, lock=True)
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
    touch: bool = True,
) -> ActionOut:
    """Commit a recorded action with the answer a repeat of its key will get. ``touch``:
    the request changed, so the center's workstations pull it again (a second look at an
    acceptance changes nothing they show)."""
    if touch:
        _touch(session, row, now)
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
        # The same key raced in from another connection on another request (on one
        # request the row lock orders them; on SQLite writers are serialized): answer as
        # the winner did.
        session.rollback()
        replayed = _replay(session, key, user, action, row.id, digest)
        if replayed is None:
            raise
        return replayed
    return answer
