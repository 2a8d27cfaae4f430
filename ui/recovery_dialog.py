"""The screen a workstation shows when the central server did not recognise its store:
what happened, what recovery does, and a shift supervisor's log-in to recover it (the
recovery runs as an operation off the GUI thread:
``clerk_desk.usecases.numbers.WorkstationNumbers.recover``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.store_recovery import Recovered
from ui.explain import explain
from ui.operations import Runner


class RecoveryDialog(QDialog):
    """Asks a shift supervisor to recover this workstation; accepted once recovered.

    Signals: ``accepted`` (recovered), ``rejected`` (later: nothing is printed until then).
    """

    def __init__(
        self,
        recover: Callable[[str, str], Recovered],
        runner: Runner,
        workstation: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._recover = recover
        self._runner = runner
        self.recovered: Recovered | None = None
        self.setWindowTitle(self.tr("This workstation's store is not recognised"))
        headline = QLabel(
            self.tr(
                "The store of workstation %1 does not match the central server's copy: it "
                "was lost or replaced. Nothing is printed here until a shift supervisor "
                "recovers this workstation."
            ).replace("%1", "\u2068" + workstation + "\u2069")
        )
        headline.setObjectName("headline")
        headline.setWordWrap(True)
        font = headline.font()
        font.setBold(True)
        headline.setFont(font)
        steps = QLabel(
            self.tr(
                "Recovery, by a shift supervisor:\n"
                "• closes this workstation's old number blocks at the server: their unused "
                "numbers are recorded as never to be used;\n"
                "• brings back from the server this workstation's audit log and the "
                "documents it printed;\n"
                "• enrolls a new key for this workstation, approved by the supervisor;\n"
                "• continues the numbering after the old blocks: it never starts again at 1."
            )
        )
        steps.setObjectName("steps")
        steps.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("supervisor")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor's user name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.recover_button = self.buttons.addButton(
            self.tr("Recover this workstation"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        layout.addWidget(steps)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        # Wrapped labels take the height their width needs only in a dialog of fixed size.
        for label in (headline, steps, self.message):
            label.setFixedWidth(600)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.username.setFocus()

    def _submit(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.message.setText(self.tr("A shift supervisor logs in here to recover it."))
            return
        self.recover_button.setEnabled(False)
        self.message.setText(self.tr("Recovering…"))
        self._runner.run(lambda: self._recover(username, password), self._done, self._failed)

    def _done(self, recovered: Recovered) -> None:
        self.recovered = recovered
        self.password.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.recover_button.setEnabled(True)
        self.password.clear()
        self.message.setText(explain(exc))
