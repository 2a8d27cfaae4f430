"""Workstation settings: each declared once with its key, type, default and description.

Stored as JSON in the user's configuration directory. A malformed value is reported with
the key and the reason and the default is used until someone saves; unknown keys are
written back as they were. A file that cannot be read at all is never overwritten: saving
refuses until a copy of it was set aside (:meth:`Config.set_aside_unreadable`), which the
workstation does only with the clerk's consent.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

from clerk_desk import digits
from clerk_desk.files import write_atomically
from clerk_desk.messages import QT_TRANSLATE_NOOP

T = TypeVar("T")

APP_NAME = "clerk-desk"


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def default_config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_NAME


class ConfigError(ValueError):
    pass


class UnreadableSettings(ConfigError):
    """The settings file could not be read: it is not written over until a copy is kept."""


def _server_url(value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError("must be text")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError("must be an http:// or https:// address")
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ConfigError("plain http is only allowed on this computer; use https")
    return value.rstrip("/")


def _int_range(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError("must be a whole number")
        if not low <= value <= high:
            raise ConfigError(f"must be between {low} and {high}")
        return value

    check.bounds = (low, high)  # type: ignore[attr-defined]  # for the preferences editor
    return check


def _choice(*options: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in options:
            raise ConfigError(f"must be one of {', '.join(options)}")
        return str(value)

    check.choices = options  # type: ignore[attr-defined]  # for the preferences editor
    return check


def _text(max_len: int, pattern: Callable[[str], bool] = lambda _: True) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > max_len or not pattern(value):
            raise ConfigError(f"must be text of at most {max_len} characters")
        return value

    return check


class Audience(StrEnum):
    """Whose setting it is, and so who sees it in Preferences.

    The clerk's are about their own counter and screen. The supervisor's are the center's
    rules (how long a request may wait, the share of acceptances drawn for a second look,
    the idle lock). The technician's are set once at installation (the server and its
    certificate, the counter's name, the tracking-number range, how long data is kept); the
    supervisor, who answers for the center's workstations, sees them too. A clerk sees
    only the clerk's.
    """

    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    TECHNICIAN = "technician"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    check: Callable[[Any], T]
    description: str  # shown in preferences, through the UI's translator ("Settings" context)
    audience: Audience = Audience.TECHNICIAN

    @property
    def choices(self) -> tuple[str, ...]:
        return tuple(getattr(self.check, "choices", ()))

    @property
    def bounds(self) -> tuple[int, int] | None:
        bounds: tuple[int, int] | None = getattr(self.check, "bounds", None)
        return bounds


SERVER_URL = Setting(
    "server_url",
    "http://127.0.0.1:8765",
    _server_url,
    QT_TRANSLATE_NOOP("Settings", "Address of the central server"),
)


def _ca_bundle(value: Any) -> str:
    """Empty (the system's certificate authorities), or a file of PEM certificates."""
    text = _text(1000)(value)
    if not text:
        return text
    if not Path(text).is_file():
        raise ConfigError(f"{text} is not a file")
    try:
        ssl.create_default_context(cafile=text)
    except (ssl.SSLError, OSError, ValueError) as exc:
        raise ConfigError(f"{text} holds no certificate that can be read ({exc})") from None
    return text


CA_BUNDLE = Setting(
    "ca_bundle",
    "",
    _ca_bundle,
    QT_TRANSLATE_NOOP(
        "Settings",
        "A certificate authority file to trust for the central server (empty: the system's)",
    ),
)
WORKSTATION = Setting(
    "workstation",
    "W1",
    _text(8, lambda v: v.isalnum() and v.isascii()),
    QT_TRANSLATE_NOOP("Settings", "This counter's short name, printed in document numbers"),
)
LANGUAGE = Setting(
    "language",
    "ar",
    _choice("ar", "en"),
    QT_TRANSLATE_NOOP("Settings", "Language of the interface"),
    Audience.CLERK,
)
WESTERN_DIGITS = digits.WESTERN
ARABIC_INDIC_DIGITS = digits.ARABIC_INDIC
DIGITS = Setting(
    "digits",
    WESTERN_DIGITS,
    _choice(WESTERN_DIGITS, ARABIC_INDIC_DIGITS),
    QT_TRANSLATE_NOOP("Settings", "Digits on the screen and on the printed page"),
    Audience.CLERK,
)
PULL_INTERVAL = Setting(
    "pull_interval_s",
    60,
    _int_range(5, 3600),
    QT_TRANSLATE_NOOP("Settings", "Seconds between pulls of new requests"),
)
PRINTER = Setting(
    "printer",
    "",
    _text(127),
    QT_TRANSLATE_NOOP("Settings", "Printer for documents and envelopes (empty: the default)"),
    Audience.CLERK,
)
ENVELOPE_SIZE = Setting(
    "envelope_size",
    "DL",
    _choice("DL", "C5", "C4"),
    QT_TRANSLATE_NOOP("Settings", "Envelope size"),
    Audience.CLERK,
)
S10_SERVICE = Setting(
    "s10_service_indicator",
    "RR",
    _text(2, lambda v: len(v) == 2 and v.isascii() and v.isupper()),
    QT_TRANSLATE_NOOP("Settings", "Two-letter UPU service indicator for registered post"),
)
# No tracking-serial range here: the central server reserves this workstation's S10
# serials and document numbers in blocks (clerk_desk.number_blocks). A configuration file
# that still names the retired settings is read without them, and without a word.
RETIRED = frozenset({"s10_first_serial", "s10_last_serial"})

LOCK_MINUTES = Setting(
    "lock_minutes",
    10,
    _int_range(1, 240),
    QT_TRANSLATE_NOOP("Settings", "Minutes without input before the window locks"),
    Audience.SUPERVISOR,
)
FOUR_EYES_PERCENT = Setting(
    "four_eyes_percent",
    10,
    _int_range(0, 100),
    QT_TRANSLATE_NOOP("Settings", "Percent of acceptances drawn for the supervisor's second look"),
    Audience.SUPERVISOR,
)
SLA_FAST = Setting(
    "sla_fast_minutes",
    60,
    _int_range(5, 7 * 24 * 60),
    QT_TRANSLATE_NOOP(
        "Settings", "Minutes a fast-service request may wait before it is marked late"
    ),
    Audience.SUPERVISOR,
)
SLA_SLOW = Setting(
    "sla_slow_minutes",
    3 * 24 * 60,
    _int_range(5, 60 * 24 * 60),
    QT_TRANSLATE_NOOP(
        "Settings", "Minutes a slow-service request may wait before it is marked late"
    ),
    Audience.SUPERVISOR,
)
SHELF_REPORT_DAYS = Setting(
    "shelf_report_days",
    30,  # what the citizen is told the center keeps an envelope (central.outreach)
    _int_range(1, 365),
    QT_TRANSLATE_NOOP(
        "Settings", "Days an envelope may wait on the pickup shelf before the shelf report lists it"
    ),
    Audience.SUPERVISOR,
)
PURGE_DAYS = Setting(
    "purge_after_days",
    30,
    _int_range(1, 3650),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Days after a request is done here (sent off, rejection upheld, withdrawn) before "
        "its data and PDFs are deleted",
    ),
)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    SERVER_URL,
    CA_BUNDLE,
    WORKSTATION,
    LANGUAGE,
    DIGITS,
    PULL_INTERVAL,
    PRINTER,
    ENVELOPE_SIZE,
    S10_SERVICE,
    SLA_FAST,
    SLA_SLOW,
    LOCK_MINUTES,
    FOUR_EYES_PERCENT,
    SHELF_REPORT_DAYS,
    PURGE_DAYS,
)


