"""Preferences: every setting declared in the core, edited in one form.

Signals:
    saved(): the settings were checked and written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clerk_desk import config as cfg
from ui.i18n import tr

LANGUAGE_NAMES = {"ar": "العربية", "en": "English"}


class PreferencesDialog(QDialog):
    saved = Signal()

    def __init__(self, settings: cfg.Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        for setting in cfg.ALL_SETTINGS:
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
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("A new language or server applies from the next start.")))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _editor(self, setting: cfg.Setting[Any]) -> QWidget:
        value = self.settings.get(setting)
        if setting.choices:
            combo = QComboBox()
            for choice in setting.choices:
                combo.addItem(LANGUAGE_NAMES.get(choice, choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.bounds is not None:
            spin = QSpinBox()
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
        for setting in cfg.ALL_SETTINGS:
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
