"""Hundreds of clerk actions over a link that drops, stalls, garbles and repeats.

Six workstations (two clerks in each of three centers) claim, decide and print through a
fault-injecting proxy in front of the live server, pushing their outboxes as the desk does
and pulling now and then. At the end the outboxes are drained (faults still on) and the
server's database must hold exactly what the clerks did: every decision once, every
issuance once, one idempotency key per message. Nothing lost, nothing doubled.
"""

from __future__ import annotations

import contextlib
import functools
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session, sessionmaker

from central.db import make_engine, write_session
from central.seed import add_synthetic_requests
from central.server import ServerThread
from clerk_desk import number_blocks, workflow
from clerk_desk.comparison import Comparison, Verdict
from clerk_desk.decision_rules import compare_with_registry
from clerk_desk.store.db import open_store
from clerk_desk.store.models import Decision, Issuance, OutboxMessage, Request
from clerk_desk.workflow import Actor, IssuanceNumbers
from sync.client import CentralClient, Conflict, Offline, ServerError
from sync.events import EventHub
from sync.number_blocks import NumberBlocks
from sync.outbox import OutboxPusher, RetryPolicy, counts
from sync.puller import Puller
from tests.store_keys import TEST_STORE_KEY
from tests.sync.faultproxy import FAULTS, FaultProxy

SEED = 20261127
# The live server numbers documents by its own (real) clock's year.
YEAR = workflow.now().year
OPERATIONS = 520
FAULT_RATE = 0.3
CENTERS = ("DAM", "ALP", "HMS")
EXTRA_REQUESTS = 60  # per center, on top of the demo's: enough to work for 500 actions

T = TypeVar("T")


class FakeClock:
    """The pushers' clock: a simulated working day, a few seconds per action."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@dataclass
class Tally:
    ops: Counter[str] = field(default_factory=Counter)
    clerk_retries: int = 0  # an action the clerk had to try again
    failed_pushes: int = 0
    failed_pulls: int = 0
    skipped: int = 0  # requests a colleague of the demo data already held


@dataclass
class FaultyDesk:
    """One clerk's workstation, talking to the server through the proxy."""

    actor: Actor
    client: CentralClient
    sessions: sessionmaker[Session]
    pusher: OutboxPusher
    puller: Puller
    blocks: NumberBlocks  # the numbers the server reserved for this desk
    queue: list[str] = field(default_factory=list)
    opened: dict[str, Comparison] = field(default_factory=dict)
    accepted: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.client.close()
        self.sessions.kw["bind"].dispose()


def _insistently(tally: Tally, action: Callable[[], T]) -> T:
    """What a clerk does when the screen says "try again": tries again."""
    for _ in range(50):
        try:
            return action()
        except (Offline, ServerError) as exc:
            if isinstance(exc, Conflict):
                raise
            if not isinstance(exc, Offline) and exc.status is not None and exc.status < 500:
                raise
            tally.clerk_retries += 1
    raise AssertionError("fifty tries in a row failed: the fault rate is not what it says")


@pytest.fixture
def busy_server(live_server: ServerThread) -> ServerThread:
    """The live server with more assigned requests in the centers the test works."""
    engine = make_engine(live_server.database_url)
    try:
        with write_session(engine) as session:
            for center in CENTERS:
                add_synthetic_requests(session, center, EXTRA_REQUESTS)
            session.commit()
    finally:
        engine.dispose()
    return live_server


@pytest.fixture
def proxy(busy_server: ServerThread) -> Iterator[FaultProxy]:
    with FaultProxy(busy_server.url, rate=FAULT_RATE, seed=SEED) as running:
        yield running


