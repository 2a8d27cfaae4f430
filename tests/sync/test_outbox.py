"""Pulling and pushing against the reference server: offline, back online, refused."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from central.db import make_engine
from central.server import ServerThread
from clerk_desk import number_blocks, workflow
from clerk_desk.comparison import Comparison, Verdict
from clerk_desk.decision_rules import compare_with_registry
from clerk_desk.store.db import open_store
from clerk_desk.store.models import OutboxMessage, Request
from clerk_desk.workflow import Actor, IssuanceNumbers
from sync.client import CentralClient, NotAuthenticated, Offline
from sync.events import (
    CameOnline,
    Event,
    EventHub,
    MessageRefused,
    OutboxChanged,
    Pulled,
    WentOffline,
)
from sync.outbox import OutboxPusher, PushResult, counts
from sync.puller import Puller, last_pull_at
from tests.registry_verdicts import registry_of, verdicts
from tests.store_keys import TEST_STORE_KEY

CLERK = Actor("dam.clerk1", "W1", "DAM")


class FakeClock:
    """The pusher's clock: time moves only when a test says so."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Workstation:
    """dam.clerk1's workstation: its own store, a client of the live server, its events."""

    server: ServerThread
    client: CentralClient
    sessions: sessionmaker[Session]
    hub: EventHub
    events: list[Event] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.hub.subscribe(self.events.append)
        self.puller = Puller(self.client, self.sessions, self.hub)
        self.clock = FakeClock()
        self.pusher = OutboxPusher(self.client, self.sessions, self.hub, clock=self.clock)

    def go_offline(self, url: str) -> None:
        self.client.base_url = url

    def go_online(self) -> None:
        self.client.base_url = self.server.url

    # --- what Desk.open_request / accept / reject do, without Qt --------------------------

    def open(self, request_id: str, *, claim_on_server: bool = True) -> Comparison:
        """Claim with the subject's record, as Desk.open_request does; without claiming on
        the server (a colleague holds it there), the record is taken from the registry."""
        with self.sessions() as session:
            request = workflow.get_request(session, request_id)
            number, subject = request.subject_national_number, dict(request.subject)
            service_code = request.service_code
        if claim_on_server:
            claim = self.client.claim(request_id, with_registry=True)
            lease, record = claim.lease_expires_at, claim.registry
            assert record is not None
        else:
            lease = datetime.now(UTC) + timedelta(minutes=15)
            record = registry_of(self.server.database_url, number)
        with self.sessions.begin() as session:
            workflow.record_claim(session, CLERK, request_id, lease)
            workflow.record_snapshot(session, CLERK, request_id, record)
        return compare_with_registry(service_code, subject, record.model_dump(mode="json"))

    def accept(self, request_id: str, comparison: Comparison) -> None:
        with self.sessions.begin() as session:
            workflow.accept(session, CLERK, request_id, comparison.equivalent_fields)

    def reject(self, request_id: str) -> None:
        with self.sessions.begin() as session:
            workflow.reject(session, CLERK, request_id, "missing_document", "أرفق الصورة")

    def print_(self, request_id: str) -> None:
        with self.sessions.begin() as session:
            numbers = IssuanceNumbers(
                number_blocks.next_document_number(session, CLERK, workflow.now().year),
                number_blocks.next_tracking_number(session, "RR"),
            )
            workflow.record_issuance(
                session, CLERK, request_id, numbers, "a" * 64, "b" * 64, "d.pdf", "e.pdf"
            )

    def outbox(self) -> list[OutboxMessage]:
        with self.sessions() as session:
            return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))

    def server_status(self, request_id: str) -> str:
        [item] = [i for i in self.client.requests_page().items if i.id == request_id]
        return item.status.value

    def matching(self, count: int) -> list[str]:
        """Requests whose submission matches the registry outright (some are planted not to)."""
        found = [
            request_id
            for request_id, verdict in verdicts(self.server.database_url).items()
            if verdict is Verdict.MATCH
        ]
        assert len(found) >= count, "the demo data has too few matching requests"
        return found[:count]


@pytest.fixture
def clerk2(live_server: ServerThread) -> Iterator[CentralClient]:
    client = CentralClient(live_server.url)
    try:
        client.login("dam.clerk2", "demo", "W2")
        yield client
    finally:
        client.close()


def central_rows(database_url: str, table: str, request_id: str) -> int:
    """Rows the central server holds for a request (its database, SQLite or PostgreSQL,
    read directly)."""
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            n = connection.execute(
                text(f"SELECT count(*) FROM {table} WHERE request_id = :id"), {"id": request_id}
            ).scalar_one()
    finally:
        engine.dispose()
    return int(n)


