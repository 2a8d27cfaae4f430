"""When the outbox tries again: backoff with jitter, Retry-After, refusals, an expired log-in."""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.api import API_PREFIX
from clerk_desk.store.db import open_store
from clerk_desk.store.models import OutboxMessage
from sync.client import CentralClient, NotAuthenticated, Offline, parse_retry_after
from sync.events import Event, EventHub, MessageRefused
from sync.outbox import OutboxPusher, PushResult, RetryPolicy, refused_messages
from tests.store_keys import TEST_STORE_KEY

OK = (
    200,
    {"request_id": "DAM-000001", "status": "accepted", "recorded_at": "2026-03-01T09:00:00Z"},
)


class ScriptedCentral:
    """Answers each path with the next scripted (status, body, headers); the last repeats."""

    def __init__(self) -> None:
        self.script: dict[str, list[tuple[int, Any, dict[str, str]]]] = {}
        self.seen: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                path = self.path.removeprefix(API_PREFIX)
                fake.seen.append(path)
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                answers = fake.script.get(path) or [(404, {"detail": "no such path"}, {})]
                status, body, headers = answers.pop(0) if len(answers) > 1 else answers[0]
                raw = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                for name, value in {"Content-Type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def answer(self, request_id: str, *answers: tuple[Any, ...]) -> None:
        """Each answer is (status, body) or (status, body, headers)."""
        self.script[f"/requests/{request_id}/decision"] = [
            (a[0], a[1], a[2] if len(a) == 3 else {}) for a in answers
        ]

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


class Station:
    def __init__(self, url: str, tmp_path: Path) -> None:
        self.client = CentralClient(url, token="t")
        self.sessions: sessionmaker[Session] = open_store(
            tmp_path / "store.sqlite3", TEST_STORE_KEY
        )
        self.events: list[Event] = []
        hub = EventHub()
        hub.subscribe(self.events.append)
        self.clock = FakeClock()
        self.pusher = OutboxPusher(
            self.client,
            self.sessions,
            hub,
            policy=RetryPolicy(base=2, cap=60, rng=random.Random(7)),
            clock=self.clock,
        )

    def queue(self, request_id: str) -> None:
        with self.sessions.begin() as session:
            key = f"{request_id}-{len(list(session.scalars(select(OutboxMessage))))}"
            payload = {"idempotency_key": f"key-{key}".ljust(32, "0"), "outcome": "accept"}
            session.add(
                OutboxMessage(
                    idempotency_key=payload["idempotency_key"],
                    request_id=request_id,
                    kind="decision",
                    payload=payload,
                    status="queued",
                    created_at=self.clock(),
                )
            )

    def messages(self) -> list[OutboxMessage]:
        with self.sessions() as session:
            return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))

    def close(self) -> None:
        self.client.close()
        self.sessions.kw["bind"].dispose()


@pytest.fixture
def central() -> Iterator[ScriptedCentral]:
    server = ScriptedCentral()
    yield server
    server.stop()


@pytest.fixture
def station(central: ScriptedCentral, tmp_path: Path) -> Iterator[Station]:
    made = Station(central.url, tmp_path)
    yield made
    made.close()


# --- Retry-After ----------------------------------------------------------------------------


def test_retry_after_in_seconds_or_as_an_http_date() -> None:
    now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    assert parse_retry_after("120", now) == 120
    assert parse_retry_after(format_datetime(now + timedelta(seconds=90), usegmt=True), now) == 90
    assert parse_retry_after("Sun, 01 Mar 2026 08:00:00 GMT", now) == 0  # already past
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("", now) is None
    assert parse_retry_after("99999999", now) == 24 * 3600  # not believed beyond a day


def test_the_client_surfaces_retry_after(central: ScriptedCentral, station: Station) -> None:
    central.answer("DAM-000001", (503, {"detail": "busy"}, {"Retry-After": "30"}))
    with pytest.raises(Offline) as caught:
        station.client.send(
            "decision", "DAM-000001", {"idempotency_key": "k" * 32, "outcome": "accept"}
        )
    assert (caught.value.status, caught.value.retry_after) == (503, 30)


# --- backoff --------------------------------------------------------------------------------


