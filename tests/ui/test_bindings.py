"""The Qt bindings keep Python's reference counts: a workstation runs all day.

PySide6 6.12.0 dropped a reference to None on every void call (``setText``) and to True or
False on every bool it handed back (``QSettings.value(type=bool)``). Python 3.11 counts
those references, so after some ten thousand calls the process aborted with "Fatal Python
error: none_dealloc". pyproject.toml keeps that version out; these tests fail on any
version that does it again.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

CALLS = 1000


def references_lost(call: Callable[[], object], of: object) -> int:
    before = sys.getrefcount(of)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(of)


def test_void_calls_keep_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert references_lost(lambda: label.setText("معاملة"), None) < CALLS // 10


@pytest.mark.parametrize("value", [True, False])
def test_bool_answers_keep_true_and_false(qtbot: QtBot, tmp_path: Path, value: bool) -> None:
    box = QCheckBox()
    qtbot.addWidget(box)
    box.setChecked(value)
    ini = tmp_path / "s.ini"
    ini.write_text(f"[General]\nflag={str(value).lower()}\n")  # as a preference saved earlier
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    assert references_lost(box.isChecked, value) < CALLS // 10
    assert references_lost(lambda: settings.value("flag", type=bool), value) < CALLS // 10
