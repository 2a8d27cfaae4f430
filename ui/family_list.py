"""The family record of the open request, when the registry sent one (a family extract): a
short read-only list under the comparison, one line a member. The comparison stays about
the subject; this only lets the clerk see who the printed extract will list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListWidget, QVBoxLayout, QWidget

from clerk_desk.api_family import FamilyMember, FamilyRecord, FamilyRelation, VitalStatus
from ui.i18n import QT_TRANSLATE_NOOP, ltr, shown, tr

RELATION_NAMES = {
    FamilyRelation.HEAD: QT_TRANSLATE_NOOP("Family", "head of the family"),
    FamilyRelation.WIFE: QT_TRANSLATE_NOOP("Family", "wife"),
    FamilyRelation.SON: QT_TRANSLATE_NOOP("Family", "son"),
    FamilyRelation.DAUGHTER: QT_TRANSLATE_NOOP("Family", "daughter"),
}
DECEASED = {  # Arabic says it in the person's gender
    "male": QT_TRANSLATE_NOOP("Family", "he died"),
    "female": QT_TRANSLATE_NOOP("Family", "she died"),
}


def member_line(member: FamilyMember) -> str:
    """Relation, name, national number and birth date (and deceased), in the chosen digits."""
    line = (
        f"{tr('Family', RELATION_NAMES[member.relation])}: {member.full_name}  "
        f"{ltr(member.national_number)}  {ltr(member.birth_date.isoformat())}"
    )
    if member.status is VitalStatus.DECEASED:
        line += f"  ({tr('Family', DECEASED[member.gender])})"
    return shown(line)


class FamilyList(QWidget):
    """Hidden unless the open request's registry record carries a family."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.members = QListWidget()
        self.members.setObjectName("family")
        self.members.setMaximumHeight(110)
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.members)
        self.family: FamilyRecord | None = None
        self.show_family(None)

    def show_family(self, family: FamilyRecord | None) -> None:
        """Show ``family`` (again, in the digits now chosen), or hide."""
        self.family = family
        self.members.clear()
        self.setVisible(family is not None)
        if family is None:
            return
        self.title.setText(
            shown(
                self.tr("Family record %1 (%2 members), as the extract will list it")
                .replace("%1", ltr(family.record_ref))
                .replace("%2", str(len(family.members)))
            )
        )
        for member in family.in_record_order():
            self.members.addItem(member_line(member))
