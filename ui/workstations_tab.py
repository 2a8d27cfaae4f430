"""The shift supervisor's workstations tab: the center's workstation keys, the new ones
waiting for approval first. Approve lets a workstation sign (print) documents; Revoke cuts
a lost or stolen one off: what it signs from then on fails verification.

:class:`WorkstationsPanel` is the view; :class:`WorkstationsTab` runs its requests on a
pool thread (:class:`ui.operations.Runner`) and records each decision in the audit log.

Signals (of the panel):
    approve_requested(str): the key id to approve.
    revoke_requested(str): the key id to revoke (already confirmed).
    refresh_requested(): fetch the list again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.api import Enrollment, EnrollmentStatus
from ui.confirm import go_back
from ui.explain import explain
from ui.i18n import ltr, shown
from ui.operations import Runner
from ui.views import Index, TableModel
from ui.workstation import Workstation


def _when(at: datetime | None) -> str:
    return "" if at is None else shown(at.astimezone().strftime("%Y-%m-%d %H:%M"))


class EnrollmentsModel(TableModel):
    """The center's workstation keys, as the server lists them (pending first)."""

    COLUMN_COUNT = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Enrollment] = []

    def set_items(self, items: list[Enrollment]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> Enrollment:
        return self._items[row]

    def row_count(self) -> int:
        return len(self._items)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Workstation"),
            self.tr("Key"),
            self.tr("State"),
            self.tr("Asked by"),
            self.tr("Since"),
        )

    def _state(self, item: Enrollment) -> str:
        if item.status is EnrollmentStatus.PENDING:
            return self.tr("waiting for approval")
        if item.status is EnrollmentStatus.APPROVED:
            return self.tr("approved by %1").replace("%1", ltr(item.approved_by or ""))
        return self.tr("revoked by %1").replace("%1", ltr(item.revoked_by or ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            since = item.revoked_at or item.approved_at or item.requested_at
            return (
                ltr(item.workstation),
                ltr(item.key_id),
                self._state(item),
                ltr(item.requested_by),
                _when(since),
            )[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return item.key_id
        return None


class WorkstationsPanel(QWidget):
    approve_requested = Signal(str)
    revoke_requested = Signal(str)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EnrollmentsModel(self)
        self.table = QTableView()
        self.table.setObjectName("enrollments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        intro = QLabel(
            self.tr(
                "A new workstation prints only after a shift supervisor approves its key. "
                "Revoke a lost or stolen workstation: what it signs from then on does not "
                "verify; its earlier documents still do."
            )
        )
        intro.setWordWrap(True)
        self.approve = QPushButton(self.tr("Approve"))
        self.approve.clicked.connect(self._approve)
        self.revoke = QPushButton(self.tr("Revoke…"))
        self.revoke.clicked.connect(self._ask_revoke)
        self.refresh = QPushButton(self.tr("Refresh"))
        self.refresh.clicked.connect(self.refresh_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.confirm_box: QMessageBox | None = None
        buttons = QHBoxLayout()
        for button in (self.approve, self.revoke, self.refresh):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._enable()

    def set_items(self, items: list[Enrollment]) -> None:
        self.model.set_items(items)
        self._enable()

    def current(self) -> Enrollment | None:
        row = self.table.currentIndex().row()
        return self.model.item(row) if 0 <= row < self.model.row_count() else None

    def _enable(self) -> None:
        item = self.current()
        self.approve.setEnabled(item is not None and item.status is EnrollmentStatus.PENDING)
        self.revoke.setEnabled(item is not None and item.status is not EnrollmentStatus.REVOKED)

    def _approve(self) -> None:
        item = self.current()
        if item is not None:
            self.approve_requested.emit(item.key_id)

    def _ask_revoke(self) -> None:
        item = self.current()
        if item is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Revoke workstation"),
            self.tr(
                "Revoke workstation %1? It can no longer sign documents; what it signs "
                "from now on does not verify."
            ).replace("%1", ltr(item.workstation)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Revoke the workstation"))
        box.button(QMessageBox.StandardButton.Cancel).setText(go_back())
        key_id = item.key_id
        box.accepted.connect(lambda: self.revoke_requested.emit(key_id))
        self.confirm_box = box
        box.open()


class WorkstationsTab(QObject):
    """The panel's requests, each on a pool thread; approvals and revocations audited."""

    def __init__(
        self,
        desk: Workstation,
        runner: Runner,
        panel: WorkstationsPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.panel = panel
        panel.refresh_requested.connect(self.refresh)
        panel.approve_requested.connect(self.approve)
        panel.revoke_requested.connect(self.revoke)

    def refresh(self) -> None:
        self.runner.run(
            lambda: list(self.desk.client.enrollments().items),
            self.panel.set_items,
            self._failed,
        )

    def approve(self, key_id: str) -> None:
        def work() -> Enrollment:
            done = self.desk.client.approve_enrollment(key_id)
            self.desk.session.record_workstation_decision("workstation_approved", key_id)
            return done

        self.runner.run(work, self._done, self._failed)

    def revoke(self, key_id: str) -> None:
        def work() -> Enrollment:
            done = self.desk.client.revoke_enrollment(key_id)
            self.desk.session.record_workstation_decision("workstation_revoked", key_id)
            return done

        self.runner.run(work, self._done, self._failed)

    def _done(self, enrollment: Enrollment) -> None:
        text = (
            self.tr("Workstation %1 approved: it can print now.")
            if enrollment.status is EnrollmentStatus.APPROVED
            else self.tr("Workstation %1 revoked.")
        )
        self.panel.message.setText(shown(text.replace("%1", ltr(enrollment.workstation))))
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.panel.message.setText(shown(explain(exc)))
