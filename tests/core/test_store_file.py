"""A store deleted or replaced while the workstation runs is noticed, never written past."""

from __future__ import annotations

from pathlib import Path

import pytest

from clerk_desk.store.db import open_store
from clerk_desk.store_file import StoreFile
from clerk_desk.workflow import RuleViolation
from tests.store_keys import TEST_STORE_KEY


def test_a_store_deleted_or_replaced_under_the_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "workstation.sqlite3"
    sessions = open_store(path, TEST_STORE_KEY)
    try:
        store = StoreFile.of_sessions(sessions)
        assert store.path == path and store.still_there()
        store.check()

        path.unlink()  # deleted while running: SQLite would go on writing to the old inode
        assert not store.still_there()
        with pytest.raises(RuleViolation) as refused:
            store.check()
        assert str(path) in str(refused.value)

        path.write_bytes(b"")  # another file in its place is not the store either
        assert not store.still_there()
    finally:
        sessions.kw["bind"].dispose()


def test_a_store_file_that_was_not_there_at_start_is_not_watched(tmp_path: Path) -> None:
    StoreFile.of(tmp_path / "absent.sqlite3").check()
