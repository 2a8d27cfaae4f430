"""The workstation's store file, and whether it is still the one the program opened.

SQLite goes on writing to a file that was deleted or replaced under it (the open handle
keeps the old inode), so a workstation whose store vanished while it ran would carry on
without a word and lose everything at the next start. Each action that records or prints
checks first, and the desk says so at the next pull.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.workflow import RuleViolation

GONE = QT_TRANSLATE_NOOP(
    "Rules",
    "the workstation's store {path} was deleted or replaced while Clerk Desk ran: nothing "
    "more is recorded or printed here. Close Clerk Desk; at the next start a shift "
    "supervisor recovers this workstation",
)


class StoreGone(RuleViolation):
    """The store file was deleted or replaced while the program ran."""


@dataclass(frozen=True, slots=True)
class StoreFile:
    """The store's path and the identity (device, inode) it had when it was opened."""

    path: Path
    identity: tuple[int, int] | None

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> StoreFile:
        return cls(Path(path), _identity(Path(path)))

    @classmethod
    def of_sessions(cls, sessions: sessionmaker[Session]) -> StoreFile:
        """The file behind a store's sessions (an in-memory store is never gone)."""
        database = sessions.kw["bind"].url.database
        if not database or database == ":memory:":
            return cls(Path(), None)
        return cls.of(database)

    def still_there(self) -> bool:
        return self.identity is None or _identity(self.path) == self.identity

    def check(self) -> None:
        """A RuleViolation when the file is gone or another one stands in its place."""
        if not self.still_there():
            raise StoreGone(GONE, path=str(self.path))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino
