"""Python's cyclic garbage collection, on the GUI thread only.

The collector runs in whichever thread happens to allocate when its thresholds are
passed: an operation's worker thread, or the reference server's thread in the demo. A
reference cycle that holds a Qt object (a closure connected to a signal of the widget it
captures) collected there destroys the object outside the thread it lives in, which Qt
does not allow: a crash far from its cause. So automatic collection is turned off and a
timer on the GUI thread collects as the same thresholds would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self.thresholds[generation]:
                return
            gc.collect(generation)


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The application's collector, made once (it is a child of the application)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
