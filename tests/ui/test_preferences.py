"""Preferences: every declared setting is editable, checked, and written to the file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from clerk_desk import config as cfg
from ui.app import create_application
from ui.preferences import PreferencesDialog


def test_every_setting_has_an_editor_of_its_kind(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(cfg.Config(path=tmp_path / "settings.json"))
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.key for s in cfg.ALL_SETTINGS}
    assert isinstance(dialog.editors["language"], QComboBox)
    assert isinstance(dialog.editors["pull_interval_s"], QSpinBox)
    assert isinstance(dialog.editors["server_url"], QLineEdit)


def test_a_bad_value_is_explained_and_nothing_is_written(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    dialog = PreferencesDialog(cfg.Config(path=path))
    qtbot.addWidget(dialog)
    server = dialog.editors["server_url"]
    assert isinstance(server, QLineEdit)
    server.setText("http://central.example.sy")  # plain http to another computer
    service = dialog.editors["s10_service_indicator"]
    assert isinstance(service, QLineEdit)
    service.setText("r1")  # not two capital letters
    dialog.save()
    assert "https" in dialog.message.text()
    assert dialog.message.text().count("\n") == 1  # both problems named
    assert not path.exists()


def test_saved_settings_reach_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = cfg.Config(path=path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    interval = dialog.editors["pull_interval_s"]
    size = dialog.editors["envelope_size"]
    assert isinstance(interval, QSpinBox) and isinstance(size, QComboBox)
    interval.setValue(120)
    size.setCurrentIndex(size.findData("C5"))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["pull_interval_s"] == 120
    assert written["envelope_size"] == "C5"
    assert cfg.Config.load(path).get(cfg.ENVELOPE_SIZE) == "C5"


def test_each_new_installation_gets_its_own_counter_name(tmp_path: Path) -> None:
    from ui.app import name_this_workstation

    first, second = cfg.Config(path=tmp_path / "a.json"), cfg.Config(path=tmp_path / "b.json")
    name_this_workstation(first)
    name_this_workstation(second)
    assert first.get(cfg.WORKSTATION) != second.get(cfg.WORKSTATION)
    assert cfg.Config.load(tmp_path / "a.json").get(cfg.WORKSTATION) == first.get(cfg.WORKSTATION)
    name_this_workstation(first)  # once named, the name stays
    assert cfg.Config.load(tmp_path / "a.json").get(cfg.WORKSTATION) == first.get(cfg.WORKSTATION)


def test_a_clerk_sees_only_the_counters_settings(qtbot: QtBot, tmp_path: Path) -> None:
    clerk = PreferencesDialog(cfg.Config(path=tmp_path / "settings.json"), role="clerk")
    qtbot.addWidget(clerk)
    assert set(clerk.editors) == {"language", "digits", "printer", "envelope_size"}
    for hidden in ("server_url", "s10_first_serial", "four_eyes_percent", "ca_bundle"):
        assert hidden not in clerk.editors
    supervisor = PreferencesDialog(cfg.Config(path=tmp_path / "settings.json"), role="supervisor")
    qtbot.addWidget(supervisor)
    assert set(supervisor.editors) == {s.key for s in cfg.ALL_SETTINGS}


def test_a_clerk_saves_without_touching_the_technicians_settings(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "settings.json"
    settings = cfg.Config(path=path)
    settings.set(cfg.SERVER_URL, "https://central.example.sy")
    dialog = PreferencesDialog(settings, role="clerk")
    qtbot.addWidget(dialog)
    size = dialog.editors["envelope_size"]
    assert isinstance(size, QComboBox)
    size.setCurrentIndex(size.findData("C4"))
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["envelope_size"] == "C4"
    assert written["server_url"] == "https://central.example.sy"


def test_numbers_are_written_in_the_chosen_digits(qtbot: QtBot, tmp_path: Path) -> None:
    create_application([], "ar")  # Syria's Arabic locale writes Arabic-Indic by itself
    western = PreferencesDialog(cfg.Config(path=tmp_path / "settings.json"))
    qtbot.addWidget(western)
    spin = western.editors["pull_interval_s"]
    assert isinstance(spin, QSpinBox)
    assert spin.text() == "60"
    settings = cfg.Config(path=tmp_path / "settings.json")
    settings.set(cfg.DIGITS, cfg.ARABIC_INDIC_DIGITS)
    arabic = PreferencesDialog(settings)
    qtbot.addWidget(arabic)
    spin = arabic.editors["pull_interval_s"]
    assert isinstance(spin, QSpinBox)
    assert spin.text() == "٦٠"


def test_the_buttons_say_what_they_do(qtbot: QtBot, tmp_path: Path) -> None:
    create_application([], "ar")
    dialog = PreferencesDialog(cfg.Config(path=tmp_path / "settings.json"))
    qtbot.addWidget(dialog)
    texts = {button.text() for button in dialog.buttons.buttons()}
    assert texts == {"احفظ الإعدادات", "تراجع"}
