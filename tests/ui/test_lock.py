"""The idle lock hides citizens' data and opens again only for the person's password;
the same check lets a clerk log in while the server is down."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from clerk_desk import config as cfg
from sync.client import Offline
from tests.enrollment import approve_desk
from ui.app import build_workstation

from .conftest import WindowFactory


def test_idle_window_locks_and_unlocks_with_the_password(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)
    window.idle.minutes = 0  # as if ten quiet minutes had passed
    window.idle.check()
    assert window.locked
    assert not window.queue.isVisible() and not window.panel.isVisible()
    assert not window.actions_by_key[window_action("ACCEPT")].isEnabled()

    window.lock_screen.password.setText("not-it")
    window.lock_screen.button.click()
    qtbot.waitUntil(lambda: window.lock_screen.message.text() != "", timeout=5_000)
    assert window.locked

    window.lock_screen.password.setText("demo")
    window.lock_screen.button.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=5_000)
    assert window.queue.isVisible()


def window_action(name: str) -> object:
    from ui.actions import MainAction

    return MainAction[name]


def test_a_clerk_logs_in_offline_with_the_last_good_password(
    live_server: object, tmp_path: Path
) -> None:
    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, live_server.url)  # type: ignore[attr-defined]
    desk = build_workstation(settings, tmp_path / "desk")
    online = desk.session.login("dam.clerk1", "demo")
    approve_desk(desk, live_server.url)  # type: ignore[attr-defined]
    desk.client.close()

    settings.set(cfg.SERVER_URL, "http://127.0.0.1:9")  # the link is down
    offline_desk = build_workstation(settings, tmp_path / "desk")
    with pytest.raises(Offline):
        offline_desk.session.login("dam.clerk1", "wrong")
    result = offline_desk.session.login("dam.clerk1", "demo")
    assert result.user == online.user  # the same person, role and center
    assert result.token == ""  # the server will ask for a real log-in when it is back
    # documents can still be signed: the key and its certificate are in the keyring
    assert offline_desk.session.signer is not None
    assert offline_desk.session.signer.certificate == desk.session.signer.certificate
    offline_desk.client.close()


def test_log_in_and_closing_the_window_are_audited(open_desk: WindowFactory, qtbot: QtBot) -> None:
    from sqlalchemy import select

    from clerk_desk.store.models import AuditEntry

    window = open_desk("dam.clerk2")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)
    window.close()
    with window.desk.sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[0] == "log_in"
    assert actions[-1] == "log_out"
