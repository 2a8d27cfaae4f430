"""What the citizen was sent about the request: each SMS by what it said, when it was queued
and sent, how many segments it cost, and whether the gateway reported it delivered.

It shows the story the counter asked for when the request was shown
(:class:`~clerk_desk.usecases.post_story.PostStory`); nothing is fetched here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.usecases.post_story import CitizenMessage
from ui.geometry import fit_dialog
from ui.i18n import ltr, shown
from ui.post_story import message_status_name, template_name

FAILED = QColor("#a11919")


class CitizenMessagesDialog(QDialog):
    """The messages of one request, oldest first; the text of the chosen one below."""

    COLUMNS = 5

    def __init__(
        self,
        request_id: str,
        messages: Sequence[CitizenMessage],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("citizen_messages")
        self.setWindowTitle(self.tr("Messages to the citizen — %1").replace("%1", request_id))
        self.messages = list(messages)
        self.table = QTableWidget(len(self.messages), self.COLUMNS)
        self.table.setObjectName("messages")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Message"),
                self.tr("Queued"),
                self.tr("Sent"),
                self.tr("Segments"),
                self.tr("Delivery report"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, message in enumerate(self.messages):
            self._fill(row, message)
        self.text = QLabel()
        self.text.setObjectName("message_text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the server's text, never markup
        self.text.setWordWrap(True)
        self.text.setStyleSheet("background:#f4f4f4; padding:8px; border-radius:4px;")
        self.empty = QLabel(self.tr("Nothing was sent to the citizen about this request."))
        self.empty.setVisible(not self.messages)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("What the citizen read:")))
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_text(row))
        if self.messages:
            self.table.setCurrentCell(len(self.messages) - 1, 0)  # the newest
        fit_dialog(self, QSize(860, 420))

    def _fill(self, row: int, message: CitizenMessage) -> None:
        values = (
            template_name(message),
            shown(ltr(message.queued_at)),
            shown(ltr(message.sent_at)) if message.sent_at else "—",
            shown(str(message.segments)),
            message_status_name(message)
            + (shown(f" ({ltr(message.reported_at)})") if message.reported_at else ""),
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if message.failed:
                item.setForeground(FAILED)
            self.table.setItem(row, column, item)

    def _show_text(self, row: int) -> None:
        self.text.setText(self.messages[row].text if 0 <= row < len(self.messages) else "")

    def rows(self) -> list[list[str]]:
        """What each row says, as shown (for a test or a screen reader's summary)."""
        rows = []
        for r in range(self.table.rowCount()):
            items = (self.table.item(r, c) for c in range(self.COLUMNS))
            rows.append([item.text() if item is not None else "" for item in items])
        return rows
