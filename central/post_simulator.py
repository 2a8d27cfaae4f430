"""Stands in for the Syrian Post's tracking feed: the events of an envelope's journey, as
the post reports them, sent to ``POST /post-feed/events`` with the post's key.

A real adapter replaces it by doing the same: take the post's events (its API, its file
drop) and call the feed with the key configured on the server (``central.outreach``)::

    python -m central.post_simulator http://127.0.0.1:8765 RR000123452SY --undeliverable refused
"""

from __future__ import annotations

import argparse
import json
import urllib.request
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from central.outreach import DEMO_POST_FEED_KEY
from clerk_desk.api import API_PREFIX
from clerk_desk.api_outreach import PostEventKind, UndeliverableReason

# Where the simulated envelope goes, in order, before the post's last word.
_JOURNEY = (
    (PostEventKind.ACCEPTED, "مكتب بريد دمشق المركزي"),
    (PostEventKind.IN_TRANSIT, "مركز الفرز - دمشق"),
    (PostEventKind.OUT_FOR_DELIVERY, "موزع البريد"),
)


class PostSimulator:
    """Makes the post's events and sends them. Event ids are ``SIM-<S10>-<n>``, counted
    per envelope, so a run's events are recognised as repeats when sent again."""

    def __init__(self, base_url: str, key: str = DEMO_POST_FEED_KEY) -> None:
        self.feed_url = f"{base_url.rstrip('/')}{API_PREFIX}/post-feed/events"
        self.key = key
        self._counts: dict[str, int] = {}

    def event(
        self,
        tracking_number: str,
        kind: PostEventKind,
        at: datetime,
        *,
        reason: UndeliverableReason | None = None,
        place_ar: str = "",
    ) -> dict[str, Any]:
        number = self._counts.get(tracking_number, 0) + 1
        self._counts[tracking_number] = number
        event: dict[str, Any] = {
            "event_id": f"SIM-{tracking_number}-{number}",
            "tracking_number": tracking_number,
            "kind": kind.value,
            "occurred_at": at.isoformat(),
            "place_ar": place_ar,
        }
        if reason is not None:
            event["reason"] = reason.value
        return event

    def journey(
        self,
        tracking_number: str,
        start: datetime,
        *,
        undeliverable: UndeliverableReason | None = None,
    ) -> list[dict[str, Any]]:
        """An envelope's events, six hours apart: accepted, in transit, out for delivery,
        then delivered, or undeliverable for ``undeliverable``."""
        events = [
            self.event(tracking_number, kind, start + timedelta(hours=6 * n), place_ar=place)
            for n, (kind, place) in enumerate(_JOURNEY)
        ]
        last = start + timedelta(hours=6 * len(_JOURNEY))
        if undeliverable is None:
            events.append(self.event(tracking_number, PostEventKind.DELIVERED, last))
        else:
            events.append(
                self.event(tracking_number, PostEventKind.UNDELIVERABLE, last, reason=undeliverable)
            )
        return events

    def send(self, events: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """Post ``events`` to the feed; the server's answer (an HTTP error raises)."""
        request = urllib.request.Request(
            self.feed_url,
            data=json.dumps({"events": list(events)}, ensure_ascii=False).encode("utf-8"),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.key}"},
            method="POST",
        )
        with urllib.request.urlopen(request, timeout=30) as answer:
            result: dict[str, Any] = json.load(answer)
        return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send an envelope's journey to the post feed.")
    parser.add_argument("server", help="the central server's base URL")
    parser.add_argument("tracking_number", help="the envelope's S10 number")
    parser.add_argument("--key", default=DEMO_POST_FEED_KEY, help="the post feed's key")
    parser.add_argument(
        "--undeliverable",
        choices=[reason.value for reason in UndeliverableReason],
        help="end undeliverable, for this reason (default: delivered)",
    )
    args = parser.parse_args(argv)
    simulator = PostSimulator(args.server, args.key)
    reason = UndeliverableReason(args.undeliverable) if args.undeliverable else None
    events = simulator.journey(args.tracking_number, datetime.now(UTC), undeliverable=reason)
    for result in simulator.send(events)["results"]:
        print(result["event_id"], result["outcome"], result.get("status") or "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
