"""A settings file that cannot be read: the workstation asks, in Arabic, before it starts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from clerk_desk import config as cfg
from ui.app import create_application
from ui.settings_problem import UnreadableSettingsBox, consent_to_defaults

BROKEN = b'{"server_url": "https://central.example.sy", "printer": "Counter-3",'


def broken_settings(tmp_path: Path) -> cfg.Config:
    path = tmp_path / "settings.json"
    path.write_bytes(BROKEN)
    return cfg.Config.load(path)


def test_the_question_names_the_file_and_closing_touches_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    create_application([], "ar")
    settings = broken_settings(tmp_path)
    box = UnreadableSettingsBox(settings)
    qtbot.addWidget(box)
    box.show()
    assert str(settings.path) in box.text()
    assert "تعذّرت قراءة ملف الإعدادات" in box.text()
    assert box.start_button.text() == "احفظ نسخة وابدأ بالإعدادات الافتراضية"
    assert box.defaultButton() is box.close_button  # Enter does not throw the file away
    box.close_button.click()
    assert not box.consented()
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]
    assert (tmp_path / "settings.json").read_bytes() == BROKEN


def test_starting_on_defaults_keeps_a_copy_first(qtbot: QtBot, tmp_path: Path) -> None:
    create_application([], "ar")
    settings = broken_settings(tmp_path)
    box = UnreadableSettingsBox(settings)
    qtbot.addWidget(box)
    box.show()
    box.start_button.click()
    assert box.consented()
    [copy] = tmp_path.glob("settings.json.unreadable-*")
    assert copy.read_bytes() == BROKEN
    settings.set(cfg.WORKSTATION, "W9")
    settings.save()  # allowed now, and the copy stays


def test_a_readable_file_asks_nothing(tmp_path: Path) -> None:
    assert consent_to_defaults(cfg.Config.load(tmp_path / "absent.json"))
