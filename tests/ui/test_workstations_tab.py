"""A new workstation waits for the supervisor before it prints; the supervisor approves and
revokes workstation keys from the Workstations tab, each decision audited."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clerk_desk import config as cfg
from clerk_desk.store.models import AuditEntry
from clerk_desk.workflow import RuleViolation
from ui.app import build_workstation
from ui.explain import explain
from ui.views import select_row
from ui.workstation import Workstation

from .conftest import WindowFactory

SHOTS = (
    Path(os.environ.get("CLERK_DESK_SCREENSHOTS", ""))
    if "CLERK_DESK_SCREENSHOTS" in os.environ
    else None
)


def _clerk_desk(server_url: str, data_dir: Path) -> Workstation:
    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, server_url)
    desk = build_workstation(settings, data_dir)
    desk.session.login("dam.clerk2", "demo")
    return desk


def test_a_workstation_waiting_for_approval_cannot_print_but_works_otherwise(
    live_server: object, tmp_path: Path, qtbot: QtBot
) -> None:
    from ui.app import create_application

    create_application([], "ar")
    url: str = live_server.url  # type: ignore[attr-defined]
    desk = _clerk_desk(url, tmp_path / "clerk")
    try:
        assert desk.session.signer is None and desk.session.signing_key is not None
        key_id = desk.session.signing_key.key_id
        assert key_id is not None
        desk.sync.pull()  # the rest of the desk works: open, compare, accept
        request_id = _a_matching_request(desk)
        desk.counter.accept(request_id, frozenset())  # accepted; the papers wait for the key
        with pytest.raises(RuleViolation) as refused:
            desk.paper.prepare(request_id)
        said = explain(refused.value)
        assert "بانتظار موافقة مشرف الوردية" in said and key_id in said

        from tests.enrollment import approve

        approve(url, key_id)  # the desk asks again when it is next asked to print
        prepared = desk.paper.prepare(request_id)
        assert prepared.request_id == request_id
        assert desk.session.signer is not None and desk.session.signer.key_id == key_id
        assert desk.session.signer.page_url == f"{url}/verify"  # its documents link to this server
    finally:
        desk.client.close()


def _a_matching_request(desk: Workstation) -> str:
    from clerk_desk.comparison import Verdict

    for request_id in _request_ids(desk):
        opened = desk.counter.open(request_id)
        if opened.comparison is not None and opened.comparison.verdict is Verdict.MATCH:
            return request_id
        desk.client.release(request_id)
    raise AssertionError("the demo seed has no matching request")


def _request_ids(desk: Workstation) -> list[str]:
    from clerk_desk.store.models import Request

    with desk.sessions() as session:
        return list(session.scalars(select(Request.id).order_by(Request.id)))


def test_the_supervisor_approves_then_revokes_a_workstation(
    open_desk: WindowFactory, live_server: object, tmp_path: Path, qtbot: QtBot
) -> None:
    clerk = _clerk_desk(live_server.url, tmp_path / "clerk")  # type: ignore[attr-defined]
    try:
        assert clerk.session.signing_key is not None
        key_id = clerk.session.signing_key.key_id
        window = open_desk("dam.supervisor")
        panel = window.workstations
        assert window.tabs.indexOf(panel) >= 0
        window.tabs.setCurrentWidget(panel)
        qtbot.waitUntil(lambda: panel.model.row_count() >= 2, timeout=20_000)
        first = panel.model.item(0)
        assert (first.key_id, first.status) == (key_id, "pending")  # pending first
        select_row(panel.table, 0)
        qtbot.waitUntil(panel.approve.isEnabled, timeout=5_000)
        if SHOTS is not None:
            window.resize(1100, 600)
            window.grab().save(str(SHOTS / "workstations-tab.png"))
        panel.approve.click()
        qtbot.waitUntil(lambda: panel.model.item(0).status == "approved", timeout=20_000)
        assert "تمت الموافقة" in panel.message.text()
        assert clerk.session.refresh_signing_key() is not None  # the clerk's desk prints now

        row = next(
            r for r in range(panel.model.row_count()) if panel.model.item(r).key_id == key_id
        )
        select_row(panel.table, row)
        qtbot.waitUntil(panel.revoke.isEnabled, timeout=5_000)
        assert not panel.approve.isEnabled()
        panel.revoke.click()
        box = panel.confirm_box
        assert box is not None
        if SHOTS is not None:
            box.grab().save(str(SHOTS / "workstations-revoke.png"))
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(
            lambda: any(
                panel.model.item(r).key_id == key_id and panel.model.item(r).status == "revoked"
                for r in range(panel.model.row_count())
            ),
            timeout=20_000,
        )
        if SHOTS is not None:
            window.grab().save(str(SHOTS / "workstations-revoked.png"))
        with window.desk.sessions() as session:
            actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert "workstation_approved" in actions and "workstation_revoked" in actions
    finally:
        clerk.client.close()
