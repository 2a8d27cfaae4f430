"""The workstation on a screen of a given size, checked for anything off screen or clipped
(test_fits_the_screen.py); optionally screenshots of what it checked.

Run as ``python -m tests.ui.fit_driver SERVER_URL DATA_DIR [SHOTS_DIR]`` from the
repository root, with ``QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json`` naming the
screen. It logs in as dam.clerk1 (its key approved), lets the main window place itself as
at a first start, shows a supervisor's notice, opens a request whose submission does not
match the registry, then one with the citizen's papers, accepts a matching one, and opens
each dialog in turn. Every problem found is one line ``problem WHAT`` on its standard
output; the last line is ``checked N``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget

from clerk_desk import config as cfg
from clerk_desk.api import Notice
from clerk_desk.comparison import Verdict
from clerk_desk.usecases.post import PickupView
from tests.core.usecases.print_driver import file_keyring
from tests.enrollment import approve_desk
from ui.app import build_workstation, create_application
from ui.main_window import MainWindow
from ui.operations import Runner
from ui.pickup_dialog import PickupDialog
from ui.sync_bridge import SyncBridge

TITLE_BAR = 30  # what a window manager's title bar takes from a maximized window
problems: list[str] = []
checked = 0


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Run the event loop until `condition` holds; the bound only ends a hung run."""
    deadline = QDeadlineTimer(60_000)
    while not condition():
        if deadline.hasExpired():
            raise SystemExit(f"gave up waiting for {what}")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def shown_part(widget: QWidget, rect: QRect) -> tuple[QRect, str]:
    """The part of `rect` (in `widget`'s coordinates) that its ancestors let through (each
    clips what lies outside it, a scroll area's viewport included), and the class of the
    last ancestor that clipped it ("" if none did)."""
    part = QRect(widget.mapToGlobal(rect.topLeft()), rect.size())
    clipper = ""
    if widget.isWindow():  # a dialog is a window of its own: its parent clips nothing
        return rect, clipper
    ancestor = widget.parentWidget()
    while ancestor is not None and not part.isEmpty():
        bounds = QRect(ancestor.mapToGlobal(QPoint(0, 0)), ancestor.size())
        if not bounds.contains(part):
            part = part.intersected(bounds)
            clipper = f"{type(ancestor).__name__} {ancestor.objectName()}".strip()
        if ancestor.isWindow():
            break
        ancestor = ancestor.parentWidget()
    return QRect(widget.mapFromGlobal(part.topLeft()), part.size()), clipper


def inner(rect: QRect) -> QRect:
    """`rect` less its outermost pixel: a splitter or a scaled screen may round a widget's
    edge by one pixel, which no one sees."""
    return rect.adjusted(1, 1, -1, -1)


def whole(widget: QWidget, name: str, within: QRect) -> None:
    """`widget` is shown, all of it on screen (inside `within`, global coordinates) and none
    of it clipped by the widgets around it."""
    global checked
    checked += 1
    if not widget.isVisible():
        problems.append(f"{name} is hidden")
        return
    rect = QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())
    if not within.contains(inner(rect)):
        problems.append(f"{name} {rect.getRect()} is off screen {within.getRect()}")
    shown, clipper = shown_part(widget, widget.rect())
    if not shown.contains(inner(widget.rect())):
        problems.append(
            f"{name} is clipped by {clipper}: {shown.getRect()} of {widget.rect().getRect()}"
        )


def dialog_fits(dialog: QDialog, name: str, screen: QRect) -> None:
    wait_until(dialog.isVisible, f"{name} to show")
    settle()
    whole(dialog, name, screen)
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisibleTo(dialog) and button.text():
            whole(button, f"{name}: button {button.text()!r}", screen)


def open_request(window: MainWindow, wanted: Callable[[MainWindow], bool]) -> str:
    """Open the center's requests in turn until one is `wanted`; its id."""
    model = window.queue.model
    for row in range(model.rowCount()):
        item = model.row_at(row)
        if item.status != "assigned":  # the queue row's data, not a rule of the UI
            continue
        window.queue.select(item.id)
        window.open_request(item.id)
        wait_until(
            lambda rid=item.id: (o := window.panel.opened) is not None and o.request_id == rid,  # type: ignore[misc]
            "the request to open",
        )
        if wanted(window):
            return item.id
    raise SystemExit("no such request in the demo data")


def verdict_is(verdict: Verdict) -> Callable[[MainWindow], bool]:
    def check(window: MainWindow) -> bool:
        opened = window.panel.opened
        return (
            opened is not None
            and opened.comparison is not None
            and (opened.comparison.verdict is verdict)
        )

    return check


def start_window(server_url: str, data_dir: Path, username: str) -> tuple[MainWindow, Runner]:
    """``username`` logged in at a new workstation (its key approved), the main window
    placed as at a first start, with room for a window manager's title bar."""
    file_keyring(data_dir)
    create_application([], "ar")
    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, server_url)
    desk = build_workstation(settings, data_dir)
    desk.session.login(username, "demo")
    approve_desk(desk, server_url)
    runner = Runner()
    window = MainWindow(desk, runner, SyncBridge(desk.events))
    window.show()
    window.start()
    if QGuiApplication.platformName() == "offscreen":  # no window manager: make room for
        placed = window.geometry()  # its title bar anyway
        window.setWindowState(Qt.WindowState.WindowNoState)
        settle()
        window.setGeometry(placed.adjusted(0, TITLE_BAR, 0, 0))
        settle()
    return window, runner


