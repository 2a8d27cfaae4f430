"""The log-in token, kept in the system keyring and nowhere else."""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError

from clerk_desk.crypto import StoreKey

log = logging.getLogger(__name__)

SERVICE = "clerk-desk"
STORE_KEY_SECRET = "store-key"


class StoreKeyUnavailable(RuntimeError):
    """The key that encrypts the local store and the PDFs cannot be had from the keyring.

    The workstation refuses to start rather than write names and national numbers in
    clear text, or lose an encrypted store by making it a new key. ``str(exc)`` is English,
    ``exc.message_ar`` Arabic.
    """

    def __init__(self, message: str, message_ar: str) -> None:
        super().__init__(message)
        self.message_ar = message_ar


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

    def store_key(self, *, create: bool = True) -> StoreKey:
        """The key of the local store and the PDF archive, from the keyring.

        With `create`, a workstation without one gets a new random key, saved in the
        keyring before it is used (and read back, so a keyring that silently drops it is
        caught). Without a keyring, or without the key of a store already encrypted:
        :class:`StoreKeyUnavailable`. Never a key kept only in memory or in a file.
        """
        stored = self.load_secret(STORE_KEY_SECRET)
        if not self.available:
            raise StoreKeyUnavailable(
                "No system keyring is available, so the key that encrypts the citizens' "
                "data on this workstation cannot be kept. Clerk Desk does not start without "
                "it. Ask the center's technician to set up the keyring (Secret Service).",
                "لا تتوفر حلقة مفاتيح في النظام، فلا يمكن حفظ مفتاح تشفير بيانات المواطنين "
                "على هذه المحطة. لا يعمل البرنامج دونه. اطلب من الفني في المركز إعدادها.",
            )
        if stored is not None:
            try:
                return StoreKey.from_text(stored)
            except ValueError as exc:
                raise StoreKeyUnavailable(
                    "The store key in the system keyring is damaged; the local data cannot "
                    "be read. Ask the center's technician.",
                    "مفتاح التشفير في حلقة المفاتيح تالف؛ لا يمكن قراءة البيانات المحلية. "
                    "اطلب من الفني في المركز المساعدة.",
                ) from exc
        if not create:
            raise StoreKeyUnavailable(
                "The local store is encrypted and its key is not in the system keyring. "
                "Ask the center's technician to restore the key.",
                "المخزن المحلي مشفر ومفتاحه غير موجود في حلقة المفاتيح. "
                "اطلب من الفني في المركز استعادة المفتاح.",
            )
        key = StoreKey.generate()
        if not self.save_secret(STORE_KEY_SECRET, key.to_text()) or (
            self.load_secret(STORE_KEY_SECRET) != key.to_text()
        ):
            raise StoreKeyUnavailable(
                "The system keyring did not keep the key that encrypts the citizens' data; "
                "Clerk Desk does not start without it. Ask the center's technician.",
                "لم تحفظ حلقة المفاتيح مفتاح تشفير بيانات المواطنين؛ لا يعمل البرنامج دونه. "
                "اطلب من الفني في المركز المساعدة.",
            )
        log.info("created the store key in the system keyring")
        return key

    def forget(self, server_url: str, username: str) -> None:
        with contextlib.suppress(NoKeyringError, KeyringError, RuntimeError):
            keyring.delete_password(SERVICE, self._key(server_url, username))

    def _unavailable(self, exc: Exception) -> None:
        self.available = False
        self.problem = "no system keyring is available; the log-in will not be remembered"
        log.warning("keyring unavailable: %s", type(exc).__name__)
