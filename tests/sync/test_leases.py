"""Keeping the lease while the clerk works, and losing it clearly to a colleague."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from central.server import ServerThread
from clerk_desk import workflow
from clerk_desk.store.db import open_store
from clerk_desk.store.models import Request
from clerk_desk.workflow import Actor
from sync.client import CentralClient
from sync.events import Event, EventHub, LeaseLost
from sync.leases import LeaseKeeper, LeaseTaken
from sync.puller import Puller
from tests.store_keys import TEST_STORE_KEY

LEASE = 900


class Clock:
    """The server's and the workstations' shared clock: time moves when the test says."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Desk:
    def __init__(self, server: ServerThread, username: str, folder: Path, clock: Clock) -> None:
        self.actor = Actor(username, username[-1], "DAM")
        self.client = CentralClient(server.url)
        self.client.login(username, "demo", self.actor.workstation)
        self.sessions: sessionmaker[Session] = open_store(
            folder / f"{username}.sqlite3", TEST_STORE_KEY
        )
        self.events: list[Event] = []
        hub = EventHub()
        hub.subscribe(self.events.append)
        Puller(self.client, self.sessions, hub).pull()
        self.leases = LeaseKeeper(
            self.client, self.sessions, hub, self.actor, margin=timedelta(minutes=5), clock=clock
        )

    def open(self, request_id: str) -> None:
        claim = self.client.claim(request_id)
        with self.sessions.begin() as session:
            workflow.record_claim(session, self.actor, request_id, claim.lease_expires_at)

    def stored(self, request_id: str) -> Request:
        with self.sessions() as session:
            return session.get_one(Request, request_id)

    def close(self) -> None:
        self.client.close()
        self.sessions.kw["bind"].dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(tmp_path: Path, clock: Clock) -> Iterator[ServerThread]:
    running = ServerThread(
        f"sqlite:///{tmp_path / 'central.sqlite3'}", lease_seconds=LEASE, clock=clock
    ).start()
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def desks(server: ServerThread, tmp_path: Path, clock: Clock) -> Iterator[tuple[Desk, Desk]]:
    one = Desk(server, "dam.clerk1", tmp_path, clock)
    two = Desk(server, "dam.clerk2", tmp_path, clock)
    try:
        yield one, two
    finally:
        one.close()
        two.close()


REQUEST = "DAM-000001"


def test_the_lease_is_renewed_only_when_little_is_left(
    desks: tuple[Desk, Desk], clock: Clock
) -> None:
    one, _ = desks
    one.open(REQUEST)
    first = one.leases.expires_at(REQUEST)
    assert first == clock() + timedelta(seconds=LEASE)

    clock.advance(60)  # 14 minutes left: nothing to do, no call
    assert one.leases.renew_if_due(REQUEST) is None

    clock.advance(LEASE - 60 - 240)  # 4 minutes left
    renewed = one.leases.renew_if_due(REQUEST)
    assert renewed == clock() + timedelta(seconds=LEASE)
    assert one.stored(REQUEST).lease_expires_at == renewed
    assert one.client.request(REQUEST).lease_expires_at == renewed


def test_a_renewed_lease_keeps_a_colleague_out(desks: tuple[Desk, Desk], clock: Clock) -> None:
    one, two = desks
    one.open(REQUEST)
    for _ in range(4):  # an hour of work, the timer renewing every quarter
        clock.advance(LEASE - 120)
        assert one.leases.renew_if_due(REQUEST) is not None
    with pytest.raises(LeaseTaken) as caught:
        two.leases.renew(REQUEST)
    assert caught.value.holder == "dam.clerk1"
    assert "dam.clerk1" in caught.value.message


def test_a_lease_taken_by_a_colleague_after_it_ran_out_is_a_clear_conflict(
    desks: tuple[Desk, Desk], clock: Clock
) -> None:
    one, two = desks
    one.open(REQUEST)
    clock.advance(LEASE + 1)  # clerk 1 went for tea; the lease ran out
    two.open(REQUEST)  # and clerk 2 took the request

    with pytest.raises(LeaseTaken) as caught:
        one.leases.renew_if_due(REQUEST)
    assert caught.value.holder == "dam.clerk2"
    assert f"request {REQUEST} is being worked by dam.clerk2" in caught.value.message
    assert one.events[-1] == LeaseLost(REQUEST, "dam.clerk2", caught.value.message)
    # The workstation now shows who holds it.
    assert one.stored(REQUEST).claimed_by == "dam.clerk2"
    assert one.leases.expires_at(REQUEST) is None


def test_releasing_hands_the_request_back(desks: tuple[Desk, Desk]) -> None:
    one, two = desks
    one.open(REQUEST)
    one.leases.release(REQUEST)
    assert one.stored(REQUEST).claimed_by is None
    assert one.client.request(REQUEST).claimed_by is None
    two.open(REQUEST)  # free for a colleague at once
    assert two.leases.expires_at(REQUEST) is not None


def test_renewing_offline_keeps_what_is_stored(
    desks: tuple[Desk, Desk], clock: Clock, closed_port_url: str
) -> None:
    one, _ = desks
    one.open(REQUEST)
    before = one.leases.expires_at(REQUEST)
    clock.advance(LEASE - 60)
    one.client.base_url = closed_port_url
    assert one.leases.renew_if_due(REQUEST) is None
    assert one.leases.expires_at(REQUEST) == before
