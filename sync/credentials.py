"""The log-in token, kept in the system keyring and nowhere else."""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError

log = logging.getLogger(__name__)

SERVICE = "clerk-desk"


class TokenStore:
    """Remembers one token per server and user; says so when it cannot."""

    def __init__(self) -> None:
        self.available = True
        self.problem = ""

    def _key(self, server_url: str, username: str) -> str:
        return f"{username}@{server_url}"

    def load(self, server_url: str, username: str) -> str | None:
        try:
            return keyring.get_password(SERVICE, self._key(server_url, username))
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            self._unavailable(exc)
            return None

    def save(self, server_url: str, username: str, token: str) -> bool:
        try:
            keyring.set_password(SERVICE, self._key(server_url, username), token)
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            self._unavailable(exc)
            return False
        return True

    def load_secret(self, name: str) -> str | None:
        """Another secret of the workstation (a center's signing key), by name."""
        try:
            return keyring.get_password(SERVICE, f"secret:{name}")
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            self._unavailable(exc)
            return None

    def save_secret(self, name: str, value: str) -> bool:
        try:
            keyring.set_password(SERVICE, f"secret:{name}", value)
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            self._unavailable(exc)
            return False
        return True

    def forget(self, server_url: str, username: str) -> None:
        with contextlib.suppress(NoKeyringError, KeyringError, RuntimeError):
            keyring.delete_password(SERVICE, self._key(server_url, username))

    def _unavailable(self, exc: Exception) -> None:
        self.available = False
        self.problem = "no system keyring is available; the log-in will not be remembered"
        log.warning("keyring unavailable: %s", type(exc).__name__)
