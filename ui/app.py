"""The GUI's composition root: reads settings, opens the store, wires the parts, logs in."""

from __future__ import annotations

import gc
import logging
import secrets
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from clerk_desk import config as cfg
from clerk_desk.store.db import is_encrypted_store, open_store
from sync.client import CentralClient
from sync.credentials import StoreKeyUnavailable, TokenStore
from sync.events import EventHub
from ui import first_run
from ui.collector import collect_on_gui_thread
from ui.i18n import install_fonts, install_language
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.operations import Runner
from ui.settings_problem import consent_to_defaults
from ui.style import install_style
from ui.sync_bridge import SyncBridge
from ui.workstation import Workstation

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GuiOptions:
    data_dir: Path
    config_path: Path
    server_url: str | None = None  # overrides the setting for this run
    username: str = ""
    password: str = ""  # only the demo passes one; a clerk types theirs


def name_this_workstation(settings: cfg.Config) -> None:
    """Give a new installation its own counter name, once.

    The name is printed in document numbers and the server keeps each counter's audit
    chain under it: two counters of a center sharing the default would collide.
    """
    if settings.is_set(cfg.WORKSTATION):
        return
    settings.set(cfg.WORKSTATION, "W" + secrets.token_hex(3).upper())
    if settings.path is not None:
        settings.save()


def build_workstation(
    settings: cfg.Config, data_dir: Path, tokens: TokenStore | None = None
) -> Workstation:
    """The workstation on the store in `data_dir`, unlocked with the key from the keyring.

    StoreKeyUnavailable when there is no keyring, or when the store is already encrypted
    and its key is gone (a new key would not read it): nothing is opened then.
    """
    name_this_workstation(settings)
    tokens = tokens or TokenStore()
    path = data_dir / "workstation.sqlite3"
    key = tokens.store_key(create=not is_encrypted_store(path))
    sessions = open_store(path, key)
    client = CentralClient(settings.get(cfg.SERVER_URL), ca_bundle=settings.get(cfg.CA_BUNDLE))
    return Workstation(
        settings, sessions, client, tokens, EventHub(), data_dir / "documents", store_key=key
    )


def create_application(argv: list[str], language: str) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    QCoreApplication.setOrganizationName("clerk-desk")
    QCoreApplication.setApplicationName("Clerk Desk")
    install_fonts(app)
    install_style(app)
    app.setProperty("clerk_desk_translators", install_language(app, language))
    collect_on_gui_thread(app)
    return app


def release_qt_objects() -> None:
    """Close and delete every top-level widget and run the deletions now, with Qt alive.

    PySide's exit handler otherwise deletes the leftover Python-owned objects itself, in an
    order that can reach one Qt has already freed.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run(options: GuiOptions) -> int:
    settings = cfg.Config.load(options.config_path)
    for problem in settings.problems:
        print(problem, file=sys.stderr)
    if options.server_url:
        settings.set(cfg.SERVER_URL, options.server_url)
    app = create_application(sys.argv[:1], settings.get(cfg.LANGUAGE))
    if not consent_to_defaults(settings):
        return 2
    if not first_run.set_up_if_needed(
        settings, lambda: build_workstation(settings, options.data_dir)
    ):
        return 2
    try:
        desk = build_workstation(settings, options.data_dir)
    except StoreKeyUnavailable as exc:
        from PySide6.QtWidgets import QMessageBox

        print(str(exc), file=sys.stderr)
        QMessageBox.critical(None, "Clerk Desk", f"{exc.message_ar}\n\n{exc}")
        return 2
    runner = Runner()
    bridge = SyncBridge(desk.events)
    window = MainWindow(desk, runner, bridge)

    def logged_in() -> None:
        window.show()
        window.start()

    def ask() -> None:
        dialog = LoginDialog(desk.session.login, runner, desk.client.base_url, options.username)
        dialog.accepted.connect(logged_in)
        dialog.rejected.connect(app.quit)
        dialog.open()
        window.login_dialog = dialog

    if options.username and options.password:  # the demo logs itself in, off the GUI thread
        runner.run(
            lambda: desk.session.login(options.username, options.password),
            lambda _: logged_in(),
            lambda _exc: ask(),
        )
    else:
        ask()
    code = app.exec()
    runner.wait()
    desk.client.close()  # the sync worker's link: stops the worker, then the HTTP session
    release_qt_objects()
    return code
