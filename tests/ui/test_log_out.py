"""Closing the window ends the session at the server, and never waits on the link."""

from __future__ import annotations

import socket
import threading

import requests
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from central.db import AuditEntryRow, make_engine, read_session
from central.server import ServerThread

from .conftest import WindowFactory


class SilentServer:
    """Takes one HTTP call and answers it (204) only when the test says so."""

    def __init__(self) -> None:
        self._socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        self.received = threading.Event()
        self._answer = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        connection, _ = self._socket.accept()
        with connection:
            connection.recv(65536)
            self.received.set()
            self._answer.wait(30)
            connection.sendall(b"HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n")

    def answer(self) -> None:
        self._answer.set()
        self._thread.join(10)
        self._socket.close()


def test_closing_the_window_revokes_the_token_at_the_server(
    open_desk: WindowFactory, live_server: ServerThread, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk2")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)
    desk = window.desk
    token = desk.client.token
    assert token and desk.tokens.load(desk.client.base_url, "dam.clerk2") == token
    window.close()
    window.runner.wait()
    answer = requests.get(
        f"{live_server.api_url}/requests", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert answer.status_code == 401
    assert answer.json()["code"] == "session_revoked"
    assert desk.tokens.load(desk.client.base_url, "dam.clerk2") is None


def test_closing_sends_the_clerks_own_audit_entries_before_revoking(
    open_desk: WindowFactory, live_server: ServerThread, qtbot: QtBot
) -> None:
    """The server takes an entry only from its author: the log-out entry, written as the
    window closes, goes with that clerk's token, or it would hold back the next clerk's."""
    window = open_desk("dam.clerk2")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)
    window.close()
    window.runner.wait()
    engine = make_engine(live_server.database_url)
    try:
        with read_session(engine) as session:
            actions = list(
                session.scalars(
                    select(AuditEntryRow.action)
                    .where(AuditEntryRow.actor == "dam.clerk2")
                    .order_by(AuditEntryRow.id)
                )
            )
    finally:
        engine.dispose()
    assert actions[-1] == "log_out", actions


def test_closing_does_not_wait_for_a_silent_server(open_desk: WindowFactory, qtbot: QtBot) -> None:
    window = open_desk("dam.clerk1")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)
    silent = SilentServer()
    window.desk.client.base_url = silent.url  # the link goes bad just before closing
    token = window.desk.client.token
    window.close()
    assert not window.isVisible()
    assert silent.received.wait(10)  # the log-out was sent ...
    assert window.desk.client.token == token  # ... and still waits: the window did not
    silent.answer()
    window.runner.wait()
    assert window.desk.client.token is None


def test_a_session_ended_elsewhere_asks_to_log_in_again_and_says_why(
    open_desk: WindowFactory, live_server: ServerThread, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)
    token = window.desk.client.token
    ended = requests.post(
        f"{live_server.api_url}/logout", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert ended.status_code == 204
    window.pull()
    qtbot.waitUntil(
        lambda: window.login_dialog is not None and window.login_dialog.isVisible(),
        timeout=10_000,
    )
    assert window.login_dialog is not None
    assert window.login_dialog.message.text() == (
        "أُنهيت الجلسة (بتسجيل الخروج أو بتغيير كلمة المرور): سجّل الدخول من جديد"
    )
