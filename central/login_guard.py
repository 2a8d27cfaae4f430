"""What stands between a guesser and an account: failed log-ins counted per account name
and per source address, a growing wait, a lock-out a supervisor lifts; and the rules a
token lives by (it ends with the shift, after an idle time, on log-out or a new password).

Everything is kept in the database, in the caller's write transaction: the server runs as
several processes on one database, and a count held in one process's memory would let a
guesser spread guesses over them. No route sleeps: a wait is a 429 with ``Retry-After``.

An attempt is counted *before* its password is checked (:func:`admit`), and the count is
taken back when the password was right (:func:`passed`): the slow hash runs outside the
write lock, and guesses sent in parallel are still each counted. An unknown user name is
counted, delayed and locked exactly like a known one, so none of it tells which names
exist; only a known account's lock-out is a security event its center reads.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo

from fastapi import Request
from sqlalchemy import Engine, delete, or_, update
from sqlalchemy.orm import Session

from central.db import (
    SQLITE_IMMEDIATE,
    LoginThrottleRow,
    SecurityEventRow,
    TokenRow,
    UserRow,
    lock_keys,
    row_session,
)
from central.refusals import RefusedCall, refuse, unauthorized

log = logging.getLogger("central")

ACCOUNT = "account"
ADDRESS = "address"
# Syria keeps UTC+3 all year (since 2022); a center's shifts end on its wall clock.
SYRIA = timezone(timedelta(hours=3), "Syria")


@dataclass(frozen=True, slots=True)
class LoginPolicy:
    """How many failures are free, how the wait grows, when an account locks, and how
    long a token lives. A center's counter staff share one source address (the center's
    link), so an address gets more free failures than an account and is never locked."""

    account_free_failures: int = 3
    account_lockout: int = 10  # consecutive failures of one account name
    address_free_failures: int = 20
    first_delay: timedelta = timedelta(seconds=1)  # doubles with each further failure
    max_delay: timedelta = timedelta(minutes=15)
    # Failures older than this are forgotten (a lock-out is not: a supervisor lifts it).
    account_forget_after: timedelta = timedelta(hours=24)
    address_forget_after: timedelta = timedelta(hours=1)
    # A token unused this long is refused; each use slides it, written at most once per
    # ``touch_every`` (one UPDATE a minute per workstation, not one per call).
    token_idle: timedelta = timedelta(hours=1)
    touch_every: timedelta = timedelta(minutes=1)
    # Times of day (on ``shift_zone``'s clock) at which every token ends; none: only the
    # longest lifetime (Settings.token_lifetime) applies.
    shift_ends: tuple[time, ...] = ()
    shift_zone: tzinfo = SYRIA
    min_password_length: int = 10


# --- throttling -------------------------------------------------------------------------


def client_address(request: Request) -> str:
    """The caller's address as the server's socket sees it. Behind a reverse proxy, run
    uvicorn with ``--proxy-headers --forwarded-allow-ips`` naming the proxy, or every
    caller is the proxy's address and shares its count."""
    return request.client.host if request.client is not None else "unknown"


def _delay(failures: int, free: int, policy: LoginPolicy) -> timedelta:
    if failures < free:
        return timedelta(0)
    doublings: int = min(failures - free, 30)  # beyond that the cap has long been reached
    grown: timedelta = policy.first_delay * (1 << doublings)
    return min(grown, policy.max_delay)


def _row(session: Session, kind: str, subject: str) -> LoginThrottleRow | None:
    return session.get(LoginThrottleRow, (kind, subject))


def _lock(session: Session, username: str, address: str | None = None) -> None:
    """Lock the throttles of one account name (and one address) until the transaction
    ends, whether their rows exist yet or not: a log-in waits only for attempts on the
    same name or from the same address (``central.engine``)."""
    keys = [f"throttle:{ACCOUNT}:{username}"]
    if address is not None:
        keys.append(f"throttle:{ADDRESS}:{address}")
    lock_keys(session, *keys)


def _forget_old(
    session: Session, username: str, address: str, now: datetime, policy: LoginPolicy
) -> None:
    """Forget the old failures of this attempt's name and address (those of others are
    forgotten when they are next tried: until then nobody reads them)."""
    for kind, subject, after in (
        (ACCOUNT, username, policy.account_forget_after),
        (ADDRESS, address, policy.address_forget_after),
    ):
        session.execute(
            delete(LoginThrottleRow).where(
                LoginThrottleRow.kind == kind,
                LoginThrottleRow.subject == subject,
                LoginThrottleRow.locked_at.is_(None),
                LoginThrottleRow.last_failure_at < now - after,
            )
        )


def admit(
    session: Session, username: str, address: str, now: datetime, policy: LoginPolicy
) -> None:
    """Refuse an attempt on a locked account (423) or while a wait runs (429); otherwise
    count it as failed, until :func:`passed` says otherwise. Call in a write session."""
    _lock(session, username, address)
    _forget_old(session, username, address, now, policy)
    account = _row(session, ACCOUNT, username)
    origin = _row(session, ADDRESS, address)
    if account is not None and account.locked_at is not None:
        log.info("log-in refused: account locked")
        raise refuse("account_locked")
    wait = timedelta(0)
    for row, free in (
        (account, policy.account_free_failures),
        (origin, policy.address_free_failures),
    ):
        if row is not None:
            wait = max(wait, row.last_failure_at + _delay(row.failures, free, policy) - now)
    if wait > timedelta(0):
        seconds = str(math.ceil(wait.total_seconds()))
        log.info("log-in refused: wait %s s", seconds)
        raise RefusedCall("login_throttled", {"seconds": seconds}, {"Retry-After": seconds})
    for kind, subject, row in ((ACCOUNT, username, account), (ADDRESS, address, origin)):
        if row is None:
            session.add(
                LoginThrottleRow(kind=kind, subject=subject, failures=1, last_failure_at=now)
            )
        else:
            row.failures += 1
            row.last_failure_at = now


