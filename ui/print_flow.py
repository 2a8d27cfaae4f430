"""Printing at the desk, driven from the window: Print (Ctrl+P, the panel's button) acts on
the request open in the panel and nothing else; the preview it opens is that request's; the
question after an interrupted printing is asked at log-in and whenever printing stops with
paper possibly out. Each step runs on a pool thread (:class:`ui.operations.Runner`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from clerk_desk.api import Role
from clerk_desk.ledger import Answer, IntentState, UnsettledPrinting
from clerk_desk.states import Step
from clerk_desk.usecases.paper import PreparedDocuments, Printing, PrintRecovery
from ui.confirm import name_input_buttons
from ui.explain import explain
from ui.i18n import ltr
from ui.operations import Runner
from ui.preview import PreviewDialog
from ui.print_recovery import PrintRecoveryDialog
from ui.request_panel import RequestPanel
from ui.workstation import Workstation


class PrintFlow(QObject):
    printed = Signal()  # the open request's papers came out

    def __init__(
        self,
        desk: Workstation,
        runner: Runner,
        panel: RequestPanel,
        tell: Callable[[str], None],
        show_error: Callable[[Exception], None],
        refresh: Callable[[str], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.desk = desk
        self.runner = runner
        self.panel = panel
        self.tell = tell  # a line in the status bar
        self.show_error = show_error
        self.refresh = refresh  # shows the request as the store holds it now
        self.window = window
        self.preview: PreviewDialog | None = None
        self.recovery_dialog: PrintRecoveryDialog | None = None
        self.reason_dialog: QInputDialog | None = None

    def open_request_id(self) -> str | None:
        opened = self.panel.opened
        return opened.request_id if opened is not None else None

    # --- Print --------------------------------------------------------------------------

    def print_current(self) -> None:
        """Print the request open in the panel: a first print at once; a reprint once its
        reason is given. Never another request's papers."""
        opened = self.panel.opened
        if opened is None:
            self.tell(self.tr("Open a request first: Print acts on the open request."))
            return
        request_id = opened.request_id
        steps = self.panel.steps
        if Step.PRINT not in steps:
            self.tell(self.tr("Request %1 cannot be printed now.").replace("%1", request_id))
            return
        if Step.SEAL not in steps:  # not printed yet: a first print needs no reason
            self.prepare(request_id, None)
            return
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Print %1 again").replace("%1", request_id))
        dialog.setLabelText(self.tr("Why is this printed again?"))
        name_input_buttons(dialog, self.tr("Print again"))
        self.reason_dialog = dialog

        def given() -> None:
            reason = dialog.textValue().strip()
            if reason:
                self.prepare(request_id, reason)

        dialog.accepted.connect(given)
        dialog.open()

    def prepare(self, request_id: str, reason: str | None) -> None:
        self.runner.run(
            lambda: self.desk.paper.prepare(request_id, reason),
            self.show_preview,
            self._prepare_failed,
        )

    def _prepare_failed(self, exc: Exception) -> None:
        if isinstance(exc, UnsettledPrinting):  # ask what came out before printing again
            self.ask([exc.intent_id])
        self.show_error(exc)

    def show_preview(self, prepared: PreparedDocuments) -> None:
        """The preview of `prepared`, if its request is still the one open (the clerk may
        have opened another while the papers were being made)."""
        if self.open_request_id() != prepared.request_id:
            self.tell(
                self.tr("The papers of %1 were not shown: another request is open.").replace(
                    "%1", prepared.request_id
                )
            )
            return
        self.preview = PreviewDialog(
            prepared,
            self.desk.paper.print_documents,
            self.open_request_id,
            self.runner,
            self.window,
        )
        self.preview.printed.connect(lambda: self._printed(prepared))
        self.preview.interrupted.connect(lambda intent_id: self.ask([intent_id]))
        self.preview.open()

    def _printed(self, prepared: PreparedDocuments) -> None:
        self.tell(
            self.tr("Request %1 printed: document number %2.")
            .replace("%1", ltr(prepared.request_id))
            .replace("%2", ltr(prepared.document_number))
        )
        self.refresh(prepared.request_id)
        self.printed.emit()

    # --- what came out ------------------------------------------------------------------

    def check_at_log_in(self) -> None:
        self.runner.run(self.desk.paper.recovery, self._recovered, self.show_error)

    def _recovered(self, recovery: PrintRecovery) -> None:
        supervisor = self._is_supervisor()
        if recovery.unsettled or recovery.never_sent or (supervisor and recovery.for_supervisor):
            self._show_recovery(recovery)

    def ask(self, intent_ids: list[int]) -> None:
        """Ask what came out of these interrupted printings (and only them)."""
        self.runner.run(
            lambda: PrintRecovery(self.desk.paper.unsettled(intent_ids), [], []),
            lambda recovery: self._show_recovery(recovery) if recovery.unsettled else None,
            self.show_error,
        )

    def _is_supervisor(self) -> bool:
        login = self.desk.login_result
        return login is not None and login.user.role is Role.SUPERVISOR

    def _show_recovery(self, recovery: PrintRecovery) -> None:
        if self.recovery_dialog is not None and self.recovery_dialog.isVisible():
            self.recovery_dialog.reject()
        dialog = PrintRecoveryDialog(recovery, self._is_supervisor(), self.window)
        dialog.answered.connect(self.answer)
        dialog.reviewed.connect(self.reviewed)
        self.recovery_dialog = dialog
        dialog.open()

    def answer(self, intent_id: int, answer: str) -> None:
        dialog = self.recovery_dialog
        if dialog is None:
            return
        dialog.answering(intent_id)
        row = dialog.rows.get(intent_id)
        request_id = row.printing.request_id if row is not None else None

        def settled(printing: Printing) -> None:
            dialog.settled(intent_id, IntentState(printing.state), printing.spoil_reason)
            if request_id is not None and request_id == self.open_request_id():
                self.refresh(request_id)

        self.runner.run(
            lambda: self.desk.paper.settle(intent_id, Answer(answer)),
            settled,
            lambda exc: dialog.failed(intent_id, explain(exc)),
        )

    def reviewed(self, intent_id: int, note: str) -> None:
        dialog = self.recovery_dialog
        self.runner.run(
            lambda: self.desk.paper.mark_reviewed(intent_id, note),
            lambda _: dialog.review_done(intent_id) if dialog is not None else None,
            self.show_error,
        )
