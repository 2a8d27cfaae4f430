"""A request the server withdraws is marked so, the clerk is told, and it cannot be
decided or printed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from central.db import RequestRow, make_engine, next_change_seqs, write_session
from clerk_desk.workflow import RuleViolation

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue


def withdraw_on_server(database_url: str, request_id: str) -> None:
    engine = make_engine(database_url)
    try:
        with write_session(engine) as session:
            row = session.get_one(RequestRow, request_id)
            row.status = "withdrawn"
            row.updated_at = datetime.now(UTC)
            row.change_seq = next_change_seqs(session)
            session.commit()
    finally:
        engine.dispose()


def test_a_withdrawn_request_is_shown_and_blocked(
    open_desk: WindowFactory, qtbot: QtBot, live_server: object
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    request_id = window.queue.model.row_at(0).id
    window.open_request(request_id)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.state == "in_review",
        timeout=10_000,
    )

    withdraw_on_server(live_server.database_url, request_id)  # type: ignore[attr-defined]
    window.pull()
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.state == "withdrawn",
        timeout=10_000,
    )
    assert window.status.currentMessage()  # the clerk is told
    assert not window.panel.accept_button.isEnabled()
    assert not window.panel.reject_button.isEnabled()
    with pytest.raises(RuleViolation):
        window.desk.paper.prepare(request_id)
