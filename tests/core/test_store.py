"""The store's schema: migrated by Alembic, and recognised as current without it."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

from clerk_desk.store.db import (
    MIGRATIONS_DIR,
    current_revision,
    head_revision,
    make_engine,
    open_store,
)
from tests.store_keys import TEST_STORE_KEY


def test_the_naming_rule_agrees_with_alembic_on_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == head_revision()


def test_a_new_store_is_migrated_to_the_newest_revision_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    open_store(path, TEST_STORE_KEY)
    engine = make_engine(path)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    open_store(path, TEST_STORE_KEY)  # already current: nothing to do, nothing broken
