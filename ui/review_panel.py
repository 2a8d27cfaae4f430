"""The shift supervisor's review: rejections (uphold, or overturn back to the queue) and
the four-eyes sample of acceptances (no concern, or a concern the clerk is told of).

Signals:
    review_requested(str, str, str): request id, "uphold" or "overturn", note.
    second_look_requested(str, str): request id, the concern ("" for none).
    refresh_requested(): fetch the list again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.api import AcceptanceOut, RejectionOut
from clerk_desk.attachments import Paper, announced_papers
from clerk_desk.comparison import BadEvidence, comparison_from_json
from clerk_desk.plain_text import UnsafeText, check_plain_text
from clerk_desk.usecases.supervision import HistoryLine
from ui.attachments_dialog import PaperLinks
from ui.comparison_delegate import DiffDelegate
from ui.comparison_model import ComparisonModel
from ui.confirm import Confirmation, confirm
from ui.explain import explain
from ui.i18n import ltr, shown
from ui.labels import action_name, reason_name, service_name
from ui.lookups import lookup_line, refused_attempt_line
from ui.views import Index, TableModel, compact_rows, select_row

ReviewItem = RejectionOut | AcceptanceOut


class RejectionsModel(TableModel):
    """Rejections awaiting review, or acceptances drawn for a second look (whose "reason"
    columns say whether a supervisor has looked, and the concern if one was raised)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ReviewItem] = []

    def set_items(self, items: list[ReviewItem]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> ReviewItem:
        return self._items[row]

    COLUMN_COUNT = 5

    def row_count(self) -> int:
        return len(self._items)

    def headers(self) -> tuple[str, ...]:
        acceptances = bool(self._items) and isinstance(self._items[0], AcceptanceOut)
        return (
            self.tr("Request"),
            self.tr("Service"),
            self.tr("Clerk"),
            self.tr("Second look") if acceptances else self.tr("Reason"),
            self.tr("Concern") if acceptances else self.tr("What the citizen reads"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(item, AcceptanceOut):
                reason, text = self._second_look_text(item), ""
                if item.second_look is not None:
                    text = item.second_look.note
            else:
                reason, text = reason_name(item.reason_code), item.reason_text
            return (
                item.request.id,
                service_name(item.request.service_code),
                item.decided_by_name or item.decided_by,
                reason,
                text,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return item.decided_by  # the user name, for the audit trail
        if role == Qt.ItemDataRole.UserRole:
            return item.request.id
        return None

    def _second_look_text(self, item: AcceptanceOut) -> str:
        look = item.second_look
        if look is None:
            return self.tr("not looked at yet")
        who = look.looked_by_name or ltr(look.looked_by)
        if look.outcome == "concern":
            return self.tr("concern raised by %1").replace("%1", who)
        return self.tr("no concern (%1)").replace("%1", who)


REJECTIONS = "rejections"
ACCEPTANCES = "acceptances"


class ReviewPanel(QWidget):
    review_requested = Signal(str, str, str)
    history_requested = Signal(str)  # request id: fetch its history from the audit chains
    second_look_requested = Signal(str, str)  # request id, concern ("" when none)
    refresh_requested = Signal()
    papers_requested = Signal(int)  # the row of the paper to show first, of the current item

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirmation: Confirmation | None = None
        self.model = RejectionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("rejections")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.evidence_model = ComparisonModel(self, read_only=True)
        self.evidence = QTableView()
        self.evidence.setObjectName("evidence")
        self.evidence.setModel(self.evidence_model)
        self.evidence.setItemDelegate(DiffDelegate(self.evidence))
        compact_rows(self.evidence)
        self.evidence.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.history = QListWidget()
        self.history.setObjectName("review_history")
        self.lookups = QListWidget()  # the server's record of the registry look-ups
        self.lookups.setObjectName("review_lookups")
        self.lookups.setWordWrap(True)  # a refused decision's reason is read whole
        self.lookups.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence_title = QLabel()
        self.evidence_title.setObjectName("evidence_title")
        self.evidence_title.setWordWrap(True)
        self.evidence_title.setTextFormat(Qt.TextFormat.PlainText)  # quotes the clerk's reason
        self.evidence_note = QLabel()  # the workstation's own verdict, when it differs
        self.evidence_note.setObjectName("evidence_note")
        self.evidence_note.setWordWrap(True)
        self.papers = PaperLinks()  # the citizen's papers: part of what the clerk saw
        self.papers.opened.connect(self.papers_requested)
        self.table.selectionModel().currentRowChanged.connect(self._show_evidence)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note for the clerk (required to overturn)"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.uphold_button = QPushButton(self.tr("Uphold the rejection"))
        self.uphold_button.setObjectName("uphold")
        self.overturn_button = QPushButton(self.tr("Overturn: back to the queue"))
        self.overturn_button.setObjectName("overturn")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_requested)
        self.mode = QComboBox()
        self.mode.setObjectName("review_mode")
        self.mode.addItem(self.tr("Rejections awaiting review"), REJECTIONS)
        self.mode.addItem(self.tr("Acceptances drawn for a second look"), ACCEPTANCES)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.ok_button = QPushButton(self.tr("Checked: no concern"))
        self.ok_button.setObjectName("second_look_ok")
        self.concern_button = QPushButton(self.tr("Raise a concern"))
        self.concern_button.setObjectName("second_look_concern")
        self.ok_button.clicked.connect(lambda: self._second_look(False))
        self.concern_button.clicked.connect(lambda: self._second_look(True))
        self.uphold_button.clicked.connect(lambda: self._review("uphold"))
        self.overturn_button.clicked.connect(lambda: self._review("overturn"))
        # The note and the decision on one line, under the evidence they are about.
        buttons = QHBoxLayout()
        buttons.addWidget(refresh)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.uphold_button)
        buttons.addWidget(self.overturn_button)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.concern_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        evidence = QWidget()
        evidence_layout = QVBoxLayout(evidence)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_layout.addWidget(self.evidence_title)
        evidence_layout.addWidget(self.evidence_note)
        papers_row = QHBoxLayout()
        papers_row.addWidget(QLabel(self.tr("Attachments")))
        papers_row.addWidget(self.papers, 1)
        evidence_layout.addLayout(papers_row)
        # The comparison beside the history: every field in view at once, as the clerk saw it.
        history = QVBoxLayout()
        history.addWidget(QLabel(self.tr("History, from every counter's audit log")))
        history.addWidget(self.history, 1)
        history.addWidget(
            QLabel(
                self.tr(
                    "Civil-registry look-ups and refused decisions, as the server recorded them"
                )
            )
        )
        history.addWidget(self.lookups, 1)
        beside = QHBoxLayout()
        beside.addWidget(self.evidence, 3)
        beside.addLayout(history, 2)
        evidence_layout.addLayout(beside, 1)
        split.addWidget(evidence)
        # The list gives the evidence its height: the eight fields in view at 1366×768.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        for button in (self.ok_button, self.concern_button):
            button.setVisible(False)

    @property
    def showing(self) -> str:
        return str(self.mode.currentData())

    def _mode_changed(self) -> None:
        rejections = self.showing == REJECTIONS
        for button in (self.uphold_button, self.overturn_button):
            button.setVisible(rejections)
        for button in (self.ok_button, self.concern_button):
            button.setVisible(not rejections)
        self.note.setPlaceholderText(
            self.tr("Note for the clerk (required to overturn)")
            if rejections
            else self.tr("The concern (required to raise one)")
        )
        self.model.set_items([])
        self.refresh_requested.emit()

    def _second_look(self, concern: bool) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            self.message.setText(self.tr("Choose an acceptance first."))
            return
        note = self.note.text().strip()
        if concern and not note:
            self.message.setText(self.tr("Say what the concern is."))
            return
        if self._refused(note):
            return
        self.second_look_requested.emit(
            self.model.item(current.row()).request.id, note if concern else ""
        )
        self.note.clear()

    def set_items(self, items: list[ReviewItem]) -> None:
        self.model.set_items(items)
        if self.showing == REJECTIONS:
            self.message.setText(shown(self.tr("%n rejection(s) awaiting review", "", len(items))))
        else:
            self.message.setText(
                shown(self.tr("%n acceptance(s) drawn for a second look", "", len(items)))
            )
        if items:
            select_row(self.table, 0)

    def _show_evidence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.evidence_model.set_comparison(None)
            self.evidence_title.clear()
            self.evidence_note.clear()
            self.lookups.clear()
            self.papers.show_papers([])
            return
        item = self.model.item(current.row())
        self.papers.show_papers(announced_papers(item.request))
        self.history.clear()
        self.history_requested.emit(item.request.id)
        self.lookups.clear()
        # The look-ups and the decisions the server refused, in the order they happened.
        lines = [(lookup.at, lookup_line(lookup), False) for lookup in item.lookups]
        lines += [(a.at, refused_attempt_line(a), True) for a in item.refused_attempts]
        for _, said, refused in sorted(lines, key=lambda entry: entry[0]):
            line = shown(said)
            entry = QListWidgetItem(line)
            entry.setToolTip(line)
            if refused:  # what a supervisor must not miss: a clerk tried to bend a rule
                entry.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            self.lookups.addItem(entry)
        if not lines:
            self.lookups.addItem(self.tr("none recorded"))
        self.evidence_note.setText(self._workstation_note(item))
        self.evidence_note.setVisible(bool(self.evidence_note.text()))
        arabic = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        try:
            comparison = comparison_from_json(item.comparison) if item.comparison else None
        except BadEvidence:
            comparison = None
        self.evidence_model.set_comparison(comparison, arabic=arabic)
        when = shown(ltr(item.decided_at.astimezone().strftime("%Y-%m-%d %H:%M")))
        checked = isinstance(item, AcceptanceOut) and item.second_look is not None
        for button in (self.ok_button, self.concern_button):
            button.setEnabled(not checked)  # one check per acceptance: the server says so too
        if comparison is None:
            self.evidence_title.setText(self.tr("No comparison was kept with this decision."))
        elif isinstance(item, AcceptanceOut):
            self.evidence_title.setText(
                self.tr("What %1 saw on %2 when accepting")
                .replace("%1", item.decided_by_name or ltr(item.decided_by))
                .replace("%2", when)
            )
        else:
            self.evidence_title.setText(
                self.tr("What %1 saw on %2, and the reason given: %3")
                .replace("%1", item.decided_by_name or ltr(item.decided_by))
                .replace("%2", when)
                .replace("%3", item.reason_text)
            )

    def _workstation_note(self, item: ReviewItem) -> str:
        """The evidence shown is the server's own comparison; say so when the workstation
        sent another verdict (a forged or a stale one)."""
        sent = item.workstation_comparison.get("verdict")
        own = item.comparison.get("verdict")
        if not isinstance(sent, str) or sent == own:
            return ""
        said = {
            "match": self.tr("match"),
            "acknowledge": self.tr("spelling variants only"),
            "mismatch": self.tr("mismatch"),
        }.get(sent, ltr(sent[:40]))
        return self.tr(
            "The workstation sent another verdict (%1); shown is the server's own comparison."
        ).replace("%1", said)

    def current_papers(self) -> tuple[str, list[Paper]]:
        """The request under the cursor and its papers ("" and none when nothing is)."""
        current = self.table.currentIndex()
        if not current.isValid():
            return "", []
        request = self.model.item(current.row()).request
        return request.id, announced_papers(request)

    def show_history(self, request_id: str, lines: list[HistoryLine]) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or self.model.item(current.row()).request.id != request_id:
            return  # the supervisor has moved on to another request meanwhile
        self.history.clear()
        for at, actor, workstation, action in lines:
            counter = self.tr("at counter %1").replace("%1", ltr(workstation))
            self.history.addItem(shown(f"{ltr(at)}  {actor}  ({counter})  {action_name(action)}"))

    def select(self, request_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.item(row).request.id == request_id:
                select_row(self.table, row)
                return True
        return False

    def _review(self, outcome: str) -> None:
        current = self.table.currentIndex()
        if not current.isValid():
            self.message.setText(self.tr("Choose a rejection first."))
            return
        note = self.note.text().strip()
        if outcome == "overturn" and not note:
            self.message.setText(self.tr("Say why the rejection is overturned."))
            return
        if self._refused(note):
            return
        request_id = self.model.item(current.row()).request.id

        def decided() -> None:
            self.review_requested.emit(request_id, outcome, note)
            self.note.clear()

        # The review is final: the citizen is told, or the request goes back to a clerk.
        if outcome == "uphold":
            title = self.tr("Uphold the rejection")
            question = self.tr(
                "Uphold the rejection of %1? The citizen is told, and it cannot be undone."
            )
        else:
            title = self.tr("Overturn the rejection")
            question = self.tr(
                "Overturn the rejection of %1? The request goes back to the queue, "
                "and this cannot be undone."
            )
        self.confirmation = confirm(
            self, title, question.replace("%1", ltr(request_id)), title, decided
        )

    def _refused(self, note: str) -> bool:
        """Whether the note holds what the core refuses (said here, the note kept)."""
        try:
            check_plain_text(note, multiline=True)
        except UnsafeText as exc:
            self.message.setText(explain(exc))
            return True
        return False
