"""Hostile input gets a clear 4xx with a code of the catalogue, never a 500, and nothing
changes on the server: ids and counts past what a column holds, free-form JSON nested too
deep or holding what JSON should not, lone surrogates, cursors and times out of range,
bodies that are no JSON text, and text a person reads with control or direction-changing
characters in it.
"""

from __future__ import annotations

import json
import logging
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from central.db import Base, RequestRow, make_engine, read_session
from clerk_desk.audit import GENESIS
from clerk_desk.bounds import MAX_INT, MAX_JSON_DEPTH
from clerk_desk.refusals import REFUSALS
from tests.central.conftest import Api


def key() -> str:
    return uuid.uuid4().hex


def server_state(api: Api) -> dict[str, int]:
    """How many rows each table holds, and the newest change: what a refused call must
    leave as it was."""
    engine = make_engine(api.database_url)
    try:
        with read_session(engine) as session:
            counts = {
                table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
                for table in Base.metadata.sorted_tables
            }
            counts["change_seq"] = int(session.scalar(select(func.max(RequestRow.change_seq))) or 0)
            return counts
    finally:
        engine.dispose()


def refused(answer: httpx.Response, code: str) -> dict[str, str]:
    """The answer is refusal ``code`` of the catalogue, as readable UTF-8 JSON that does
    not echo the input it refused; returns its values."""
    text = answer.content.decode("utf-8")  # an answer that cannot be decoded fails here
    body: dict[str, Any] = json.loads(text)
    assert body.get("code") == code, (answer.status_code, body)
    assert answer.status_code == REFUSALS[code].status, (code, answer.status_code)
    assert set(REFUSALS[code].names) <= set(body["values"]), body
    for error in body["detail"] if isinstance(body["detail"], list) else ():
        assert "input" not in error, error
    return dict(body["values"])


def post_raw(api: Api, path: str, headers: dict[str, str], text: str) -> httpx.Response:
    """A body sent exactly as written (``json=`` would refuse a lone surrogate itself)."""
    return api.post(
        path, {**headers, "Content-Type": "application/json"}, content=text.encode("ascii")
    )


def nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


def station(api: Api, username: str = "dam.clerk1") -> dict[str, str]:
    """A log-in naming its workstation, as the audit upload needs."""
    answer = api.post(
        "/login", json={"username": username, "password": "demo", "workstation": "W1"}
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def claimed(api: Api, headers: dict[str, str]) -> str:
    items, _ = api.pull_all(headers)
    request_id = next(item["id"] for item in items if item["status"] == "assigned")
    assert api.post(f"/requests/{request_id}/claim", headers).status_code == 200
    return request_id


def audit_entry(entry_id: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": entry_id,
        "at": "2026-03-01T09:00:00+03:00",
        "actor": "dam.clerk1",
        "workstation": "W1",
        "request_id": None,
        "action": "login",
        "detail": {},
        "prev_hash": GENESIS,
        "hash": "0" * 64,
        **extra,
    }


# --- ids and counts past what a column holds ---------------------------------------------


@pytest.mark.parametrize("entry_id", [2**63 + 1, 2**63, MAX_INT + 1])
def test_an_audit_entry_id_past_the_column_is_refused(api: Api, entry_id: int) -> None:
    headers = station(api)
    before = server_state(api)
    body = {"count": 1, "entries": [audit_entry(entry_id)]}
    values = refused(api.post("/audit", headers, json=body), "invalid_input")
    assert values["field"] == "body.entries.0.id"
    big_count = {"count": entry_id, "entries": [audit_entry(1)]}
    assert refused(api.post("/audit", headers, json=big_count), "invalid_input") == {
        "field": "body.count"
    }
    assert server_state(api) == before
    assert api.get("/audit/head", headers).json()["entry_id"] == 0


@pytest.mark.parametrize("path", ["/notices/2147483648/read", "/notices/99999999999999999999/read"])
def test_a_notice_id_past_the_column_is_refused(api: Api, path: str) -> None:
    headers = api.login("dam.clerk1")
    before = server_state(api)
    assert refused(api.post(path, headers), "invalid_input")["field"] == "path.notice_id"
    assert server_state(api) == before


def test_an_attachment_id_past_the_column_is_refused(api: Api) -> None:
    headers = api.login("dam.clerk1")
    items, _ = api.pull_all(headers)
    path = f"/requests/{items[0]['id']}/attachments/{2**63}"
    assert refused(api.get(path, headers), "invalid_input")["field"] == "path.attachment_id"


@pytest.mark.parametrize(
    "cursor", ["c1.9223372036854775808", "c1.18446744073709551616", "c1." + "9" * 90, "c1.٣"]
)
def test_a_cursor_past_the_change_column_is_refused(api: Api, cursor: str) -> None:
    headers = api.login("dam.clerk1")
    refused(api.get("/requests", headers, params={"since": cursor}), "bad_cursor")
    assert api.get("/requests", headers, params={"since": f"c1.{MAX_INT}"}).status_code == 200


# --- times out of range -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/dashboard", {"until": "0001-01-01T01:00:00Z"}),
        ("/dashboard", {"since": "0001-01-01T00:00:00+05:00", "until": "0001-01-02T00:00:00Z"}),
        ("/dashboard", {"until": "9999-12-31T23:00:00-05:00"}),
        ("/acceptances/sample", {"since": "0001-01-01T00:00:00+05:00"}),
    ],
)
def test_a_time_out_of_range_is_refused(api: Api, path: str, params: dict[str, str]) -> None:
    headers = api.login("dam.supervisor")
    values = refused(api.get(path, headers, params=params), "time_out_of_range")
    assert values == {"first": "1900", "last": "9000"}


