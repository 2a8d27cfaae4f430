"""Re-emits sync's plain-Python events as a Qt signal, so handlers run on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sync.events import Event, EventHub


class SyncBridge(QObject):
    """Signals:
    happened(object): a ``sync.events`` event, delivered on the GUI thread.
    """

    happened = Signal(object)

    def __init__(self, hub: EventHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        hub.subscribe(self._emit)

    def _emit(self, event: Event) -> None:
        # Emitted from a worker thread; Qt queues it to this object's (the GUI) thread.
        self.happened.emit(event)
