"""A new workstation's set-up, walked by the keyboard against the live reference server and
the cups-pdf queue: the server checked (a wrong address and a TLS failure said, nothing
saved), the key enrolled and approved by a supervisor on the spot or on their own desk,
the test page printed, the server's number blocks shown, the settings saved.

Each page is screenshotted at 1366×768 (into the folder CLERK_DESK_SCREENSHOTS names, as
docs/first-run-*.png were made; a temporary folder otherwise)."""

from __future__ import annotations

import json
import os
import ssl
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from central.server import ServerThread
from clerk_desk import config as cfg
from clerk_desk.number_blocks import number_text
from sync.client import CentralClient
from tests.enrollment import approve
from tests.printing.cups import Queue
from tests.printing.pdfcheck import page_sizes, render_gray
from tests.sync.servers import FakeCentral
from tests.tls import Authority, authority
from ui.app import build_workstation, create_application
from ui.first_run import (
    DONE,
    KEY,
    NUMBERS,
    PREFERRED,
    PRINTER,
    SERVER,
    FirstRunDialog,
    needed,
    set_up_if_needed,
)
from ui.operations import Runner

SCREEN = (1366, 768)
ON = date(2026, 11, 29)


@pytest.fixture
def set_up(tmp_path: Path, qtbot: QtBot) -> Iterator[FirstRunDialog]:
    """The set-up of a workstation that has never started: no settings file yet."""
    create_application([], "ar")
    settings = cfg.Config.load(tmp_path / "settings.json")
    runner = Runner()
    dialog = FirstRunDialog(
        settings, lambda: build_workstation(settings, tmp_path / "data"), runner, today=lambda: ON
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.isVisible():
        dialog.reject()
    runner.wait()


def type_in(qtbot: QtBot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClicks(focused, text)


def press(qtbot: QtBot, key: Qt.Key) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    qtbot.keyClick(focused, key)


def on_page(qtbot: QtBot, dialog: FirstRunDialog, page: int) -> None:
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == page, timeout=20_000)


def ready(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    """The page's work done: its button waits for Enter again."""
    qtbot.waitUntil(lambda: dialog.go.isEnabled(), timeout=60_000)


def saved(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("CLERK_DESK_SCREENSHOTS", tmp_path))


def screenshot(dialog: FirstRunDialog, name: str, folder: Path) -> None:
    """The page at its size on a 1366×768 screen, its buttons inside the dialog."""
    size = dialog.size()
    dialog.resize(PREFERRED)
    QApplication.processEvents()
    assert PREFERRED.width() <= SCREEN[0] - 16 and PREFERRED.height() <= SCREEN[1] - 40
    for button in (dialog.go, dialog.quit):
        corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert button.isVisible() and dialog.rect().contains(corner), button.text()
    screen = QPixmap(*SCREEN)
    screen.fill(QColor("#5a6b7b"))
    painter = QPainter(screen)
    shot = dialog.grab()
    painter.drawPixmap((SCREEN[0] - shot.width()) // 2, (SCREEN[1] - shot.height()) // 2, shot)
    painter.end()
    screen.save(str(folder / f"first-run-{name}.png"))
    dialog.resize(size)


def test_the_whole_set_up_by_keyboard(
    set_up: FirstRunDialog,
    live_server: ServerThread,
    cups: Queue,
    qtbot: QtBot,
    tmp_path: Path,
    shots: Path,
) -> None:
    dialog = set_up
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    settings_file = tmp_path / "settings.json"
    workstation = saved(settings_file)["workstation"]  # named at once, nothing else
    assert saved(settings_file) == {"workstation": workstation}

    # 1. the server
    assert QApplication.focusWidget() is dialog.server_url
    type_in(qtbot, live_server.url)
    screenshot(dialog, "1-server", shots)
    press(qtbot, Qt.Key.Key_Return)
    on_page(qtbot, dialog, KEY)

    # 2. the key: a clerk logs in, the key waits; the supervisor approves it here
    assert QApplication.focusWidget() is dialog.username
    type_in(qtbot, "dam.clerk1")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "demo")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.approval_box.isVisible(), timeout=20_000)
    key = dialog.desk.session.signing_key if dialog.desk else None
    assert key is not None and key.key_id and not key.approved
    assert key.key_id in dialog.key_state.text() and str(workstation) in dialog.key_state.text()
    screenshot(dialog, "2-key-waiting", shots)
    assert QApplication.focusWidget() is dialog.supervisor
    type_in(qtbot, "dam.supervisor")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "demo")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.approval_box.isVisible(), timeout=20_000)
    assert dialog.desk is not None and dialog.desk.session.signer is not None
    screenshot(dialog, "3-key-approved", shots)
    press(qtbot, Qt.Key.Key_Return)
    on_page(qtbot, dialog, PRINTER)

    # 3. the printer: the cups-pdf queue chosen, the test page printed through it
    ready(qtbot, dialog)
    names = [
        dialog.printers.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.printers.count())
    ]
    assert cups.name in names
    while dialog.printers.currentItem().data(Qt.ItemDataRole.UserRole) != cups.name:
        press(qtbot, Qt.Key.Key_Down)
    screenshot(dialog, "4-printer", shots)
    submitted = time.time()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.printed_job), timeout=60_000)
    printed = cups.output_of(dialog.printed_job, submitted)
    assert len(page_sizes(printed)) == 1
    page = render_gray(printed, dpi=50)
    page.save(tmp_path / "test-page.png")  # looked at: the Arabic joined, right to left
    assert page.crop((0, 0, page.width, page.height // 3)).getextrema()[0] < 64  # inked
    assert cups.name in dialog.message.text()
    screenshot(dialog, "5-printed", shots)
    press(qtbot, Qt.Key.Key_Return)
    on_page(qtbot, dialog, NUMBERS)

    # 4. the numbers: the server's blocks for this workstation
    ready(qtbot, dialog)
    supervisor = CentralClient(live_server.url)
    try:
        supervisor.login("dam.supervisor", "demo")
        at_server = supervisor.workstation_blocks(str(workstation)).items
    finally:
        supervisor.close()
    open_blocks = sorted(
        (number_text(b.kind, b.series, b.first), number_text(b.kind, b.series, b.last))
        for b in at_server
        if b.closed_at is None
    )
    table = dialog.block_table
    rows = range(table.rowCount())
    shown = sorted((table.item(r, 1).text(), table.item(r, 2).text()) for r in rows)
    assert shown == open_blocks and len(shown) >= 2
    assert any(first.endswith("SY") for first, _ in shown)  # the S10 tracking numbers
    screenshot(dialog, "6-numbers", shots)
    press(qtbot, Qt.Key.Key_Return)
    on_page(qtbot, dialog, DONE)

    # 5. done: saved whole, then the usual log-in
    screenshot(dialog, "7-done", shots)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert saved(settings_file) == {
        "workstation": workstation,
        "server_url": live_server.url,
        "ca_bundle": "",
        "printer": cups.name,
    }
    assert not needed(cfg.Config.load(settings_file))
    assert dialog.desk is None  # closed: the usual start opens its own


def test_a_clerk_asks_the_supervisor_and_checks_again(
    set_up: FirstRunDialog, live_server: ServerThread, qtbot: QtBot
) -> None:
    dialog = set_up
    type_in(qtbot, live_server.url)
    press(qtbot, Qt.Key.Key_Return)
    on_page(qtbot, dialog, KEY)
    type_in(qtbot, "dam.clerk2")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "demo")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.approval_box.isVisible(), timeout=20_000)
    qtbot.mouseClick(dialog.check_again, Qt.MouseButton.LeftButton)
    ready(qtbot, dialog)
    assert dialog.approval_box.isVisible()  # not approved yet, and said so
    assert dialog.message.text() == dialog.tr("Not approved yet.")

    key = dialog.desk.session.signing_key if dialog.desk else None
    assert key is not None and key.key_id is not None
    approve(live_server.url, key.key_id)  # on the Workstations tab of the supervisor's desk
    dialog.check_again.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.approval_box.isVisible(), timeout=20_000)
    assert dialog.desk is not None and dialog.desk.session.signer is not None


