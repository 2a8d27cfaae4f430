"""Preferences: every setting declared in the core, edited in one form.

Signals:
    saved(): the settings were checked and written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clerk_desk import config as cfg
from ui.confirm import name_buttons
from ui.geometry import fit_dialog
from ui.i18n import QT_TRANSLATE_NOOP, digit_locale, tr

# Choices shown by their own look: a language by its name, digits by the digits.
CHOICE_NAMES = {
    "ar": "العربية",
    "en": "English",
    cfg.WESTERN_DIGITS: "0123456789",
    cfg.ARABIC_INDIC_DIGITS: "٠١٢٣٤٥٦٧٨٩",
}
AUDIENCE_TITLES = {
    cfg.Audience.CLERK: QT_TRANSLATE_NOOP("Preferences", "This counter"),
    cfg.Audience.SUPERVISOR: QT_TRANSLATE_NOOP("Preferences", "The center's rules (supervisor)"),
    cfg.Audience.TECHNICIAN: QT_TRANSLATE_NOOP("Preferences", "Installation (technician)"),
}


class PreferencesDialog(QDialog):
    saved = Signal()

    def __init__(
        self, settings: cfg.Config, parent: QWidget | None = None, *, role: str = "supervisor"
    ) -> None:
        """Only the settings ``role`` sees (:func:`clerk_desk.config.settings_seen_by`)."""
        super().__init__(parent)
        self.settings = settings
        self.shown_settings = cfg.settings_seen_by(role)
        self.setWindowTitle(self.tr("Preferences"))
        self.editors: dict[str, QWidget] = {}
        self.number_locale = digit_locale(settings.get(cfg.DIGITS))
        form = QFormLayout()
        for audience in cfg.Audience:
            group = [s for s in self.shown_settings if s.audience is audience]
            if not group:
                continue
            heading = QLabel(tr("Preferences", AUDIENCE_TITLES[audience]))
            heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
            form.addRow(heading)
            for setting in group:
                editor = self._editor(setting)
                editor.setObjectName(setting.key)
                editor.setToolTip(tr("Settings", setting.description))
                self.editors[setting.key] = editor
                form.addRow(tr("Settings", setting.description), editor)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, self.tr("Save the settings"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # The settings scroll inside the dialog: Save and Cancel stay on a small screen.
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(QLabel(self.tr("A new language or server applies from the next start.")))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        fit_dialog(self, fields.sizeHint() + QSize(40, 160))

    def _editor(self, setting: cfg.Setting[Any]) -> QWidget:
        value = self.settings.get(setting)
        if setting.choices:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(CHOICE_NAMES.get(choice, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.bounds is not None:
            spin = QSpinBox()
            spin.setLocale(self.number_locale)  # one digit style with the rest of the desk
            spin.setRange(*setting.bounds)
            spin.setValue(int(value))
            return spin
        return QLineEdit(str(value))

    def value_of(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        return None

    def save(self) -> None:
        problems = []
        checked: list[tuple[cfg.Setting[Any], Any]] = []
        for setting in self.shown_settings:
            try:
                checked.append((setting, setting.check(self.value_of(setting.key))))
            except cfg.ConfigError as exc:
                problems.append(f"{tr('Settings', setting.description)}: {exc}")
        if problems:
            self.message.setText("\n".join(problems))
            return
        for setting, value in checked:
            self.settings.set(setting, value)
        try:
            self.settings.save()
        except (OSError, cfg.ConfigError) as exc:
            self.message.setText(
                self.tr("The settings could not be saved: %1").replace("%1", str(exc))
            )
            return
        self.saved.emit()
        self.accept()
