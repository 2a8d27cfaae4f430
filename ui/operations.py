"""Slow work as operation objects: the work runs on a pool thread, never touching a widget;
``success`` or ``failure`` runs afterwards on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
Success = Callable[[Any], None]
Failure = Callable[[Exception], None]


class _Work(QRunnable):
    def __init__(self, work: Callable[[], Any], number: int, runner: Runner) -> None:
        super().__init__()
        self.work = work
        self.number = number
        self.runner = runner

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the failure callback, which reports it
            log.debug("operation failed: %s", type(exc).__name__)
            self.runner.finished_with_error.emit(self.number, exc)
        else:
            self.runner.finished_with_result.emit(self.number, result)


class Runner(QObject):
    """Starts operations on a thread pool and counts those still running.

    The outcome comes back through this object's own signals, connected once to its own
    slots: the runner lives on the GUI thread, so Qt queues them there. (Connecting a fresh
    closure per operation would leave PySide a receiver object per call to clean up.)

    Signals:
        busy_changed(bool): whether any operation is running.
        finished_with_result(int, object), finished_with_error(int, object): internal.
    """

    busy_changed = Signal(bool)
    finished_with_result = Signal(int, object)
    finished_with_error = Signal(int, object)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._numbers = itertools.count(1)
        self._pending: dict[int, tuple[Success | None, Failure | None]] = {}
        self.finished_with_result.connect(self._succeeded)
        self.finished_with_error.connect(self._failed)

    @property
    def running(self) -> int:
        return len(self._pending)

    def run(
        self,
        work: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Failure | None = None,
    ) -> None:
        number = next(self._numbers)
        self._pending[number] = (success, failure)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Work(work, number, self))

    def _take(self, number: int) -> tuple[Success | None, Failure | None]:
        callbacks = self._pending.pop(number, (None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        return callbacks

    @Slot(int, object)
    def _succeeded(self, number: int, result: Any) -> None:
        success, _ = self._take(number)
        if success is not None:
            success(result)

    @Slot(int, object)
    def _failed(self, number: int, exc: Any) -> None:
        _, failure = self._take(number)
        if failure is not None:
            failure(exc)
        else:
            log.error("operation failed without a handler: %s", type(exc).__name__)

    def forget_pending(self) -> None:
        """Drop the callbacks of what is still running: their widgets are going away (the
        window closes), and the work's outcome has nowhere to be shown."""
        if self._pending:
            self._pending.clear()
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
