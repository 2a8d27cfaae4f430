"""The question after an interrupted printing: what came out of the printer?

One row per unsettled printing, with the numbers to look for on the paper and three buttons
that say what each answer does. Also listed: numbers spoiled because their papers were
never sent, and numbers the supervisor must look into.

Signals:
    answered(int, str): the clerk answered for a printing (intent id, ``ledger.Answer`` value).
    reviewed(int, str): a supervisor looked into a number (intent id, their note).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.ledger import SPOIL_REASONS, Answer, IntentState
from clerk_desk.local_time import when
from clerk_desk.usecases.paper import Printing, PrintRecovery
from ui.geometry import fit_dialog
from ui.i18n import ltr, shown, tr, translate

ANSWERS = (
    (Answer.PRINTED, "answer_printed"),
    (Answer.NOT_PRINTED, "answer_not_printed"),
    (Answer.UNSURE, "answer_unsure"),
)


def spoil_reason_name(code: str | None) -> str:
    return tr("Ledger", SPOIL_REASONS.get(code or "", code or ""))


class _Row(QFrame):
    """One interrupted printing and its three answers."""

    def __init__(self, printing: Printing, dialog: PrintRecoveryDialog) -> None:
        super().__init__()
        self.printing = printing
        self.setObjectName(f"printing_{printing.intent_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        what = (
            translate("PrintRecoveryDialog", "reprint (%1)").replace("%1", printing.reprint_reason)
            if printing.reprint_reason
            else translate("PrintRecoveryDialog", "document and envelope")
        )
        heading = QLabel(
            translate("PrintRecoveryDialog", "Request %1 — %2")
            .replace("%1", ltr(printing.request_id))
            .replace("%2", what)
        )
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        look = QLabel(
            translate("PrintRecoveryDialog", "Look on the paper for document number %1").replace(
                "%1", f"<b>{ltr(printing.document_number)}</b>"
            )
        )
        layout.addWidget(look)
        if printing.tracking_number:
            layout.addWidget(
                QLabel(
                    translate(
                        "PrintRecoveryDialog", "and on the envelope for tracking number %1"
                    ).replace("%1", f"<b>{ltr(printing.tracking_number)}</b>")
                )
            )
        how_far = (
            translate("PrintRecoveryDialog", "The printer had accepted the job.")
            if printing.sent_to_printer
            else translate(
                "PrintRecoveryDialog", "The desk stopped while handing it to the printer."
            )
        )
        layout.addWidget(
            QLabel(
                shown(
                    translate("PrintRecoveryDialog", "Prepared by %1 at %2. %3")
                    .replace("%1", ltr(printing.prepared_by))
                    .replace("%2", ltr(when(printing.prepared_at)))
                    .replace("%3", how_far)
                )
            )
        )
        self.buttons = QHBoxLayout()
        texts = {
            Answer.PRINTED: translate("PrintRecoveryDialog", "It came out — record it as printed"),
            Answer.NOT_PRINTED: translate(
                "PrintRecoveryDialog", "Nothing came out — void these numbers"
            ),
            Answer.UNSURE: translate(
                "PrintRecoveryDialog", "I cannot tell — void them and tell the supervisor"
            ),
        }
        self.answer_buttons: dict[Answer, QPushButton] = {}
        for answer, name in ANSWERS:
            button = QPushButton(texts[answer])
            button.setObjectName(name)
            button.setAutoDefault(False)  # Enter answers nothing: the clerk looks, then picks
            button.clicked.connect(
                lambda _=False, a=answer: dialog.answered.emit(printing.intent_id, a.value)
            )
            self.buttons.addWidget(button)
            self.answer_buttons[answer] = button
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        layout.addWidget(self.outcome)

    def set_busy(self, busy: bool) -> None:
        for button in self.answer_buttons.values():
            button.setEnabled(not busy)


class PrintRecoveryDialog(QDialog):
    answered = Signal(int, str)
    reviewed = Signal(int, str)

    def __init__(
        self, recovery: PrintRecovery, supervisor: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("print_recovery")
        self.setWindowTitle(self.tr("What came out of the printer?"))
        self.rows: dict[int, _Row] = {}
        self.review_notes: dict[int, QLineEdit] = {}
        content = QWidget()
        inner = QVBoxLayout(content)
        if recovery.unsettled:
            intro = QLabel(
                self.tr(
                    "Printing was interrupted. Look at the printer and its tray for each "
                    "document below and say what came out: every answer is recorded, and no "
                    "number is used twice."
                )
            )
            intro.setWordWrap(True)
            inner.addWidget(intro)
        for printing in recovery.unsettled:
            row = _Row(printing, self)
            self.rows[printing.intent_id] = row
            inner.addWidget(row)
        if recovery.never_sent:
            inner.addWidget(
                self._section(self.tr("Voided: prepared but never sent to the printer"))
            )
            for printing in recovery.never_sent:
                inner.addWidget(QLabel(self._line(printing)))
        if recovery.for_supervisor:
            title = (
                self.tr("For you to look into: paper may exist under these numbers")
                if supervisor
                else self.tr("Waiting for the supervisor: paper may exist under these numbers")
            )
            inner.addWidget(self._section(title))
            for printing in recovery.for_supervisor:
                inner.addWidget(self._supervisor_row(printing, supervisor))
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(
            self.tr("Close — ask me again at the next log-in"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.close_button.setObjectName("close")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        fit_dialog(self, QSize(1020, 600))

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; margin-top: 8px;")
        return label

    def _line(self, printing: Printing) -> str:
        numbers = ltr(printing.document_number)
        if printing.tracking_number:
            numbers += " / " + ltr(printing.tracking_number)
        return f"{ltr(printing.request_id)}: {numbers} — {spoil_reason_name(printing.spoil_reason)}"

    def _supervisor_row(self, printing: Printing, supervisor: bool) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self._line(printing))
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        if supervisor:
            note = QLineEdit()
            note.setPlaceholderText(self.tr("What you found"))
            button = QPushButton(self.tr("Looked into — close it"))
            button.setObjectName(f"reviewed_{printing.intent_id}")
            button.clicked.connect(lambda: self.reviewed.emit(printing.intent_id, note.text()))
            layout.addWidget(note)
            layout.addWidget(button)
            self.review_notes[printing.intent_id] = note
        return row

    # --- answers ------------------------------------------------------------------------

    def answering(self, intent_id: int) -> None:
        if intent_id in self.rows:
            self.rows[intent_id].set_busy(True)

    def settled(self, intent_id: int, state: IntentState, spoil_reason: str | None) -> None:
        row = self.rows.get(intent_id)
        if row is None:
            return
        for button in row.answer_buttons.values():
            button.hide()
        if state is IntentState.PRINTED:
            text = self.tr("Recorded as printed.")
        elif state is IntentState.UNSURE:
            text = self.tr("Voided and recorded as unsure: the supervisor will see it.")
        else:
            text = self.tr("Voided (%1). The request can be printed again with new numbers.")
            text = text.replace("%1", spoil_reason_name(spoil_reason))
        row.outcome.setText(text)
        row.outcome.show()
        if not self.pending():
            self.close_button.setText(self.tr("Done"))

    def failed(self, intent_id: int, message: str) -> None:
        row = self.rows.get(intent_id)
        if row is not None:
            row.set_busy(False)
            row.outcome.setText(message)
            row.outcome.show()

    def review_done(self, intent_id: int) -> None:
        note = self.review_notes.get(intent_id)
        if note is not None:
            row = note.parentWidget()
            if row is not None:
                row.setEnabled(False)

    def pending(self) -> list[int]:
        """The printings not yet answered."""
        return [i for i, r in self.rows.items() if not r.answer_buttons[Answer.PRINTED].isHidden()]