@pytest.mark.parametrize("params", [{"until": "0.5"}, {"since": "1700000000"}])
def test_a_time_given_as_a_number_is_refused(api: Api, params: dict[str, str]) -> None:
    """The schema says ISO 8601 text; a number is not taken for a time in 1970."""
    headers = api.login("dam.supervisor")
    refused(api.get("/dashboard", headers, params=params), "invalid_input")


def test_an_audit_entry_of_the_year_one_is_refused(api: Api) -> None:
    headers = station(api)
    before = server_state(api)
    body = {"count": 1, "entries": [audit_entry(1, at="0001-01-01T00:00:00+05:00")]}
    refused(api.post("/audit", headers, json=body), "time_out_of_range")
    assert server_state(api) == before


# --- free-form JSON -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("comparison", nested(256)),
        ("comparison", nested(MAX_JSON_DEPTH + 1)),
        ("registry_snapshot", nested(256)),
        ("comparison", {"a": list(range(6000))}),
        ("comparison", {"a": 2**64}),
    ],
)
def test_a_decision_with_evidence_past_the_limits_is_refused(
    api: Api, name: str, value: dict[str, Any]
) -> None:
    headers = api.login("dam.clerk1")
    request_id = claimed(api, headers)
    before = server_state(api)
    body = {"idempotency_key": key(), "outcome": "accept", name: value}
    answer = api.post(f"/requests/{request_id}/decision", headers, json=body)
    values = refused(answer, "data_out_of_bounds")
    assert values["field"].startswith(f"body.{name}")
    assert server_state(api) == before
    assert api.get(f"/requests/{request_id}", headers).json()["status"] == "assigned"


def test_evidence_within_the_limits_is_taken(api: Api) -> None:
    headers = api.login("dam.clerk1")
    request_id = claimed(api, headers)
    # A rejection: an acceptance is held to the server's own look-up and comparison.
    body = {
        "idempotency_key": key(),
        "outcome": "reject",
        "reason_code": "other",
        "reason_text": "سبب",
        "comparison": nested(MAX_JSON_DEPTH),
    }
    assert api.post(f"/requests/{request_id}/decision", headers, json=body).status_code == 200


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_evidence_holding_nan_or_infinity_is_refused(api: Api, literal: str) -> None:
    """Python's JSON reader takes these; PostgreSQL's JSON and every other reader do not."""
    headers = api.login("dam.clerk1")
    request_id = claimed(api, headers)
    before = server_state(api)
    text = (
        f'{{"idempotency_key": "{key()}", "outcome": "accept", "comparison": {{"x": {literal}}}}}'
    )
    answer = post_raw(api, f"/requests/{request_id}/decision", headers, text)
    assert refused(answer, "data_out_of_bounds")["field"] == "body.comparison.x"
    assert server_state(api) == before


