"""The store key the tests use: fixed, so a child process (the crash driver) opens the same
store its parent does. Never a real workstation's key."""

from __future__ import annotations

from clerk_desk.crypto import StoreKey

TEST_STORE_KEY = StoreKey(bytes(range(32)))
