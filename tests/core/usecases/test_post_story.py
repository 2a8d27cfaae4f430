"""The story after the counter at the workstation: the post's events of a dispatched
request, fed by the post simulator to the reference server on loopback, merged in time
order with the request's history here; the messages the citizen was sent with their
delivery reports."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from central.post_simulator import PostSimulator
from clerk_desk import config as cfg
from clerk_desk.api_outreach import (
    NotificationStatus,
    NotificationTemplate,
    PostEventKind,
    UndeliverableReason,
)
from clerk_desk.states import RequestState
from clerk_desk.store.db import open_store
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.counter import Counter, HistoryLine
from clerk_desk.usecases.post_story import PostLine, PostStory, merged
from sync.client import CentralClient
from sync.events import EventHub
from sync.puller import Puller
from tests.central.conftest import START
from tests.central.post_office import GATEWAY, PostOffice, dispatched, post_office
from tests.databases import Databases
from tests.store_keys import TEST_STORE_KEY


@dataclass
class NoCourier:
    def deliver_soon(self) -> None:
        pass


@dataclass
class Desk:
    counter: Counter
    client: CentralClient
    puller: Puller


@pytest.fixture
def office(databases: Databases) -> Iterator[PostOffice]:
    with post_office(databases.new()) as office:
        yield office


@pytest.fixture
def desk(office: PostOffice, tmp_path: Path) -> Iterator[Desk]:
    settings = cfg.Config()
    settings.set(cfg.WORKSTATION, "W1")
    sessions = open_store(tmp_path / "desk.sqlite3", TEST_STORE_KEY)
    client = CentralClient(str(office.api.client.base_url))
    context = WorkContext(settings, sessions, TEST_STORE_KEY, tmp_path / "documents")
    context.desk.login = client.login("dam.clerk1", "demo", "W1")
    events = EventHub()
    yield Desk(
        Counter(context, client, NoCourier(), events), client, Puller(client, sessions, events)
    )
    client.close()
    sessions.kw["bind"].dispose()


def test_a_returned_envelope_shows_the_posts_events_in_order(
    office: PostOffice, desk: Desk
) -> None:
    request_id, tracking = dispatched(office)
    simulator = PostSimulator(str(office.api.client.base_url))
    journey = simulator.journey(tracking, START, undeliverable=UndeliverableReason.REFUSED)
    # The post's feed sends them out of order, and one twice: the history is in order.
    answer = simulator.send([journey[3], journey[1], journey[0], journey[2], journey[1]])
    assert [r["outcome"] for r in answer["results"]] == ["applied", *["recorded"] * 3, "repeated"]
    desk.puller.pull()
    view = desk.counter.view(request_id)
    assert view.state is RequestState.RETURNED and view.after_the_counter
    assert view.story is None and view.timeline == view.history  # not asked yet

    told = desk.counter.after_counter(view)
    assert told.story is not None and not told.story.offline
    events = [line for line in told.timeline if isinstance(line, PostLine)]
    assert [e.kind for e in events] == [
        PostEventKind.ACCEPTED,
        PostEventKind.IN_TRANSIT,
        PostEventKind.OUT_FOR_DELIVERY,
        PostEventKind.UNDELIVERABLE,
    ]
    assert [e.moment for e in events] == [START + timedelta(hours=6 * n) for n in range(4)]
    assert events[-1].reason is UndeliverableReason.REFUSED
    assert events[0].place_ar == "مكتب بريد دمشق المركزي"
    # The citizen was told twice: handed to the post (with the S10), returned (with why).
    templates = [m.template for m in told.story.messages]
    assert templates == [NotificationTemplate.DISPATCHED, NotificationTemplate.RETURNED]
    assert tracking in told.story.messages[0].text
    assert "رُفض استلامها" in told.story.messages[1].text


def test_the_messages_say_what_the_gateway_reported(office: PostOffice, desk: Desk) -> None:
    request_id, _ = dispatched(office)
    [message] = office.sms.messages
    report = {"gateway_id": message.gateway_id, "report": "failed", "at": START.isoformat()}
    assert office.api.post("/sms-gateway/reports", GATEWAY, json=report).status_code == 200
    desk.puller.pull()
    story = desk.counter.after_counter(desk.counter.view(request_id)).story
    assert story is not None
    [sent] = story.messages
    assert sent.status is NotificationStatus.FAILED and sent.failed
    assert sent.segments == 1 and sent.sent_at and sent.reported_at
    assert sent.text == message.text


def test_a_request_at_the_counter_asks_nothing_and_offline_says_so(
    office: PostOffice, desk: Desk
) -> None:
    request_id, _ = dispatched(office)
    desk.puller.pull()
    items, _ = office.api.pull_all(office.clerk)
    at_the_counter = next(i["id"] for i in items if i["status"] == "assigned")
    desk.client.base_url = "http://127.0.0.1:9"  # nothing listens there: asking would say
    view = desk.counter.view(at_the_counter)
    assert not view.after_the_counter and desk.counter.after_counter(view) is view
    dispatched_view = desk.counter.view(request_id)
    assert desk.counter.after_counter(dispatched_view).story == PostStory(offline=True)


def test_the_history_and_the_posts_events_merge_by_time() -> None:
    def here(hour: int, action: str) -> HistoryLine:
        return HistoryLine(f"{hour}:00", "dam.clerk1", action, START + timedelta(hours=hour))

    def post(hour: int, kind: PostEventKind) -> PostLine:
        return PostLine(START + timedelta(hours=hour), f"{hour}:00", kind, None, "")

    history = [here(0, "accept"), here(1, "print"), here(2, "dispatch"), here(9, "reprint")]
    events = [post(2, PostEventKind.ACCEPTED), post(5, PostEventKind.DELIVERED)]
    lines = merged(history, events)
    assert lines == (history[0], history[1], history[2], events[0], events[1], history[3])
