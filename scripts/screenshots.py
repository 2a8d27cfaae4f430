"""Regenerate the screenshots in docs/ from the demo seed, offscreen.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [ar|en]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from central.server import serve_in_background
from clerk_desk import config as cfg
from ui.app import build_workstation, create_application
from ui.main_window import MainWindow
from ui.operations import Runner
from ui.sync_bridge import SyncBridge
from ui.views import select_row

DOCS = Path(__file__).resolve().parent.parent / "docs"


def spin(msecs: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def window_for(url: str, folder: Path, username: str, runner: Runner) -> MainWindow:
    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, url)
    desk = build_workstation(settings, folder / username)
    desk.session.login(username, "demo")
    window = MainWindow(desk, runner, SyncBridge(desk.events))
    window.resize(1366, 728)  # the commonest office screen, less a task bar
    window.show()
    window.start()
    spin(2500)
    return window


def open_first(window: MainWindow, verdict: str) -> None:
    for row in range(window.queue.model.rowCount()):
        item = window.queue.model.row_at(row)
        if item.status != "assigned":
            continue
        window.queue.select(item.id)
        window.open_request(item.id)
        spin(700)
        opened = window.panel.opened
        if opened and opened.comparison and opened.comparison.verdict.value == verdict:
            return


def open_with_papers(window: MainWindow) -> None:
    """Open a request that came with a power of attorney, and its papers (Ctrl+T)."""
    for row in range(window.queue.model.rowCount()):
        item = window.queue.model.row_at(row)
        window.open_request(item.id)
        spin(500)
        opened = window.panel.opened
        if opened and {p.kind.value for p in opened.papers} == {"power_of_attorney", "id_card"}:
            window.show_papers(1)
            return


def main(language: str) -> None:
    # Fresh window geometry and settings, not those of whoever runs this.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    suffix = "" if language == "ar" else f"-{language}"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        server = serve_in_background(f"sqlite:///{folder / 'central.sqlite3'}", seed="demo")
        create_application([], language)
        runner = Runner()
        try:
            clerk = window_for(server.url, folder, "dam.clerk1", runner)
            open_first(clerk, "acknowledge")
            select_row(clerk.panel.table, 2)
            spin(300)
            clerk.grab().save(str(DOCS / f"main-window{suffix}.png"))
            open_first(clerk, "mismatch")
            spin(300)
            clerk.grab().save(str(DOCS / f"mismatch{suffix}.png"))
            open_with_papers(clerk)
            dialog = clerk.papers_dialog
            if dialog is not None:
                spin(800)
                dialog.grab().save(str(DOCS / f"attachments{suffix}.png"))
                dialog.close()
            clerk.tabs.setCurrentWidget(clerk.dispatch)
            clerk.dispatch.refuse("لا توجد معاملة بهذا الرقم: DAM-999999")
            spin(300)
            clerk.grab().save(str(DOCS / f"dispatch{suffix}.png"))
            supervisor = window_for(server.url, folder, "dam.supervisor", runner)
            spin(500)
            supervisor.grab().save(str(DOCS / f"review{suffix}.png"))
            # The supervisor overturns a rejection: the clerk is told above the desk.
            rejected = supervisor.review.model.item(0).request.id
            supervisor.desk.supervision.review(
                rejected, "overturn", "الاختلاف في كتابة الاسم إملائي فقط"
            )
            clerk.tabs.setCurrentIndex(0)
            clerk.pull()
            spin(1500)
            clerk.grab().save(str(DOCS / f"notice{suffix}.png"))
            supervisor.tabs.setCurrentWidget(supervisor.dashboard)
            spin(1500)
            supervisor.grab().save(str(DOCS / f"dashboard{suffix}.png"))
            for window in (clerk, supervisor):
                window.close()
            runner.wait()
        finally:
            server.stop()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "ar")
