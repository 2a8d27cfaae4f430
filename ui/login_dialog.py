"""The log-in dialog; the log-in itself runs as an operation off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.api import LoginOut
from ui.confirm import name_buttons
from ui.explain import explain
from ui.operations import Runner


class LoginDialog(QDialog):
    """Asks for user name and password and logs in with ``login(username, password)``."""

    def __init__(
        self,
        login: Callable[[str, str], LoginOut],
        runner: Runner,
        server_url: str,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._login = login
        self._runner = runner
        self.result_login: LoginOut | None = None
        self.setWindowTitle(self.tr("Clerk Desk — log in"))
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server"), QLabel(server_url))
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, self.tr("Log in"), self.tr("Close"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def _submit(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.message.setText(self.tr("Enter your user name and password."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Logging in…"))
        self._runner.run(lambda: self._login(username, password), self._succeeded, self._failed)

    def _succeeded(self, result: LoginOut) -> None:
        self.result_login = result
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        # The server's refusal (a wrong password, a disabled account) or the link's failure,
        # in the interface's language.
        self.message.setText(self.tr("Cannot log in: %1").replace("%1", explain(exc)))