def test_the_backoff_grows_with_jitter_within_its_cap() -> None:
    policy = RetryPolicy(base=2, factor=2, cap=60, rng=random.Random(1))
    for attempts, ceiling in [(1, 2), (2, 4), (3, 8), (4, 16), (10, 60)]:
        delays = [policy.delay(attempts) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1  # jittered
    assert policy.delay(3, retry_after=120) == 120


def test_a_push_skips_messages_not_yet_due_and_their_followers(
    central: ScriptedCentral, station: Station
) -> None:
    central.answer("DAM-000001", (500, {"detail": "boom"}), (500, {"detail": "boom"}), OK)
    central.answer("DAM-000002", OK)
    station.queue("DAM-000001")
    station.queue("DAM-000001")  # waits behind the first: order per request
    with pytest.raises(Offline):
        station.pusher.push()
    first, second = station.messages()
    assert (first.status, first.attempts, first.last_status) == ("queued", 1, 500)
    assert first.next_attempt_at is not None
    wait = (first.next_attempt_at - station.clock()).total_seconds()
    assert 1 <= wait <= 2
    assert second.attempts == 0

    # Not due yet: nothing is sent for that request, and the server is not called.
    seen = len(central.seen)
    result = station.pusher.push()
    assert (result.sent, result.deferred, result.waiting) == (0, 1, 2)
    assert result.next_due == first.next_attempt_at
    assert len(central.seen) == seen

    station.clock.advance(wait)
    with pytest.raises(Offline):
        station.pusher.push()
    first, _ = station.messages()
    assert first.attempts == 2
    assert first.next_attempt_at is not None
    assert 2 <= (first.next_attempt_at - station.clock()).total_seconds() <= 4

    station.clock.advance(5)
    assert station.pusher.push() == PushResult(sent=2, refused=0, waiting=0)
    assert [(m.status, m.next_attempt_at) for m in station.messages()] == [("done", None)] * 2


def test_retry_after_holds_every_message_until_then(
    central: ScriptedCentral, station: Station
) -> None:
    when = station.clock() + timedelta(seconds=120)
    central.answer(
        "DAM-000001",
        (429, {"detail": "slow down"}, {"Retry-After": "120"}),
        OK,
    )
    central.answer("DAM-000002", OK)
    station.queue("DAM-000001")
    station.queue("DAM-000002")
    with pytest.raises(Offline) as caught:
        station.pusher.push()
    assert caught.value.retry_after == 120
    [first, _] = station.messages()
    assert first.next_attempt_at == when

    # The server asked to be left alone: no message goes, not even the other request's.
    seen = len(central.seen)
    result = station.pusher.push()
    assert (result.sent, result.deferred, result.next_due) == (0, 2, when)
    assert len(central.seen) == seen

    station.clock.advance(120)
    assert station.pusher.push() == PushResult(sent=2, refused=0, waiting=0)


def test_retry_now_makes_everything_due(central: ScriptedCentral, station: Station) -> None:
    central.answer("DAM-000001", (503, {"detail": "busy"}, {"Retry-After": "600"}), OK)
    station.queue("DAM-000001")
    with pytest.raises(Offline):
        station.pusher.push()
    assert station.pusher.retry_now() == 1
    assert station.pusher.push().sent == 1


# --- refusals and log-in ----------------------------------------------------------------------


def test_a_permanent_refusal_stops_retrying_and_keeps_the_servers_reason(
    central: ScriptedCentral, station: Station
) -> None:
    central.answer("DAM-000001", (422, {"detail": "a rejection needs a reason_code"}))
    central.answer("DAM-000002", OK)
    station.queue("DAM-000001")
    station.queue("DAM-000002")
    assert station.pusher.push() == PushResult(sent=1, refused=1, waiting=0)
    refused, sent = station.messages()
    assert (refused.status, refused.last_status) == ("failed", 422)
    assert refused.last_error == "a rejection needs a reason_code"
    assert refused.next_attempt_at is None
    expected = MessageRefused("DAM-000001", "decision", "a rejection needs a reason_code")
    assert expected in station.events
    assert refused_messages(station.sessions) == [expected]  # for the clerk's list

    station.clock.advance(3600)
    seen = len(central.seen)
    assert station.pusher.push() == PushResult(sent=0, refused=0, waiting=0)
    assert len(central.seen) == seen  # never sent again
    assert sent.status == "done"


def test_an_expired_log_in_stops_the_push_and_a_new_one_resumes_it(
    central: ScriptedCentral, station: Station
) -> None:
    central.answer("DAM-000001", (401, {"detail": "the session has expired: log in again"}), OK)
    central.answer("DAM-000002", OK)
    station.queue("DAM-000001")
    station.queue("DAM-000002")
    with pytest.raises(NotAuthenticated):
        station.pusher.push()
    first, second = station.messages()
    assert (first.status, first.next_attempt_at, first.last_status) == ("queued", None, 401)
    assert second.attempts == 0  # not tried with a token known to be bad

    station.client.token = "new"  # what a log-in again does
    assert station.pusher.push() == PushResult(sent=2, refused=0, waiting=0)


def test_a_garbled_answer_is_retried_and_other_requests_go_on(
    central: ScriptedCentral, station: Station
) -> None:
    central.answer("DAM-000001", (200, b'{"request_id": "DAM-0'), OK)
    central.answer("DAM-000002", OK)
    station.queue("DAM-000001")
    station.queue("DAM-000002")
    result = station.pusher.push()
    assert (result.sent, result.deferred, result.waiting) == (1, 1, 1)
    first, _ = station.messages()
    assert first.status == "queued"
    assert first.last_error is not None
    assert first.last_error.startswith("the server's answer is malformed")
    station.clock.advance(10)
    assert station.pusher.push().sent == 1
