"""Delivering the outbox to the server: in order, each message exactly once.

Exactly once is the server's idempotency key doing its part: a message whose answer was
lost is sent again with the same key and the server answers as the first time. The
pusher's part is never to drop a message and never to send one out of order within its
request.

When to try again is a :class:`RetryPolicy`: exponential backoff with jitter per message,
kept in the store (``attempts``, ``next_attempt_at``) so a restart does not hammer a
struggling server, and the server's own ``Retry-After`` when it gives one.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.store.models import OutboxMessage
from sync.audit_upload import AuditChainRefused, AuditUploadResult, upload_audit
from sync.client import (
    BadAnswer,
    CentralClient,
    NotAuthenticated,
    Offline,
    Refused,
    ServerError,
)
from sync.events import CameOnline, EventHub, MessageRefused, OutboxChanged, WentOffline
from sync.stepwise import Steps, to_the_end

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class PushResult:
    """What one push did. ``next_due``: when the earliest message held back by a backoff
    becomes due (None if none is), so the caller can schedule the next push."""

    sent: int
    refused: int
    waiting: int
    deferred: int = 0
    next_due: datetime | None = None
    held: int = 0  # queued by someone else on this workstation: they wait for that log-in


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential backoff with "equal jitter": the n-th failure waits between half and
    all of ``min(cap, base * factor**(n-1))`` seconds, so workstations that lost the link
    together do not come back together. A ``Retry-After`` from the server wins.
    """

    base: float = 2.0
    factor: float = 2.0
    cap: float = 600.0
    rng: random.Random = field(default_factory=random.Random, compare=False)

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return max(retry_after, 0.0)  # the client already refuses absurd values
        ceiling = min(self.cap, self.base * self.factor ** max(attempts - 1, 0))
        return ceiling / 2 + self.rng.uniform(0, ceiling / 2)


def _batch_requests(payload: Any) -> list[str]:
    ids = payload.get("request_ids") if isinstance(payload, dict) else None
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def counts(sessions: sessionmaker[Session]) -> tuple[int, int]:
    """Messages waiting to be sent, and messages the server refused."""
    with sessions() as session:
        rows = dict(
            session.execute(
                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
            ).all()
        )
    return rows.get("queued", 0), rows.get("failed", 0)


def refused_messages(sessions: sessionmaker[Session]) -> list[MessageRefused]:
    """The messages the server refused for good, with its reasons: what the clerk must see."""
    with sessions() as session:
        rows = session.execute(
            select(OutboxMessage.request_id, OutboxMessage.kind, OutboxMessage.last_error)
            .where(OutboxMessage.status == "failed")
            .order_by(OutboxMessage.id)
        ).all()
    return [MessageRefused(request_id, kind, error or "") for request_id, kind, error in rows]


def _refused(
    request_id: str, kind: str, exc: ServerError, reason: str | None = None
) -> MessageRefused:
    """The event for a refused message: the English ``reason`` (the error's message by
    default), and the refusal's code and values for the clerk's language."""
    return MessageRefused(request_id, kind, reason or exc.message, exc.code, exc.values)


