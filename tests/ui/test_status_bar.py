"""The status bar says what the server refused, in the interface's language."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sync.events import MessageRefused
from ui.app import create_application
from ui.status_bar import DeskStatusBar


def test_a_refused_change_is_said_in_arabic(qtbot: QtBot) -> None:
    create_application([], "ar")
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    values = {"request_id": "DAM-000007", "holder": "dam.clerk2", "holder_name": "سامر"}
    reason = "request DAM-000007 is being worked by dam.clerk2 (سامر), not by you"
    bar.on_event(MessageRefused("DAM-000007", "decision", reason, "leased_by_other", values))
    shown = bar.currentMessage()
    assert shown.startswith("رفض الخادم تعديلًا على المعاملة")
    assert "محجوزة للموظف \u2068dam.clerk2\u2069" in shown
    assert "not by you" not in shown


def test_a_refused_audit_log_is_not_called_a_request(qtbot: QtBot) -> None:
    create_application([], "ar")
    bar = DeskStatusBar()
    qtbot.addWidget(bar)
    reason = "the audit log of this workstation is empty, but the server already received 4 …"
    bar.on_event(MessageRefused("audit", "audit", reason, "audit_log_emptied", {"held": "4"}))
    assert bar.currentMessage().startswith("رفض الخادم سجل التدقيق لهذه المحطة")
    assert "audit" not in bar.currentMessage()