def failed(
    session: Session, username: str, user: UserRow | None, now: datetime, policy: LoginPolicy
) -> None:
    """The counted attempt was wrong: lock the account name at ``account_lockout``
    failures; a known account's lock-out is logged and kept as its center's event."""
    _lock(session, username)
    account = session.get(LoginThrottleRow, (ACCOUNT, username), populate_existing=True)
    if account is None or account.locked_at is not None:
        return
    if account.failures < policy.account_lockout:
        return
    account.locked_at = now
    if user is None:
        # The name typed may be a password typed in the wrong field: never logged.
        log.warning("an unknown user name locked after %d failed log-ins", account.failures)
        return
    log.warning("account %s locked after %d failed log-ins", user.username, account.failures)
    session.add(
        SecurityEventRow(
            center_code=user.center_code,
            kind="locked",
            username=user.username,
            by="",
            failures=account.failures,
            at=now,
        )
    )


def passed(session: Session, username: str, address: str) -> None:
    """The counted attempt was right: the account starts afresh, and the address's count
    loses this attempt (but keeps the others: one good log-in does not clear a guesser's
    failures from the same address)."""
    session.execute(
        delete(LoginThrottleRow).where(
            LoginThrottleRow.kind == ACCOUNT, LoginThrottleRow.subject == username
        )
    )
    session.execute(
        update(LoginThrottleRow)
        .where(
            LoginThrottleRow.kind == ADDRESS,
            LoginThrottleRow.subject == address,
            LoginThrottleRow.failures > 0,
        )
        .values(failures=LoginThrottleRow.failures - 1)
    )


def unlock(session: Session, user: UserRow, by: str, now: datetime) -> bool:
    """Lift the lock-out of ``user`` (False: it is not locked); audited."""
    account = _row(session, ACCOUNT, user.username)
    if account is None or account.locked_at is None:
        return False
    session.delete(account)
    session.add(
        SecurityEventRow(
            center_code=user.center_code,
            kind="unlocked",
            username=user.username,
            by=by,
            failures=account.failures,
            at=now,
        )
    )
    log.warning("account %s unlocked by %s", user.username, by)
    return True


# --- tokens -----------------------------------------------------------------------------


def token_expiry(now: datetime, lifetime: timedelta, policy: LoginPolicy) -> datetime:
    """When a token issued ``now`` ends: at the next end of a shift, at the latest after
    ``lifetime``."""
    ends = [now + lifetime]
    local = now.astimezone(policy.shift_zone)
    for end in policy.shift_ends:
        at = datetime.combine(local.date(), end, policy.shift_zone)
        if at <= local:
            at += timedelta(days=1)
        ends.append(at.astimezone(UTC))
    return min(ends)


def check_token(token: TokenRow, now: datetime, policy: LoginPolicy) -> None:
    """Refuse a revoked, expired or idle token (401)."""
    if token.revoked_at is not None:
        raise unauthorized("session_revoked")
    if token.expires_at <= now:
        raise unauthorized("session_expired")
    if (token.last_used_at or token.issued_at) + policy.token_idle <= now:
        raise unauthorized("session_idle")


def touch_token(session: Session, token: TokenRow, now: datetime, policy: LoginPolicy) -> None:
    """Slide the token's idle time, at most once per ``policy.touch_every``.

    In a route's write session the route's commit keeps the new time. A reading route's
    session cannot write (on SQLite a reader that starts writing may fail with
    SQLITE_BUSY): its transaction is ended, and a short write session of its own records
    the time (a row writer's: it waits for nobody but writers of the same token).
    """
    if (token.last_used_at or token.issued_at) + policy.touch_every > now:
        return
    if session.execution_options.get(SQLITE_IMMEDIATE):
        token.last_used_at = now
        return
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    session.commit()  # a read-only transaction: this ends it, nothing is written
    with row_session(engine) as writer:
        writer.execute(
            update(TokenRow)
            .where(
                TokenRow.token_sha256 == token.token_sha256,
                or_(TokenRow.last_used_at.is_(None), TokenRow.last_used_at < now),
            )
            .values(last_used_at=now)
        )
        writer.commit()


def revoke_tokens(
    session: Session,
    user_id: int,
    now: datetime,
    *,
    keep: str | None = None,
    only: str | None = None,
) -> int:
    """Revoke the live tokens of a user (each named by its SHA-256): all of them, all but
    ``keep``, or ``only`` one; how many were revoked."""
    statement = update(TokenRow).where(TokenRow.user_id == user_id, TokenRow.revoked_at.is_(None))
    if keep is not None:
        statement = statement.where(TokenRow.token_sha256 != keep)
    if only is not None:
        statement = statement.where(TokenRow.token_sha256 == only)
    result = session.execute(statement.values(revoked_at=now))
    return int(getattr(result, "rowcount", 0) or 0)
