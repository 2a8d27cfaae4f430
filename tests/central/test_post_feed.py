"""The post's tracking feed on the reference server: events recorded whatever they are,
applied once where they move a request, and shown in the request's history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest

from central.post_simulator import PostSimulator
from clerk_desk.api_outreach import PostEventKind, UndeliverableReason
from tests.central.conftest import START
from tests.central.post_office import (
    PostOffice,
    act,
    dispatched,
    feed,
    notifications,
    post_office,
    printed,
    status,
)
from tests.collectors import subject_json

K = PostEventKind


@pytest.fixture
def office(database_url: str) -> Iterator[PostOffice]:
    with post_office(database_url) as office:
        yield office


@pytest.fixture
def post() -> PostSimulator:
    return PostSimulator("http://unused")  # makes the events; the test sends them


def outcomes(answer: object) -> list[str]:
    return [r["outcome"] for r in answer.json()["results"]]  # type: ignore[attr-defined]


def test_an_undeliverable_envelope_comes_back_and_the_citizen_is_told_once(
    office: PostOffice, post: PostSimulator
) -> None:
    request_id, tracking = dispatched(office)
    [sent] = notifications(office, request_id)
    assert sent["template"] == "dispatched" and tracking in sent["text"]
    journey = post.journey(tracking, START, undeliverable=UndeliverableReason.REFUSED)
    answer = feed(office, *journey)
    assert answer.status_code == 200, answer.text
    assert outcomes(answer) == ["recorded", "recorded", "recorded", "applied"]
    assert answer.json()["results"][-1]["status"] == "returned"
    assert status(office, request_id) == "returned"

    # The post sends the same events again (its retry): nothing is done twice.
    again = feed(office, *journey)
    assert again.status_code == 200
    assert outcomes(again) == ["repeated"] * 4
    assert status(office, request_id) == "returned"
    told = [n for n in notifications(office, request_id) if n["template"] == "returned"]
    assert len(told) == 1 and told[0]["status"] == "sent"
    assert "رُفض استلامها" in told[0]["text"]
    assert [m.reference for m in office.sms.messages] == [
        f"{request_id}:dispatched",
        f"{request_id}:returned",
    ]
    assert office.sms.handovers == 2

    # The history shows the journey in the order it happened.
    history = office.api.get(f"/requests/{request_id}/post-events", office.clerk).json()
    assert [e["kind"] for e in history["items"]] == [
        "accepted",
        "in_transit",
        "out_for_delivery",
        "undeliverable",
    ]
    assert history["items"][-1]["reason"] == "refused"

    # Scanned in at the center: shelved, the citizen told where to collect it, collected.
    shelved = act(office, request_id, "pickup-ready")
    assert shelved.status_code == 200, shelved.text
    assert shelved.json()["status"] == "awaiting_pickup"
    ready = [n for n in notifications(office, request_id) if n["template"] == "ready_for_pickup"]
    assert len(ready) == 1 and "المزة" in ready[0]["text"]
    [item] = [i for i in office.api.pull_all(office.clerk)[0] if i["id"] == request_id]
    collector = subject_json(item["subject"]["national_number"])
    collected = act(office, request_id, "collected", received_by="سامر الحلبي", collector=collector)
    assert collected.status_code == 200, collected.text
    assert collected.json()["status"] == "collected"


def test_a_delivered_envelope_is_delivered_and_a_later_contradiction_is_refused(
    office: PostOffice, post: PostSimulator
) -> None:
    request_id, tracking = dispatched(office)
    accepted = post.event(tracking, K.ACCEPTED, START)
    delivered = post.event(tracking, K.DELIVERED, START + timedelta(days=1))
    returned = post.event(
        tracking,
        K.UNDELIVERABLE,
        START + timedelta(days=2),
        reason=UndeliverableReason.ADDRESS_NOT_FOUND,
    )
    # Out of order: the last word first, the acceptance at the post office after it.
    assert outcomes(feed(office, delivered)) == ["applied"]
    assert outcomes(feed(office, accepted)) == ["recorded"]
    assert status(office, request_id) == "delivered"
    # Returned after delivered: recorded, refused, never applied.
    assert outcomes(feed(office, returned)) == ["contradicted"]
    assert status(office, request_id) == "delivered"
    # A second "delivered" under another id agrees with the first: a repeat.
    assert outcomes(feed(office, post.event(tracking, K.DELIVERED, START))) == ["repeated"]
    history = office.api.get(f"/requests/{request_id}/post-events", office.clerk).json()["items"]
    assert [e["kind"] for e in history][:2] == ["accepted", "delivered"]
    assert "contradicted" in [e["outcome"] for e in history]
    assert [n["template"] for n in notifications(office, request_id)] == ["dispatched"]


def test_events_for_unknown_numbers_or_undispatched_envelopes_are_recorded_only(
    office: PostOffice, post: PostSimulator
) -> None:
    unknown = post.event("RR999999999SY", K.DELIVERED, START)
    answer = feed(office, unknown)
    assert answer.status_code == 200
    [result] = answer.json()["results"]
    assert result["outcome"] == "unknown_number" and result["request_id"] is None
    # Recorded: the same event again is recognised as a repeat.
    assert outcomes(feed(office, unknown)) == ["repeated"]

    request_id, tracking = printed(office)  # printed, never handed to the post
    assert outcomes(feed(office, post.event(tracking, K.DELIVERED, START))) == ["not_dispatched"]
    assert status(office, request_id) == "printed"


def test_an_event_id_reused_with_other_content_is_refused(
    office: PostOffice, post: PostSimulator
) -> None:
    request_id, tracking = dispatched(office)
    event = post.event(tracking, K.IN_TRANSIT, START)
    assert outcomes(feed(office, event)) == ["recorded"]
    changed = {**event, "place_ar": "حلب"}
    answer = feed(office, post.event(tracking, K.OUT_FOR_DELIVERY, START), changed)
    assert answer.status_code == 409
    assert answer.json()["code"] == "post_event_reused"
    # The whole batch was refused: its first event was not recorded either.
    history = office.api.get(f"/requests/{request_id}/post-events", office.clerk).json()["items"]
    assert [e["kind"] for e in history] == ["in_transit"]


def test_only_the_post_may_feed_events_and_only_the_center_reads_them(
    office: PostOffice, post: PostSimulator
) -> None:
    request_id, tracking = dispatched(office)
    body = {"events": [post.event(tracking, K.DELIVERED, START)]}
    for headers in (None, office.clerk, {"Authorization": "Bearer not-the-key"}):
        refused = office.api.post("/post-feed/events", headers, json=body)
        assert refused.status_code == 401
        assert refused.json()["code"] == "not_a_partner"
    assert status(office, request_id) == "dispatched"
    aleppo = office.api.login("alp.clerk1")
    assert office.api.get(f"/requests/{request_id}/post-events", aleppo).status_code == 403


@pytest.mark.parametrize(
    "change",
    [
        {"kind": "undeliverable"},  # without its reason
        {"reason": "refused"},  # a reason on an event that is not undeliverable
        {"tracking_number": "RR12345"},
        {"occurred_at": "2026-03-01T09:00:00"},  # no time zone
        {"courier": "x"},
    ],
)
def test_a_malformed_event_is_refused(
    office: PostOffice, post: PostSimulator, change: dict[str, str]
) -> None:
    event = {**post.event("RR123456785SY", K.IN_TRANSIT, START), **change}
    assert feed(office, event).status_code == 422
