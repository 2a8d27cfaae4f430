"""The idle lock: after a quiet spell the window hides citizens' data until the person at
the desk types their password again (checked offline, see clerk_desk.local_login).

Signals:
    IdleWatcher.idle(): no keyboard or mouse input for the configured minutes.
    LockScreen.unlock_requested(str): the password typed to unlock.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import shown

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(5_000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.last_input = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        if time.monotonic() - self.last_input >= self.minutes * 60:
            self.last_input = time.monotonic()
            self.idle.emit()


class LockScreen(QWidget):
    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        title = QLabel(self.tr("The desk is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who = QLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit()
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMaximumWidth(320)
        self.password.returnPressed.connect(self._submit)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlock")
        self.button.clicked.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(self.who)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(3)

    def show_for(self, person: str) -> None:
        self.who.setText(shown(self.tr("Only %1 can unlock it.").replace("%1", person)))
        self.password.clear()
        self.message.clear()
        self.button.setEnabled(True)
        self.password.setFocus()

    def refused(self) -> None:
        self.button.setEnabled(True)
        self.password.clear()
        self.message.setText(self.tr("That is not the password."))
        self.password.setFocus()

    def _submit(self) -> None:
        if not self.password.text() or not self.button.isEnabled():
            return
        self.button.setEnabled(False)
        self.unlock_requested.emit(self.password.text())
