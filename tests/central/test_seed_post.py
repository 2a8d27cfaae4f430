"""The demo seed's story after the counter: Damascus has postal requests delivered, in
transit and returned, with the post's events and the SMS the citizen was sent, as the
server itself would have recorded them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from central.post_simulator import PostSimulator
from central.seed_post import STORIES
from clerk_desk.api_outreach import PostEventKind, UndeliverableReason
from tests.central.post_office import PostOffice, feed, notifications, post_office


@pytest.fixture
def office(database_url: str) -> Iterator[PostOffice]:
    with post_office(database_url) as office:
        yield office


def seeded_stories(office: PostOffice) -> dict[str, dict[str, object]]:
    """The seeded requests past the counter, by state."""
    items, _ = office.api.pull_all(office.clerk)
    told = {i["id"] for i in items if office.api.get(f"/requests/{i['id']}/post-events",
            office.clerk).json()["items"]}  # fmt: skip
    return {str(i["status"]): i for i in items if i["id"] in told}


def test_damascus_has_requests_delivered_in_transit_and_returned(office: PostOffice) -> None:
    stories = seeded_stories(office)
    assert (
        set(stories)
        == {s.state.value for s in STORIES}
        == {
            "delivered",
            "dispatched",
            "returned",
        }
    )
    returned = str(stories["returned"]["id"])
    events = office.api.get(f"/requests/{returned}/post-events", office.clerk).json()["items"]
    assert [e["kind"] for e in events] == [
        "accepted",
        "in_transit",
        "out_for_delivery",
        "undeliverable",
    ]
    assert events[-1]["reason"] == "address_not_found" and events[-1]["outcome"] == "applied"
    assert [e["occurred_at"] for e in events] == sorted(e["occurred_at"] for e in events)
    told = notifications(office, returned)
    assert [(n["template"], n["status"]) for n in told] == [
        ("dispatched", "delivered"),
        ("returned", "sent"),
    ]
    assert events[0]["tracking_number"] in told[0]["text"]
    assert "العنوان غير موجود" in told[1]["text"]
    in_transit = notifications(office, str(stories["dispatched"]["id"]))
    assert [n["status"] for n in in_transit] == ["failed"]
    assert all(item["delivery"]["phone"] for item in stories.values())  # the courier calls


def test_the_post_sending_a_seeded_event_again_is_a_repeat(office: PostOffice) -> None:
    delivered = str(seeded_stories(office)["delivered"]["id"])
    events = office.api.get(f"/requests/{delivered}/post-events", office.clerk).json()["items"]
    last = events[-1]
    again = {k: last[k] for k in ("event_id", "tracking_number", "kind", "occurred_at", "place_ar")}
    answer = feed(office, again)
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["outcome"] == "repeated"
    # A contrary last word from the post is recorded, never applied.
    simulator = PostSimulator(str(office.api.client.base_url))
    late = simulator.event(
        last["tracking_number"],
        PostEventKind.UNDELIVERABLE,
        datetime.fromisoformat(last["occurred_at"]) + timedelta(days=1),
        reason=UndeliverableReason.REFUSED,
    )
    assert feed(office, late).json()["results"][0]["outcome"] == "contradicted"
