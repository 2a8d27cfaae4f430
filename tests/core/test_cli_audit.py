"""``clerk-desk audit verify``: the local chain, and the central server's copy of it when
it can be reached; it says so when it cannot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from central.server import ServerThread
from clerk_desk import audit, cli
from clerk_desk.store.db import open_store
from sync.audit_upload import upload_audit
from sync.client import CentralClient
from sync.credentials import TokenStore

WORKSTATION = "W5"


def store(folder: Path) -> sessionmaker[Session]:
    folder.mkdir(parents=True)
    return open_store(folder / "workstation.sqlite3", TokenStore().store_key(create=True))


def write(sessions: sessionmaker[Session], *actions: str) -> None:
    with sessions.begin() as session:
        for action in actions:
            audit.append(session, actor="dam.clerk1", workstation=WORKSTATION, action=action)


def verify(tmp_path: Path, data: Path, *more: str) -> int:
    settings = tmp_path / "settings.json"
    return cli.main(["--config", str(settings), "--data-dir", str(data), "audit", "verify", *more])


@pytest.fixture
def settings(live_server: ServerThread, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"server_url": live_server.url, "workstation": WORKSTATION})
    )
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "demo")


def test_the_chain_agrees_with_the_servers_copy(
    live_server: ServerThread,
    settings: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sessions = store(tmp_path / "data")
    write(sessions, "log_in", "open", "log_out")
    client = CentralClient(live_server.url)
    try:
        client.login("dam.clerk1", "demo", WORKSTATION)
        upload_audit(client, sessions, author="dam.clerk1")
    finally:
        client.close()
    write(sessions, "log_in")  # not sent yet
    assert verify(tmp_path, tmp_path / "data", "--user", "dam.clerk1") == 0
    out = capsys.readouterr().out
    assert "audit log intact: 4 entries" in out
    assert "the central server's copy agrees: 3 entries; 1 not uploaded yet" in out

    # A store replaced by another, intact in itself: only the server's copy shows it.
    replaced = store(tmp_path / "replaced")
    write(replaced, "purge", "seal")  # its own two entries, unlike the first two
    assert verify(tmp_path, tmp_path / "replaced", "--user", "dam.clerk1") == 1
    captured = capsys.readouterr()
    assert "audit log intact: 2 entries" in captured.out
    assert "DIFFERS: entries [1, 2] differ, entries [3] are on the server" in captured.err
    for sessions_ in (sessions, replaced):
        sessions_.kw["bind"].dispose()


def test_it_says_when_it_did_not_compare(
    settings: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = store(tmp_path / "data")
    write(sessions, "log_in")
    sessions.kw["bind"].dispose()
    assert verify(tmp_path, tmp_path / "data") == 0
    assert "not compared with the central server's copy: give --user" in capsys.readouterr().out
    # A server out of reach: the local chain is still checked, and the output says why.
    unreachable = "http://127.0.0.1:9"
    assert verify(tmp_path, tmp_path / "data", "--user", "dam.clerk1", "--server", unreachable) == 0
    out = capsys.readouterr().out
    assert "audit log intact: 1 entries" in out
    assert "not compared with the central server's copy: " in out
