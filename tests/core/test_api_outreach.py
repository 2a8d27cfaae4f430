"""The contract of the post's feed and the citizen's notifications, validated at the edge."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from clerk_desk.api_outreach import (
    MAX_POST_EVENTS,
    NotificationList,
    PostEventIn,
    PostEventList,
    PostFeedIn,
)

EVENT: dict[str, Any] = {
    "event_id": "SY-1",
    "tracking_number": "RR123456785SY",
    "kind": "undeliverable",
    "reason": "address_not_found",
    "occurred_at": "2026-03-01T09:00:00+03:00",
}


def test_an_undeliverable_event_says_why() -> None:
    assert PostEventIn.model_validate(EVENT).reason == "address_not_found"
    with pytest.raises(ValidationError, match="says why"):
        PostEventIn.model_validate({**EVENT, "reason": None})
    with pytest.raises(ValidationError, match="says why"):
        PostEventIn.model_validate({**EVENT, "kind": "delivered"})


@pytest.mark.parametrize(
    "change",
    [
        {"tracking_number": "rr123456785sy"},
        {"event_id": "with space"},
        {"occurred_at": "2026-03-01T09:00:00"},
        {"place_ar": "سطر\nثان"},
        {"kind": "lost"},
        {"extra": 1},
    ],
)
def test_what_the_post_sends_is_checked(change: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PostEventIn.model_validate({**EVENT, **change})


def test_a_feed_batch_is_bounded() -> None:
    with pytest.raises(ValidationError):
        PostFeedIn.model_validate({"events": []})
    with pytest.raises(ValidationError):
        PostFeedIn.model_validate({"events": [EVENT] * (MAX_POST_EVENTS + 1)})


def test_what_the_workstation_receives_is_checked_and_may_grow() -> None:
    item = {
        **EVENT,
        "received_at": "2026-03-01T09:05:00Z",
        "outcome": "applied",
        "newer_field": "ignored",
    }
    events = PostEventList.model_validate({"request_id": "DAM-000001", "items": [item]})
    assert events.items[0].outcome == "applied"
    with pytest.raises(ValidationError):
        PostEventList.model_validate(
            {"request_id": "DAM-000001", "items": [{**item, "received_at": "2026-03-01T09:05"}]}
        )
    sent = {
        "id": 1,
        "template": "dispatched",
        "text": "نص",
        "encoding": "ucs2",
        "segments": 1,
        "status": "sent",
        "created_at": "2026-03-01T09:05:00Z",
    }
    assert NotificationList.model_validate({"request_id": "DAM-000001", "items": [sent]})
    with pytest.raises(ValidationError):
        NotificationList.model_validate(
            {"request_id": "DAM-000001", "items": [{**sent, "status": "lost"}]}
        )