@pytest.fixture
def desks(proxy: FaultProxy, tmp_path: Path, clock: FakeClock) -> Iterator[list[FaultyDesk]]:
    made: list[FaultyDesk] = []
    tally = Tally()
    rng = random.Random(SEED)
    try:
        for center in CENTERS:
            for n in (1, 2):
                username = f"{center.lower()}.clerk{n}"
                actor = Actor(username, f"W{n}", center)
                client = CentralClient(proxy.url)
                sessions = open_store(tmp_path / f"{username}.sqlite3", TEST_STORE_KEY)
                hub = EventHub()
                policy = RetryPolicy(base=1.0, cap=30.0, rng=random.Random(rng.random()))
                desk = FaultyDesk(
                    actor,
                    client,
                    sessions,
                    OutboxPusher(client, sessions, hub, policy=policy, clock=clock),
                    Puller(client, sessions, hub, page_size=100),
                    NumberBlocks(client, sessions, lambda: "RR"),
                )
                made.append(desk)
                login = functools.partial(client.login, username, "demo", actor.workstation)
                _insistently(tally, login)
                _insistently(tally, desk.blocks.refill)
                _insistently(tally, desk.puller.pull)
                with sessions() as session:
                    ids = sorted(
                        session.scalars(
                            select(Request.id).where(
                                Request.status == "assigned", Request.claimed_by.is_(None)
                            )
                        )
                    )
                desk.queue = [i for k, i in enumerate(ids) if k % 2 == n - 1]  # no overlap
                rng.shuffle(desk.queue)
        yield made
    finally:
        for desk in made:
            desk.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# --- what the clerk does (the desk's steps, without Qt) -----------------------------------


def _open(desk: FaultyDesk, tally: Tally) -> str | None:
    request_id = desk.queue.pop()
    try:
        claim = _insistently(tally, lambda: desk.client.claim(request_id, with_registry=True))
    except Conflict:
        tally.skipped += 1
        return None
    record = claim.registry
    assert record is not None, "every demo subject is in the registry"
    with desk.sessions.begin() as session:
        workflow.record_claim(session, desk.actor, request_id, claim.lease_expires_at)
        workflow.record_snapshot(session, desk.actor, request_id, record)
        request = workflow.get_request(session, request_id)
        desk.opened[request_id] = compare_with_registry(
            request.service_code, request.subject, record.model_dump(mode="json")
        )
    return "claim"


def _decide(desk: FaultyDesk, rng: random.Random) -> str:
    request_id = rng.choice(sorted(desk.opened))
    comparison = desk.opened.pop(request_id)
    with desk.sessions.begin() as session:
        if comparison.verdict is Verdict.MISMATCH or rng.random() < 0.25:
            workflow.reject(session, desk.actor, request_id, "missing_document", "أرفق الصورة")
            return "reject"
        workflow.accept(session, desk.actor, request_id, comparison.equivalent_fields)
    desk.accepted.append(request_id)
    return "accept"


def _print(desk: FaultyDesk, rng: random.Random) -> str:
    request_id = desk.accepted.pop(rng.randrange(len(desk.accepted)))
    with desk.sessions.begin() as session:
        numbers = IssuanceNumbers(
            number_blocks.next_document_number(session, desk.actor, YEAR),
            number_blocks.next_tracking_number(session, "RR"),
        )
        digest = f"{rng.getrandbits(256):064x}"
        workflow.record_issuance(
            session, desk.actor, request_id, numbers, digest, digest, "d.pdf", "e.pdf"
        )
    return "issuance"


def _push(desk: FaultyDesk, tally: Tally) -> None:
    try:
        desk.pusher.push()
    except ServerError:
        tally.failed_pushes += 1


# --- the server's side, read from its database ----------------------------------------------


