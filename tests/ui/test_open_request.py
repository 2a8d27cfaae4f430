"""The request open at the desk (ui.open_request): a colleague took its lease while it was
open, and the clerk is told who holds it; the request is closed before anything is decided
twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import requests
from pytestqt.qtbot import QtBot

from central.db import RequestRow, make_engine, write_session
from central.server import ServerThread
from clerk_desk import workflow

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue


def run_out_on_server(database_url: str, request_id: str) -> None:
    """The lease ends at the server (the clerk went for tea and it was not renewed)."""
    engine = make_engine(database_url)
    try:
        with write_session(engine) as session:
            row = session.get_one(RequestRow, request_id)
            row.lease_expires_at = datetime.now(UTC) - timedelta(seconds=1)
            session.commit()
    finally:
        engine.dispose()


def test_a_lease_a_colleague_took_closes_the_request_and_says_who(
    open_desk: WindowFactory, qtbot: QtBot, live_server: ServerThread
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    request_id = window.queue.model.row_at(0).id
    window.open_request(request_id)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.state == "in_review",
        timeout=10_000,
    )
    run_out_on_server(live_server.database_url, request_id)
    login = requests.post(
        f"{live_server.api_url}/login",
        json={"username": "dam.clerk2", "password": "demo", "workstation": "W2"},
        timeout=10,
    )
    token = login.json()["token"]
    taken = requests.post(
        f"{live_server.api_url}/requests/{request_id}/claim",
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert taken.status_code == 200  # clerk 2 holds it now
    desk = window.desk
    with desk.sessions.begin() as session:  # this desk last heard its lease ends now
        workflow.record_claim(session, desk.actor, request_id, datetime.now(UTC))

    window.counter.keep_lease()  # the lease timer's turn: the sync worker renews, and is refused
    qtbot.waitUntil(lambda: window.panel.opened is None, timeout=10_000)
    assert "dam.clerk2" in window.last_error  # the clerk is told who works it now
    assert desk.sync.kept_lease is None
    window.counter.keep_lease()
    assert desk.sync.kept_lease is None  # nothing open: nothing kept
