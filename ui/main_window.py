"""The main window: a frame that composes the queue, the open request and the review."""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from clerk_desk import config as cfg
from clerk_desk.api import Role
from clerk_desk.service_level import Targets
from clerk_desk.states import Step
from clerk_desk.store_file import StoreGone
from clerk_desk.work_today import WorkToday, work_today
from sync import outbox
from sync.client import NotAuthenticated
from sync.events import Event, LeaseLost, PapersFetched, Pulled, SyncFailed, WentOffline
from sync.puller import last_pull_at
from ui.actions import CLERK_ONLY, SUPERVISOR_ONLY, MainAction, build_actions
from ui.attachments_dialog import AttachmentsDialog
from ui.dashboard import DashboardPanel
from ui.dispatch_panel import DispatchPanel
from ui.explain import explain
from ui.geometry import available_area, is_short, place
from ui.i18n import use_digits
from ui.lock import IdleWatcher, LockScreen
from ui.login_dialog import LoginDialog
from ui.notices_banner import NoticesBanner
from ui.open_request import OpenRequest
from ui.operations import Runner
from ui.post_tab import PostTab
from ui.preferences import PreferencesDialog
from ui.preview import PreviewDialog
from ui.print_flow import PrintFlow
from ui.queue_model import QueueRow, load_rows
from ui.queue_view import QueueView
from ui.reconciliation import ReconciliationDialog, ReconciliationPanel
from ui.reconciliation_flow import ReconciliationFlow, open_dialog
from ui.recovery_dialog import RecoveryDialog
from ui.reject_dialog import RejectDialog
from ui.request_panel import RequestPanel
from ui.request_steps import RequestSteps
from ui.review_panel import ReviewPanel
from ui.status_bar import DeskStatusBar
from ui.supervisor import SupervisorTabs
from ui.sync_bridge import SyncBridge
from ui.withdrawals import Withdrawals
from ui.workstation import Workstation
from ui.workstations_tab import WorkstationsPanel, WorkstationsTab

log = logging.getLogger(__name__)

# The keys that act on the open request, and the step each needs (accept and reject also
# need the comparison's verdict: the panel's buttons say that part).
STEP_ACTIONS = {
    MainAction.PRINT: Step.PRINT,
    MainAction.SEAL: Step.SEAL,
    MainAction.PICKUP: Step.KEEP_FOR_PICKUP,
    MainAction.HAND_OVER: Step.HAND_TO_CITIZEN,
}

TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)