# --- pulling ------------------------------------------------------------------------------


def test_a_pull_stores_the_centers_requests_then_only_changes(
    live_server: ServerThread, tmp_path: Path, clerk2: CentralClient
) -> None:
    client = CentralClient(live_server.url)
    sessions = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    events: list[Event] = []
    hub = EventHub()
    hub.subscribe(events.append)
    try:
        client.login("dam.clerk1", "demo")
        puller = Puller(client, sessions, hub, page_size=10)  # several pages
        assert last_pull_at(sessions) is None
        first = puller.pull()
        total = len(client.requests_page().items)
        assert (first.new, first.updated, first.withdrawn) == (total, 0, 0)
        with sessions() as session:
            assert {r.center_code for r in session.scalars(select(Request))} == {"DAM"}
        assert events[0] == CameOnline()
        pulled = [e for e in events if isinstance(e, Pulled)]
        assert len(pulled) == 1
        assert (pulled[0].new, pulled[0].updated) == (total, 0)
        pulled_at = last_pull_at(sessions)
        assert pulled_at is not None

        assert puller.pull() == workflow.UpsertResult(0, 0, 0)  # nothing changed

        clerk2.claim("DAM-000002")
        assert puller.pull() == workflow.UpsertResult(0, 1, 0)
        with sessions() as session:
            assert session.get_one(Request, "DAM-000002").claimed_by == "dam.clerk2"
        later = last_pull_at(sessions)
        assert later is not None
        assert later >= pulled_at
    finally:
        client.close()
        sessions.kw["bind"].dispose()


# --- pushing ------------------------------------------------------------------------------


def test_a_colleagues_queued_decision_waits_for_their_log_in_and_is_not_lost(
    ws: Workstation, closed_port_url: str
) -> None:
    """Two clerks share a counter: the first decides while the link is down and leaves;
    the second logs in. The first clerk's decision is not sent with the second one's
    log-in (the server would refuse it: the request is the first clerk's), nor dropped."""
    ws.pusher.author = "dam.clerk1"
    [request_id] = ws.matching(1)
    comparison = ws.open(request_id)
    ws.go_offline(closed_port_url)
    ws.accept(request_id, comparison)
    ws.go_online()

    ws.client.login("dam.clerk2", "demo", "W1")
    ws.pusher.author = "dam.clerk2"
    result = ws.pusher.push()
    assert (result.sent, result.refused, result.held) == (0, 0, 1)
    [message] = ws.outbox()
    assert (message.status, message.author) == ("queued", "dam.clerk1")
    assert ws.server_status(request_id) == "assigned"  # claimed, not decided

    ws.client.login("dam.clerk1", "demo", "W1")
    ws.pusher.author = "dam.clerk1"
    result = ws.pusher.push()
    assert (result.sent, result.held) == (1, 0)
    assert ws.server_status(request_id) == "accepted"


def test_decisions_made_offline_wait_and_count_attempts(
    ws: Workstation, closed_port_url: str
) -> None:
    a, b = ws.matching(2)
    comparison = ws.open(a)
    ws.open(b)
    ws.go_offline(closed_port_url)
    ws.accept(a, comparison)
    ws.reject(b)

    for attempt in (1, 2):
        with pytest.raises(Offline):
            ws.pusher.push()
        ws.clock.advance(3600)  # past any backoff
        first, second = ws.outbox()
        assert (first.status, first.attempts) == ("queued", attempt)
        assert first.last_error == "the central server cannot be reached"
        assert (second.status, second.attempts) == ("queued", 0)  # not tried past the outage
    assert counts(ws.sessions) == (2, 0)
    # Told once that the link is down, and the outbox count each time.
    assert ws.events == [
        WentOffline("the central server cannot be reached"),
        OutboxChanged(2, 0),
        OutboxChanged(2, 0),
    ]
    # The server knows nothing of them yet.
    ws.go_online()
    assert ws.server_status(a) == "assigned"  # claimed, not yet decided
    assert ws.server_status(b) == "assigned"


