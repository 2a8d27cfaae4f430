"""The log-in token in the keyring: remembered, forgotten, and how a missing keyring is met."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked
from keyrings.alt.file import PlaintextKeyring

from sync.credentials import SERVICE, StoreKeyUnavailable, TokenStore

SERVER = "https://central.example.sy"
TOKEN = "tok-3f9a2c81e0b7"


@pytest.fixture
def use_keyring() -> Iterator[None]:
    """Restore whatever keyring was in use before the test set its own."""
    previous = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def file_keyring(use_keyring: None, tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # never the real user's file
    keyring.set_keyring(backend)
    return backend


class LockedKeyring(KeyringBackend):
    """A keyring that is there but locked (the user dismissed the unlock prompt)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keyring is locked")


def test_a_saved_token_is_loaded_back(file_keyring: PlaintextKeyring, tmp_path: Path) -> None:
    tokens = TokenStore()
    assert tokens.load(SERVER, "dam.clerk1") is None
    assert tokens.save(SERVER, "dam.clerk1", TOKEN) is True
    assert tokens.load(SERVER, "dam.clerk1") == TOKEN
    # A fresh store (the program started again) finds it too.
    assert TokenStore().load(SERVER, "dam.clerk1") == TOKEN
    assert tokens.available
    assert tokens.problem == ""
    assert (tmp_path / "keyring_pass.cfg").exists()
    assert keyring.get_password(SERVICE, f"dam.clerk1@{SERVER}") == TOKEN


def test_tokens_are_kept_per_server_and_user(file_keyring: PlaintextKeyring) -> None:
    tokens = TokenStore()
    tokens.save(SERVER, "dam.clerk1", "one")
    tokens.save(SERVER, "dam.clerk2", "two")
    tokens.save("http://127.0.0.1:8765", "dam.clerk1", "three")
    assert tokens.load(SERVER, "dam.clerk1") == "one"
    assert tokens.load(SERVER, "dam.clerk2") == "two"
    assert tokens.load("http://127.0.0.1:8765", "dam.clerk1") == "three"
    assert tokens.load(SERVER, "alp.clerk1") is None


def test_a_new_log_in_replaces_the_old_token(file_keyring: PlaintextKeyring) -> None:
    tokens = TokenStore()
    tokens.save(SERVER, "dam.clerk1", "old")
    tokens.save(SERVER, "dam.clerk1", "new")
    assert tokens.load(SERVER, "dam.clerk1") == "new"


def test_forget_removes_only_that_token(file_keyring: PlaintextKeyring) -> None:
    tokens = TokenStore()
    tokens.save(SERVER, "dam.clerk1", "one")
    tokens.save(SERVER, "dam.clerk2", "two")
    tokens.forget(SERVER, "dam.clerk1")
    assert tokens.load(SERVER, "dam.clerk1") is None
    assert tokens.load(SERVER, "dam.clerk2") == "two"
    tokens.forget(SERVER, "dam.clerk1")  # forgetting twice is harmless
    tokens.forget(SERVER, "nobody")
    assert tokens.available


@pytest.mark.parametrize("backend", [fail.Keyring, LockedKeyring], ids=["none", "locked"])
def test_without_a_keyring_the_program_goes_on(
    use_keyring: None,
    caplog: pytest.LogCaptureFixture,
    backend: type[KeyringBackend],
) -> None:
    keyring.set_keyring(backend())
    tokens = TokenStore()
    with caplog.at_level(logging.DEBUG):
        assert tokens.load(SERVER, "dam.clerk1") is None
        assert tokens.save(SERVER, "dam.clerk1", TOKEN) is False
        tokens.forget(SERVER, "dam.clerk1")  # no exception either
    assert tokens.available is False
    assert tokens.problem == "no system keyring is available; the log-in will not be remembered"
    assert "keyring unavailable" in caplog.text
    assert TOKEN not in caplog.text  # a secret never reaches a log


def test_a_failed_save_is_reported_even_if_load_was_never_called(use_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    tokens = TokenStore()
    assert tokens.available
    assert tokens.save(SERVER, "dam.clerk1", TOKEN) is False
    assert not tokens.available
    assert tokens.problem


# --- the store key ------------------------------------------------------------------------


def test_the_store_key_is_made_once_and_kept_in_the_keyring(
    file_keyring: PlaintextKeyring,
) -> None:
    key = TokenStore().store_key()
    again = TokenStore().store_key(create=False)  # another start of the program
    assert again.to_text() == key.to_text()
    assert file_keyring.get_password(SERVICE, "secret:store-key") == key.to_text()


def test_without_a_keyring_the_store_key_is_refused_clearly(use_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(StoreKeyUnavailable, match="No system keyring") as raised:
        TokenStore().store_key()
    assert "حلقة مفاتيح" in raised.value.message_ar
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(StoreKeyUnavailable):
        TokenStore().store_key()


def test_an_encrypted_store_does_not_get_a_new_key(file_keyring: PlaintextKeyring) -> None:
    with pytest.raises(StoreKeyUnavailable, match="its key is not in the system keyring"):
        TokenStore().store_key(create=False)
    assert file_keyring.get_password(SERVICE, "secret:store-key") is None


def test_the_desk_does_not_open_an_encrypted_store_without_its_key(
    file_keyring: PlaintextKeyring, tmp_path: Path
) -> None:
    from clerk_desk import config as cfg
    from ui.app import build_workstation

    settings = cfg.Config()
    settings.set(cfg.SERVER_URL, "http://127.0.0.1:9")
    build_workstation(settings, tmp_path / "desk").sessions.kw["bind"].dispose()  # makes the key
    file_keyring.delete_password(SERVICE, "secret:store-key")  # the keyring was wiped
    with pytest.raises(StoreKeyUnavailable):
        build_workstation(settings, tmp_path / "desk")
    assert file_keyring.get_password(SERVICE, "secret:store-key") is None
