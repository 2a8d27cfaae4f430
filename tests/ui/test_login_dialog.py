"""Logging in: a wrong password is said plainly, the right one opens the desk."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from clerk_desk import config as cfg
from clerk_desk.dispatch import ScannedEnvelope
from ui.app import build_workstation, create_application
from ui.dispatch_panel import ScannedModel
from ui.login_dialog import LoginDialog
from ui.operations import Runner


def test_wrong_then_right_password(qtbot: QtBot, live_server: object, tmp_path: Path) -> None:
    create_application([], "ar")
    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, live_server.url)  # type: ignore[attr-defined]
    desk = build_workstation(settings, tmp_path / "desk")
    runner = Runner()
    dialog = LoginDialog(desk.session.login, runner, desk.client.base_url, "dam.clerk1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("wrong")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    # the clerk is told, in the dialog, in the interface's language
    assert dialog.message.text() == "تعذّر تسجيل الدخول: اسم المستخدم أو كلمة المرور غير صحيحة"
    assert dialog.password.text() == ""
    dialog.password.setText("demo")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.buttons.accepted.emit()
    assert dialog.result_login is not None
    assert dialog.result_login.user.center.code == "DAM"
    runner.wait()
    desk.client.close()


def test_scanned_envelopes_model(qtmodeltester: ModelTester) -> None:
    model = ScannedModel()
    model.add(ScannedEnvelope("RR100000003SY", "DAM-000001", "RR100000003SY", "دمشق"))
    model.add(ScannedEnvelope("DAM-000002", "DAM-000002", None, "حلب"))
    qtmodeltester.check(model)
    assert model.data(model.index(1, 1)) == "—"
    model.remove(0)
    assert model.rowCount() == 1