def test_an_audit_entry_detail_nested_too_deep_is_refused(api: Api) -> None:
    headers = station(api)
    before = server_state(api)
    body = {"count": 1, "entries": [audit_entry(1, detail=nested(300))]}
    refused(api.post("/audit", headers, json=body), "data_out_of_bounds")
    assert server_state(api) == before


# --- bodies that are no JSON text -------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 200_000 + b"]" * 200_000,  # deeper than the JSON reader goes
        b'{"username": "\xff\xfe", "password": "x"}',  # not UTF-8
        b'{"username": "a", "password": ' + b"9" * 5000 + b"}",  # a number too long to read
    ],
    ids=["nested-200000", "not-utf8", "long-number"],
)
def test_a_body_that_is_no_json_text_is_refused(api: Api, content: bytes) -> None:
    before = server_state(api)
    answer = api.post("/login", {"Content-Type": "application/json"}, content=content)
    assert answer.status_code in (400, 422), answer.text
    refused(answer, "unreadable_body" if answer.status_code == 400 else "invalid_input")
    assert server_state(api) == before


def test_no_such_address_and_no_such_method_are_the_catalogue_s(api: Api) -> None:
    refused(api.get("/no/such/thing"), "no_such_route")
    answer = api.client.request("PUT", "/api/v1/requests/DAM-000001/claim")
    refused(answer, "method_not_allowed")
    assert answer.headers["allow"] == "DELETE, POST"  # both of the claim's, not the first's


# --- lone surrogates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ('{"username": "\\ud800", "password": "demo"}', "body.username"),
        ('{"username": "dam.clerk1", "password": "\\udfff"}', "body.password"),
        ('{"username": "dam.clerk1", "password": "demo", "\\ud800": 1}', "body"),
        ('{"username": "a\\ud800b", "password": ["\\ud800"]}', "body.username"),
    ],
)
def test_a_lone_surrogate_at_log_in_is_refused_and_not_echoed(
    api: Api, text: str, field: str
) -> None:
    before = server_state(api)
    answer = post_raw(api, "/login", {}, text)
    assert refused(answer, "broken_text")["field"] == field
    assert "\\ud800" not in answer.text and "\\udfff" not in answer.text
    assert server_state(api) == before


@pytest.mark.parametrize(
    "body",
    [
        '"reason_text": "\\ud800", "outcome": "reject", "reason_code": "data_mismatch"',
        '"outcome": "accept", "comparison": {"\\udc00": "x"}',
        '"outcome": "accept", "registry_snapshot": {"first_name": ["\\udbff"]}',
    ],
)
def test_a_lone_surrogate_anywhere_in_a_decision_is_refused(api: Api, body: str) -> None:
    headers = api.login("dam.clerk1")
    request_id = claimed(api, headers)
    before = server_state(api)
    text = f'{{"idempotency_key": "{key()}", {body}}}'
    refused(post_raw(api, f"/requests/{request_id}/decision", headers, text), "broken_text")
    assert server_state(api) == before


def test_a_surrogate_pair_is_text_and_is_taken(api: Api) -> None:
    """``\\ud83d\\udcc4`` is one character (📄): only a lone half is refused."""
    answer = post_raw(api, "/login", {}, '{"username": "\\ud83d\\udcc4", "password": "demo"}')
    assert answer.status_code == 401  # no such user, said as usual


# --- text a person reads -------------------------------------------------------------------

OVERRIDE = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "‮fdp.exe" shows as "exe.pdf"
HOSTILE = [
    ("\u202e", "U+202E"),
    ("\u2067", "U+2067"),
    ("\u200f", "U+200F"),
    ("\x07", "U+0007"),
    ("\x1b[2J", "U+001B"),
    ("\u2028", "U+2028"),
]


