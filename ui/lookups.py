"""The civil-registry look-ups as the server recorded them, for the shift supervisor: per
clerk, those that led to no decision (the dashboard), and one request's (the review)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from clerk_desk.api import ClerkLookups, RefusedDecision, RegistryLookup
from clerk_desk.refusals import DECISION_RULES
from ui.i18n import ltr, shown, tr
from ui.views import Index, TableModel


def answer_name(code: str) -> str:
    """What the registry answered, said in the interface's language."""
    names = {
        "found": QCoreApplication.translate("Lookups", "record found"),
        "not_found": QCoreApplication.translate("Lookups", "not in the registry"),
        "refused": QCoreApplication.translate("Lookups", "refused: not the clerk's work"),
        "invalid": QCoreApplication.translate("Lookups", "refused: malformed number"),
    }
    return names.get(code, code)


def lookup_line(lookup: RegistryLookup) -> str:
    """One look-up on one line: when, who, from which workstation, whose number, the answer."""
    when = lookup.at.astimezone().strftime("%Y-%m-%d %H:%M")
    parts = [when, lookup.username, lookup.workstation, lookup.national_number]
    said = "  ".join(ltr(part) for part in parts if part)
    return f"{said}  {answer_name(lookup.answer)}"


def refused_attempt_line(attempt: RefusedDecision) -> str:
    """A decision the server refused, on one line: when, who, from which workstation, and
    why (the rule it broke, said in the interface's language)."""
    when = attempt.at.astimezone().strftime("%Y-%m-%d %H:%M")
    said = "  ".join(ltr(part) for part in (when, attempt.username, attempt.workstation) if part)
    rule = DECISION_RULES.get(attempt.code)
    why = tr("Rules", rule) if rule is not None else ltr(attempt.code)
    if attempt.outcome == "accept":
        refused = QCoreApplication.translate("Lookups", "the server refused its acceptance: %1")
    else:
        refused = QCoreApplication.translate("Lookups", "the server refused its rejection: %1")
    return f"{said}  {refused.replace('%1', why)}"


class LookupsModel(TableModel):
    """Per clerk: look-ups in the period, those that led to no decision, those refused, the
    decisions the server refused by the rules, and the requests (or refused numbers) of the
    look-ups without a decision."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._clerks: list[ClerkLookups] = []

    def set_clerks(self, clerks: list[ClerkLookups]) -> None:
        self.beginResetModel()
        self._clerks = clerks
        self.endResetModel()

    COLUMN_COUNT = 6

    def row_count(self) -> int:
        return len(self._clerks)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Clerk"),
            self.tr("Registry look-ups"),
            self.tr("Without a decision"),
            self.tr("Refused"),
            self.tr("Refused decisions"),
            self.tr("Looked up without deciding"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._clerks):
            return None
        clerk = self._clerks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            undecided = ", ".join(
                ltr(item.request_id or item.national_number or "—") for item in clerk.items
            )
            return shown(
                (
                    clerk.full_name or clerk.clerk,
                    str(clerk.lookups),
                    str(clerk.without_decision),
                    str(clerk.refused),
                    str(clerk.refused_decisions),
                    undecided,
                )[index.column()]
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return clerk.clerk
            if index.column() == 5:
                return shown("\n".join(lookup_line(item) for item in clerk.items))
        return None
