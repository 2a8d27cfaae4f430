"""The sync worker, as the use cases see it."""

from __future__ import annotations

from typing import Protocol


class Courier(Protocol):
    """Delivers the outbox. A use case writes its message in its own transaction, then
    calls :meth:`deliver_soon` and returns: nothing a clerk waits for waits on the link."""

    def deliver_soon(self) -> None:
        """Ask the sync worker to push the outbox at its next turn; returns at once."""
