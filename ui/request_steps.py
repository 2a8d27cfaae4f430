"""The steps a clerk takes on the open request, each from its button or its key: accept,
reject, seal, keep for pickup, hand to the citizen. Each says what it did in the status bar
(:meth:`tell`); the ones with no way back are asked first, with a button that names them
and that Enter presses. The work runs on a pool thread (:class:`ui.operations.Runner`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from clerk_desk.states import Step
from clerk_desk.usecases.paper import PreparedDocuments
from ui.confirm import Confirmation, confirm
from ui.i18n import ltr
from ui.operations import Runner
from ui.pickup_dialog import PickupFlow
from ui.print_flow import PrintFlow
from ui.reject_dialog import RejectDialog
from ui.request_panel import RequestPanel
from ui.workstation import Workstation


class RequestSteps(QObject):
    def __init__(
        self,
        desk: Workstation,
        runner: Runner,
        panel: RequestPanel,
        printer: PrintFlow,
        tell: Callable[[str], None],
        show_error: Callable[[Exception], None],
        refresh: Callable[[str], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.desk = desk
        self.runner = runner
        self.panel = panel
        self.printer = printer
        self.tell = tell  # a transient line in the status bar
        self.show_error = show_error
        self.refresh = refresh  # shows the request as the store holds it now
        self.window = window
        self.reject_dialog: RejectDialog | None = None
        self.pickup = PickupFlow(desk, runner, window)
        self.confirmation: Confirmation | None = None

    def accept(self) -> None:
        opened = self.panel.opened
        if opened is None or opened.comparison is None or not self.panel.can_accept():
            return
        acknowledged = self.panel.model.acknowledged
        self.panel.accept_button.setEnabled(False)
        request_id = opened.request_id

        def accept_and_prepare() -> PreparedDocuments:
            # Recorded here and handed to the outbox: the preview does not wait on the link.
            self.desk.counter.accept(request_id, acknowledged)
            return self.desk.paper.prepare(request_id)

        self.runner.run(accept_and_prepare, self._accepted, self._action_failed)

    def _accepted(self, prepared: PreparedDocuments) -> None:
        self.refresh(prepared.request_id)
        self.tell(
            self.tr("Request %1 accepted: print it from the preview.").replace(
                "%1", ltr(prepared.request_id)
            )
        )
        self.printer.show_preview(prepared)

    def reject(self) -> None:
        opened = self.panel.opened
        if opened is None or not self.panel.can_reject():
            return
        fee = opened.payment.amount if opened.payment is not None else None
        dialog = RejectDialog(opened.comparison, self.window, fee=fee)
        self.reject_dialog = dialog

        def submit() -> None:
            code, text = dialog.reason_code, dialog.reason_text
            self.runner.run(
                lambda: self.desk.counter.reject(opened.request_id, code, text),
                lambda _: self._done(
                    opened.request_id, self.tr("Request %1 rejected; the supervisor reviews it.")
                ),
                self._action_failed,
            )

        dialog.accepted.connect(submit)
        dialog.open()

    def seal(self) -> None:
        """Sealed is for good (a sealed envelope is never printed again): asked first."""
        opened = self.panel.opened
        if opened is None or Step.SEAL not in self.panel.steps:
            return
        request_id = opened.request_id

        def seal() -> None:
            self.runner.run(
                lambda: self.desk.post.seal(request_id),
                lambda _: self._done(request_id, self.tr("Envelope of %1 sealed.")),
                self.show_error,
            )

        self.confirmation = confirm(
            self.window,
            self.tr("Seal the envelope"),
            self.tr(
                "Is the envelope of %1 sealed? Once sealed it cannot be printed again."
            ).replace("%1", ltr(request_id)),
            self.tr("Envelope sealed"),
            seal,
        )

    def _done(self, request_id: str, said: str) -> None:
        """A step was recorded: say so, and show the request as it is now."""
        self.tell(said.replace("%1", ltr(request_id)))
        self.refresh(request_id)

    def hand_to_citizen(self) -> None:
        """The citizen (or whoever they sent) collects the envelope: the pickup dialog
        records who, from the documents shown, and the core's rule decides."""
        opened = self.panel.opened
        if opened is None or Step.HAND_TO_CITIZEN not in self.panel.steps:
            return
        self.pickup.start(
            opened.request_id,
            lambda request_id: self._done(request_id, self.tr("Envelope of %1 handed over.")),
            self.show_error,
        )

    def keep_for_pickup(self) -> None:
        opened = self.panel.opened
        if opened is not None and Step.KEEP_FOR_PICKUP in self.panel.steps:
            request_id = opened.request_id
            self.runner.run(
                lambda: self.desk.post.keep_for_pickup(request_id),
                lambda shelved: self._done(
                    request_id,
                    self.tr("Envelope of %1 kept for pickup in slot %2.").replace(
                        "%2", ltr(shelved.shelf_slot)
                    ),
                ),
                self.show_error,
            )

    def _action_failed(self, exc: Exception) -> None:
        """Show the request as the store holds it now (an acceptance may be recorded even
        though its papers could not be made), then what went wrong."""
        opened = self.panel.opened
        if opened is not None:
            self.refresh(opened.request_id)
        self.show_error(exc)
