"""Sessions and accounts after log-in: log out, change one's password, and what a shift
supervisor does about the center's accounts (lift a lock-out, read the security events).

``POST /login`` itself is in :mod:`central.counter`; the rules all of these follow are in
:mod:`central.login_guard`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy import select

from central.db import SecurityEventRow, UserRow
from central.login_guard import admit, client_address, failed, passed, revoke_tokens, unlock
from central.refusals import refuse
from central.routing import (
    _ERRORS,
    ReadDb,
    ReadUser,
    SettingsDep,
    WriteDb,
    WriteUser,
    _bearer,
    _require_role,
    log,
)
from central.security import hash_password, token_digest, verify_password
from clerk_desk.api import (
    ErrorOut,
    PasswordChangeIn,
    Role,
    SecurityEvent,
    SecurityEventList,
)

router = APIRouter(responses=_ERRORS)

Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
Username = Annotated[str, Path(min_length=1, max_length=100, description="e.g. dam.clerk1")]


def _caller_token(credentials: HTTPAuthorizationCredentials | None) -> str:
    # The caller's token was checked by WriteUser: it is there and it is live.
    assert credentials is not None
    return token_digest(credentials.credentials)


@router.post("/logout", status_code=204, tags=["session"])
def logout(
    user: WriteUser, credentials: Credentials, session: WriteDb, settings: SettingsDep
) -> Response:
    """End the caller's session: its token is refused from now on."""
    revoke_tokens(session, user.id, settings.clock(), only=_caller_token(credentials))
    session.commit()
    log.info("log-out %s", user.username)
    return Response(status_code=204)


@router.post(
    "/password",
    status_code=204,
    tags=["session"],
    responses={code: {"model": ErrorOut} for code in (423, 429)},
)
def change_password(
    body: PasswordChangeIn,
    request: Request,
    user: WriteUser,
    credentials: Credentials,
    session: WriteDb,
    settings: SettingsDep,
) -> Response:
    """Change the caller's password; every other session of the caller ends. A wrong
    current password counts as a failed log-in (a stolen token cannot guess it freely)."""
    policy = settings.logins
    if len(body.new_password) < policy.min_password_length:
        raise refuse("password_too_short", min=policy.min_password_length)
    if body.new_password == body.old_password:
        raise refuse("password_unchanged")
    now = settings.clock()
    address = client_address(request)
    admit(session, user.username, address, now, policy)
    session.commit()  # counted; the two slow hashes run without the write lock
    if not verify_password(user.password_hash, body.old_password):
        failed(session, user.username, user, now, policy)
        session.commit()
        raise refuse("wrong_old_password")
    new_hash = hash_password(body.new_password)
    passed(session, user.username, address)
    row = session.get(UserRow, user.id)
    assert row is not None  # WriteUser found it
    row.password_hash = new_hash
    ended = revoke_tokens(session, user.id, now, keep=_caller_token(credentials))
    session.add(
        SecurityEventRow(
            center_code=user.center_code,
            kind="password_changed",
            username=user.username,
            by=user.username,
            at=now,
        )
    )
    session.commit()
    log.info("password of %s changed; %d other sessions ended", user.username, ended)
    return Response(status_code=204)


@router.post("/users/{username}/unlock", status_code=204, tags=["accounts"])
def unlock_account(
    username: Username, user: WriteUser, session: WriteDb, settings: SettingsDep
) -> Response:
    """Lift the lock-out of an account of the supervisor's own center."""
    _require_role(user, Role.SUPERVISOR, "unlock")
    target = session.scalar(select(UserRow).where(UserRow.username == username))
    if target is None:
        raise refuse("no_such_user", username=username)
    if target.center_code != user.center_code:
        raise refuse("user_other_center", username=username)
    if not unlock(session, target, user.username, settings.clock()):
        raise refuse("not_locked", username=username)
    session.commit()
    return Response(status_code=204)


@router.get("/security-events", response_model=SecurityEventList, tags=["accounts"])
def security_events(
    user: ReadUser,
    session: ReadDb,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> SecurityEventList:
    """The center's lock-outs, unlocks and password changes, newest first."""
    _require_role(user, Role.SUPERVISOR, "security_events")
    rows = session.scalars(
        select(SecurityEventRow)
        .where(SecurityEventRow.center_code == user.center_code)
        .order_by(SecurityEventRow.at.desc(), SecurityEventRow.id.desc())
        .limit(limit)
    )
    return SecurityEventList(
        items=[
            SecurityEvent(
                id=r.id,
                kind=r.kind,
                username=r.username,
                by=r.by,
                failures=r.failures,
                at=r.at,
            )
            for r in rows
        ]
    )
