"""Delivering the outbox to the server: in order, each message exactly once."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.store.models import OutboxMessage
from sync.client import CentralClient, NotAuthenticated, Offline, Refused
from sync.events import CameOnline, EventHub, MessageRefused, OutboxChanged, WentOffline

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class PushResult:
    sent: int
    refused: int
    waiting: int


def counts(sessions: sessionmaker[Session]) -> tuple[int, int]:
    """Messages waiting to be sent, and messages the server refused."""
    with sessions() as session:
        rows = dict(
            session.execute(
                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
            ).all()
        )
    return rows.get("queued", 0), rows.get("failed", 0)


class OutboxPusher:
    """Sends queued messages oldest first.

    A message the server refuses for good is marked failed with the server's reason, and
    later messages of the same request wait behind it; a network failure leaves everything
    queued for the next attempt.
    """

    def __init__(
        self, client: CentralClient, sessions: sessionmaker[Session], events: EventHub
    ) -> None:
        self.client = client
        self.sessions = sessions
        self.events = events

    def push(self) -> PushResult:
        sent = refused = 0
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
                    )
                    .where(OutboxMessage.status == "queued")
                    .order_by(OutboxMessage.id)
                )
            )
        try:
            for message_id, request_id, kind, payload in queued:
                if request_id in blocked:
                    continue
                try:
                    self.client.send(kind, request_id, payload)
                except (Offline, NotAuthenticated) as exc:
                    self._attempted(message_id, str(exc))
                    if isinstance(exc, Offline):
                        self.events.emit(WentOffline(exc.message))
                    raise
                except Refused as exc:
                    refused += 1
                    blocked.add(request_id)
                    self._finish(message_id, "failed", exc.message)
                    log.warning("server refused %s for request %s", kind, request_id)
                    self.events.emit(MessageRefused(request_id, kind, exc.message))
                    continue
                self.events.emit(CameOnline())
                self._finish(message_id, "done", None)
                sent += 1
        finally:
            waiting, failed = counts(self.sessions)
            self.events.emit(OutboxChanged(waiting, failed))
        return PushResult(sent, refused, waiting)

    def _attempted(self, message_id: int, error: str) -> None:
        with self.sessions.begin() as session:
            message = session.get_one(OutboxMessage, message_id)
            message.attempts += 1
            message.last_error = error

    def _finish(self, message_id: int, status: str, error: str | None) -> None:
        with self.sessions.begin() as session:
            message = session.get_one(OutboxMessage, message_id)
            message.attempts += 1
            message.status = status
            message.last_error = error
            if status == "done":
                message.sent_at = datetime.now(UTC)
