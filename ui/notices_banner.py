"""What supervisors told the clerk, one notice at a time, above the desk.

An overturned rejection is back in the queue with the supervisor's note; a concern about
an acceptance says what it is. The clerk opens the request from here, or marks the notice
seen; it stays (and comes back after a restart) until then.

Signals:
    open_requested(str): the request the notice is about.
    seen(int): the notice's id; the caller tells the server, then drops it here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from clerk_desk.api import Notice
from ui.i18n import ltr, shown


class NoticesBanner(QFrame):
    open_requested = Signal(str)
    seen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notices_banner")
        # A slim band: the open request's comparison below keeps its rows in view.
        self.setStyleSheet(
            "#notices_banner { background:#e3ecfa; border-radius:4px; }"
            "#notices_banner QPushButton { padding: 0px 12px; }"
            "#notices_banner QPushButton:focus { padding: 0px 11px; }"
        )
        self.notices: list[Notice] = []
        self.text = QLabel()
        self.text.setObjectName("notice_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # quotes a supervisor's note
        self.open_button = QPushButton(self.tr("Open the request"))
        self.open_button.setObjectName("notice_open")
        self.seen_button = QPushButton(self.tr("Seen"))
        self.seen_button.setObjectName("notice_seen")
        self.open_button.clicked.connect(self._open)
        self.seen_button.clicked.connect(self._seen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.seen_button)
        self.hide()

    def set_notices(self, notices: list[Notice]) -> None:
        self.notices = list(notices)
        self._show_first()

    def drop(self, notice_id: int) -> None:
        self.notices = [n for n in self.notices if n.id != notice_id]
        self.seen_button.setEnabled(True)
        self._show_first()

    def sentence(self, notice: Notice) -> str:
        who = ltr(notice.by_name or notice.by)
        request = ltr(notice.request_id)
        if notice.kind == "overturned":
            text = self.tr("%1 overturned your rejection of %2: the request is back in your queue.")
        else:
            text = self.tr("%1 raised a concern about your acceptance of %2.")
        text = shown(text.replace("%1", who).replace("%2", request))  # the note is as written
        if notice.note:
            text += " " + self.tr("Note: %1").replace("%1", notice.note)
        return text

    def _show_first(self) -> None:
        if not self.notices:
            self.hide()
            return
        text = self.sentence(self.notices[0])
        if len(self.notices) > 1:
            text = (
                shown(
                    self.tr("(%1 of %2)").replace("%1", "1").replace("%2", str(len(self.notices)))
                )
                + " "
                + text
            )
        self.text.setText(text)
        self.show()

    def _open(self) -> None:
        if self.notices:
            self.open_requested.emit(self.notices[0].request_id)

    def _seen(self) -> None:
        if self.notices:
            self.seen_button.setEnabled(False)  # again once the server has it
            self.seen.emit(self.notices[0].id)

    def seen_failed(self) -> None:
        self.seen_button.setEnabled(True)
