"""Workstation settings: a bad value is reported and the default used; a file that cannot be
read is never written over without a copy kept; every declared setting reads and writes."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from clerk_desk import config as cfg
from clerk_desk.config import ALL_SETTINGS, Config, ConfigError, UnreadableSettings
from tests.tls import authority


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "settings.json"


def assert_all_defaults(config: Config) -> None:
    for setting in ALL_SETTINGS:
        assert config.get(setting) == setting.default, setting.key


def test_a_missing_file_means_defaults_without_complaint(path: Path) -> None:
    config = Config.load(path)
    assert config.problems == []
    assert_all_defaults(config)
    assert not path.exists()  # loading does not create it


def test_the_defaults_pass_their_own_checks() -> None:
    for setting in ALL_SETTINGS:
        assert setting.check(setting.default) == setting.default, setting.key
        assert setting.description


@pytest.mark.parametrize(
    "content",
    [
        b'{"server_url": "https://central.example.sy",',  # cut off mid-write
        b"server_url = https://central.example.sy",  # INI, not JSON
        b"",
        b"{'language': 'en'}",  # single quotes
        b'{"language": "\xff\xfe"}',  # not UTF-8
    ],
)
def test_a_malformed_file_gives_defaults_and_is_not_written_over(
    path: Path, content: bytes
) -> None:
    path.write_bytes(content)
    config = Config.load(path)
    assert_all_defaults(config)
    assert len(config.problems) == 1
    assert str(path) in config.problems[0]
    assert "it is left as it is" in config.problems[0]
    assert config.unreadable
    config.set(cfg.WORKSTATION, "W9")
    with pytest.raises(UnreadableSettings, match="not written over"):
        config.save()
    assert path.read_bytes() == content


@pytest.mark.parametrize("data", [[], ["language", "en"], "en", 42, None])
def test_a_file_that_is_not_an_object_is_reported(path: Path, data: Any) -> None:
    config = Config.load(write(path, data))
    assert_all_defaults(config)
    assert config.unreadable == "it does not hold a JSON object"
    assert config.problems == [
        f"{path}: cannot be read (it does not hold a JSON object); it is left as it is"
    ]


def test_an_unreadable_file_is_copied_aside_before_it_is_replaced(path: Path) -> None:
    broken = b'{"server_url": "https://central.example.sy", "printer": "Counter-3",'
    path.write_bytes(broken)
    config = Config.load(path)
    copy = config.set_aside_unreadable(datetime(2026, 11, 29, 8, 30))
    assert copy == path.with_name("settings.json.unreadable-20261129T083000")
    assert copy.read_bytes() == broken
    config.set(cfg.WORKSTATION, "W9")
    config.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {"workstation": "W9"}
    assert copy.read_bytes() == broken  # the clerk can still recover the server and printer


def test_keys_this_version_does_not_know_are_written_back_as_they_were(path: Path) -> None:
    config = Config.load(write(path, {"colour": "blue", "language": "en"}))
    config.set(cfg.PRINTER, "Counter-3")
    config.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "colour": "blue",
        "language": "en",
        "printer": "Counter-3",
    }


def declared_settings() -> list[cfg.Setting[Any]]:
    return [v for v in vars(cfg).values() if isinstance(v, cfg.Setting)]


def another_value(setting: cfg.Setting[Any], ca_file: Path) -> Any:
    """A valid value other than the default, for any kind of setting."""
    bounds = getattr(setting.check, "bounds", None)
    if bounds is not None:
        return bounds[0] if setting.default != bounds[0] else bounds[1]
    if setting.choices:
        return next(c for c in setting.choices if c != setting.default)
    special = {
        cfg.SERVER_URL.key: "https://central.example.sy",
        cfg.CA_BUNDLE.key: str(ca_file),
        cfg.WORKSTATION.key: "W7",
        cfg.S10_SERVICE.key: "EE",
        cfg.PRINTER.key: "Counter-3",
    }
    return special[setting.key]


def test_every_declared_setting_is_read_and_written(path: Path, tmp_path: Path) -> None:
    assert set(declared_settings()) == set(ALL_SETTINGS)
    ca_file = certificate_file(tmp_path / "ca.pem")
    config = Config(path=path)
    chosen = {s: another_value(s, ca_file) for s in ALL_SETTINGS}
    for setting, value in chosen.items():
        assert value != setting.default, setting.key
        config.set(setting, value)
    config.save()
    again = Config.load(path)
    assert again.problems == []
    assert {s: again.get(s) for s in ALL_SETTINGS} == chosen


def certificate_file(path: Path) -> Path:
    """A PEM file with one certificate, as a center's authority would give."""
    return authority(path).pem


