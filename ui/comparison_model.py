"""Submitted data beside the registry record, field by field, as a table model.

Signals:
    acknowledged_changed(): the clerk ticked or unticked an equivalent field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor

from clerk_desk.comparison import Comparison, FieldComparison, FieldStatus
from clerk_desk.fields import PersonField
from ui.i18n import shown_with_spans, translate
from ui.labels import field_name, gender_name
from ui.views import Index, TableModel

DIFF_ROLE = Qt.ItemDataRole.UserRole + 1  # character spans that differ, for the delegate

STATUS_COLOURS = {
    FieldStatus.IDENTICAL: QColor("#d8f0dc"),
    FieldStatus.EQUIVALENT: QColor("#fff1c2"),
    FieldStatus.DIFFERENT: QColor("#f8d0d0"),
    FieldStatus.MISSING: QColor("#f8d0d0"),
}
STATUS_MARKS = {
    FieldStatus.IDENTICAL: "✔",
    FieldStatus.EQUIVALENT: "≈",
    FieldStatus.DIFFERENT: "✘",
    FieldStatus.MISSING: "∅",
}


def status_word(status: FieldStatus) -> str:
    words = {
        FieldStatus.IDENTICAL: translate("Comparison", "identical"),
        FieldStatus.EQUIVALENT: translate("Comparison", "spelling variant"),
        FieldStatus.DIFFERENT: translate("Comparison", "different"),
        FieldStatus.MISSING: translate("Comparison", "missing"),
    }
    return f"{STATUS_MARKS[status]} {words[status]}"


class ComparisonModel(TableModel):
    acknowledged_changed = Signal()

    FIELD, SUBMITTED, REGISTRY, STATUS = range(4)

    def __init__(self, parent: Any = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.read_only = read_only  # the supervisor reviews what the clerk saw; no ticking
        self._comparison: Comparison | None = None
        self._rows: list[FieldComparison] = []
        self._acknowledged: set[PersonField] = set()
        self._explain_in_arabic = True

    def set_comparison(
        self,
        comparison: Comparison | None,
        *,
        arabic: bool = True,
        confirmed: frozenset[PersonField] = frozenset(),
    ) -> None:
        """Show `comparison`; `confirmed`: the spelling variants already confirmed (an
        accepted request's), shown ticked."""
        self.beginResetModel()
        self._comparison = comparison
        self._rows = list(comparison.fields.values()) if comparison else []
        self._acknowledged = set(confirmed)
        self._explain_in_arabic = arabic
        self.endResetModel()
        self.acknowledged_changed.emit()

    @property
    def comparison(self) -> Comparison | None:
        return self._comparison

    @property
    def acknowledged(self) -> frozenset[PersonField]:
        return frozenset(self._acknowledged)

    def all_acknowledged(self) -> bool:
        if self._comparison is None:
            return False
        return set(self._comparison.equivalent_fields) <= self._acknowledged

    COLUMN_COUNT = 4

    def row_count(self) -> int:
        return len(self._rows)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Field"),
            self.tr("Submitted by the citizen"),
            self.tr("Civil registry"),
            self.tr("Result"),
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if (
            not self.read_only
            and index.column() == self.STATUS
            and row.status is FieldStatus.EQUIVALENT
        ):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.FIELD:
                return field_name(row.field)
            if column == self.SUBMITTED:
                return self._shown(row, row.submitted)[0]
            if column == self.REGISTRY:
                return self._shown(row, row.registry)[0]
            if column == self.STATUS:
                return status_word(row.status)
        if role == Qt.ItemDataRole.BackgroundRole and column != self.FIELD:
            return QBrush(STATUS_COLOURS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole and row.status is not FieldStatus.IDENTICAL:
            explanation = row.explanation_ar if self._explain_in_arabic else row.explanation_en
            if row.possible_typo:
                explanation += "\n" + self.tr("Possible typing error — still a different value.")
            return explanation
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and column == self.STATUS
            and row.status is FieldStatus.EQUIVALENT
            and not self.read_only
        ):
            ticked = row.field in self._acknowledged
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == DIFF_ROLE and column == self.SUBMITTED:
            return self._shown(row, row.submitted, row.submitted_diff)[1]
        if role == DIFF_ROLE and column == self.REGISTRY:
            return self._shown(row, row.registry, row.registry_diff)[1]
        return None

    def setData(
        self,
        index: Index,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or self.read_only:
            return False
        row = self._rows[index.row()]
        if index.column() != self.STATUS or row.status is not FieldStatus.EQUIVALENT:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._acknowledged.add(row.field)
        else:
            self._acknowledged.discard(row.field)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.acknowledged_changed.emit()
        return True

    @staticmethod
    def _shown(
        row: FieldComparison, value: str | None, spans: tuple[tuple[int, int], ...] = ()
    ) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The value as shown, in the chosen digits (the comparison itself folds them),
        and its differing spans moved with it."""
        if not value:
            return "—", spans
        if row.field is PersonField.GENDER:
            return gender_name(value), spans
        return shown_with_spans(value, spans)

    def explanation(self, row: int) -> str:
        item = self._rows[row]
        return item.explanation_ar if self._explain_in_arabic else item.explanation_en