def test_a_clerk_cannot_approve_and_nothing_is_approved(
    set_up: FirstRunDialog, live_server: ServerThread, qtbot: QtBot
) -> None:
    dialog = set_up
    type_in(qtbot, live_server.url)
    press(qtbot, Qt.Key.Key_Return)
    on_page(qtbot, dialog, KEY)
    type_in(qtbot, "dam.clerk1")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "demo")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.approval_box.isVisible(), timeout=20_000)
    type_in(qtbot, "dam.clerk2")
    press(qtbot, Qt.Key.Key_Tab)
    type_in(qtbot, "demo")
    press(qtbot, Qt.Key.Key_Return)
    ready(qtbot, dialog)
    assert dialog.message.text()  # the server's refusal, explained
    assert dialog.approval_box.isVisible()
    assert dialog.desk is not None and dialog.desk.session.signer is None


@pytest.fixture
def center_ca(tmp_path: Path) -> Authority:
    return authority(tmp_path / "center-ca.pem", "Damascus center CA")


@pytest.fixture
def https_central(center_ca: Authority, tmp_path: Path) -> Iterator[FakeCentral]:
    cert, key = center_ca.server_files(tmp_path / "server")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    fake = FakeCentral(tls=context)
    fake.answer("/health", {"status": "ok"})
    try:
        yield fake
    finally:
        fake.stop()


