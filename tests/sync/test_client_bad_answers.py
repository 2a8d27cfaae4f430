"""The central server's client against a server that answers badly: every bad answer is
refused at the edge with a reason a clerk can read, and the store is left as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from central.server import ServerThread
from clerk_desk import api
from clerk_desk.api import RequestOut
from clerk_desk.store.models import AuditEntry, RegistrySnapshot, Request, SyncState
from clerk_desk.workflow import Actor, upsert_requests
from sync.client import (
    BadAnswer,
    CentralClient,
    ClockSkew,
    Conflict,
    NotAuthenticated,
    Offline,
    Refused,
)
from sync.events import EventHub, WentOffline
from sync.leases import LeaseKeeper
from sync.puller import CURSOR_KEY, Puller
from tests.sync.servers import GOOD_ITEM, GOOD_RECORD, NN, FakeCentral, logged_in

# --- a server that answers badly ----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"items": [', "malformed"),
        (b"<html>Bad Gateway</html>", "malformed"),
        (b"", "malformed"),
        ({"items": "none", "cursor": "c1.1"}, "items"),
        ({"items": [{**GOOD_ITEM, "status": "approved"}], "cursor": "c1.1"}, "items.0.status"),
        ({"items": [{**GOOD_ITEM, "id": 17}], "cursor": "c1.1"}, "items.0.id"),
        ({"items": [{**GOOD_ITEM, "service_code": "passport"}], "cursor": "c1.1"}, "service"),
        ({"items": [{**GOOD_ITEM, "updated_at": "yesterday"}], "cursor": "c1.1"}, "updated_at"),
        ({"items": [GOOD_ITEM]}, "cursor"),
        ([GOOD_ITEM], "body"),
    ],
)
def test_a_malformed_page_is_a_bad_answer(
    fake: FakeCentral, client_for: Callable[..., CentralClient], body: Any, expected: str
) -> None:
    fake.answer("/requests", body)
    with pytest.raises(BadAnswer) as caught:
        client_for(fake.url, token="t").requests_page()
    assert caught.value.message.startswith("the server's answer is malformed")
    assert expected in caught.value.message


def test_a_record_of_another_person_is_a_bad_answer(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    fake.answer(f"/registry/{NN}", {**GOOD_RECORD, "national_number": "98765432109"})
    with pytest.raises(BadAnswer, match="record of another person"):
        client_for(fake.url, token="t").registry_record(NN)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"national_number": "0123"}, "national_number"),
        ({"birth_date": "17/05/1990"}, "birth_date"),
        ({"gender": "m"}, "gender"),
        ({"first_name": None}, "first_name"),
        ({"first_name": "x" * 201}, "first_name"),
    ],
)
def test_a_malformed_registry_record_is_a_bad_answer(
    fake: FakeCentral, client_for: Callable[..., CentralClient], change: Any, where: str
) -> None:
    fake.answer(f"/registry/{NN}", {**GOOD_RECORD, **change})
    with pytest.raises(BadAnswer, match=f"malformed .*{where}"):
        client_for(fake.url, token="t").registry_record(NN)


def test_a_log_in_answer_without_a_token_is_refused(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    fake.answer("/login", {"expires_at": "2026-03-01T10:00:00Z"})
    client = client_for(fake.url)
    with pytest.raises(BadAnswer, match="token"):
        client.login("dam.clerk1", "demo")
    assert client.token is None


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (401, {"detail": "the session expired"}, NotAuthenticated, "the session expired"),
        (409, {"detail": "held by someone"}, Conflict, "held by someone"),
        (403, {"detail": "only a clerk may"}, Refused, "only a clerk may"),
        (422, {"detail": [{"msg": "field required", "loc": ["x"]}]}, Refused, "field required"),
        (404, b"not json", Refused, "Not Found"),
        (500, {"detail": "trace"}, Offline, "the server is unavailable (500)"),
        (503, b"", Offline, "the server is unavailable (503)"),
        (429, {"detail": "slow down"}, Offline, "the server is unavailable (429)"),
    ],
)
def test_error_statuses_become_errors_a_clerk_can_read(
    fake: FakeCentral,
    client_for: Callable[..., CentralClient],
    status: int,
    body: Any,
    error: type[Exception],
    message: str,
) -> None:
    fake.answer("/requests", body, status)
    with pytest.raises(error) as caught:
        client_for(fake.url, token="t").requests_page()
    assert caught.value.message == message  # type: ignore[attr-defined]
    assert caught.value.status == status  # type: ignore[attr-defined]


REFUSAL = {
    "detail": "request DAM-000001 is printed: it cannot be claimed",
    "code": "not_claimable",
    "values": {"request_id": "DAM-000001", "status": "printed"},
}


def test_a_refusal_carries_its_code_and_values(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    fake.answer("/requests/DAM-000001/claim", REFUSAL, 409)
    with pytest.raises(Conflict) as caught:
        client_for(fake.url, token="t").claim("DAM-000001")
    assert caught.value.message == REFUSAL["detail"]
    assert caught.value.code == "not_claimable"
    assert caught.value.values == REFUSAL["values"]


@pytest.mark.parametrize(
    "change",
    [
        {"code": "a_code_from_a_newer_server"},
        {"code": 17},
        {"code": "NOT A CODE"},
        {"values": {"request_id": "DAM-000001"}},  # the status is missing
        {"values": {"request_id": 5, "status": "printed"}},
        {"values": {"request_id": "DAM-000001", "status": ["printed"]}},
        {"values": ["DAM-000001", "printed"]},
        {"values": {"request_id": "D" * 201, "status": "printed"}},
        {"values": {**REFUSAL["values"], **{f"v{n}": "x" for n in range(20)}}},
        {"values": {"request_id": "DAM-000001", "status": "approved"}},  # no such state
        {"detail": None},
    ],
)
def test_a_malformed_code_or_values_leaves_only_the_detail(
    fake: FakeCentral, client_for: Callable[..., CentralClient], change: dict[str, Any]
) -> None:
    fake.answer("/requests/DAM-000001/claim", {**REFUSAL, **change}, 409)
    with pytest.raises(Conflict) as caught:
        client_for(fake.url, token="t").claim("DAM-000001")
    assert (caught.value.code, caught.value.values) == (None, {})
    # the English detail still says it (without one, the HTTP reason phrase does)
    expected = "Conflict" if "detail" in change else REFUSAL["detail"]
    assert caught.value.message == expected


def test_the_token_is_sent(fake: FakeCentral, client_for: Callable[..., CentralClient]) -> None:
    seen: list[str | None] = []
    fake.answer("/requests", {"items": [], "cursor": "c1.0"})
    original = fake._server.RequestHandlerClass._answer  # type: ignore[attr-defined]

    def spy(handler: BaseHTTPRequestHandler) -> None:
        seen.append(handler.headers.get("Authorization"))
        original(handler)

    fake._server.RequestHandlerClass.do_GET = spy  # type: ignore[attr-defined]
    client_for(fake.url, token="secret-token").requests_page()
    assert seen == ["Bearer secret-token"]


def test_unknown_extra_keys_from_a_newer_server_are_ignored(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    fake.answer(
        "/requests",
        {"items": [{**GOOD_ITEM, "priority": "high"}], "cursor": "c1.1", "server": "v2"},
    )
    page = client_for(fake.url, token="t").requests_page()
    assert [item.id for item in page.items] == ["DAM-000001"]


# --- a bad answer leaves the store as it was ----------------------------------------------


def store_state(sessions: sessionmaker[Session]) -> tuple[int, dict[str, str], str]:
    with sessions() as session:
        total = session.scalar(select(func.count()).select_from(Request)) or 0
        statuses = {
            row.id: row.status for row in session.execute(select(Request.id, Request.status))
        }
        cursor = session.get(SyncState, CURSOR_KEY)
        return total, statuses, cursor.value if cursor else ""


BAD_PAGES = [
    b"{not json",
    {"items": [GOOD_ITEM, {**GOOD_ITEM, "id": "DAM-000002", "status": 3}], "cursor": "c1.9"},
    {"items": [{**GOOD_ITEM, "status": "withdrawn", "delivery": {"method": "drone"}}]},
    {"items": [{**GOOD_ITEM, "id": "DAM-000002"}], "cursor": 9},
]


@pytest.mark.parametrize("body", BAD_PAGES)
def test_a_bad_page_changes_nothing_in_the_store(
    fake: FakeCentral,
    client_for: Callable[..., CentralClient],
    sessions: sessionmaker[Session],
    body: Any,
) -> None:
    # What the store held before: one request, pulled earlier, and the cursor of that pull.
    fake.answer("/requests", {"items": [GOOD_ITEM], "cursor": "c1.1"})
    puller = Puller(client_for(fake.url, token="t"), sessions, EventHub())
    assert puller.pull().new == 1
    before = store_state(sessions)
    assert before == (1, {"DAM-000001": "assigned"}, "c1.1")

    fake.answer("/requests", body)
    with pytest.raises(BadAnswer):
        puller.pull()
    assert store_state(sessions) == before


def test_a_page_with_times_without_a_zone_leaves_the_store_alone(
    fake: FakeCentral,
    client_for: Callable[..., CentralClient],
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        upsert_requests(session, [RequestOut.model_validate(GOOD_ITEM)])
    before = store_state(sessions)
    naive = {**GOOD_ITEM, "id": "DAM-000002", "updated_at": "2026-03-01T09:00:00"}
    fake.answer("/requests", {"items": [naive], "cursor": "c1.2"})
    with pytest.raises(BadAnswer, match="updated_at"):
        Puller(client_for(fake.url, token="t"), sessions, EventHub()).pull()
    assert store_state(sessions) == before


def test_an_unreachable_server_during_a_pull_says_offline(
    closed_port_url: str, client_for: Callable[..., CentralClient], sessions: sessionmaker[Session]
) -> None:
    events: list[object] = []
    hub = EventHub()
    hub.subscribe(events.append)
    with pytest.raises(Offline):
        Puller(client_for(closed_port_url, token="t"), sessions, hub).pull()
    assert events == [WentOffline("the central server cannot be reached")]
    assert store_state(sessions) == (0, {}, "")


# --- bad input at the edge: refused, and the store left as it was ---------------------------


def test_an_oversized_answer_is_refused_and_the_store_left_alone(
    fake: FakeCentral, client_for: Callable[..., CentralClient], sessions: sessionmaker[Session]
) -> None:
    client = client_for(fake.url, token="t", max_response_bytes=4096)
    fake.answer("/requests", {"items": [GOOD_ITEM], "cursor": "c1.1"})
    puller = Puller(client, sessions, EventHub())
    puller.pull()
    before = store_state(sessions)
    many = [{**GOOD_ITEM, "id": f"DAM-{n:06d}"} for n in range(2, 40)]
    fake.answer("/requests", {"items": many, "cursor": "c1.40"})
    with pytest.raises(BadAnswer, match="too large"):
        puller.pull()
    assert store_state(sessions) == before


def test_an_oversized_answer_without_a_length_is_refused_while_read(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    fake.send_length = False  # the limit must hold without trusting the header
    fake.answer("/requests", {"items": [GOOD_ITEM] * 50, "cursor": "c1.1"})
    with pytest.raises(BadAnswer, match="too large"):
        client_for(fake.url, token="t", max_response_bytes=4096).requests_page()
    fake.answer("/requests", {"items": [GOOD_ITEM], "cursor": "c1.1"})
    assert len(client_for(fake.url, token="t", max_response_bytes=4096).requests_page().items) == 1


def snapshots_and_audit(sessions: sessionmaker[Session]) -> tuple[int, int]:
    with sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(RegistrySnapshot)) or 0,
            session.scalar(select(func.count()).select_from(AuditEntry)) or 0,
        )


def test_a_record_of_another_person_never_reaches_the_store(
    fake: FakeCentral, client_for: Callable[..., CentralClient], sessions: sessionmaker[Session]
) -> None:
    with sessions.begin() as session:
        upsert_requests(session, [RequestOut.model_validate(GOOD_ITEM)])
    before = store_state(sessions), snapshots_and_audit(sessions)
    fake.answer(f"/registry/{NN}", {**GOOD_RECORD, "national_number": "98765432109"})
    with pytest.raises(BadAnswer, match="record of another person"):
        client_for(fake.url, token="t").registry_record(NN)
    assert (store_state(sessions), snapshots_and_audit(sessions)) == before


CLAIM = {"request_id": "DAM-000001", "claimed_by": "dam.clerk1"}


def claim_answer(fake: FakeCentral) -> None:
    expires = (datetime.now(UTC) + timedelta(minutes=15)).isoformat()
    fake.answer("/requests/DAM-000001/claim", {**CLAIM, "lease_expires_at": expires})


@pytest.mark.parametrize(
    ("offset", "words"),
    [(2 * 3600 + 3 * 60, "2 h 3 min behind"), (-10 * 60, "10 min ahead of")],
)
def test_a_server_clock_far_off_refuses_the_lease_and_says_why(
    fake: FakeCentral,
    client_for: Callable[..., CentralClient],
    sessions: sessionmaker[Session],
    offset: float,
    words: str,
) -> None:
    with sessions.begin() as session:
        upsert_requests(session, [RequestOut.model_validate(GOOD_ITEM)])
    before = store_state(sessions), snapshots_and_audit(sessions)
    claim_answer(fake)
    fake.clock_offset = offset
    client = client_for(fake.url, token="t")
    keeper = LeaseKeeper(client, sessions, EventHub(), Actor("dam.clerk1", "W1", "DAM"))
    with pytest.raises(ClockSkew) as caught:
        keeper.renew("DAM-000001")
    assert words in caught.value.message
    assert "Set the date and time" in caught.value.message
    assert caught.value.code == ("clock_behind" if offset > 0 else "clock_ahead")
    assert set(caught.value.values) == {"hours", "minutes"}  # numbers, said in any language
    assert client.clock_offset is not None
    assert abs(client.clock_offset.total_seconds() - offset) < 5
    assert keeper.expires_at("DAM-000001") is None  # no lease recorded here
    assert (store_state(sessions), snapshots_and_audit(sessions)) == before


@pytest.mark.parametrize(
    ("offset", "date_header"),
    [(90.0, ""), (-200.0, ""), (0.0, "not a date"), (0.0, "Thu, 99 Foo 2026 25:61:00 GMT")],
)
def test_a_small_skew_or_an_unreadable_date_does_not_stop_a_claim(
    fake: FakeCentral, client_for: Callable[..., CentralClient], offset: float, date_header: str
) -> None:
    claim_answer(fake)
    fake.clock_offset = offset
    fake.date_header = date_header
    claim = client_for(fake.url, token="t").claim("DAM-000001")
    assert claim.claimed_by == "dam.clerk1"


def test_the_reference_server_agrees_with_our_clock(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    assert client.clock_offset is not None
    assert abs(client.clock_offset) < timedelta(seconds=5)


# --- the issuing body's document of a slow service ----------------------------------------

PDF = b"%PDF-1.4\n" + b"x" * 200 + b"\n%%EOF\n"


def test_the_bodys_document_of_a_slow_request(
    live_server: ServerThread, client_for: Callable[..., CentralClient]
) -> None:
    client = logged_in(client_for, live_server, "dam.clerk1")
    items = client.requests_page(limit=1000).items
    slow = next(item.id for item in items if item.service_class == "slow")
    fast = next(item.id for item in items if item.service_class == "fast")
    document = client.issued_document(slow)
    assert document.startswith(b"%PDF-")
    with pytest.raises(Refused, match="fast service") as caught:
        client.issued_document(fast)
    assert caught.value.status == 404


def test_the_bodys_document_is_returned_as_sent(
    fake: FakeCentral, client_for: Callable[..., CentralClient]
) -> None:
    fake.answer("/requests/DAM-000002/issued-document", PDF)
    fake.content_types["/requests/DAM-000002/issued-document"] = "application/pdf"
    assert client_for(fake.url, token="t").issued_document("DAM-000002") == PDF


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/json", b'{"detail": "x"}', "not a PDF .*application/json"),
        ("text/html; charset=utf-8", b"<html>proxy login</html>", "not a PDF .*text/html"),
        ("application/pdf", b"<html>proxy login</html>", "no %PDF- header"),
        ("application/pdf", b"", "no %PDF- header"),
        ("application/octet-stream", PDF, "not a PDF"),
    ],
)
def test_an_answer_that_is_no_pdf_is_refused(
    fake: FakeCentral,
    client_for: Callable[..., CentralClient],
    content_type: str,
    body: bytes,
    expected: str,
) -> None:
    path = "/requests/DAM-000002/issued-document"
    fake.answer(path, body)
    fake.content_types[path] = content_type
    with pytest.raises(BadAnswer, match=expected):
        client_for(fake.url, token="t").issued_document("DAM-000002")


@pytest.mark.parametrize("send_length", [True, False])
def test_an_oversized_bodys_document_is_refused_while_read(
    fake: FakeCentral,
    client_for: Callable[..., CentralClient],
    monkeypatch: pytest.MonkeyPatch,
    send_length: bool,
) -> None:
    monkeypatch.setattr(api, "MAX_ISSUED_DOCUMENT_BYTES", 100)
    path = "/requests/DAM-000002/issued-document"
    fake.answer(path, PDF)
    fake.content_types[path] = "application/pdf"
    fake.send_length = send_length
    client = client_for(fake.url, token="t")
    with pytest.raises(BadAnswer, match="too large"):
        client.issued_document("DAM-000002")
    # the limit is this call's only: other answers keep the client's own limit
    fake.answer("/requests", {"items": [], "cursor": "c1.0", "more": False})
    assert client.requests_page().items == []
