"""The set-up of a new workstation, shown at its first start before the usual log-in.

When: the settings name no central server (no settings file yet, a file holding only the
counter's name, or one whose address was unreadable and dropped). The server's address is
the one setting a workstation cannot guess: its default (this computer) is the
developer's, never a counter's. An address given on the command line (``clerk-desk
demo``, ``clerk-desk gui --server``) counts as named: the demo starts straight in.

Five pages, forward only, each checked there and then, by the keyboard (Enter does what
the default button says):

1. the central server's address and, optionally, the center's CA bundle: the server must
   answer (a TLS failure is shown whole with OpenSSL's reason);
2. the workstation's key: a clerk or supervisor logs in, which makes and enrolls the key
   (``desk.session.login``); a shift supervisor present approves it here with their own
   log-in, or on the Workstations tab and the clerk checks again;
3. the printer: a queue chosen and Clerk Desk's test page printed on it;
4. the number blocks the server reserved for this workstation, fetched and shown;
5. done: the settings saved, whole or not at all, and the usual log-in follows.

Nothing is written to the settings file before the last page (only the counter's new
name, so a set-up begun again keeps its key and blocks); closing the set-up leaves the
workstation as it was, and the next start shows the set-up again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_desk import config as cfg
from clerk_desk.number_blocks import BlockUse, number_text
from clerk_desk.number_blocks_api import BlockKind
from clerk_desk.store_recovery import StoreCheck
from printing import printer as queues
from printing.trial_page import print_trial_page
from sync.client import CentralClient
from sync.credentials import StoreKeyUnavailable
from ui.explain import explain
from ui.geometry import fit_dialog
from ui.i18n import ltr, shown, use_digits
from ui.operations import Runner
from ui.workstation import Workstation

log = logging.getLogger(__name__)

# Fits 1366×768 less a window manager's frame; on a smaller screen fit_dialog shrinks it.
PREFERRED = QSize(880, 600)
SERVER, KEY, PRINTER, NUMBERS, DONE = range(5)


def needed(settings: cfg.Config) -> bool:
    """Whether this workstation still has to be set up: its settings name no server."""
    return not settings.is_set(cfg.SERVER_URL)


def check_server(url: str, ca_bundle: str) -> tuple[str, str]:
    """The address and CA bundle as they will be saved, once the server answered there.
    ``ConfigError`` for an address or file that cannot be used; the link's errors
    (``Offline``, ``Refused`` for the certificate, ``BadAnswer``) otherwise."""
    url = cfg.SERVER_URL.check(url.strip())
    ca_bundle = cfg.CA_BUNDLE.check(ca_bundle.strip())
    client = CentralClient(url, ca_bundle=ca_bundle)
    try:
        client.health()
    finally:
        client.close()
    return url, ca_bundle


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class FirstRunDialog(QDialog):
    """The set-up. ``make_desk()`` opens the workstation's desk on ``settings`` (once the
    server is known); the desk is closed again when the set-up ends, for the usual
    start to open its own."""

    def __init__(
        self,
        settings: cfg.Config,
        make_desk: Callable[[], Workstation],
        runner: Runner,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from ui.app import name_this_workstation  # ui.app calls this module

        name_this_workstation(settings)  # the name only: a set-up begun again keeps its key
        self.settings = settings
        use_digits(settings.get(cfg.DIGITS))  # a set-up begun again shows the chosen digits
        self.make_desk = make_desk
        self.runner = runner
        self.today = today
        self.desk: Workstation | None = None
        self.printer = ""
        self.printed_job = ""
        self.blocks: list[BlockUse] = []
        self.setWindowTitle(self.tr("Setting up this workstation"))
        self.step = QLabel()
        self.step.setObjectName("step")
        self.step.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.pages = QStackedWidget()
        for page in (
            self._server_page(),
            self._key_page(),
            self._printer_page(),
            self._numbers_page(),
            self._done_page(),
        ):
            # a page scrolls inside the dialog: its buttons stay on a small screen
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.pages.addWidget(scroll)
        self.message = _label(name="message")
        self.message.setStyleSheet("color: palette(highlight);")
        self.go = QPushButton()
        self.go.setObjectName("go")
        self.go.setDefault(True)
        self.go.clicked.connect(self._go)
        self.quit = QPushButton(self.tr("Close the set-up"))
        self.quit.setObjectName("quit")
        self.quit.setAutoDefault(False)
        self.quit.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go)
        buttons.addStretch(1)
        buttons.addWidget(self.quit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._show(SERVER)
        fit_dialog(self, PREFERRED)

    # --- pages ------------------------------------------------------------------------------

    def _server_page(self) -> QWidget:
        page = QWidget()
        self.server_url = QLineEdit(
            self.settings.get(cfg.SERVER_URL) if self.settings.is_set(cfg.SERVER_URL) else ""
        )
        self.server_url.setObjectName("server_url")
        self.server_url.setPlaceholderText("https://…")
        self.server_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.ca_bundle = QLineEdit(self.settings.get(cfg.CA_BUNDLE))
        self.ca_bundle.setObjectName("ca_bundle")
        self.ca_bundle.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form = QFormLayout()
        form.addRow(self.tr("Address of the central server"), self.server_url)
        form.addRow(self.tr("Certificate authority file (optional)"), self.ca_bundle)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "Welcome. This workstation is new: it needs the address of the "
                    "center's central server. The center's technician gives it, and the "
                    "file of the center's certificate authority if the server uses its "
                    "own (leave it empty to trust the system's)."
                )
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _key_page(self) -> QWidget:
        page = QWidget()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_state = _label(name="key_state")
        self.key_state.setStyleSheet("font-weight: bold;")
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("supervisor")
        self.supervisor_password = QLineEdit()
        self.supervisor_password.setObjectName("supervisor_password")
        self.supervisor_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.check_again = QPushButton(self.tr("Check again"))
        self.check_again.setObjectName("check_again")
        self.check_again.setAutoDefault(False)
        self.check_again.clicked.connect(self._check_again)
        login = QFormLayout()
        login.addRow(self.tr("User name"), self.username)
        login.addRow(self.tr("Password"), self.password)
        self.login_box = QWidget()
        self.login_box.setLayout(login)
        approval = QFormLayout()
        approval.addRow(self.tr("Supervisor's user name"), self.supervisor)
        approval.addRow(self.tr("Supervisor's password"), self.supervisor_password)
        self.approval_box = QWidget()
        box = QVBoxLayout(self.approval_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(approval)
        box.addWidget(self.check_again, 0, Qt.AlignmentFlag.AlignLeading)
        self.approval_box.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "This workstation signs what it prints with a key of its own. Log in "
                    "(a clerk's or a supervisor's account): the key is made here and sent "
                    "to the server, where a shift supervisor approves it."
                )
            )
        )
        layout.addWidget(self.login_box)
        layout.addWidget(self.key_state)
        layout.addWidget(
            hint := _label(
                self.tr(
                    "A shift supervisor who is here approves it now with their own log-in. "
                    "Or ask them to approve it on the Workstations tab of their desk, then "
                    "press “Check again”."
                )
            )
        )
        self.approval_hint = hint
        hint.hide()
        layout.addWidget(self.approval_box)
        layout.addStretch(1)
        return page

    def _printer_page(self) -> QWidget:
        page = QWidget()
        self.printers = QListWidget()
        self.printers.setObjectName("printers")
        self.printers.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.printers.itemActivated.connect(lambda _item: self._go())
        self.print_again = QPushButton(self.tr("Print the test page again"))
        self.print_again.setObjectName("print_again")
        self.print_again.setAutoDefault(False)
        self.print_again.clicked.connect(self._print_test_page)
        self.print_again.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "Choose the printer for documents and envelopes, and print Clerk Desk's "
                    "test page on it: the Arabic on it must be joined and read from right "
                    "to left, inside a whole frame."
                )
            )
        )
        layout.addWidget(self.printers, 1)
        layout.addWidget(self.print_again, 0, Qt.AlignmentFlag.AlignLeading)
        return page

    def _numbers_page(self) -> QWidget:
        page = QWidget()
        self.block_table = QTableWidget(0, 4)
        self.block_table.setObjectName("blocks")
        self.block_table.setHorizontalHeaderLabels(
            [self.tr("Numbers"), self.tr("From"), self.tr("To"), self.tr("Left")]
        )
        self.block_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.block_table.verticalHeader().hide()
        self.block_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.block_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "The document numbers and the registered-post tracking numbers this "
                    "workstation prints come in blocks the central server reserves for it. "
                    "They are fetched from the server, never typed."
                )
            )
        )
        layout.addWidget(self.block_table, 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.summary = _label(name="summary")
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                self.tr(
                    "The workstation is set up. Saving writes these settings; then log in "
                    "as every day."
                )
            )
        )
        layout.addWidget(self.summary)
        layout.addStretch(1)
        return page

    # --- moving on --------------------------------------------------------------------------

    def _show(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        titles = (
            self.tr("The central server"),
            self.tr("This workstation's key"),
            self.tr("The printer"),
            self.tr("The numbers"),
            self.tr("Done"),
        )
        self.step.setText(
            shown(
                self.tr("Step %1 of %2: %3")
                .replace("%1", str(page + 1))
                .replace("%2", str(len(titles)))
                .replace("%3", titles[page])
            )
        )
        self.message.clear()
        if page == SERVER:
            self._action(self.tr("Check the server and go on"))
            self.server_url.setFocus()
        elif page == KEY:
            self._action(self.tr("Log in and enroll this workstation"))
            self.username.setFocus()
        elif page == PRINTER:
            self._action(self.tr("Print a test page"))
            self._load_printers()
        elif page == NUMBERS:
            self._action(self.tr("Go on"))
            self._fetch_blocks()
        else:
            self._action(self.tr("Save the settings and log in"))
            self._summarise()
            self.go.setFocus()

    def _action(self, text: str, enabled: bool = True) -> None:
        self.go.setText(text)
        self.go.setEnabled(enabled)

    def _busy(self, text: str) -> None:
        self.go.setEnabled(False)
        self.message.setText(text)

    def _failed(self, exc: Exception) -> None:
        self.go.setEnabled(True)
        self.message.setText(explain(exc))

    def _go(self) -> None:
        if not self.go.isEnabled():
            return
        page = self.pages.currentIndex()
        if page == SERVER:
            self._check_server()
        elif page == KEY:
            if self.approval_box.isVisible():
                self._approve_here()
            elif self._key_approved():
                self._show(PRINTER)
            else:
                self._log_in()
        elif page == PRINTER:
            if self.printed_job or self.printers.count() == 0:
                self._show(NUMBERS)
            else:
                self._print_test_page()
        elif page == NUMBERS:
            if self.blocks:
                self._show(DONE)
            else:
                self._fetch_blocks()
        else:
            self._save()

    # --- 1. the server ----------------------------------------------------------------------

    def _check_server(self) -> None:
        url, ca_bundle = self.server_url.text(), self.ca_bundle.text()
        self._busy(self.tr("Asking the server…"))
        self.runner.run(lambda: check_server(url, ca_bundle), self._server_answered, self._failed)

    def _server_answered(self, checked: tuple[str, str]) -> None:
        url, ca_bundle = checked
        self.settings.set(cfg.SERVER_URL, url)  # in memory: written on the last page
        self.settings.set(cfg.CA_BUNDLE, ca_bundle)
        try:
            self.desk = self.make_desk()
        except StoreKeyUnavailable as exc:
            self.go.setEnabled(True)
            self.message.setText(f"{exc.message_ar}\n{exc}")
            return
        self._show(KEY)

    # --- 2. the workstation's key -----------------------------------------------------------

    def _the_desk(self) -> Workstation:
        assert self.desk is not None, "the desk opens once the server answered"
        return self.desk

    def _key_approved(self) -> bool:
        key = self.desk.session.signing_key if self.desk is not None else None
        return key is not None and key.approved

    def _log_in(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.setText(self.tr("Enter your user name and password."))
            return
        self._busy(self.tr("Logging in and enrolling the workstation…"))
        session = self._the_desk().session
        self.runner.run(lambda: session.login(username, password), self._logged_in, self._failed)

    def _logged_in(self, _login: object) -> None:
        self.password.clear()
        self.login_box.setEnabled(False)
        self._key_shown()

    def _key_shown(self) -> None:
        self.go.setEnabled(True)
        self.message.clear()
        key = self._the_desk().session.signing_key
        workstation = self.settings.get(cfg.WORKSTATION)
        if key is None or key.key_id is None:
            self.key_state.setText(
                self.tr("Workstation %1 has no key: the server could not be reached.").replace(
                    "%1", ltr(workstation)
                )
            )
            self.login_box.setEnabled(True)
            self._action(self.tr("Log in and enroll this workstation"))
            return
        names = (
            self.tr("Workstation %1, key %2")
            .replace("%1", ltr(workstation))
            .replace("%2", ltr(key.key_id))
        )
        if key.approved:
            self.key_state.setText(
                names + "\n" + self.tr("Approved: this workstation may print and sign.")
            )
            self.approval_box.hide()
            self.approval_hint.hide()
            self._action(self.tr("Go on to the printer"))
            self.go.setFocus()
            return
        self.key_state.setText(names + "\n" + self.tr("Waiting for a shift supervisor's approval."))
        self.approval_hint.show()
        self.approval_box.show()
        self._action(self.tr("Approve with the supervisor's log-in"))
        self.supervisor.setFocus()

    def _approve_here(self) -> None:
        username = self.supervisor.text().strip()
        password = self.supervisor_password.text()
        if not username or not password:
            self.message.setText(self.tr("Enter the supervisor's user name and password."))
            return
        self._busy(self.tr("Approving…"))
        session = self._the_desk().session
        self.runner.run(
            lambda: session.approve_here(username, password), self._approved, self._failed
        )

    def _approved(self, _signer: object) -> None:
        self.supervisor_password.clear()
        self._key_shown()

    def _check_again(self) -> None:
        self._busy(self.tr("Asking the server…"))
        session = self._the_desk().session
        self.runner.run(session.refresh_signing_key, self._checked, self._failed)

    def _checked(self, _signer: object) -> None:
        self._key_shown()
        if not self._key_approved():
            self.message.setText(self.tr("Not approved yet."))

    # --- 3. the printer ---------------------------------------------------------------------

    def _load_printers(self) -> None:
        self._busy(self.tr("Looking for printers…"))
        self.runner.run(queues.list_printers, self._printers_found, self._no_printers)

    def _printers_found(self, found: list[queues.PrinterInfo]) -> None:
        self.printers.clear()
        self.message.clear()
        chosen = self.settings.get(cfg.PRINTER)
        default = self.tr("the default")
        for info in found:
            text = info.name + (f"  ({default})" if info.is_default else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.printers.addItem(item)
            if info.name == chosen or (not chosen and info.is_default):
                self.printers.setCurrentItem(item)
        if self.printers.currentRow() < 0 and self.printers.count():
            self.printers.setCurrentRow(0)
        self.go.setEnabled(True)
        if not found:
            self._no_printers(None)
            return
        self.printers.setFocus()

    def _no_printers(self, exc: Exception | None) -> None:
        self.printers.clear()
        self.go.setEnabled(True)
        self._action(self.tr("Go on without a printer"))
        text = self.tr(
            "No printer is set up on this computer. Ask the technician to add one; it can "
            "be chosen later in Preferences."
        )
        self.message.setText(text + (f"\n{explain(exc)}" if exc is not None else ""))
        self.go.setFocus()

    def _print_test_page(self) -> None:
        item = self.printers.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a printer."))
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        workstation = self.settings.get(cfg.WORKSTATION)
        today = self.today()
        self._busy(self.tr("Printing the test page on %1…").replace("%1", ltr(name)))
        self.print_again.setEnabled(False)
        self.runner.run(
            lambda: (name, print_trial_page(name, workstation, today)),
            self._printed,
            self._print_failed,
        )

    def _printed(self, done: tuple[str, str]) -> None:
        self.printer, self.printed_job = done
        self.print_again.setEnabled(True)
        self.print_again.show()
        self.message.setText(
            self.tr("The test page went to %1 (job %2). Check it came out whole, then go on.")
            .replace("%1", ltr(self.printer))
            .replace("%2", ltr(self.printed_job))
        )
        self._action(self.tr("Go on to the numbers"))
        self.go.setFocus()

    def _print_failed(self, exc: Exception) -> None:
        self.print_again.setEnabled(True)
        self._failed(exc)

    # --- 4. the numbers ---------------------------------------------------------------------

    def _fetch_blocks(self) -> None:
        self._busy(self.tr("Fetching this workstation's numbers from the server…"))
        numbers = self._the_desk().session.numbers

        def fetch() -> tuple[StoreCheck, list[BlockUse]]:
            return numbers.at_log_in(), numbers.held()

        self.runner.run(fetch, self._blocks_fetched, self._failed)

    def _blocks_fetched(self, fetched: tuple[StoreCheck, list[BlockUse]]) -> None:
        check, blocks = fetched
        self.blocks = blocks if check is StoreCheck.RECOGNISED else []
        self.block_table.setRowCount(len(self.blocks))
        kinds = {
            BlockKind.DOCUMENT: self.tr("Document numbers"),
            BlockKind.TRACKING: self.tr("Tracking numbers (S10)"),
        }
        for row, block in enumerate(self.blocks):
            cells = (
                kinds[block.kind],
                number_text(block.kind, block.series, block.first),
                number_text(block.kind, block.series, block.last),
                shown(str(block.unused)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.block_table.setItem(row, column, item)
        self.go.setEnabled(True)
        if self.blocks:
            self.message.clear()
            self._action(self.tr("Go on"))
        else:
            self.message.setText(
                self.tr("The server gave this workstation no numbers now. Try again.")
            )
            self._action(self.tr("Fetch the numbers again"))
        self.go.setFocus()

    # --- 5. done ----------------------------------------------------------------------------

    def _summarise(self) -> None:
        key = self._the_desk().session.signing_key
        lines = (
            (self.tr("Central server"), ltr(self.settings.get(cfg.SERVER_URL))),
            (self.tr("Workstation"), ltr(self.settings.get(cfg.WORKSTATION))),
            (self.tr("Key"), ltr(key.key_id) if key is not None and key.key_id else "—"),
            (self.tr("Printer"), ltr(self.printer) if self.printer else self.tr("the default")),
            (self.tr("Number blocks"), shown(str(len(self.blocks)))),
        )
        self.summary.setText("\n".join(f"{name}: {value}" for name, value in lines))

    def _save(self) -> None:
        self.settings.set(cfg.PRINTER, self.printer)
        try:
            self.settings.save()  # written whole or not at all (clerk_desk.files)
        except (OSError, cfg.ConfigError) as exc:
            self.message.setText(
                self.tr("The settings could not be saved: %1").replace("%1", str(exc))
            )
            return
        self.accept()

    # --- the end ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Whichever way the set-up ends, the desk it opened is closed: its session ended
        at the server (the usual log-in follows), its store and client closed."""
        desk, self.desk = self.desk, None
        self.runner.forget_pending()
        if desk is not None:
            self.runner.wait()
            close_desk(desk)
        super().done(result)


def close_desk(desk: Workstation) -> None:
    """End the set-up's session and close its desk (blocking: at most the log-out bound)."""
    try:
        desk.session.log_out()
        desk.session.end_session()
    except Exception as exc:  # the set-up ends anyway; the token ends by itself
        log.warning("the set-up's session did not end cleanly: %s", type(exc).__name__)
    desk.client.close()
    desk.sessions.kw["bind"].dispose()


def set_up_if_needed(settings: cfg.Config, make_desk: Callable[[], Workstation]) -> bool:
    """Run the set-up when this workstation needs it (:func:`needed`); False when the
    person closed it (the workstation does not start)."""
    if not needed(settings):
        return True
    runner = Runner()
    dialog = FirstRunDialog(settings, make_desk, runner)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    runner.wait()
    return accepted
