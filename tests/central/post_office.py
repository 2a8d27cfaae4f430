"""A reference server whose SMS gateway the test holds, and the steps that take a request to
the post: printed with an S10 number, sealed, dispatched. Shared by the tests of the
post's feed and of the citizen's notifications."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from central.outreach import DEMO_POST_FEED_KEY, DEMO_SMS_REPORT_KEY, Outreach
from central.server import ServerThread
from central.sms import SimulatedSmsGateway
from tests.central.conftest import LEASE_SECONDS, Api, FakeClock, accepting

POST = {"Authorization": f"Bearer {DEMO_POST_FEED_KEY}"}
GATEWAY = {"Authorization": f"Bearer {DEMO_SMS_REPORT_KEY}"}


@dataclass
class PostOffice:
    api: Api
    sms: SimulatedSmsGateway
    clerk: dict[str, str]


@contextmanager
def post_office(database_url: str) -> Iterator[PostOffice]:
    clock = FakeClock()
    sms = SimulatedSmsGateway()
    server = ServerThread(
        database_url,
        seed="demo",
        lease_seconds=LEASE_SECONDS,
        clock=clock,
        outreach=Outreach.for_training(sms),
    ).start()
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            api = Api(client, clock, database_url)
            yield PostOffice(api, sms, api.login("dam.clerk1", workstation="W1"))
    finally:
        server.stop()


def key() -> str:
    return uuid.uuid4().hex


def printed(office: PostOffice, method: str = "post", skip: int = 0) -> tuple[str, str]:
    """A request of the delivery method taken to printed: (its id, its envelope's S10)."""
    api, clerk = office.api, office.clerk
    items, _ = api.pull_all(clerk)
    acceptable = set(api.acceptable())
    ids = [i["id"] for i in items if i["id"] in acceptable and i["delivery"]["method"] == method]
    request_id = ids[skip]
    assert api.open(request_id, clerk).status_code == 200
    decided = api.post(f"/requests/{request_id}/decision", clerk, json=accepting())
    assert decided.status_code == 200, decided.text
    document, tracking = api.numbers(clerk)
    issued = api.post(
        f"/requests/{request_id}/issuance",
        clerk,
        json={
            "idempotency_key": key(),
            "document_number": document,
            "tracking_number": tracking,
            "document_sha256": "a" * 64,
            "envelope_sha256": "b" * 64,
        },
    )
    assert issued.status_code == 200, issued.text
    return request_id, tracking


def act(office: PostOffice, request_id: str, action: str, **body: Any) -> httpx.Response:
    return office.api.post(
        f"/requests/{request_id}/{action}", office.clerk, json={"idempotency_key": key(), **body}
    )


def dispatched(office: PostOffice, skip: int = 0) -> tuple[str, str]:
    """A postal request printed, sealed and handed to the post: (its id, its S10)."""
    request_id, tracking = printed(office, skip=skip)
    assert act(office, request_id, "seal").status_code == 200
    body = {
        "idempotency_key": key(),
        "batch_id": f"DAM-D-{key()[:8]}",
        "courier_name": "سامر الأحمد",
        "request_ids": [request_id],
    }
    answer = office.api.post("/dispatches", office.clerk, json=body)
    assert answer.status_code == 200, answer.text
    return request_id, tracking


def status(office: PostOffice, request_id: str) -> str:
    answer = office.api.get(f"/requests/{request_id}", office.clerk)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["status"])


def notifications(office: PostOffice, request_id: str) -> list[dict[str, Any]]:
    answer = office.api.get(f"/requests/{request_id}/notifications", office.clerk)
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def feed(office: PostOffice, *events: dict[str, Any]) -> httpx.Response:
    return office.api.post("/post-feed/events", POST, json={"events": list(events)})
