"""``clerk-desk demo`` enrolls and approves its workstation; ``clerk-desk workstations``
lets a shift supervisor list, approve and revoke workstation keys from a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

from central.server import ServerThread
from clerk_desk import cli
from clerk_desk import config as cfg
from sync.client import CentralClient
from sync.credentials import TokenStore
from sync.enrollment import WorkstationKey


def test_the_demo_workstation_is_approved_before_it_logs_in(
    live_server: ServerThread, tmp_path: Path
) -> None:
    settings_path = tmp_path / "settings.json"
    cli._approve_demo_workstation(live_server.url, settings_path, "hms.clerk1")
    workstation = cfg.Config.load(settings_path).get(cfg.WORKSTATION)
    assert workstation != "W1"  # named once, saved for the GUI that starts next
    client = CentralClient(live_server.url)
    try:
        client.login("hms.clerk1", "demo", workstation)
        key = WorkstationKey(client, TokenStore(), workstation).refresh()
    finally:
        client.close()
    assert key is not None and key.approved and key.certificate is not None
    assert key.certificate.center_code == "HMS"
    cli._approve_demo_workstation(live_server.url, settings_path, "hms.clerk1")  # again: no-op


def test_a_supervisor_lists_approves_and_revokes_from_the_terminal(
    live_server: ServerThread,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    client = CentralClient(live_server.url)
    try:
        client.login("hma.clerk1", "demo", "TERM1")
        key = WorkstationKey(client, TokenStore(), "TERM1").refresh()
    finally:
        client.close()
    assert key is not None and key.key_id is not None
    monkeypatch.setenv("CLERK_DESK_PASSWORD", "demo")
    base = ["--config", str(tmp_path / "settings.json"), "workstations"]
    server = ["--user", "hma.supervisor", "--server", live_server.url]

    assert cli.main([*base, "list", *server]) == 0
    assert f"{key.key_id}\tTERM1\tpending\thma.clerk1" in capsys.readouterr().out
    assert cli.main([*base, "approve", key.key_id, *server]) == 0
    assert "\tapproved\t" in capsys.readouterr().out
    assert cli.main([*base, "revoke", key.key_id, *server]) == 0
    assert "\trevoked\t" in capsys.readouterr().out
    assert cli.main([*base, "approve", key.key_id, *server]) == 1  # revoked stays revoked
    assert "was revoked" in capsys.readouterr().err
    clerk = ["--user", "hma.clerk1", "--server", live_server.url]
    assert cli.main([*base, "revoke", key.key_id, *clerk]) == 1
    assert "only a supervisor" in capsys.readouterr().err
    assert cli.main([*base, "approve", *server]) == 2  # which key?
