"""The counter's use cases without Qt: a real store, the reference server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import select

from central.server import ServerThread
from clerk_desk import config as cfg
from clerk_desk.comparison import Verdict
from clerk_desk.link_errors import Conflict
from clerk_desk.states import RequestState, Step
from clerk_desk.store.db import open_store
from clerk_desk.store.models import OutboxMessage, Request
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.counter import Counter, RequestView
from clerk_desk.workflow import RuleViolation
from sync.client import CentralClient
from sync.events import EventHub
from sync.outbox import OutboxPusher
from sync.puller import Puller
from tests.registry_verdicts import verdicts
from tests.store_keys import TEST_STORE_KEY


@dataclass
class CountingCourier:
    """The sync worker's side of the port, counted: a use case only asks it to deliver."""

    asked: int = 0

    def deliver_soon(self) -> None:
        self.asked += 1


@dataclass
class Station:
    counter: Counter
    client: CentralClient
    courier: CountingCourier
    context: WorkContext
    server: ServerThread
    events: EventHub = field(default_factory=EventHub)

    def with_verdict(self, verdict: Verdict) -> str:
        found = [r for r, v in verdicts(self.server.database_url).items() if v is verdict]
        assert found, f"the demo data has no {verdict} request"
        return found[0]

    def outbox(self) -> list[OutboxMessage]:
        with self.context.sessions() as session:
            return list(session.scalars(select(OutboxMessage)))

    def link_drops(self, dead_url: str) -> None:
        self.client.base_url = dead_url


def station_for(server: ServerThread, tmp_path: Path, username: str) -> Station:
    settings = cfg.Config()
    settings.set(cfg.WORKSTATION, "W1")
    sessions = open_store(tmp_path / f"{username}.sqlite3", TEST_STORE_KEY)
    client = CentralClient(server.url)
    context = WorkContext(settings, sessions, TEST_STORE_KEY, tmp_path / "documents")
    context.desk.login = client.login(username, "demo", "W1")
    events = EventHub()
    Puller(client, sessions, events).pull()
    courier = CountingCourier()
    return Station(Counter(context, client, courier, events), client, courier, context, server)


@pytest.fixture
def clerk(live_server: ServerThread, tmp_path: Path) -> Iterator[Station]:
    station = station_for(live_server, tmp_path, "dam.clerk1")
    yield station
    station.client.close()
    station.context.sessions.kw["bind"].dispose()


def test_opening_claims_and_brings_the_record_in_one_round_trip(clerk: Station) -> None:
    request_id = clerk.with_verdict(Verdict.ACKNOWLEDGE)
    view = clerk.counter.open(request_id)
    assert view.state is RequestState.IN_REVIEW
    assert view.registry is not None and view.registry.national_number
    assert view.comparison is not None and view.comparison.verdict is Verdict.ACKNOWLEDGE
    assert view.steps == {Step.DECIDE} and view.renews_lease
    assert view.problem is None and not view.offline
    assert [line.action for line in view.history] == ["claim", "view_registry"]
    # The spelling variants must be ticked, each of them, before accepting.
    variants = frozenset(view.comparison.equivalent_fields)
    assert not view.can_accept(frozenset()) and view.can_accept(variants)


def test_accepting_is_recorded_here_and_handed_to_the_courier(
    clerk: Station, closed_port_url: str
) -> None:
    request_id = clerk.with_verdict(Verdict.ACKNOWLEDGE)
    variants = frozenset(clerk.counter.open(request_id).comparison.equivalent_fields)  # type: ignore[union-attr]
    clerk.link_drops(closed_port_url)  # the clerk does not wait on the link to accept
    view = clerk.counter.accept(request_id, variants)
    assert view.state is RequestState.ACCEPTED
    assert view.steps == {Step.PRINT}
    assert view.confirmed == variants  # shown ticked from now on
    assert clerk.courier.asked == 1
    [message] = clerk.outbox()
    assert message.kind == "decision" and message.status == "queued"
    # The courier's turn: the server takes the decision (and checks it again).
    clerk.client.base_url = clerk.server.url
    assert OutboxPusher(clerk.client, clerk.context.sessions, EventHub()).push().sent == 1
    [item] = [i for i in clerk.client.requests_page().items if i.id == request_id]
    assert item.status is RequestState.ACCEPTED


def test_a_mismatch_or_an_unticked_variant_is_refused_and_nothing_is_written(
    clerk: Station,
) -> None:
    for verdict in (Verdict.MISMATCH, Verdict.ACKNOWLEDGE):
        request_id = clerk.with_verdict(verdict)
        assert not clerk.counter.open(request_id).can_accept(frozenset())
        with pytest.raises(RuleViolation):
            clerk.counter.accept(request_id, frozenset())
        assert clerk.counter.view(request_id).state is RequestState.IN_REVIEW
    assert clerk.outbox() == [] and clerk.courier.asked == 0


def test_a_rejection_needs_a_reason_and_ends_the_clerks_steps(clerk: Station) -> None:
    request_id = clerk.with_verdict(Verdict.MISMATCH)
    clerk.counter.open(request_id)
    with pytest.raises(RuleViolation):
        clerk.counter.reject(request_id, "data_mismatch", "  ")
    view = clerk.counter.reject(request_id, "data_mismatch", "اسم الأم لا يطابق السجل المدني")
    assert view.state is RequestState.REJECTED and view.steps == frozenset()
    assert not view.renews_lease
    assert [m.kind for m in clerk.outbox()] == ["decision"]


def test_offline_the_request_opens_saying_why_the_record_is_missing(
    clerk: Station, closed_port_url: str
) -> None:
    request_id = clerk.with_verdict(Verdict.MATCH)
    clerk.link_drops(closed_port_url)
    view = clerk.counter.open(request_id)
    assert view.offline and view.registry is None and view.comparison is None
    assert view.problem is not None and "offline" in str(view.problem)
    assert view.state is RequestState.ASSIGNED  # nothing claimed


def test_a_colleagues_request_is_refused_with_the_servers_conflict(
    clerk: Station, live_server: ServerThread, tmp_path: Path
) -> None:
    request_id = clerk.with_verdict(Verdict.MATCH)
    colleague = station_for(live_server, tmp_path, "dam.clerk2")
    try:
        colleague.counter.open(request_id)
        with pytest.raises(Conflict):
            clerk.counter.open(request_id)
    finally:
        colleague.client.close()
        colleague.context.sessions.kw["bind"].dispose()
    with clerk.context.sessions() as session:
        assert session.get(Request, request_id).status == RequestState.ASSIGNED  # type: ignore[union-attr]


def test_a_supervisor_looks_without_claiming_or_looking_up(
    live_server: ServerThread, tmp_path: Path
) -> None:
    supervisor = station_for(live_server, tmp_path, "dam.supervisor")
    try:
        request_id = supervisor.with_verdict(Verdict.MATCH)
        view: RequestView = supervisor.counter.open(request_id)
        assert view.state is RequestState.ASSIGNED and view.registry is None
        assert view.problem is not None and "fetched only by the clerk" in str(view.problem)
        assert view.history == ()
    finally:
        supervisor.client.close()
        supervisor.context.sessions.kw["bind"].dispose()