def shoot(shots: Path | None, name: str, widget: QWidget) -> None:
    """A screenshot of ``widget`` in ``shots`` (none: no picture)."""
    if shots is None:
        return
    # Pages are drawn by a thread of their own: give them a moment (the picture only;
    # nothing is checked on it).
    drawn = QDeadlineTimer(1500)
    while not drawn.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if QGuiApplication.platformName() == "xcb":  # a real display: the whole screen,
        widget.screen().grabWindow(0).save(str(shots / f"{name}.png"))  # frames too
    else:
        widget.grab().save(str(shots / f"{name}.png"))


def main() -> None:
    server_url, data_dir = sys.argv[1], Path(sys.argv[2])
    shots = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    window, runner = start_window(server_url, data_dir, "dam.clerk1")
    desk = window.desk
    screen = window.screen().availableGeometry()
    wait_until(lambda: window.queue.model.rowCount() > 0, "the queue")
    # No more pulls, and the last one's notices (none) fetched: the notice shown below stays.
    window.pull_timer.stop()
    desk.sync.pull()
    settle()
    wait_until(lambda: runner.running == 0, "the notices of the last pull")
    window.notices.set_notices(
        [
            Notice(
                id=1,
                kind="overturned",
                request_id="DAM-000001",
                note="أعد التدقيق في اسم الأم",
                by="dam.supervisor",
                by_name="مشرف الوردية",
                at=datetime.now(UTC),
            )
        ]
    )
    settle()
    if QGuiApplication.platformName() == "offscreen":  # the window and its title bar
        frame = window.geometry().adjusted(0, -TITLE_BAR, 0, 0)
    else:
        frame = window.frameGeometry()
    if not screen.contains(frame):
        problems.append(f"main window {frame.getRect()} is off screen {screen.getRect()}")

    # A mismatch: the banner, every comparison row, the buttons, with the notice showing.
    open_request(window, verdict_is(Verdict.MISMATCH))
    settle()
    panel = window.panel
    for widget, name in (
        (window.menuBar(), "menu bar"),
        (window.statusBar(), "status bar"),
        (window.queue.table, "queue"),
        (window.notices, "notice"),
        (panel.title, "request title"),
        (panel.fee, "fee"),
        (window.queue.channel, "channel filter"),
        (panel.verdict, "verdict"),
        (panel.accept_button, "accept button"),
        (panel.reject_button, "reject button"),
    ):
        whole(widget, name, screen)
    viewport = panel.table.viewport()
    for row in range(panel.model.rowCount()):
        rect = panel.table.visualRect(panel.model.index(row, 0)).united(
            panel.table.visualRect(panel.model.index(row, panel.model.columnCount() - 1))
        )
        if not shown_part(viewport, rect)[0].contains(inner(rect)):
            problems.append(f"comparison row {row + 1} is not in view")
    shoot(shots, "mismatch", window)

    # Every dialog, each with its buttons on screen.
    window.edit_preferences()
    dialog_fits(window.preferences_dialog, "preferences", screen)
    shoot(shots, "preferences", window.preferences_dialog)
    window.preferences_dialog.reject()

    window.steps.reject()
    dialog = window.reject_dialog
    assert dialog is not None
    dialog_fits(dialog, "reject dialog", screen)
    dialog.reject()

    open_request(window, lambda w: bool(w.panel.opened and w.panel.opened.papers))
    window.show_papers(0)
    wait_until(lambda: window.papers_dialog is not None, "the papers")
    assert window.papers_dialog is not None
    dialog_fits(window.papers_dialog, "papers", screen)
    shoot(shots, "papers", window.papers_dialog)
    window.papers_dialog.reject()

    open_request(window, verdict_is(Verdict.MATCH))
    panel.accept_button.click()
    wait_until(lambda: window.preview is not None and window.preview.isVisible(), "the preview")
    assert window.preview is not None
    dialog_fits(window.preview, "print preview", screen)
    shoot(shots, "preview", window.preview)
    window.preview.reject()

    # The post tab: the dispatch and the pickup shelf side by side.
    window.tabs.setCurrentWidget(window.dispatch)
    settle()
    for widget, name in (
        (window.dispatch.shelf.returned, "scan-in field"),
        (window.dispatch.shelf.print_slot, "print-slot button"),
        (window.dispatch.shelf.pickup, "pickup scan field"),
        (window.dispatch.shelf.table, "shelf report"),
        (window.dispatch.hand_over_button, "hand-over button"),
    ):
        whole(widget, name, screen)
    shoot(shots, "post-tab", window)

    # The pickup dialog, over an attorney's envelope with a refusal showing.
    papers = ((41, "power-of-attorney.pdf"),)
    view = PickupView("DAM-000012", "B-07", "هدى سامر الخطيب", "ريم سامر الخطيب", "الأخت", papers)
    pickup = PickupDialog(view, window)
    pickup.open()
    pickup.refuse("لا يستلم ظرف المعاملة DAM-000012 إلا صاحب العلاقة أو طالب الخدمة أو وكيل")
    dialog_fits(pickup, "pickup dialog", screen)
    shoot(shots, "pickup", pickup)
    pickup.reject()

    for problem in problems:
        print(f"problem {problem}", flush=True)
    print(f"checked {checked}", flush=True)
    window.close()
    runner.wait()
    desk.client.close()


if __name__ == "__main__":
    main()
