"""The queue: a search box and filters over a sortable table of the requests on the desk.

Signals:
    request_chosen(str): the clerk opened a request (Enter, double-click or scan).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.service_level import Targets
from clerk_desk.states import WORKABLE, RequestState
from ui.i18n import shown
from ui.labels import CHANNEL_NAMES, channel_name, class_name, delivery_name, state_name
from ui.queue_model import QueueFilter, QueueFilterState, QueueModel, QueueRow
from ui.views import select_row

# The columns in the order they are shown and kept when the queue is narrow (the queue is
# about 550 px wide on a 1366 px screen): the request, who, its state, how long it waited
# and the national number first; the service, delivery and class give way first.
COLUMN_PRIORITY = (
    "id",
    "subject",
    "status",
    "waiting",
    "national_number",
    "service",
    "delivery",
    "class",
)

ALWAYS_SHOWN = ("id", "status", "waiting", "national_number")
SUBJECT_MIN = 90

# The status filter's choices: what is still to be done, what is finished, or one state.
OPEN_WORK = "open"
EVERYTHING = "all"


class QueueView(QWidget):
    request_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, targets: Targets | None = None) -> None:
        super().__init__(parent)
        self.model = QueueModel(self, targets)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Request or national number (scan or type)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._open_search_result)

        self.service_class = QComboBox()
        self.service_class.setObjectName("class_filter")
        self.service_class.addItem(self.tr("All classes"), "")
        for code in ("fast", "slow"):
            self.service_class.addItem(class_name(code), code)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("Open work"), OPEN_WORK)
        self.status.addItem(self.tr("Every status"), EVERYTHING)
        for state in RequestState:
            self.status.addItem(state_name(state.value), state.value)
        self.delivery = QComboBox()
        self.delivery.setObjectName("delivery_filter")
        self.delivery.addItem(self.tr("Post and pickup"), "")
        for code in ("post", "pickup"):
            self.delivery.addItem(delivery_name(code), code)
        self.channel = QComboBox()
        self.channel.setObjectName("channel_filter")
        self.channel.setToolTip(self.tr("How the citizen paid the fee"))
        self.channel.addItem(self.tr("Every channel"), "")
        for code in CHANNEL_NAMES:
            self.channel.addItem(channel_name(code), code)
        self.late_only = QCheckBox(self.tr("Late only"))
        self.late_only.setObjectName("late_filter")
        for combo in (self.service_class, self.status, self.delivery, self.channel):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.late_only.toggled.connect(self._filters_changed)
        self.counts = QLabel()
        self.counts.setObjectName("counts")

        self.table = QTableView()
        self.table.setObjectName("queue")
        self.table.setModel(self.proxy)
        # Rows arrive longest-waiting first from the store; sorting ten thousand of them again
        # at start-up costs a visible pause, so the header sorts only when clicked.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(0)  # size columns by the rows in view, not all
        header.setMinimumSectionSize(48)  # a column as narrow as its content, to fit more
        self.table.activated.connect(self._activated)
        for visual, name in enumerate(COLUMN_PRIORITY):
            header.moveSection(header.visualIndex(QueueModel.COLUMNS.index(name)), visual)
        self.natural_widths: dict[int, int] = {}
        self.table.viewport().installEventFilter(self)

        filters = QHBoxLayout()
        for widget in (self.service_class, self.status, self.delivery, self.late_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The channel beside the search, whose box gives it room: the filters' line is as
        # wide as the queue can be beside the request at 1366×768.
        searching = QHBoxLayout()
        searching.addWidget(self.search, 1)
        searching.addWidget(self.channel)
        layout.addLayout(searching)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def set_rows(self, rows: list[QueueRow]) -> None:
        current = self.current_request_id()
        first_load = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first_load:
            header = self.table.horizontalHeader()
            for column in range(QueueModel.COLUMN_COUNT):  # measured whole, hidden or not
                header.setSectionHidden(column, False)
            self.table.resizeColumnsToContents()
            self.natural_widths = {
                column: self.table.horizontalHeader().sectionSize(column)
                for column in range(QueueModel.COLUMN_COUNT)
            }
            self.fit_columns()
        if current:
            self.select(current)
        elif self.proxy.rowCount():
            select_row(self.table, 0)
        self._update_counts()

    def fit_columns(self) -> None:
        """The request, its state, waiting time and national number always; the subject's
        name in what room is left (elided, never narrower than SUBJECT_MIN); the service,
        delivery and class where they fit (see COLUMN_PRIORITY)."""
        if not self.natural_widths:
            return
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        column = QueueModel.COLUMNS.index
        used = sum(self.natural_widths[column(name)] for name in ALWAYS_SHOWN)
        subject = column("subject")
        width = max(SUBJECT_MIN, min(self.natural_widths[subject], room - used))
        header.resizeSection(subject, width)
        used += width
        for name in COLUMN_PRIORITY:
            if name in ALWAYS_SHOWN or name == "subject":
                header.setSectionHidden(column(name), False)
                continue
            natural = self.natural_widths[column(name)]
            fits = used + natural <= room
            header.setSectionHidden(column(name), not fits)
            if fits:
                header.resizeSection(column(name), natural)
                used += natural

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()  # the table's own width, once its layout has settled
        return super().eventFilter(watched, event)

    def redraw(self) -> None:
        """Make the rows' texts again (in the digits just chosen), keeping the selection."""
        self.set_rows(self.model.all_rows())

    def tick(self) -> None:
        self.model.tick()
        self._update_counts()

    def current_request_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def select(self, request_id: str) -> bool:
        source_row = self.model.row_of(request_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        select_row(self.table, index.row())
        return True

    def _filters_changed(self) -> None:
        status = self.status.currentData()
        statuses: frozenset[str]
        if status == OPEN_WORK:
            statuses = frozenset(s.value for s in WORKABLE)
        elif status == EVERYTHING:
            statuses = frozenset()
        else:
            statuses = frozenset({str(status)})
        self.proxy.set_state(
            QueueFilterState(
                service_class=str(self.service_class.currentData()),
                statuses=statuses,
                delivery=str(self.delivery.currentData()),
                late_only=self.late_only.isChecked(),
                channel=str(self.channel.currentData()),
            )
        )
        self._update_counts()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_counts()

    def _update_counts(self) -> None:
        visible, late = self.proxy.counts()
        text = self.tr("%n request(s)", "", visible)
        if late:
            text += " · " + self.tr("%n late", "", late)
        self.counts.setText(shown(text))

    def _activated(self, index: QModelIndex) -> None:
        self.request_chosen.emit(str(index.data(Qt.ItemDataRole.UserRole)))

    def _open_search_result(self) -> None:
        if self.proxy.rowCount() >= 1:
            index = self.proxy.index(0, 0)
            select_row(self.table, 0)
            self.request_chosen.emit(str(index.data(Qt.ItemDataRole.UserRole)))