def settings_seen_by(role: str) -> tuple[Setting[Any], ...]:
    """The settings a role sees in Preferences (see :class:`Audience`)."""
    seen = {Audience.CLERK} if role == "clerk" else set(Audience)
    return tuple(s for s in ALL_SETTINGS if s.audience in seen)


class Config:
    """Settings read from a JSON file, with the problems found while reading it."""

    def __init__(
        self,
        values: dict[str, Any] | None = None,
        problems: list[str] | None = None,
        path: Path | None = None,
        *,
        kept: dict[str, Any] | None = None,
        unreadable: str | None = None,
    ) -> None:
        self._values = dict(values or {})
        self.problems = list(problems or [])
        self.path = path
        # Keys of the file this version does not know (a newer version's, a colleague's
        # typo): written back as they were. A known key's bad value is dropped on saving.
        self._kept = dict(kept or {})
        # Why the file at `path` could not be read at all; None when it could.
        self.unreadable = unreadable

    def get(self, setting: Setting[T]) -> T:
        if setting.key in self._values:
            value: T = self._values[setting.key]
            return value
        return setting.default

    def is_set(self, setting: Setting[Any]) -> bool:
        return setting.key in self._values

    def set(self, setting: Setting[T], value: Any) -> None:
        self._values[setting.key] = setting.check(value)
        self._kept.pop(setting.key, None)

    @classmethod
    def load(cls, path: Path) -> Config:
        if not path.exists():
            return cls(path=path)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            return cls._unreadable(path, str(exc))
        if not isinstance(raw, dict):
            return cls._unreadable(path, "it does not hold a JSON object")
        known = {s.key: s for s in ALL_SETTINGS}
        values: dict[str, Any] = {}
        kept: dict[str, Any] = {}
        problems = []
        for key, value in raw.items():
            setting = known.get(key)
            if setting is None:
                if key not in RETIRED:
                    problems.append(f"{path}: unknown setting {key!r} is ignored")
                    kept[key] = value
                continue
            try:
                values[key] = setting.check(value)
            except ConfigError as exc:
                problems.append(f"{path}: {key} {exc}; the default is used")
        return cls(values, problems, path, kept=kept)

    @classmethod
    def _unreadable(cls, path: Path, why: str) -> Config:
        return cls(
            problems=[f"{path}: cannot be read ({why}); it is left as it is"],
            path=path,
            unreadable=why,
        )

    def set_aside_unreadable(self, now: datetime | None = None) -> Path | None:
        """Copy the unreadable file beside itself and allow saving over it.

        Returns the copy's path (None when there was nothing to set aside). The copy is
        named after the file and the time, so a second one never replaces the first.
        """
        if self.unreadable is None or self.path is None:
            return None
        stamp = (now or datetime.now()).strftime("%Y%m%dT%H%M%S")
        copy = self.path.with_name(f"{self.path.name}.unreadable-{stamp}")
        if self.path.exists():
            shutil.copy2(self.path, copy)
        self.unreadable = None
        return copy

    def save(self, path: Path | None = None) -> None:
        target = path or self.path
        if target is None:
            raise ConfigError("no file to save the settings to")
        if self.unreadable is not None and target == self.path:
            raise UnreadableSettings(
                f"{target} could not be read ({self.unreadable}); it is not written over"
            )
        values = {**self._kept, **self._values}
        write_atomically(target, json.dumps(values, indent=2, ensure_ascii=False).encode())
