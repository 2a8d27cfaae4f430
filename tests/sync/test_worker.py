"""The sync worker: one thread talks to the server, calls go ahead of background work, a
pull yields to a clerk after each page, the outbox goes soon and once, a lease lost to a
colleague is said, and stopping joins cleanly. Against the reference server on loopback."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy.orm import Session, sessionmaker

from central.server import ServerThread
from clerk_desk import workflow
from clerk_desk.api import API_PREFIX
from clerk_desk.store.db import open_store
from clerk_desk.store.models import OutboxMessage, Request
from clerk_desk.workflow import Actor
from sync.client import CentralClient, Offline
from sync.events import (
    CameOnline,
    Event,
    EventHub,
    LeaseLost,
    OutboxChanged,
    Pulled,
    SyncFailed,
    WentOffline,
)
from sync.leases import LeaseTaken
from sync.puller import CURSOR_KEY, _state
from sync.worker import SyncWorker, WorkerStopped
from tests.store_keys import TEST_STORE_KEY

LEASE = 900
REQUEST = "DAM-000001"
BOUND = 20  # seconds: how long a test waits for what must happen before it fails
CLERK = Actor("dam.clerk1", "W1", "DAM")


class Clock:
    """The server's and the workstation's shared clock: time moves when the test says."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Station:
    """dam.clerk1's workstation with its sync worker; what the server was asked, in order,
    and on which thread."""

    def __init__(self, server: ServerThread, folder: Path, clock: Clock, page_size: int) -> None:
        self.server = server
        self.client = CentralClient(server.url)
        self.client.login(CLERK.username, "demo", CLERK.workstation)
        self.sessions: sessionmaker[Session] = open_store(folder / "store.sqlite3", TEST_STORE_KEY)
        self.events: list[Event] = []
        self.hub = EventHub()
        self.hub.subscribe(self.events.append)
        self.exchanges: list[tuple[str, str]] = []  # (method, path without the prefix)
        self.threads: set[threading.Thread] = set()
        self.on_answer: Callable[[str, str], None] = lambda method, path: None
        # requests runs a response hook on the thread that made the exchange.
        self.client._http.hooks["response"].append(self._answered)
        self.worker = SyncWorker(
            self.client,
            self.sessions,
            self.hub,
            actor=lambda: CLERK,
            page_size=page_size,
            clock=clock,
        )

    def _answered(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        method = response.request.method or ""
        path = urlsplit(response.request.url).path.removeprefix(API_PREFIX)
        self.threads.add(threading.current_thread())
        self.exchanges.append((method, path))
        self.on_answer(method, path)

    def when(self, wanted: Callable[[Event], bool]) -> threading.Event:
        """Set once an event ``wanted`` is emitted."""
        seen = threading.Event()
        self.hub.subscribe(lambda event: seen.set() if wanted(event) else None)
        return seen

    def pages(self) -> int:
        return self.exchanges.count(("GET", "/requests"))

    def stored(self, request_id: str) -> Request:
        with self.sessions() as session:
            return session.get_one(Request, request_id)

    def close(self) -> None:
        self.worker.link.close()
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
def station_for(
    server: ServerThread, tmp_path: Path, clock: Clock
) -> Iterator[Callable[..., Station]]:
    made: list[Station] = []

    def make(page_size: int = 1000) -> Station:
        station = Station(server, tmp_path, clock, page_size)
        made.append(station)
        return station

    yield make
    for station in made:
        station.close()


def open_request(station: Station, request_id: str) -> None:
    """Claim with the subject's record through the worker, as opening a request does."""
    claim = station.worker.link.claim(request_id, with_registry=True)
    assert claim.registry is not None
    with station.sessions.begin() as session:
        workflow.record_claim(session, CLERK, request_id, claim.lease_expires_at)
        workflow.record_snapshot(session, CLERK, request_id, claim.registry)


def test_calls_from_many_threads_run_on_the_worker_thread_only(
    station_for: Callable[..., Station],
) -> None:
    station = station_for(page_size=5)
    link = station.worker.link
    start = threading.Barrier(8)
    failures: list[BaseException] = []

    def clerk_work(number: int) -> None:
        try:
            start.wait(BOUND)
            station.worker.pull_soon()
            station.worker.deliver_soon()
            link.requests_page(limit=1)
            link.request(f"DAM-{number + 1:06d}")
            station.worker.call(lambda client: client.notices())
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=clerk_work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BOUND)
    assert station.worker.pull().new > 0  # and the background work has had its turns
    assert not failures
    assert len(station.exchanges) > 8 * 3
    assert station.threads == {station.worker.thread}
    assert threading.current_thread() not in station.threads