def test_a_ca_bundle_must_be_a_file_of_certificates(tmp_path: Path) -> None:
    config = Config()
    with pytest.raises(ConfigError, match="is not a file"):
        config.set(cfg.CA_BUNDLE, str(tmp_path / "missing.pem"))
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate")
    with pytest.raises(ConfigError, match="holds no certificate"):
        config.set(cfg.CA_BUNDLE, str(garbage))
    good = certificate_file(tmp_path / "مركز-دمشق.pem")
    config.set(cfg.CA_BUNDLE, str(good))
    assert config.get(cfg.CA_BUNDLE) == str(good)
    config.set(cfg.CA_BUNDLE, "")  # back to the system's authorities


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        (
            "server_url",
            "http://central.example.sy",
            "plain http is only allowed on this computer; use https",
        ),
        ("server_url", "http://10.0.0.5:8765", "plain http is only allowed on this computer"),
        ("server_url", "ftp://central.example.sy", "must be an http:// or https:// address"),
        ("server_url", "central.example.sy", "must be an http:// or https:// address"),
        ("server_url", "https://", "must be an http:// or https:// address"),
        ("server_url", 8765, "must be text"),
        ("pull_interval_s", 4, "must be between 5 and 3600"),
        ("pull_interval_s", 3601, "must be between 5 and 3600"),
        ("pull_interval_s", -60, "must be between 5 and 3600"),
        ("pull_interval_s", "60", "must be a whole number"),
        ("pull_interval_s", 60.0, "must be a whole number"),
        ("pull_interval_s", True, "must be a whole number"),
        ("language", "fr", "must be one of ar, en"),
        ("language", "AR", "must be one of ar, en"),
        ("envelope_size", "A4", "must be one of DL, C5, C4"),
        ("workstation", "W 1", "must be text of at most 8 characters"),
        ("workstation", "W123456789", "must be text of at most 8 characters"),
        ("workstation", "ش1", "must be text of at most 8 characters"),
        ("s10_service_indicator", "rr", "must be text of at most 2 characters"),
        ("s10_service_indicator", "R", "must be text of at most 2 characters"),
        ("ca_bundle", None, "must be text of at most 1000 characters"),
    ],
)
def test_a_bad_value_is_reported_with_its_key_and_the_default_is_used(
    path: Path, key: str, value: Any, reason: str
) -> None:
    setting = next(s for s in ALL_SETTINGS if s.key == key)
    neighbour = cfg.LANGUAGE if key != "language" else cfg.ENVELOPE_SIZE
    good_value = "en" if key != "language" else "C4"
    config = Config.load(write(path, {key: value, neighbour.key: good_value}))
    assert config.get(setting) == setting.default
    [problem] = config.problems
    assert problem.startswith(f"{path}: {key} {reason}")
    assert problem.endswith("; the default is used")
    # The good value beside it is still taken.
    assert config.get(neighbour) == good_value


def test_unknown_keys_are_reported_and_ignored(path: Path) -> None:
    config = Config.load(write(path, {"sever_url": "https://x.example", "pull_interval_s": 30}))
    assert config.problems == [f"{path}: unknown setting 'sever_url' is ignored"]
    assert config.get(cfg.SERVER_URL) == cfg.SERVER_URL.default
    assert config.get(cfg.PULL_INTERVAL) == 30


def test_every_problem_is_reported_not_just_the_first(path: Path) -> None:
    config = Config.load(write(path, {"language": "fr", "pull_interval_s": 1, "colour": "blue"}))
    assert len(config.problems) == 3
    assert all(p.startswith(f"{path}: ") for p in config.problems)
    assert_all_defaults(config)


