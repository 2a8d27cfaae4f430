"""Buttons that name their action, and the question asked before a step with no way back.

Every dialog says what its buttons do ("Reject the request" / "Go back"), never a bare
OK / Cancel: a clerk who reads only the button knows what pressing it does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox, QPushButton, QWidget

from ui.i18n import shown, translate


def go_back() -> str:
    return translate("Confirm", "Go back")


def name_buttons(buttons: QDialogButtonBox, action: str, back: str | None = None) -> None:
    """Give a dialog's Ok (or Save) and Cancel buttons the words of what they do."""
    for standard in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        button = buttons.button(standard)
        if button is not None:
            button.setText(action)
            button.setDefault(True)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(back or go_back())


def name_input_buttons(dialog: QInputDialog, action: str) -> None:
    """A single-field dialog: Enter submits it, under a button that says what it does."""
    dialog.setOkButtonText(action)
    dialog.setCancelButtonText(go_back())


class Confirmation(QMessageBox):
    """Asks before an irreversible step. Enter takes the step (its button is the default and
    names it); Esc, or the other button, goes back without doing anything."""

    def __init__(self, title: str, question: str, action: str, parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Question, title, shown(question), parent=parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # quotes names and request numbers
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.yes: QPushButton = self.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        self.back: QPushButton = self.addButton(go_back(), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.yes)
        self.setEscapeButton(self.back)


def confirm(
    parent: QWidget, title: str, question: str, action: str, then: Callable[[], None]
) -> Confirmation:
    """Open the question (without blocking the window) and call ``then`` if it is taken."""
    box = Confirmation(title, question, action, parent)

    def answered() -> None:
        if box.clickedButton() is box.yes:
            then()

    box.finished.connect(answered)
    box.open()
    return box
