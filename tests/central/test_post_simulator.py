"""The simulator that stands in for the post: an envelope's journey, sent to the feed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from central.post_simulator import PostSimulator, main
from clerk_desk.api_outreach import PostEventIn, UndeliverableReason
from tests.central.conftest import START
from tests.central.post_office import PostOffice, dispatched, post_office, status


@pytest.fixture
def office(database_url: str) -> Iterator[PostOffice]:
    with post_office(database_url) as office:
        yield office


def test_a_journey_is_four_valid_events_in_order() -> None:
    simulator = PostSimulator("http://unused")
    journey = simulator.journey("RR123456785SY", START, undeliverable=UndeliverableReason.REFUSED)
    events = [PostEventIn.model_validate(e) for e in journey]
    assert [e.kind.value for e in events] == [
        "accepted",
        "in_transit",
        "out_for_delivery",
        "undeliverable",
    ]
    assert [e.occurred_at for e in events] == sorted(e.occurred_at for e in events)
    assert len({e.event_id for e in events}) == 4
    assert events[-1].reason is UndeliverableReason.REFUSED


def test_the_simulator_sends_to_a_live_server(office: PostOffice) -> None:
    request_id, tracking = dispatched(office)
    simulator = PostSimulator(str(office.api.client.base_url))
    answer = simulator.send(simulator.journey(tracking, START))
    assert [r["outcome"] for r in answer["results"]][-1] == "applied"
    assert status(office, request_id) == "delivered"


def test_the_command_line_sends_a_journey(
    office: PostOffice, capsys: pytest.CaptureFixture[str]
) -> None:
    request_id, tracking = dispatched(office)
    server = str(office.api.client.base_url)
    assert main([server, tracking, "--undeliverable", "address_not_found"]) == 0
    assert "applied returned" in capsys.readouterr().out
    assert status(office, request_id) == "returned"
