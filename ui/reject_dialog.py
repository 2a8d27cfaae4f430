"""Rejecting with a stated reason: the reason is chosen, the citizen's sentence is prefilled
(``clerk_desk.rejection_text``) and may be edited. With the fee the citizen paid, the
dialog says what the reason does with it (the catalogue's refund: whole, a share, none),
and the citizen's sentence says it too."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.comparison import Comparison
from clerk_desk.payments import RefundPolicy
from clerk_desk.plain_text import UnsafeText, check_plain_text
from clerk_desk.reasons import REASONS
from clerk_desk.rejection_text import citizen_sentence, refund_for
from ui.confirm import name_buttons
from ui.explain import explain
from ui.geometry import fit_dialog
from ui.i18n import shown
from ui.labels import pounds, reason_name


class RejectDialog(QDialog):
    def __init__(
        self,
        comparison: Comparison | None,
        parent: QWidget | None = None,
        *,
        fee: int | None = None,
    ) -> None:
        """``fee``: the pounds the citizen paid (None: no payment known)."""
        super().__init__(parent)
        self._comparison = comparison
        self.fee = fee
        self.setWindowTitle(self.tr("Reject the request"))
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        for code in REASONS:
            self.reason.addItem(reason_name(code), code)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reason_text")
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.refund = QLabel()
        self.refund.setObjectName("refund")
        self.refund.setTextFormat(Qt.TextFormat.PlainText)
        self.refund.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        if fee is not None:
            form.addRow(self.tr("The fee"), self.refund)
        form.addRow(self.tr("What the citizen will read"), self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, self.tr("Reject the request"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self._prefill)
        mismatch = comparison is not None and comparison.verdict.value == "mismatch"
        self.reason.setCurrentIndex(list(REASONS).index("data_mismatch" if mismatch else "other"))
        self._prefill()
        fit_dialog(self, QSize(560, 300))

    @property
    def reason_code(self) -> str:
        return str(self.reason.currentData())

    @property
    def reason_text(self) -> str:
        return self.text.toPlainText().strip()

    def _prefill(self) -> None:
        self.text.setPlainText(citizen_sentence(self.reason_code, self._comparison, fee=self.fee))
        self.refund.setText(self.refund_text())

    def refund_text(self) -> str:
        """What a rejection for the chosen reason, once upheld, does with the fee."""
        if self.fee is None:
            return ""
        policy, back = refund_for(self.reason_code, self.fee)
        if policy is RefundPolicy.NONE:
            return self.tr("Not refunded: the citizen's %1 stay paid.").replace(
                "%1", pounds(self.fee)
            )
        if policy is RefundPolicy.WHOLE:
            return self.tr("Refunded whole: %1 back to the citizen.").replace(
                "%1", pounds(self.fee)
            )
        return (
            self.tr("Refunded in part (%1%): %2 of %3 back to the citizen.")
            .replace("%1", shown(str(REASONS[self.reason_code].refund_share)))
            .replace("%2", pounds(back))
            .replace("%3", pounds(self.fee))
        )

    def _submit(self) -> None:
        if not self.reason_text:
            self.message.setText(self.tr("State the reason the citizen will read."))
            return
        try:  # the citizen reads it: said here, before the dialog closes on it
            check_plain_text(self.reason_text, multiline=True)
        except UnsafeText as exc:
            self.message.setText(explain(exc))
            return
        self.accept()