@contextlib.contextmanager
def _central(server: ServerThread) -> Iterator[Connection]:
    engine = make_engine(server.database_url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _snapshot_ids(server: ServerThread) -> dict[str, Any]:
    """What the server held before: the newest decision and issuance, every key."""
    with _central(server) as db:
        found: dict[str, Any] = {
            table: db.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar_one()
            for table in ("decisions", "issuances")
        }
        found["idempotency"] = set(db.execute(text("SELECT key FROM idempotency")).scalars())
        return found


def test_hundreds_of_actions_through_faults_arrive_exactly_once(
    desks: list[FaultyDesk],
    proxy: FaultProxy,
    clock: FakeClock,
    busy_server: ServerThread,
) -> None:
    rng = random.Random(SEED)
    tally = Tally()
    before = _snapshot_ids(busy_server)
    exchanges_before, faults_before = proxy.exchanges, sum(proxy.faults.values())

    while sum(tally.ops.values()) < OPERATIONS:
        desk = rng.choice(desks)
        choices = [name for name, ok in (
            ("open", bool(desk.queue)),
            ("decide", bool(desk.opened)),
            ("print", bool(desk.accepted)),
        ) if ok]  # fmt: skip
        if not choices:
            continue
        choice = rng.choice(choices)
        if choice == "open":
            done = _open(desk, tally)
        elif choice == "decide":
            done = _decide(desk, rng)
        else:
            with desk.sessions() as session:
                low = number_blocks.running_low(session, desk.actor, YEAR, "RR", 25)
            if low:  # as the desk does after a print: more numbers from the server
                _insistently(tally, desk.blocks.refill)
            done = _print(desk, rng)
        if done is not None:
            tally.ops[done] += 1
        clock.advance(rng.uniform(1, 8))  # the clerk's own pace
        _push(desk, tally)  # as the desk does after each action
        if rng.random() < 0.05:
            try:
                desk.puller.pull()
            except ServerError:
                tally.failed_pulls += 1

    # Drain: keep pushing, faults still on, until every outbox is empty.
    for _ in range(400):
        waiting = 0
        for desk in desks:
            _push(desk, tally)
            queued, failed = counts(desk.sessions)
            assert failed == 0, "the server refused a message it should have taken"
            waiting += queued
        if not waiting:
            break
        clock.advance(60)
    else:
        raise AssertionError("the outboxes did not drain")

    exchanges = proxy.exchanges - exchanges_before
    injected = sum(proxy.faults.values()) - faults_before
    outbox_retries = 0
    local_decisions: list[tuple[str, str, str]] = []
    local_issuances: list[tuple[str, str, str | None]] = []
    local_keys: list[str] = []
    local_status: dict[str, str] = {}
    for desk in desks:
        with desk.sessions() as session:
            messages = list(session.scalars(select(OutboxMessage)))
            assert {m.status for m in messages} <= {"done"}
            outbox_retries += sum(m.attempts - 1 for m in messages)
            local_keys += [m.idempotency_key for m in messages]
            local_decisions += [
                (d.request_id, d.outcome, d.decided_by) for d in session.scalars(select(Decision))
            ]
            local_issuances += [
                (i.request_id, i.document_number, i.tracking_number)
                for i in session.scalars(select(Issuance))
            ]
            for request_id in {m.request_id for m in messages}:
                local_status[request_id] = session.get_one(Request, request_id).status

    with _central(busy_server) as db:
        server_decisions = [
            tuple(row)
            for row in db.execute(
                text("SELECT request_id, outcome, decided_by FROM decisions WHERE id > :n"),
                {"n": before["decisions"]},
            )
        ]
        server_issuances = [
            tuple(row)
            for row in db.execute(
                text(
                    "SELECT request_id, document_number, tracking_number FROM issuances"
                    " WHERE id > :n"
                ),
                {"n": before["issuances"]},
            )
        ]
        server_keys = [
            key
            for key in db.execute(text("SELECT key FROM idempotency")).scalars()
            if key not in before["idempotency"]
        ]
        server_status = {
            request_id: status
            for request_id, status in db.execute(text("SELECT id, status FROM requests"))
            if request_id in local_status
        }

    print(
        f"\nfault run: {sum(tally.ops.values())} clerk operations {dict(tally.ops)}; "
        f"{exchanges} HTTP exchanges, {injected} faults ({injected / exchanges:.0%}): "
        f"{dict(sorted((k, v) for k, v in proxy.faults.items()))}; "
        f"retries: {tally.clerk_retries} by clerks, {outbox_retries} by outboxes; "
        f"{tally.failed_pushes} pushes and {tally.failed_pulls} pulls cut short; "
        f"{tally.skipped} requests held by others skipped"
    )
    assert sum(tally.ops.values()) >= 500
    assert injected / exchanges >= 0.2
    assert set(proxy.faults) == set(FAULTS)
    # Exactly once: the same decisions, issuances and keys, none twice, none missing.
    assert Counter(server_decisions) == Counter(local_decisions)
    assert len({r for r, _, _ in server_decisions}) == len(server_decisions)
    assert Counter(server_issuances) == Counter(local_issuances)
    assert (
        len(local_keys)
        == len(set(local_keys))
        == tally.ops["accept"] + tally.ops["reject"] + tally.ops["issuance"]
    )
    assert sorted(server_keys) == sorted(local_keys)
    assert server_status == local_status