def check(qtbot: QtBot, dialog: FirstRunDialog, url: str, ca_bundle: str = "") -> str:
    """Type the address (and CA file), press Enter, and return what the set-up said."""
    for field, text in ((dialog.server_url, url), (dialog.ca_bundle, ca_bundle)):
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClicks(field, text)
    dialog.server_url.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    ready(qtbot, dialog)
    return dialog.message.text()


def test_a_wrong_address_and_a_tls_failure_are_said_and_nothing_is_saved(
    set_up: FirstRunDialog,
    closed_port_url: str,
    https_central: FakeCentral,
    center_ca: Authority,
    qtbot: QtBot,
    tmp_path: Path,
    shots: Path,
) -> None:
    dialog = set_up
    settings_file = tmp_path / "settings.json"
    before = saved(settings_file)

    said = check(qtbot, dialog, closed_port_url)
    assert said and dialog.pages.currentIndex() == SERVER
    assert "ftp" not in said
    said = check(qtbot, dialog, "ftp://central.example")
    assert "http" in said and dialog.pages.currentIndex() == SERVER

    # the server's certificate is signed by the center's own authority: not trusted
    # without it, and OpenSSL's reason is shown whole
    said = check(qtbot, dialog, https_central.url)
    assert dialog.pages.currentIndex() == SERVER
    client = CentralClient(https_central.url)
    try:
        with pytest.raises(Exception) as refused:
            client.health()
    finally:
        client.close()
    reason = refused.value.values["reason"]  # type: ignore[attr-defined]
    assert reason in said, said
    # a CA file that is not one
    not_a_ca = tmp_path / "not-a-ca.pem"
    not_a_ca.write_text("nothing", encoding="utf-8")
    said = check(qtbot, dialog, https_central.url, str(not_a_ca))
    assert str(not_a_ca) in said and dialog.pages.currentIndex() == SERVER
    screenshot(dialog, "1-server-tls-refused", shots)
    assert saved(settings_file) == before  # nothing saved

    check(qtbot, dialog, https_central.url, str(center_ca.pem))
    on_page(qtbot, dialog, KEY)
    assert saved(settings_file) == before  # still nothing: saved on the last page
    dialog.reject()
    assert saved(settings_file) == before


def test_the_set_up_shows_only_where_no_server_is_named(tmp_path: Path) -> None:
    create_application([], "ar")
    fresh = cfg.Config.load(tmp_path / "settings.json")
    assert needed(fresh)
    named = cfg.Config.load(tmp_path / "settings.json")
    named.set(cfg.WORKSTATION, "W1")  # a file holding only the counter's name
    assert needed(named)
    # clerk-desk demo (and --server) name the server for the run: straight to the log-in
    named.set(cfg.SERVER_URL, "http://127.0.0.1:8765")
    assert not needed(named)
    assert set_up_if_needed(named, lambda: pytest.fail("no desk is opened"))
    assert not (tmp_path / "settings.json").exists()  # and nothing written


def test_closing_the_set_up_starts_nothing_and_saves_no_server(
    tmp_path: Path, qtbot: QtBot
) -> None:
    create_application([], "ar")
    settings = cfg.Config.load(tmp_path / "settings.json")
    shown: list[FirstRunDialog] = []

    def close_it() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog)]
        shown.extend(d for d in dialogs if d.isVisible())
        for dialog in shown:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, close_it)
    assert not set_up_if_needed(settings, lambda: pytest.fail("no server was checked"))
    assert len(shown) == 1
    assert needed(cfg.Config.load(tmp_path / "settings.json"))  # shown again next time
    assert set(saved(tmp_path / "settings.json")) == {"workstation"}
