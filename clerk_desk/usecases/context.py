"""What every use case of one workstation shares: the store, the settings, who is at the
desk, where the papers go."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk.api import Center, LoginOut, Role
from clerk_desk.crypto import StoreKey
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.store_file import StoreFile
from clerk_desk.workflow import Actor, RuleViolation


@dataclass
class AtTheDesk:
    """Who is logged in at this workstation now (None between log-ins). Set by the
    session's use cases only; read by all."""

    login: LoginOut | None = None

    @property
    def online(self) -> bool:
        """Logged in at the server (not against the last log-in kept here)."""
        return self.login is not None and bool(self.login.token)


@dataclass(frozen=True)
class WorkContext:
    """One workstation's store, settings and documents, and the person at its desk."""

    settings: cfg.Config
    sessions: sessionmaker[Session]
    store_key: StoreKey  # encrypts the store's personal data and the PDFs
    documents_dir: Path
    desk: AtTheDesk = field(default_factory=AtTheDesk)

    def __post_init__(self) -> None:
        _ = self.store_file  # taken now, while the file is surely there

    @cached_property
    def store_file(self) -> StoreFile:
        """The store's file as it was when the desk started (once: a file deleted or
        replaced since is then noticed by ``check``)."""
        return StoreFile.of_sessions(self.sessions)

    @property
    def login(self) -> LoginOut:
        if self.desk.login is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "nobody is logged in"))
        return self.desk.login

    @property
    def actor(self) -> Actor:
        user = self.login.user
        return Actor(user.username, self.settings.get(cfg.WORKSTATION), user.center.code)

    @property
    def center(self) -> Center:
        return self.login.user.center

    @property
    def is_clerk(self) -> bool:
        return self.desk.login is not None and self.desk.login.user.role is Role.CLERK

    @property
    def person(self) -> str:
        """The full name of the person at the desk ("" between log-ins)."""
        return self.desk.login.user.full_name if self.desk.login is not None else ""
