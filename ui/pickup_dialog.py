"""Handing a shelved envelope over at the counter: who collects it, from the documents they
show. The dialog records; the rule (``clerk_desk.collector_rules``) decides, in the core,
and the dialog shows its refusal and stays open.

Keyboard first: Alt+1…4 choose who collects (the arrows too), Tab walks the fields, Enter
hands the envelope over, Esc goes back.

Signals:
    submitted(object): the clerk asks to hand the envelope to this ``Collector``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clerk_desk.collector_rules import Collector, CollectorRole, IdentityDocument
from clerk_desk.usecases.post import PickupView
from ui.confirm import name_buttons
from ui.explain import explain
from ui.geometry import fit_dialog
from ui.i18n import ltr, shown
from ui.operations import Runner
from ui.workstation import Workstation


class PickupDialog(QDialog):
    submitted = Signal(object)
    PREFERRED = QSize(900, 620)  # inside 1366×768 less a task bar and a title bar

    def __init__(self, view: PickupView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(self.tr("Hand the envelope over"))
        self.setObjectName("pickup_dialog")

        heading = QLabel(
            shown(
                self.tr("Request %1 — shelf slot %2")
                .replace("%1", ltr(view.request_id))
                .replace("%2", ltr(view.shelf_slot or "—"))
            )
        )
        heading.setObjectName("heading")
        heading.setStyleSheet("font-size:15pt; font-weight:bold;")
        addressee = QLabel(self.tr("Addressee: %1").replace("%1", view.recipient_name))
        requester = QLabel(self._requester_line())
        for label in (heading, addressee, requester):
            label.setTextFormat(Qt.TextFormat.PlainText)

        who = QGroupBox(self.tr("Who collects the envelope?"))
        who_layout = QGridLayout(who)
        self.roles = QButtonGroup(self)
        self.role_buttons: dict[CollectorRole, QRadioButton] = {}
        for number, (role, text) in enumerate(
            (
                (
                    CollectorRole.SUBJECT,
                    self.tr("The subject (whom the document is about)"),
                ),
                (CollectorRole.REQUESTER, self.tr("The requester")),
                (
                    CollectorRole.ATTORNEY,
                    self.tr("An attorney, with the power of attorney among the papers"),
                ),
                (CollectorRole.OTHER, self.tr("Someone else")),
            ),
            start=1,
        ):
            button = QRadioButton(f"{text}  (Alt+{number})")
            # An explicit shortcut, not a mnemonic: "&1" would be lost in the translation.
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(button.click)
            button.setObjectName(f"role_{role.value}")
            self.roles.addButton(button, number)
            self.role_buttons[role] = button
            who_layout.addWidget(button, (number - 1) // 2, (number - 1) % 2)
        self.role_buttons[CollectorRole.SUBJECT].setChecked(True)

        self.name = QLineEdit(view.recipient_name)
        self.name.setObjectName("collector_name")
        self.document = QComboBox()
        self.document.setObjectName("id_document")
        self.document.addItem(self.tr("National identity card"), IdentityDocument.NATIONAL_ID_CARD)
        self.document.addItem(self.tr("Passport"), IdentityDocument.PASSPORT)
        self.number = QLineEdit()
        self.number.setObjectName("id_number")
        self.number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.number.setPlaceholderText(self.tr("As written on the document"))
        identity_box = QGroupBox(self.tr("The collector"))
        identity = QFormLayout(identity_box)
        identity.addRow(self.tr("Name, as on the document"), self.name)
        identity.addRow(self.tr("Identity document"), self.document)
        identity.addRow(self.tr("Its number"), self.number)

        self.power = QGroupBox(self.tr("Power of attorney"))
        power_form = QFormLayout(self.power)
        self.paper = QComboBox()
        self.paper.setObjectName("poa_paper")
        for paper_id, filename in view.powers_of_attorney:
            self.paper.addItem(filename, paper_id)
        self.no_paper = QLabel(self.tr("The request's papers hold no power of attorney."))
        self.no_paper.setStyleSheet("color:#a11919;")
        self.no_paper.setVisible(not view.powers_of_attorney)
        self.paper.setVisible(bool(view.powers_of_attorney))
        self.poa_number = QLineEdit()
        self.poa_number.setObjectName("poa_number")
        self.poa_number.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.poa_date = QDateEdit()
        self.poa_date.setObjectName("poa_date")
        self.poa_date.setCalendarPopup(True)
        self.poa_date.setDisplayFormat("yyyy-MM-dd")
        self.poa_date.setDate(QDate.currentDate())
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper, 1)
        paper_row.addWidget(self.no_paper, 1)
        power_form.addRow(self.tr("Paper"), paper_row)
        power_form.addRow(self.tr("Its number"), self.poa_number)
        power_form.addRow(self.tr("Its date"), self.poa_date)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet("color:#a11919; font-weight:bold;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, self.tr("Hand the envelope over"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(addressee)
        layout.addWidget(requester)
        layout.addWidget(who)
        documents = QHBoxLayout()
        documents.addWidget(identity_box, 1)
        documents.addWidget(self.power, 1)
        layout.addLayout(documents)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.buttons)
        self.roles.idToggled.connect(self._role_changed)
        self._role_changed()
        fit_dialog(self, self.PREFERRED)
        self.number.setFocus()

    def _requester_line(self) -> str:
        if self.view.relation_ar:
            return (
                self.tr("Requested by %1 (%2)")
                .replace("%1", self.view.requester_name)
                .replace("%2", self.view.relation_ar)
            )
        return self.tr("Requested by %1, for themself").replace("%1", self.view.requester_name)

    def role(self) -> CollectorRole:
        for role, button in self.role_buttons.items():
            if button.isChecked():
                return role
        return CollectorRole.OTHER

    def _role_changed(self, *_: object) -> None:
        """The name offered is that of whom the clerk says collects; the power of
        attorney's fields are for an attorney only."""
        role = self.role()
        self.power.setEnabled(role is CollectorRole.ATTORNEY)
        offered = {
            CollectorRole.SUBJECT: self.view.recipient_name,
            CollectorRole.REQUESTER: self.view.requester_name,
        }.get(role, "")
        self.name.setText(offered)
        self.message.clear()

    def collector(self) -> Collector:
        attorney = self.role() is CollectorRole.ATTORNEY
        paper = self.paper.currentData() if attorney and self.view.powers_of_attorney else None
        return Collector(
            role=self.role(),
            name=self.name.text(),
            id_document=IdentityDocument(self.document.currentData()),
            id_number=self.number.text(),
            poa_number=self.poa_number.text() if attorney else None,
            poa_date=self.poa_date.date().toPython() if attorney else None,  # type: ignore[arg-type]
            poa_attachment=int(paper) if paper is not None else None,
        )

    def _submit(self) -> None:
        self.message.clear()
        self.buttons.setEnabled(False)
        self.submitted.emit(self.collector())

    def refuse(self, reason: str) -> None:
        """The rule refused this collector: say why; the clerk may correct and retry."""
        self.buttons.setEnabled(True)
        self.message.setText(shown(reason))


class PickupFlow:
    """Open the pickup dialog for a scanned code or the open request, and hand over on the
    runner; ``done(request_id)`` once the envelope is handed over."""

    def __init__(self, desk: Workstation, runner: Runner, parent: QWidget) -> None:
        self.desk = desk
        self.runner = runner
        self.parent = parent
        self.dialog: PickupDialog | None = None

    def start(
        self, code: str, done: Callable[[str], None], failed: Callable[[Exception], None]
    ) -> None:
        self.runner.run(
            lambda: self.desk.post.find_for_pickup(code),
            lambda view: self._show(view, done),
            failed,
        )

    def _show(self, view: PickupView, done: Callable[[str], None]) -> None:
        self.show(view, done)

    def show(self, view: PickupView, done: Callable[[str], None]) -> PickupDialog:
        dialog = PickupDialog(view, self.parent)
        self.dialog = dialog

        def handed(_: object) -> None:
            dialog.accept()
            done(view.request_id)

        def hand_over(collector: Collector) -> None:
            self.runner.run(
                lambda: self.desk.post.hand_to_citizen(view.request_id, collector),
                handed,
                lambda exc: dialog.refuse(explain(exc)),
            )

        dialog.submitted.connect(hand_over)
        dialog.open()
        return dialog
