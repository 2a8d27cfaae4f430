"""Slow work as operation objects: the work runs on a pool thread, never touching a widget;
``success`` or ``failure`` runs afterwards on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Relay(QObject):
    """Carries the outcome back to the GUI thread (it lives there; signals are queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the failure callback, which reports it
            log.debug("operation failed: %s", type(exc).__name__)
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Runner(QObject):
    """Starts operations on a thread pool and counts those still running.

    Signals:
        busy_changed(bool): whether any operation is running.
    """

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[_Relay] = set()

    @property
    def running(self) -> int:
        return len(self._running)

    def run(
        self,
        work: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
    ) -> None:
        relay = _Relay()
        self._running.add(relay)
        if len(self._running) == 1:
            self.busy_changed.emit(True)

        @Slot(object)
        def on_done(result: Any) -> None:
            self._finish(relay)
            if success is not None:
                success(result)

        @Slot(object)
        def on_failed(exc: Any) -> None:
            self._finish(relay)
            if failure is not None:
                failure(exc)
            else:
                log.error("operation failed without a handler: %s", type(exc).__name__)

        relay.done.connect(on_done)
        relay.failed.connect(on_failed)
        self.pool.start(_Runnable(work, relay))

    def _finish(self, relay: _Relay) -> None:
        self._running.discard(relay)
        relay.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
