"""The server as the workstation meets it: uvicorn on a loopback port."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import requests

from central.app import BodyLimitMiddleware
from central.server import ServerThread, default_database_path, serve_in_background
from clerk_desk.api import API_PREFIX, LoginOut, RequestPage
from tests.databases import Databases

if TYPE_CHECKING:
    from starlette.types import Message, Receive, Scope, Send


def test_live_server_serves_the_contract(live_server: ServerThread) -> None:
    api = live_server.url + API_PREFIX
    with requests.Session() as http:
        assert http.get(f"{api}/health", timeout=10).json() == {"status": "ok"}
        answer = http.post(
            f"{api}/login", json={"username": "ltk.clerk1", "password": "demo"}, timeout=10
        )
        login = LoginOut.model_validate(answer.json())
        http.headers["Authorization"] = f"Bearer {login.token}"
        page = RequestPage.model_validate(http.get(f"{api}/requests", timeout=10).json())
        assert page.items
        assert {item.center_code for item in page.items} == {"LTK"}
        item = page.items[0]
        claim = http.post(f"{api}/requests/{item.id}/claim", timeout=10)
        assert claim.status_code == 200
        record = http.get(f"{api}/registry/{item.subject.national_number}", timeout=10)
        assert record.status_code == 200


def test_each_live_server_starts_from_a_fresh_database(live_server: ServerThread) -> None:
    # The previous test claimed a request; this server has never seen that claim.
    api = live_server.url + API_PREFIX
    with requests.Session() as http:
        token = http.post(
            f"{api}/login", json={"username": "ltk.clerk2", "password": "demo"}, timeout=10
        ).json()["token"]
        page = http.get(
            f"{api}/requests", headers={"Authorization": f"Bearer {token}"}, timeout=10
        ).json()
    assert all(item["claimed_by"] is None for item in page["items"] if item["status"] == "assigned")


def test_logs_name_request_ids_but_no_national_numbers_or_names(
    live_server: ServerThread, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api = live_server.url + API_PREFIX
    with requests.Session() as http:
        token = http.post(
            f"{api}/login", json={"username": "dam.clerk1", "password": "demo"}, timeout=10
        ).json()["token"]
        http.headers["Authorization"] = f"Bearer {token}"
        item = http.get(f"{api}/requests", timeout=10).json()["items"][0]
        http.post(f"{api}/requests/{item['id']}/claim", timeout=10)
        record = http.get(f"{api}/registry/{item['subject']['national_number']}", timeout=10)
        assert record.status_code == 200

    def server_log() -> str:
        # The client's own urllib3 lines print the URL; only the server's lines count here.
        return "\n".join(
            r.getMessage() for r in caplog.records if r.name.startswith(("central", "uvicorn"))
        )

    # The access line is written after the answer went out: give the server a moment.
    deadline = time.monotonic() + 60
    while "/registry/{national_number}" not in server_log() and time.monotonic() < deadline:
        time.sleep(0.02)
    text = server_log()
    assert item["id"] in text
    assert "/registry/{national_number}" in text
    assert item["subject"]["national_number"] not in text
    assert item["subject"]["first_name"] not in text
    assert item["requester_name"] not in text


def test_a_server_thread_stops_and_frees_its_port(databases: Databases) -> None:
    server = serve_in_background(databases.new(), seed=None)
    url = server.url
    assert url.startswith("http://127.0.0.1:")
    server.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{url}{API_PREFIX}/health", timeout=2)


def test_an_unknown_seed_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="seed"):
        ServerThread(f"sqlite:///{tmp_path / 'c.sqlite3'}", seed="everything")


def test_the_default_database_lives_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = default_database_path()
    assert path.name == "central.sqlite3"
    assert path.parent.name == "clerk-desk"
    assert path.parent.is_dir()


# --- the body limit, at the ASGI level ----------------------------------------------------


def _call(
    app: Any, chunks: list[bytes], headers: list[tuple[bytes, bytes]]
) -> tuple[list[Message], list[bytes]]:
    received: list[bytes] = []
    sent: list[Message] = []

    async def inner(scope: Scope, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            received.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    messages = [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
        for i, chunk in enumerate(chunks)
    ]

    async def receive() -> Message:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/x", "headers": headers}
    asyncio.run(BodyLimitMiddleware(inner, max_bytes=10)(scope, receive, send))
    return sent, received


def test_body_limit_refuses_a_declared_length_without_reading() -> None:
    sent, received = _call(None, [b"x" * 11], [(b"content-length", b"11")])
    assert sent[0]["status"] == 413
    assert received == []


def test_body_limit_counts_a_streamed_body() -> None:
    sent, received = _call(None, [b"x" * 6, b"x" * 6], [])
    assert sent[0]["status"] == 413
    assert received == []


def test_body_limit_passes_a_body_within_the_limit_whole() -> None:
    sent, received = _call(None, [b"12345", b"67890"], [(b"content-length", b"10")])
    assert sent[0]["status"] == 200
    assert b"".join(received) == b"1234567890"