@pytest.mark.parametrize(("character", "code_point"), HOSTILE)
def test_a_rejection_reason_with_a_hidden_character_is_refused(
    api: Api, character: str, code_point: str
) -> None:
    headers = api.login("dam.clerk1")
    request_id = claimed(api, headers)
    before = server_state(api)
    body = {
        "idempotency_key": key(),
        "outcome": "reject",
        "reason_code": "data_mismatch",
        "reason_text": f"اسم الأم {character}لا يطابق",
    }
    answer = api.post(f"/requests/{request_id}/decision", headers, json=body)
    assert refused(answer, "unsafe_text") == {"character": code_point}
    assert server_state(api) == before


@pytest.mark.parametrize(
    ("username", "path", "body"),
    [
        (
            "dam.clerk1",
            "/requests/DAM-000001/collected",
            {"received_by": f"أحمد{OVERRIDE} الحلبي"},
        ),
        ("dam.clerk1", "/requests/DAM-000001/collected", {"received_by": "أحمد\nالحلبي"}),
        (
            "dam.clerk1",
            "/dispatches",
            {"batch_id": "B-1", "courier_name": f"{OVERRIDE}سامر", "request_ids": ["DAM-1"]},
        ),
        ("dam.supervisor", "/reviews/DAM-000001", {"outcome": "uphold", "note": f"x{OVERRIDE}"}),
        (
            "dam.supervisor",
            "/acceptances/DAM-000001/second-look",
            {"outcome": "concern", "note": "خطأ\x00"},
        ),
        (
            "dam.clerk1",
            "/requests/DAM-000001/issuance",
            {
                "document_number": f"D{OVERRIDE}1",
                "document_sha256": "0" * 64,
                "envelope_sha256": "0" * 64,
            },
        ),
    ],
    ids=["receiver-override", "receiver-newline", "courier", "review", "second-look", "document"],
)
def test_names_and_notes_with_a_hidden_character_are_refused(
    api: Api, username: str, path: str, body: dict[str, Any]
) -> None:
    headers = api.login(username)
    before = server_state(api)
    answer = api.post(path, headers, json={"idempotency_key": key(), **body})
    refused(answer, "unsafe_text")
    assert server_state(api) == before


def test_a_reason_on_several_lines_and_markup_are_plain_text_kept_as_typed(api: Api) -> None:
    """Line breaks are the reason's own; ``<script>`` is text, shown as text everywhere."""
    headers = api.login("dam.clerk1")
    request_id = claimed(api, headers)
    reason = "اسم الأم لا يطابق السجل المدني.\n<script>alert(1)</script> <b>x</b>"
    body = {
        "idempotency_key": key(),
        "outcome": "reject",
        "reason_code": "data_mismatch",
        "reason_text": reason,
    }
    assert api.post(f"/requests/{request_id}/decision", headers, json=body).status_code == 200
    reviews = api.get("/reviews", api.login("dam.supervisor")).json()["items"]
    assert next(r for r in reviews if r["request"]["id"] == request_id)["reason_text"] == reason


# --- the workstation's name, and the log ---------------------------------------------------


@pytest.mark.parametrize(
    "workstation", ["W1\n2026-03-01 central log-in dam.supervisor", "W 1", "و1"]
)
def test_a_workstation_name_out_of_its_characters_is_refused_at_log_in(
    api: Api, workstation: str
) -> None:
    before = server_state(api)
    body = {"username": "dam.clerk1", "password": "demo", "workstation": workstation}
    assert refused(api.post("/login", json=body), "invalid_input") == {"field": "body.workstation"}
    assert server_state(api) == before


def test_no_caller_writes_a_line_of_its_own_into_the_server_log(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    """The access log quotes the raw path's request id before any validation: a line break
    in it is written as an escape, so the log keeps one line per call."""
    headers = api.login("dam.clerk1")
    forged = "X%0A2026-03-01%2009:00:00%20central%20log-in%20dam.supervisor%E2%80%AE"
    with caplog.at_level(logging.INFO, logger="central"):
        answer = api.post(f"/requests/{forged}/claim", headers)
        # The access line is written after the answer is sent, in the same step of the
        # server's event loop: once a later call is answered, it has been written.
        assert api.get("/health").status_code == 200
    assert answer.status_code == 422
    lines = [r.getMessage() for r in caplog.records if r.name == "central"]
    assert any("\\u000a2026-03-01" in line for line in lines), lines
    assert not any("\n" in line or "\u202e" in line for line in lines), lines