class MainWindow(QMainWindow):
    def __init__(self, desk: Workstation, runner: Runner, bridge: SyncBridge) -> None:
        super().__init__()
        self.desk = desk
        self.runner = runner
        use_digits(desk.settings.get(cfg.DIGITS))  # before anything shows a number
        self.setWindowTitle(self.tr("Clerk Desk"))
        self.actions_by_key = build_actions(self)
        self.queue = QueueView(
            targets=Targets(desk.settings.get(cfg.SLA_FAST), desk.settings.get(cfg.SLA_SLOW))
        )
        self.panel = RequestPanel()
        self.review = ReviewPanel()
        self.dashboard = DashboardPanel()
        self.workstations = WorkstationsPanel()
        self.dispatch = DispatchPanel()
        self.offline_banner = QLabel(
            self.tr(
                "The central server cannot be reached. You can go on with the requests on the "
                "desk; decisions are kept and sent when the link returns."
            )
        )
        self.offline_banner.setObjectName("offline_banner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet("background:#fff1c2; padding:6px;")
        self.offline_banner.hide()
        self.notices = NoticesBanner()
        self.notices.open_requested.connect(self.open_request)
        self.notices.seen.connect(self.notice_seen)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("desk_splitter")
        splitter.addWidget(self.queue)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, self.tr("Requests"))
        self.review_tab_index = -1
        desk_page = QWidget()
        layout = QVBoxLayout(desk_page)
        layout.setContentsMargins(6, 4, 6, 2)  # slim: the comparison keeps the height
        layout.setSpacing(4)
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.notices)
        layout.addWidget(self.tabs, 1)
        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.unlock)
        self.pages = QStackedWidget()
        self.pages.addWidget(desk_page)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self.idle = IdleWatcher(desk.settings.get(cfg.LOCK_MINUTES), self)
        self.idle.idle.connect(self.lock)
        self.status = DeskStatusBar()
        self.setStatusBar(self.status)
        self.counter = OpenRequest(
            desk,
            runner,
            self.panel,
            say=lambda text: self.status.showMessage(text, 5_000),
            show_error=self._show_error,
            reload_queue=self.reload_queue,
            window=self,
        )
        self.post = PostTab(desk, runner, self.dispatch, self.reload_queue, self)
        self.supervisor = SupervisorTabs(
            desk, runner, self.review, self.dashboard, self.status, self._show_error, self
        )
        self.printer = PrintFlow(
            desk,
            runner,
            self.panel,
            lambda text: self.status.showMessage(text, 10_000),
            self._show_error,
            self.counter.refresh,
            self,
        )
        self.printer.printed.connect(self._after_printing)
        self.steps = RequestSteps(
            desk,
            runner,
            self.panel,
            self.printer,
            self.tell,
            self._show_error,
            self.counter.refresh,
            self,
        )
        self.workstation_keys = WorkstationsTab(desk, runner, self.workstations, self)
        self.reconciliation = ReconciliationPanel(choose_counter=True)  # the supervisor's tab
        self.reconciliation_flow = ReconciliationFlow(
            desk,
            runner,
            self.reconciliation,
            lambda text: self.status.showMessage(text, 8_000),
            self,
        )
        self.reconciliation_dialog: ReconciliationDialog | None = None
        self._build_toolbar()

        self.queue.request_chosen.connect(self.open_request)
        self.panel.accept_requested.connect(self.steps.accept)
        self.panel.reject_requested.connect(self.steps.reject)
        self.panel.print_requested.connect(self.printer.print_current)
        self.panel.steps_changed.connect(self._update_step_actions)
        self.panel.seal_requested.connect(self.steps.seal)
        self.panel.pickup_requested.connect(self.steps.keep_for_pickup)
        self.panel.hand_over_requested.connect(self.steps.hand_to_citizen)
        self.panel.papers_requested.connect(self.show_papers)
        self.review.papers_requested.connect(self.show_review_papers)
        self.bridge = bridge
        bridge.happened.connect(self._on_sync_event)
        self.login_dialog: QDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.last_error = ""
        self.logged_out = False
        self.pull_timer = QTimer(self)
        self.pull_timer.setInterval(desk.settings.get(cfg.PULL_INTERVAL) * 1000)
        self.pull_timer.timeout.connect(self.pull)
        self.lease_timer = QTimer(self)  # keeps the open request claimed while the clerk works
        self.lease_timer.setInterval(60_000)
        self.lease_timer.timeout.connect(self.counter.keep_lease)
        self.push_timer = QTimer(self)  # retries what waits in the outbox when it falls due
        self.push_timer.setInterval(15_000)
        self.push_timer.timeout.connect(self.push)
        self.clock = QTimer(self)  # the service-level clock of the queue
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self.queue.tick)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # a scanner's keystrokes, wherever the focus is
        self._restore_geometry()

    # --- frame ------------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Actions"))
        self.toolbar = toolbar
        toolbar.setObjectName("main_toolbar")
        self.addToolBar(toolbar)
        a = self.actions_by_key
        for key in (
            MainAction.PULL,
            MainAction.FIND,
            MainAction.ACCEPT,
            MainAction.REJECT,
            MainAction.PRINT,
            MainAction.ATTACHMENTS,
        ):
            toolbar.addAction(a[key])
        self.addAction(a[MainAction.QUIT])
        toolbar.addSeparator()
        toolbar.addAction(a[MainAction.PREFERENCES])
        self.addAction(a[MainAction.REVIEW_REFRESH])
        a[MainAction.PULL].triggered.connect(self.pull)
        a[MainAction.FIND].triggered.connect(self._focus_search)
        a[MainAction.ACCEPT].triggered.connect(self.steps.accept)
        a[MainAction.REJECT].triggered.connect(self.steps.reject)
        # Print acts on the request open in the panel, never on the last papers prepared
        a[MainAction.PRINT].triggered.connect(self.printer.print_current)
        a[MainAction.ATTACHMENTS].triggered.connect(lambda: self.show_papers(0))
        a[MainAction.REVIEW_REFRESH].triggered.connect(self.supervisor.refresh_rejections)
        a[MainAction.QUIT].triggered.connect(self.close)
        a[MainAction.PREFERENCES].triggered.connect(self.edit_preferences)
        a[MainAction.LOCK].triggered.connect(self.lock)
        a[MainAction.RECONCILIATION].triggered.connect(self.show_reconciliation)
        a[MainAction.SEAL].triggered.connect(self.steps.seal)
        a[MainAction.PICKUP].triggered.connect(self.steps.keep_for_pickup)
        a[MainAction.HAND_OVER].triggered.connect(self.steps.hand_to_citizen)
        a[MainAction.QUEUE].triggered.connect(self.back_to_queue)
        a[MainAction.DISPATCH].triggered.connect(self.dispatch.start_scanning)
        a[MainAction.COURIER].triggered.connect(self.dispatch.go_to_courier)
        self.dispatch.shown.connect(lambda: self.tabs.setCurrentWidget(self.dispatch))
        for key in (MainAction.LOCK, MainAction.QUEUE):
            self.addAction(a[key])
        self._build_menus()

    def _build_menus(self) -> None:
        """Every action of the table in a menu, its shortcut beside it: where a clerk who
        does not know a key yet looks for it."""
        a = self.actions_by_key
        groups = (
            (
                self.tr("&Request"),
                (
                    MainAction.FIND,
                    MainAction.ACCEPT,
                    MainAction.REJECT,
                    MainAction.PRINT,
                    MainAction.SEAL,
                    MainAction.PICKUP,
                    MainAction.HAND_OVER,
                    MainAction.ATTACHMENTS,
                    MainAction.QUEUE,
                ),
            ),
            (self.tr("&Post"), (MainAction.DISPATCH, MainAction.COURIER)),
            (self.tr("&Sync"), (MainAction.PULL, MainAction.REVIEW_REFRESH)),
            (
                self.tr("&Desk"),
                (
                    MainAction.RECONCILIATION,
                    MainAction.PREFERENCES,
                    MainAction.LOCK,
                    MainAction.QUIT,
                ),
            ),
        )
        listed = {key for _, keys in groups for key in keys}
        missing = set(MainAction) - listed
        if missing:  # a new action must be given a menu
            raise RuntimeError(f"actions without a menu: {sorted(k.name for k in missing)}")
        self.menus: list[tuple[QMenu, tuple[MainAction, ...]]] = []
        for title, keys in groups:
            menu = self.menuBar().addMenu(title)
            for key in keys:
                menu.addAction(a[key])
            self.menus.append((menu, keys))

    def show_role(self, role: Role) -> None:
        """Each role sees only its own actions: a supervisor has no accept, reject or print
        (neither in the toolbar nor in the menus nor on a key), a clerk no review."""
        hidden = SUPERVISOR_ONLY if role is Role.CLERK else CLERK_ONLY
        for key, action in self.actions_by_key.items():
            action.setVisible(key not in hidden)
        for menu, keys in self.menus:  # a menu left with nothing in it goes too
            menu.menuAction().setVisible(any(key not in hidden for key in keys))

    def back_to_queue(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.queue.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def tell(self, text: str) -> None:
        """A transient confirmation of what was just done, in the status bar."""
        self.status.showMessage(text, 10_000)

    def _focus_search(self) -> None:
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def ask_recovery(self) -> RecoveryDialog:
        dialog = RecoveryDialog(
            self.desk.session.numbers.recover, self.runner, self.desk.actor.workstation
        )
        dialog.setParent(self, dialog.windowFlags())
        dialog.accepted.connect(self._update_step_actions)
        dialog.open()
        self.recovery_dialog = dialog
        return dialog

    def start(self) -> None:
        """Called once logged in: show who is here, load the desk, pull, start the timer."""
        login = self.desk.login_result
        if login is not None:
            user = login.user
            self.status.set_user(f"{user.full_name} — {user.center.name_ar}")
            self.show_role(user.role)
            if user.role is Role.CLERK and self.tabs.indexOf(self.dispatch) < 0:
                self.tabs.addTab(self.dispatch, self.tr("Dispatch"))
            if user.role is Role.SUPERVISOR and self.review_tab_index < 0:
                self.review_tab_index = self.tabs.addTab(self.review, self.tr("Review"))
                self.tabs.setCurrentIndex(self.review_tab_index)
                self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
                self.tabs.addTab(self.workstations, self.tr("Workstations"))
                self.tabs.addTab(self.reconciliation, self.tr("Reconciliation"))
                self.reconciliation_flow.load_counters()
                self.supervisor.show()
                self.workstation_keys.refresh()
        # The keyboard works at once: the window takes the focus (no click needed, also
        # without a window manager) and the queue has it, so Enter opens the first request.
        self.activateWindow()
        self.queue.table.setFocus()
        self.status.set_last_pull(last_pull_at(self.desk.sessions))
        waiting, failed = outbox.counts(self.desk.sessions)
        self.status.set_outbox(waiting, failed)
        self.reload_queue()
        self._update_step_actions()
        self.printer.check_at_log_in()  # what an interrupted printing left unknown
        if self.desk.session.numbers.lost:  # a lost or replaced store: a supervisor recovers it
            self.ask_recovery()
        self.runner.run(self.desk.session.purge_old, None, self._show_error)
        self.pull()
        self.pull_timer.start()
        self.idle.start()
        self.push_timer.start()
        self.lease_timer.start()
        self.clock.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Send typing that lands nowhere useful (a USB scanner types, then Enter) to the
        search box, so a scanned request or national number opens from anywhere."""
        if event.type() == QEvent.Type.KeyPress and self.isActiveWindow() and not self.locked:
            key_event = cast(QKeyEvent, event)
            text = key_event.text()
            typing_place = QApplication.focusWidget()
            plain = not key_event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if (
                plain
                and len(text) == 1
                and (text.isalnum() or text == "-")
                and not isinstance(typing_place, TEXT_INPUTS)
                and QApplication.activeModalWidget() is None
            ):
                self.tabs.setCurrentIndex(0)
                self.queue.search.setFocus()
                self.queue.search.setText(text)
                return True
        return super().eventFilter(watched, event)

    # --- queue ------------------------------------------------------------------------------

    def pull(self) -> None:
        self.desk.sync.pull_soon()  # the queue reloads when the worker says Pulled

    def ask_to_log_in_again(self, reason: NotAuthenticated | None = None) -> None:
        """The token expired: log in again; nothing queued is lost, and it is sent after.

        ``reason``: the server's refusal, which says why (idle, end of shift, revoked)."""
        if self.login_dialog is not None and self.login_dialog.isVisible():
            return
        login = self.desk.login_result
        dialog = LoginDialog(
            self.desk.session.login,
            self.runner,
            self.desk.client.base_url,
            login.user.username if login else "",
            self,
        )
        said = explain(reason) if reason is not None and reason.code else ""
        dialog.message.setText(said or self.tr("Your session has expired. Log in again to go on."))
        dialog.accepted.connect(self.pull)
        self.login_dialog = dialog
        dialog.open()

    def push(self) -> None:
        if self.desk.login_result is not None:
            self.desk.sync.deliver_soon()

    def _pull_failed(self, exc: Exception) -> None:
        if isinstance(exc, NotAuthenticated):
            self.ask_to_log_in_again(exc)
            return
        if isinstance(exc, StoreGone):  # said once, in a box: nothing more is recorded
            self.pull_timer.stop()
            self._show_error(exc)
            return
        log.info("pull failed: %s", type(exc).__name__)
        self.status.showMessage(explain(exc), 10_000)

    def reload_queue(self) -> None:
        def work() -> list[QueueRow]:
            with self.desk.sessions() as session:
                return load_rows(session)

        self.runner.run(work, self.queue.set_rows, self._show_error)
        login = self.desk.login_result
        if login is not None and login.user.role is Role.CLERK:
            username = login.user.username

            def counted() -> WorkToday:
                with self.desk.sessions() as session:
                    return work_today(session, username, datetime.now().astimezone())

            self.runner.run(counted, self.status.set_work_today, self._show_error)

    def _on_sync_event(self, event: Event) -> None:
        self.status.on_event(event)
        if isinstance(event, SyncFailed):
            self._pull_failed(event.error)
        elif isinstance(event, LeaseLost):
            self.counter.lease_lost(event)
        if isinstance(event, WentOffline):
            self.offline_banner.show()
        elif isinstance(event, Pulled) or self.desk.events.online:
            self.offline_banner.hide()
        if isinstance(event, Pulled) and event.withdrawn:
            # Say so and why (a reversed payment, the server), and show the open one's new
            # state at once (nothing more can be decided or printed on it).
            self.status.showMessage(Withdrawals().message(event), 15_000)
            if self.panel.opened is not None:
                self.counter.refresh(self.panel.opened.request_id)
        if isinstance(event, Pulled):
            self.reload_queue()
            self.runner.run(
                self.desk.supervision.notices, self.notices.set_notices, self._notices_failed
            )
        if isinstance(event, PapersFetched):
            self.counter.fetch_papers(event.request_ids)
        self.supervisor.on_sync_event(event)

    def _notices_failed(self, exc: Exception) -> None:
        log.info("notices not fetched: %s", type(exc).__name__)  # again after the next pull

    def notice_seen(self, notice_id: int) -> None:
        def failed(exc: Exception) -> None:
            self.notices.seen_failed()
            self._show_error(exc)

        self.runner.run(
            lambda: self.desk.supervision.notice_seen(notice_id),
            lambda _: self.notices.drop(notice_id),
            failed,
        )

    def show_papers(self, first: int) -> None:
        """The attachments of the request in front of the user (the open one, or on the
        review tab the one under review), ``first`` shown first (Ctrl+Tab to the next)."""
        if self.tabs.currentIndex() == self.review_tab_index >= 0:
            self.show_review_papers(first)
            return
        opened = self.panel.opened
        if opened is not None:
            self.counter.show_papers(opened.request_id, list(opened.papers), first)

    def show_review_papers(self, first: int) -> None:
        request_id, papers = self.review.current_papers()
        if request_id:
            self.counter.show_papers(request_id, papers, first)

    # --- the open request -------------------------------------------------------------------

    def open_request(self, request_id: str) -> None:
        self.counter.open(request_id)

    @property
    def papers_dialog(self) -> AttachmentsDialog | None:
        return self.counter.papers_dialog

    @property
    def reject_dialog(self) -> RejectDialog | None:
        return self.steps.reject_dialog

    @property
    def hand_over_dialog(self) -> QDialog | None:
        return self.steps.pickup.dialog

    @property
    def preview(self) -> PreviewDialog | None:
        """The open request's print preview, if one was shown."""
        return self.printer.preview

    def _after_printing(self) -> None:
        """Once the preview has said "printed" and closed, the queue has the keys again:
        the next request is a Down and an Enter away."""
        preview = self.printer.preview
        if preview is not None:
            preview.finished.connect(self.back_to_queue)

    def _update_step_actions(self) -> None:
        """The open request's keys follow what the state machine allows next with it."""
        steps = self.panel.steps
        a = self.actions_by_key
        for key, step in STEP_ACTIONS.items():
            a[key].setEnabled(not self.locked and step in steps)

    def show_reconciliation(self) -> None:
        """The supervisor's tab (any counter); the clerk's dialog (this counter)."""
        index = self.tabs.indexOf(self.reconciliation)
        if index >= 0:
            self.tabs.setCurrentIndex(index)
            return
        self.reconciliation_dialog = open_dialog(self.desk, self.runner, self._say, self)

    def _say(self, text: str) -> None:
        self.status.showMessage(text, 8_000)

    # --- the idle lock ----------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide every citizen's data: the desk, and any dialog open over it."""
        if self.locked or self.desk.login_result is None:
            return
        dialogs = (
            self.preview,
            self.printer.reason_dialog,
            self.printer.recovery_dialog,
            self.steps.reject_dialog,
            self.preferences_dialog,
            self.papers_dialog,
            self.steps.pickup.dialog,
            self.post.pickup.dialog,
            self.steps.confirmation,
            self.dispatch.confirmation,
            self.review.confirmation,
            self.reconciliation_dialog,
        )
        for dialog in dialogs:
            if dialog is not None and dialog.isVisible():
                dialog.reject()
        self.toolbar.setEnabled(False)
        for action in self.actions_by_key.values():
            action.setEnabled(action is self.actions_by_key[MainAction.QUIT])
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.show_for(self.desk.login_result.user.full_name)
        self.runner.run(self.desk.session.record_lock, None, self._show_error)

    def unlock(self, password: str) -> None:
        self.runner.run(
            lambda: self.desk.session.unlock(password), self._unlocked, self._show_error
        )

    def _unlocked(self, ok: bool) -> None:
        if not ok:
            self.lock_screen.refused()
            return
        self.toolbar.setEnabled(True)
        for action in self.actions_by_key.values():
            action.setEnabled(True)
        self.pages.setCurrentIndex(0)
        self._update_step_actions()
        self.idle.last_input = time.monotonic()

    # --- settings ---------------------------------------------------------------------------

    def edit_preferences(self) -> None:
        login = self.desk.login_result
        role = login.user.role.value if login is not None else Role.CLERK.value
        dialog = PreferencesDialog(self.desk.settings, self, role=role)
        self.preferences_dialog = dialog
        before = {s.key: self.desk.settings.get(s) for s in cfg.ALL_SETTINGS}

        def saved() -> None:
            settings = self.desk.settings
            changed = [s.key for s in cfg.ALL_SETTINGS if settings.get(s) != before[s.key]]
            self.pull_timer.setInterval(settings.get(cfg.PULL_INTERVAL) * 1000)
            self.queue.model.targets = Targets(
                settings.get(cfg.SLA_FAST), settings.get(cfg.SLA_SLOW)
            )
            self.queue.tick()
            if cfg.DIGITS.key in changed:
                self.show_digits(settings.get(cfg.DIGITS))
            if changed and self.desk.login_result is not None:
                self.runner.run(
                    lambda: self.desk.session.record_settings_change(changed),
                    None,
                    self._show_error,
                )

        dialog.saved.connect(saved)
        dialog.open()

    def show_digits(self, style: str) -> None:
        """Show the numbers on the open window in digit `style` at once."""
        use_digits(style)
        self.queue.redraw()
        self.status.redraw()
        self.panel.redraw()
        self.dashboard.redraw()
        self.review.evidence.viewport().update()

    # --- errors and geometry ----------------------------------------------------------------

    def _show_error(self, exc: Exception) -> None:
        self.last_error = explain(exc)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Clerk Desk"),
            self.last_error,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a refusal quotes the server's values
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Close"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window keeps working behind the message

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        place(self, geometry if isinstance(geometry, QByteArray) else None)
        # On a short screen (1366×768 less a task bar) the toolbar gives its height to the
        # comparison: its actions are in the menus, on the panel's buttons and on keys.
        self.toolbar.setVisible(not is_short(available_area(self)))
        splitter = settings.value("main_window/splitter")
        if not isinstance(splitter, QByteArray) or not self.splitter.restoreState(splitter):
            width = self.width()
            self.splitter.setSizes([width * 2 // 5, width - width * 2 // 5])

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        for timer in (self.pull_timer, self.push_timer, self.lease_timer, self.clock):
            timer.stop()
        if self.desk.login_result is not None and not self.logged_out:
            self.logged_out = True
            try:  # the last entry of the session, before the store is let go
                self.desk.session.log_out()
            except Exception:  # closing must never fail; the entry is a record, not a gate
                log.exception("log-out not audited")
            # The server is told on a pool thread: closing never waits on the link (the
            # program's exit waits at most the client's short log-out timeout).
            self.runner.run(self.desk.session.end_session)
        self.idle.stop()
        # The sync worker runs on until the desk is taken apart: what it says from now on
        # has no window to show it in, and must not start work whose answer has none.
        self.bridge.happened.disconnect(self._on_sync_event)
        self.runner.forget_pending()  # a late answer must not reach a deleted widget
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