class OutboxPusher:
    """Sends queued messages that are due, oldest first.

    - Delivered: ``done``.
    - Refused for good (a 4xx other than 401, 408, 429): ``failed`` with the server's
      reason, :class:`MessageRefused` is emitted, and later messages of the same request
      wait behind it; other requests go on.
    - Unreachable, 408, 429, 5xx: the message stays ``queued`` with a backoff (or the
      server's ``Retry-After``) and the push stops with :class:`Offline`; a server that
      asked to be left alone is not called again before its time.
    - A garbled answer to a delivery (it may or may not have been recorded): ``queued``
      with a backoff; resending under the same key is safe. Its request waits; others go on.
    - 401: the push stops with :class:`NotAuthenticated`, the message stays ``queued`` and
      due, so a push after logging in again resumes at once.

    A message not yet due holds back the later messages of its request (order per request).

    A message goes with its author's log-in: the server checks that whoever sends a
    decision is the clerk who holds the request. With ``author`` set (the user logged in
    now), another person's messages are held, with their request's later ones, until that
    person logs in here again; they are never sent under someone else's name, nor dropped.
    """

    def __init__(
        self,
        client: CentralClient,
        sessions: sessionmaker[Session],
        events: EventHub,
        *,
        policy: RetryPolicy | None = None,
        clock: Clock = _utcnow,
        upload_audit: bool = True,
    ) -> None:
        self.client = client
        self.sessions = sessions
        self.events = events
        self.policy = policy or RetryPolicy()
        self.clock = clock
        self.paused_until: datetime | None = None  # the server's Retry-After, for all
        # The audit chain goes with every push that reached its end (sync.audit_upload).
        self.upload_audit = upload_audit
        self.last_audit: AuditUploadResult | None = None
        self.audit_problem: str | None = None  # the server's reason for refusing the chain
        self.author: str | None = None  # whose log-in the client carries; None: send all

    def push(self) -> PushResult:
        return to_the_end(self.steps())

    def steps(self) -> Steps[PushResult]:
        """:meth:`push` one exchange at a time: it yields after each message it sent or
        tried, so the sync worker (sync.worker) answers a clerk in between. Stopped between
        two steps, nothing is lost: each message's outcome is its own transaction."""
        sent = refused = deferred = held = 0
        now = self.clock()
        with self.sessions() as session:
            blocked = set(
                session.scalars(
                    select(OutboxMessage.request_id).where(OutboxMessage.status == "failed")
                )
            )
            queued = list(
                session.execute(
                    select(
                        OutboxMessage.id,
                        OutboxMessage.request_id,
                        OutboxMessage.kind,
                        OutboxMessage.payload,
                        OutboxMessage.next_attempt_at,
                        OutboxMessage.author,
                    )
                    .where(OutboxMessage.status == "queued")
                    .order_by(OutboxMessage.id)
                )
            )
        if self.paused_until is not None and now < self.paused_until:
            deferred = len(queued)
            queued = []
        try:
            exchanged = False  # with the server, since the last step
            for message_id, request_id, kind, payload, due, author in queued:
                if exchanged:
                    yield
                    exchanged = False
                # A dispatch is filed under its batch id and carries its requests: it waits
                # behind anything still undelivered for any of them (their seal, say).
                involved = {request_id, *_batch_requests(payload)}
                if involved & blocked:
                    blocked.update(involved)
                    continue
                if author is not None and self.author is not None and author != self.author:
                    blocked.update(involved)
                    held += 1
                    continue
                if due is not None and due > now:
                    blocked.update(involved)  # its later messages wait behind it
                    deferred += 1
                    continue
                exchanged = True
                try:
                    self.client.send(kind, request_id, payload)
                except Offline as exc:
                    self._retry_later(message_id, exc.message, exc.status, exc.retry_after, now)
                    self.events.emit(WentOffline(exc.message))
                    raise
                except NotAuthenticated as exc:
                    self._attempted(message_id, exc.message, exc.status)
                    raise
                except BadAnswer as exc:
                    blocked.update(involved)
                    deferred += 1
                    self._retry_later(message_id, exc.message, exc.status, None, now)
                    log.warning("garbled answer to %s for request %s", kind, request_id)
                    continue
                except Refused as exc:
                    if exc.status is None:
                        # Not the server's answer about this message (an untrusted
                        # certificate): nothing is wrong with the message itself.
                        self._attempted(message_id, exc.message, None)
                        raise
                    refused += 1
                    blocked.update(involved)
                    self._finish(message_id, "failed", exc.message, exc.status)
                    log.warning("server refused %s for request %s", kind, request_id)
                    self.events.emit(_refused(request_id, kind, exc))
                    continue
                except ValueError as exc:
                    # The stored message does not fit the contract (a store written by an
                    # older version): it is kept, marked failed, and shown; never dropped.
                    refused += 1
                    blocked.update(involved)
                    unsendable = Refused.of("message_unsendable")
                    reason = f"{unsendable.message}: {exc}"
                    self._finish(message_id, "failed", reason, None)
                    self.events.emit(_refused(request_id, kind, unsendable, reason))
                    continue
                self.events.emit(CameOnline())
                self._finish(message_id, "done", None, None)
                sent += 1
            if self.upload_audit:
                if exchanged:
                    yield
                self._push_audit()
        finally:
            waiting, failed = counts(self.sessions)
            self.events.emit(OutboxChanged(waiting, failed))
        if held:
            log.info("%d message(s) wait for their author to log in here", held)
        return PushResult(sent, refused, waiting, deferred, self.next_due(), held)

    def _push_audit(self) -> None:
        """Send the audit entries the server does not hold yet (piggy-backed on the push).

        A refused chain is shown to the clerk (:class:`MessageRefused`, kind "audit") and
        kept: nothing here deletes an entry. The link failing now leaves the entries for
        the next push; it does not fail the push whose messages were delivered.
        """
        if not self.client.token:  # logged in offline: the server would not listen yet
            return
        try:
            self.last_audit = upload_audit(self.client, self.sessions, author=self.author)
        except AuditChainRefused as exc:
            self.audit_problem = exc.message
            self.events.emit(_refused("audit", "audit", exc))
        except ServerError as exc:
            log.info("audit log not sent now: %s", type(exc).__name__)
        else:
            self.audit_problem = None

    def next_due(self) -> datetime | None:
        """The earliest time a queued message held back by a backoff becomes due."""
        with self.sessions() as session:
            due: datetime | None = session.scalar(
                select(func.min(OutboxMessage.next_attempt_at)).where(
                    OutboxMessage.status == "queued", OutboxMessage.next_attempt_at.is_not(None)
                )
            )
        if due is not None and due.tzinfo is None:  # min() bypasses the column's type
            due = due.replace(tzinfo=UTC)
        paused = self.paused_until
        if paused is not None and paused > self.clock() and (due is None or paused > due):
            return paused
        return due

    def retry_now(self) -> int:
        """Make every queued message due at once (the clerk pressed "send now")."""
        self.paused_until = None
        with self.sessions.begin() as session:
            rows = list(
                session.scalars(
                    select(OutboxMessage).where(
                        OutboxMessage.status == "queued",
                        OutboxMessage.next_attempt_at.is_not(None),
                    )
                )
            )
            for row in rows:
                row.next_attempt_at = None
        return len(rows)

    def _retry_later(
        self,
        message_id: int,
        error: str,
        status: int | None,
        retry_after: float | None,
        now: datetime,
    ) -> None:
        with self.sessions.begin() as session:
            message = session.get_one(OutboxMessage, message_id)
            message.attempts += 1
            message.last_error = error
            message.last_status = status
            wait = self.policy.delay(message.attempts, retry_after)
            message.next_attempt_at = now + timedelta(seconds=wait)
        if retry_after is not None:
            self.paused_until = now + timedelta(seconds=wait)

    def _attempted(self, message_id: int, error: str, status: int | None) -> None:
        with self.sessions.begin() as session:
            message = session.get_one(OutboxMessage, message_id)
            message.attempts += 1
            message.last_error = error
            message.last_status = status

    def _finish(self, message_id: int, status: str, error: str | None, code: int | None) -> None:
        with self.sessions.begin() as session:
            message = session.get_one(OutboxMessage, message_id)
            message.attempts += 1
            message.status = status
            message.last_error = error
            message.last_status = code
            message.next_attempt_at = None
            if status == "done":
                message.sent_at = datetime.now(UTC)
