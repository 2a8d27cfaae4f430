"""The question asked at start when the settings file cannot be read.

The file may hold the server's address, the printer, the tracking range and the counter's
name: starting on defaults would log the clerk in against the wrong server and, at the
next save, write those over. So nothing starts until a person agrees, and the file is
copied aside first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from clerk_desk import config as cfg
from ui.i18n import ltr, translate


class UnreadableSettingsBox(QMessageBox):
    """Names the file and the problem; starts on defaults only when the person says so."""

    def __init__(self, settings: cfg.Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("Settings", "The settings cannot be read"))
        self.setText(
            translate(
                "Settings",
                "The settings file %1 cannot be read, so the server's address, the printer "
                "and the tracking range it holds are unknown.",
            ).replace("%1", ltr(str(settings.path)))
        )
        self.setInformativeText(
            translate(
                "Settings",
                "Start with the default settings? A copy of the file is kept beside it for "
                "the center's technician. Or close and ask the technician first.",
            )
        )
        self.setDetailedText(settings.unreadable or "")
        self.start_button: QPushButton = self.addButton(
            translate("Settings", "Keep a copy and start with defaults"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.close_button: QPushButton = self.addButton(
            translate("Settings", "Close without starting"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)

    def consented(self) -> bool:
        """Whether the person chose to start; the file is copied aside if so."""
        if self.clickedButton() is not self.start_button:
            return False
        self.settings.set_aside_unreadable()
        return True


def consent_to_defaults(settings: cfg.Config) -> bool:
    """Ask, when the settings file could not be read; True to go on starting."""
    if settings.unreadable is None:
        return True
    box = UnreadableSettingsBox(settings)
    box.exec()
    return box.consented()
