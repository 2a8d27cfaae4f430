"""Plain-Python events from sync; ``ui`` re-emits them as Qt signals on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from clerk_desk.link_errors import ServerError


@dataclass(frozen=True, slots=True)
class Pulled:
    new: int
    updated: int
    withdrawn: int
    at: datetime
    reversed: int = 0  # of the withdrawn, those whose payment the gateway reversed


@dataclass(frozen=True, slots=True)
class WentOffline:
    reason: str


@dataclass(frozen=True, slots=True)
class CameOnline:
    pass


@dataclass(frozen=True, slots=True)
class OutboxChanged:
    waiting: int
    failed: int


@dataclass(frozen=True, slots=True)
class MessageRefused:
    """The server refused an outbox message for good. ``reason`` is the English sentence;
    ``code`` and ``values`` (clerk_desk.refusals) let the interface say it in the clerk's
    language (None: only the English is known, as for a refusal read back from the store)."""

    request_id: str
    kind: str
    reason: str
    code: str | None = None
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LeaseLost:
    """The request open at this desk is no longer this clerk's: another clerk holds it
    now (the lease ran out and was taken; ``holder``), or the server refused to renew the
    lease for another reason (``holder`` None). ``error`` is the server's refusal, for the
    clerk's language."""

    request_id: str
    holder: str | None
    reason: str
    error: ServerError | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class SyncFailed:
    """A pull the sync worker ran for the UI failed (offline, the log-in expired, the
    store vanished): ``error`` says why; nobody waited on it to hear it otherwise."""

    error: Exception


@dataclass(frozen=True, slots=True)
class PapersFetched:
    """Papers attached to these requests have arrived and can be opened."""

    request_ids: tuple[str, ...]


Event = (
    PapersFetched
    | Pulled
    | WentOffline
    | CameOnline
    | OutboxChanged
    | MessageRefused
    | LeaseLost
    | SyncFailed
)
Listener = Callable[[Event], None]


class EventHub:
    """Delivers events to listeners on whatever thread emits them."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()
        self.online: bool | None = None

    def subscribe(self, listener: Listener) -> None:
        with self._lock:
            self._listeners.append(listener)

    def emit(self, event: Event) -> None:
        if isinstance(event, WentOffline):
            if self.online is False:
                return
            self.online = False
        elif isinstance(event, CameOnline):
            if self.online is True:
                return
            self.online = True
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(event)