def test_a_claim_during_a_long_pull_waits_at_most_one_page(
    station_for: Callable[..., Station],
) -> None:
    station = station_for(page_size=1)  # one request a page: the demo center's are dozens
    first_page, go_on = threading.Event(), threading.Event()

    def hold_the_first_page(method: str, path: str) -> None:
        if (method, path) == ("GET", "/requests") and not first_page.is_set():
            first_page.set()
            assert go_on.wait(BOUND)  # the worker is inside page 1

    station.on_answer = hold_the_first_page
    pulled = station.worker.pull_soon()
    assert first_page.wait(BOUND)
    claimed: list[Any] = []
    clerk = threading.Thread(target=lambda: claimed.append(station.worker.link.claim(REQUEST)))
    clerk.start()
    assert station.worker.wait_for_calls(1, BOUND)  # the clerk's claim waits behind page 1
    go_on.set()
    clerk.join(BOUND)
    assert claimed and claimed[0].request_id == REQUEST
    result = pulled.result(BOUND)
    claim_at = station.exchanges.index(("POST", f"/requests/{REQUEST}/claim"))
    assert station.exchanges[:claim_at] == [("GET", "/requests")]  # one page, then the claim
    assert station.pages() > 3  # the pull went on after it, to the end
    assert result.new == station.pages() - 1  # one request a page; the last one says "no more"


DECIDED = ["DAM-000002", "DAM-000003", "DAM-000004"]


def reject_three(station: Station) -> None:
    """Three decisions in the outbox: a push of three exchanges (and the audit log)."""
    station.worker.pull()
    for request_id in DECIDED:
        open_request(station, request_id)
        with station.sessions.begin() as session:
            workflow.reject(session, CLERK, request_id, "missing_document", "أرفق الصورة")


def test_a_claim_during_a_long_push_waits_at_most_one_message(
    station_for: Callable[..., Station],
) -> None:
    station = station_for()
    reject_three(station)
    decided = DECIDED
    first_sent, go_on = threading.Event(), threading.Event()

    def hold_the_first_decision(method: str, path: str) -> None:
        if path.endswith("/decision") and not first_sent.is_set():
            first_sent.set()
            assert go_on.wait(BOUND)  # the worker is inside the first message's exchange

    station.on_answer = hold_the_first_decision
    delivered = station.when(lambda e: isinstance(e, OutboxChanged) and e.waiting == 0)
    station.exchanges.clear()
    station.worker.deliver_soon()
    assert first_sent.wait(BOUND)
    claimed: list[Any] = []
    clerk = threading.Thread(target=lambda: claimed.append(station.worker.link.claim(REQUEST)))
    clerk.start()
    assert station.worker.wait_for_calls(1, BOUND)
    go_on.set()
    clerk.join(BOUND)
    assert delivered.wait(BOUND)
    assert claimed and claimed[0].request_id == REQUEST
    posts = [path for method, path in station.exchanges if method == "POST"]
    assert posts[:5] == [
        f"/requests/{decided[0]}/decision",
        f"/requests/{REQUEST}/claim",  # after one message, not after the whole outbox
        f"/requests/{decided[1]}/decision",
        f"/requests/{decided[2]}/decision",
        "/audit",
    ]


def test_a_push_asked_during_a_background_push_sends_nothing_twice(
    station_for: Callable[..., Station],
) -> None:
    station = station_for()
    reject_three(station)
    first_sent, go_on = threading.Event(), threading.Event()

    def hold_the_first_decision(method: str, path: str) -> None:
        if path.endswith("/decision") and not first_sent.is_set():
            first_sent.set()
            assert go_on.wait(BOUND)

    station.on_answer = hold_the_first_decision
    station.worker.deliver_soon()
    assert first_sent.wait(BOUND)
    pushed: list[Any] = []
    clerk = threading.Thread(target=lambda: pushed.append(station.worker.push()))
    clerk.start()
    assert station.worker.wait_for_calls(1, BOUND)
    go_on.set()
    clerk.join(BOUND)
    assert pushed and pushed[0].waiting == 0
    decisions = [p for m, p in station.exchanges if m == "POST" and p.endswith("/decision")]
    assert sorted(decisions) == [f"/requests/{r}/decision" for r in DECIDED]
    with station.sessions() as session:
        messages = session.query(OutboxMessage).all()
        assert [(m.status, m.attempts) for m in messages] == [("done", 1)] * 3