@pytest.mark.parametrize(
    ("url", "stored"),
    [
        ("https://central.example.sy/", "https://central.example.sy"),
        ("https://central.example.sy:8443", "https://central.example.sy:8443"),
        ("http://127.0.0.1:8765/", "http://127.0.0.1:8765"),
        ("http://localhost:8765", "http://localhost:8765"),
        ("http://[::1]:8765", "http://[::1]:8765"),
    ],
)
def test_https_anywhere_and_plain_http_on_this_computer_are_accepted(
    path: Path, url: str, stored: str
) -> None:
    config = Config.load(write(path, {"server_url": url}))
    assert config.problems == []
    assert config.get(cfg.SERVER_URL) == stored


def test_save_then_load_gives_the_same_settings(tmp_path: Path) -> None:
    target = tmp_path / "deeper" / "clerk-desk" / "settings.json"  # folders are created
    config = Config(path=target)
    chosen: dict[cfg.Setting[Any], Any] = {
        cfg.SERVER_URL: "https://central.example.sy",
        cfg.CA_BUNDLE: str(certificate_file(tmp_path / "مركز-دمشق.pem")),
        cfg.WORKSTATION: "W7",
        cfg.LANGUAGE: "en",
        cfg.PULL_INTERVAL: 5,
        cfg.ENVELOPE_SIZE: "C5",
        cfg.S10_SERVICE: "EE",
    }
    for setting, value in chosen.items():
        config.set(setting, value)
    config.save()

    again = Config.load(target)
    assert again.problems == []
    for setting, value in chosen.items():
        assert again.get(setting) == value
    assert "مركز-دمشق" in target.read_text(encoding="utf-8")  # readable, not \u escapes
    assert sorted(p.name for p in target.parent.iterdir()) == ["settings.json"]  # no .tmp
    assert "مركز-دمشق" in config.get(cfg.CA_BUNDLE)


def test_only_changed_settings_are_written(path: Path) -> None:
    config = Config(path=path)
    config.set(cfg.LANGUAGE, "en")
    config.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "en"}


def test_save_to_another_path(tmp_path: Path) -> None:
    config = Config()
    config.set(cfg.PULL_INTERVAL, 120)
    config.save(tmp_path / "other.json")
    assert Config.load(tmp_path / "other.json").get(cfg.PULL_INTERVAL) == 120


def test_save_without_a_file_is_refused() -> None:
    with pytest.raises(ConfigError, match="no file"):
        Config().save()


def test_set_refuses_a_bad_value_and_keeps_the_old_one() -> None:
    config = Config()
    config.set(cfg.SERVER_URL, "https://a.example.sy")
    with pytest.raises(ConfigError, match="plain http"):
        config.set(cfg.SERVER_URL, "http://b.example.sy")
    assert config.get(cfg.SERVER_URL) == "https://a.example.sy"


@pytest.mark.parametrize(
    "content",
    [
        '{"language": "fr", "colour": "blue", "pull_interval_s": 30}',
        "{not json",
        "[]",
    ],
)
def test_loading_never_rewrites_the_file(path: Path, content: str) -> None:
    path.write_text(content, encoding="utf-8")
    past = 1_600_000_000
    os.utime(path, (past, past))
    config = Config.load(path)
    assert config.problems  # there was something to complain about...
    assert path.read_text(encoding="utf-8") == content  # ...and the clerk's file is as it was
    assert path.stat().st_mtime == past
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_a_reported_value_is_dropped_when_the_clerk_saves(path: Path) -> None:
    # Loading does not rewrite; saving writes only what was valid, so the bad value is
    # gone only once someone decides to save.
    write(path, {"language": "fr", "pull_interval_s": 30})
    config = Config.load(path)
    config.save()
    assert json.loads(path.read_text(encoding="utf-8")) == {"pull_interval_s": 30}


def test_default_dirs_follow_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "conf"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert cfg.default_config_dir() == tmp_path / "conf" / "clerk-desk"
    assert cfg.default_data_dir() == tmp_path / "data" / "clerk-desk"


def test_the_retired_tracking_range_is_read_without_a_word(tmp_path: Path) -> None:
    """The server reserves the serials now: an old file naming its range still loads."""
    path = tmp_path / "settings.json"
    path.write_text('{"s10_first_serial": 10000000, "s10_last_serial": 10999999}')
    loaded = Config.load(path)
    assert loaded.problems == []
    loaded.save()
    assert "s10_first_serial" not in path.read_text()
