"""Keeping the lease of the request a clerk has open, so no colleague takes it meanwhile.

The server's lease runs out (15 minutes by default); a clerk who reads a long file must
not lose the request under their hands. The sync worker (sync.worker) calls
:meth:`LeaseKeeper.renew_if_due` for the open request when the UI's timer asks; a claim by
the same user renews the lease. The store is written through ``clerk_desk.workflow`` only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import workflow
from clerk_desk.workflow import Actor
from sync.client import CentralClient, Conflict, Offline, ServerError
from sync.events import CameOnline, EventHub, LeaseLost, WentOffline

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class LeaseTaken(Conflict):
    """Another clerk holds the request; ``holder`` is their user name (None if unknown)."""

    def __init__(
        self,
        message: str,
        *,
        holder: str | None,
        status: int | None = 409,
        code: str | None = None,
        values: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message, status=status, code=code, values=values)
        self.holder = holder


class LeaseKeeper:
    """Renews the lease of the open request while the clerk works on it.

    ``margin``: renew once less than this is left of the lease (the timer may be late,
    the link slow). Emits :class:`LeaseLost` when a colleague took the request.
    """

    def __init__(
        self,
        client: CentralClient,
        sessions: sessionmaker[Session],
        events: EventHub,
        actor: Actor,
        *,
        margin: timedelta = timedelta(minutes=5),
        clock: Clock = _utcnow,
    ) -> None:
        self.client = client
        self.sessions = sessions
        self.events = events
        self.actor = actor
        self.margin = margin
        self.clock = clock

    def expires_at(self, request_id: str) -> datetime | None:
        """The lease's end as this workstation last heard it, if it holds the request."""
        with self.sessions() as session:
            return workflow.own_lease_expiry(session, self.actor, request_id)

    def renew(self, request_id: str) -> datetime:
        """Claim again (which renews our own lease); return the new expiry.

        Raises :class:`LeaseTaken` naming the colleague who holds the request, and
        :class:`Offline` when the server cannot be reached (the lease as stored stands;
        the server lets the clerk finish unless someone else claims meanwhile).
        """
        try:
            claim = self.client.claim(request_id)
        except Offline as exc:
            self.events.emit(WentOffline(exc.message))
            raise
        except Conflict as exc:
            raise self._taken(request_id, exc) from exc
        self.events.emit(CameOnline())
        with self.sessions.begin() as session:
            workflow.record_claim(session, self.actor, request_id, claim.lease_expires_at)
        log.info("lease of %s renewed", request_id)
        return claim.lease_expires_at

    def renew_if_due(self, request_id: str) -> datetime | None:
        """Renew when less than ``margin`` is left (or the expiry is unknown).

        Returns the new expiry, or None when nothing needed doing or the link is down.
        Raises :class:`LeaseTaken` when another clerk holds the request.
        """
        expires = self.expires_at(request_id)
        if expires is not None and expires - self.clock() > self.margin:
            return None
        try:
            return self.renew(request_id)
        except Offline:
            return None

    def release(self, request_id: str) -> None:
        """Hand the request back to the queue (the clerk closed it without deciding)."""
        self.client.release(request_id)
        with self.sessions.begin() as session:
            workflow.record_release(session, self.actor, request_id)

    def _taken(self, request_id: str, exc: Conflict) -> Conflict:
        """Who holds it now, as the server says; the request as stored here says so too."""
        try:
            current = self.client.request(request_id)
        except ServerError:
            current = None
        holder = current.claimed_by if current is not None else None
        if holder is None or holder == self.actor.username:
            # Not a lease held by someone else (the request was decided or withdrawn).
            return exc
        expires = current.lease_expires_at if current is not None else None
        with self.sessions.begin() as session:
            workflow.record_lease_taken(session, request_id, holder, expires)
        taken = exc.same(LeaseTaken, holder=holder)
        self.events.emit(LeaseLost(request_id, holder, exc.message, taken))
        return taken