def test_back_online_they_are_delivered_in_order_exactly_once(
    ws: Workstation, closed_port_url: str
) -> None:
    a, b = ws.matching(2)
    comparison = ws.open(a)
    ws.open(b)
    ws.go_offline(closed_port_url)
    ws.accept(a, comparison)
    ws.print_(a)  # only valid on the server after the acceptance: order matters
    ws.reject(b)
    with pytest.raises(Offline):
        ws.pusher.push()
    ws.events.clear()

    ws.go_online()
    ws.clock.advance(3600)  # the backoff of the first message has passed
    assert ws.pusher.push() == PushResult(sent=3, refused=0, waiting=0)
    assert [(m.kind, m.status, m.last_error) for m in ws.outbox()] == [
        ("decision", "done", None),
        ("issuance", "done", None),
        ("decision", "done", None),
    ]
    assert all(m.sent_at is not None for m in ws.outbox())
    assert ws.server_status(a) == "printed"
    assert ws.server_status(b) == "rejected"
    assert ws.events == [CameOnline(), OutboxChanged(0, 0)]

    # Pushing again sends nothing.
    assert ws.pusher.push() == PushResult(sent=0, refused=0, waiting=0)
    assert central_rows(ws.server.database_url, "decisions", a) == 1
    assert central_rows(ws.server.database_url, "issuances", a) == 1
    # B had no rejection before this one (seeded rejections are other requests).
    assert central_rows(ws.server.database_url, "decisions", b) == 1


def test_a_replayed_key_gets_the_same_answer_and_no_duplicate(ws: Workstation) -> None:
    [a] = ws.matching(1)
    ws.accept(a, ws.open(a))
    [message] = ws.outbox()
    first = ws.client.send(message.kind, a, message.payload)
    ws.pusher.push()  # the pusher sends the same key: the server answers as before
    [message] = ws.outbox()
    assert message.status == "done"

    # The answer to a delivery was lost: the row is queued again and resent.
    with ws.sessions.begin() as session:
        row = session.get_one(OutboxMessage, message.id)
        row.status, row.sent_at = "queued", None
    assert ws.pusher.push() == PushResult(sent=1, refused=0, waiting=0)
    again = ws.client.send(message.kind, a, message.payload)
    assert again == first  # same status, same recorded_at
    assert central_rows(ws.server.database_url, "decisions", a) == 1
    assert central_rows(ws.server.database_url, "idempotency", a) == 1
    assert ws.server_status(a) == "accepted"


def test_a_refused_message_fails_and_blocks_only_its_own_request(
    ws: Workstation, clerk2: CentralClient
) -> None:
    held, free = ws.matching(2)
    # dam.clerk2 holds `held` on the server; this workstation decided it anyway (as after
    # a lease that ran out while offline and was taken by a colleague).
    clerk2.claim(held)
    ws.accept(held, ws.open(held, claim_on_server=False))
    ws.print_(held)
    ws.open(free)
    ws.reject(free)

    result = ws.pusher.push()
    assert result == PushResult(sent=1, refused=1, waiting=1)
    decision, issuance, other = ws.outbox()
    assert decision.status == "failed"
    assert decision.last_error is not None
    assert f"request {held} is being worked by dam.clerk2" in decision.last_error
    assert (issuance.status, issuance.attempts) == ("queued", 0)  # waits behind it
    assert other.status == "done"  # another request's message is not held up
    assert ws.server_status(held) == "assigned"  # undecided, still clerk2's
    assert ws.server_status(free) == "rejected"

    [refusal] = [e for e in ws.events if isinstance(e, MessageRefused)]
    assert (refusal.request_id, refusal.kind, refusal.reason) == (
        held,
        "decision",
        decision.last_error,
    )
    # with what the clerk's language needs to say it
    assert refusal.code == "leased_by_other"
    assert refusal.values["holder"] == "dam.clerk2"
    assert ws.events[-1] == OutboxChanged(waiting=1, failed=1)
    assert counts(ws.sessions) == (1, 1)

    # It stays blocked: later pushes neither resend it nor send what waits behind it.
    assert ws.pusher.push() == PushResult(sent=0, refused=0, waiting=1)
    assert [m.attempts for m in ws.outbox()] == [1, 0, 1]


def test_an_expired_log_in_keeps_the_message_queued(ws: Workstation) -> None:
    [a] = ws.matching(1)
    ws.accept(a, ws.open(a))
    ws.client.token = "not-a-valid-token"
    with pytest.raises(NotAuthenticated):
        ws.pusher.push()
    [message] = ws.outbox()
    assert (message.status, message.attempts) == ("queued", 1)
    assert not any(isinstance(e, WentOffline) for e in ws.events)
    assert ws.events[-1] == OutboxChanged(1, 0)


def test_a_pull_does_not_undo_a_decision_waiting_in_the_outbox(
    ws: Workstation, closed_port_url: str
) -> None:
    [a] = ws.matching(1)
    comparison = ws.open(a)
    ws.go_offline(closed_port_url)
    ws.accept(a, comparison)
    ws.go_online()
    ws.puller.pull()  # the server still says assigned
    with ws.sessions() as session:
        assert session.get_one(Request, a).status == "accepted"
    ws.pusher.push()
    ws.puller.pull()
    with ws.sessions() as session:
        assert session.get_one(Request, a).status == "accepted"