def test_deliver_soon_returns_at_once_and_the_message_goes_once(
    station_for: Callable[..., Station],
) -> None:
    station = station_for()
    station.worker.pull()
    open_request(station, REQUEST)
    with station.sessions.begin() as session:
        workflow.accept(session, CLERK, REQUEST, frozenset())
    delivered = station.when(lambda e: isinstance(e, OutboxChanged) and e.waiting == 0)

    busy, release = threading.Event(), threading.Event()

    def occupy(client: CentralClient) -> None:
        busy.set()
        assert release.wait(BOUND)

    occupier = threading.Thread(target=lambda: station.worker.call(occupy))
    occupier.start()
    assert busy.wait(BOUND)  # the worker is taken: a push could not run now
    for _ in range(5):
        station.worker.deliver_soon()  # returns without it
    with station.sessions() as session:
        [message] = session.query(OutboxMessage).all()
        assert message.status == "queued"
    release.set()
    assert delivered.wait(BOUND)
    occupier.join(BOUND)
    with station.sessions() as session:
        [message] = session.query(OutboxMessage).all()
        assert (message.status, message.attempts) == ("done", 1)
    assert station.exchanges.count(("POST", f"/requests/{REQUEST}/decision")) == 1
    assert station.worker.link.request(REQUEST).status == "accepted"


def test_a_lease_a_colleague_took_is_lost_and_no_longer_kept(
    station_for: Callable[..., Station], server: ServerThread, clock: Clock
) -> None:
    station = station_for()
    station.worker.pull()
    open_request(station, REQUEST)
    clock.advance(LEASE + 1)  # clerk 1 went for tea; the lease ran out
    colleague = CentralClient(server.url)
    try:
        colleague.login("dam.clerk2", "demo", "W2")
        colleague.claim(REQUEST)  # and clerk 2 took the request
    finally:
        colleague.close()
    lost = station.when(lambda e: isinstance(e, LeaseLost))

    station.worker.keep_lease(REQUEST)
    assert lost.wait(BOUND)
    [event] = [e for e in station.events if isinstance(e, LeaseLost)]
    assert (event.request_id, event.holder) == (REQUEST, "dam.clerk2")
    assert isinstance(event.error, LeaseTaken) and event.error.holder == "dam.clerk2"
    assert station.worker.kept_lease is None  # not renewed again
    assert station.stored(REQUEST).claimed_by == "dam.clerk2"


def test_a_lease_is_renewed_when_it_nears_its_end(
    station_for: Callable[..., Station], clock: Clock
) -> None:
    station = station_for()
    station.worker.pull()
    open_request(station, REQUEST)
    clock.advance(LEASE - 120)  # two minutes left
    renewed = threading.Event()
    station.on_answer = lambda method, path: (
        renewed.set() if (method, path) == ("POST", f"/requests/{REQUEST}/claim") else None
    )
    station.worker.keep_lease(REQUEST)
    assert renewed.wait(BOUND)
    station.worker.stop()  # after the renewal's transaction
    assert station.stored(REQUEST).lease_expires_at == clock() + timedelta(seconds=LEASE)
    assert not any(isinstance(e, LeaseLost) for e in station.events)


def test_offline_and_back_are_said_as_events(
    station_for: Callable[..., Station], server: ServerThread, closed_port_url: str
) -> None:
    station = station_for()
    station.worker.link.base_url = closed_port_url  # the link goes down
    with pytest.raises(Offline):
        station.worker.pull()
    assert isinstance(station.events[-1], SyncFailed)
    assert WentOffline in {type(e) for e in station.events}
    with pytest.raises(Offline):
        station.worker.link.request(REQUEST)
    assert station.hub.online is False

    station.events.clear()
    station.worker.link.base_url = server.url  # and comes back
    station.worker.pull()
    kinds = [type(e) for e in station.events]
    assert kinds[:2] == [CameOnline, Pulled]
    assert station.hub.online is True


def test_stop_lets_a_handed_call_run_ends_the_pull_between_pages_and_joins(
    station_for: Callable[..., Station],
) -> None:
    station = station_for(page_size=1)
    first_page, go_on = threading.Event(), threading.Event()

    def hold_the_first_page(method: str, path: str) -> None:
        if (method, path) == ("GET", "/requests") and not first_page.is_set():
            first_page.set()
            assert go_on.wait(BOUND)

    station.on_answer = hold_the_first_page
    pulled = station.worker.pull_soon()
    assert first_page.wait(BOUND)
    answers: list[Any] = []
    clerk = threading.Thread(target=lambda: answers.append(station.worker.link.request(REQUEST)))
    clerk.start()
    assert station.worker.wait_for_calls(1, BOUND)
    stopper = threading.Thread(target=station.worker.stop)
    stopper.start()
    go_on.set()
    stopper.join(BOUND)
    clerk.join(BOUND)

    assert not station.worker.running
    assert answers and answers[0].id == REQUEST  # handed in before the stop: it ran
    with pytest.raises(WorkerStopped):
        pulled.result(BOUND)
    assert station.pages() == 1  # the pull ended between two pages ...
    with station.sessions() as session:
        assert _state(session, CURSOR_KEY)  # ... its first page kept, with its cursor
    with pytest.raises(WorkerStopped):
        station.worker.link.request(REQUEST)
    with pytest.raises(WorkerStopped):
        station.worker.pull_soon().result(BOUND)
    station.worker.stop()  # again: nothing to do
