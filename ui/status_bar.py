"""The status bar: online or offline, messages waiting to be sent, the last pull."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from clerk_desk.work_today import WorkToday
from sync.events import (
    CameOnline,
    Event,
    MessageRefused,
    OutboxChanged,
    Pulled,
    WentOffline,
)
from ui.explain import explain_refusal
from ui.i18n import ltr, shown


class DeskStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.link = QLabel()
        self.link.setObjectName("link")
        self.outbox = QLabel()
        self.outbox.setObjectName("outbox")
        self.last_pull = QLabel()
        self.last_pull.setObjectName("last_pull")
        self.user = QLabel()
        self.work_today = QLabel()
        self.work_today.setObjectName("work_today")
        for label in (self.user, self.work_today, self.link, self.outbox, self.last_pull):
            self.addPermanentWidget(label)
        self._work: WorkToday | None = None
        self._outbox = (0, 0)
        self._pulled_at: datetime | None = None
        self.set_outbox(0, 0)

    def redraw(self) -> None:
        """Say it all again (in the digits just chosen)."""
        if self._work is not None:
            self.set_work_today(self._work)
        self.set_outbox(*self._outbox)
        if self._pulled_at is not None:
            self.set_last_pull(self._pulled_at)

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        """A passing message (a count, a refusal), from any caller, in the chosen digits."""
        super().showMessage(shown(text), timeout)

    def set_user(self, text: str) -> None:
        self.user.setText(text)

    def set_work_today(self, work: WorkToday) -> None:
        """The clerk's own count since midnight: decisions, and papers printed."""
        self._work = work
        self.work_today.setText(
            shown(
                self.tr("Today: %n decided", "", work.decided)
                + " · "
                + self.tr("%n printed", "", work.printed)
            )
        )

    def set_online(self, online: bool) -> None:
        if online:
            self.link.setText(self.tr("● online"))
            self.link.setStyleSheet("color:#1b6b2a;")
        else:
            self.link.setText(self.tr("● offline"))
            self.link.setStyleSheet("color:#a11919; font-weight:bold;")

    def set_outbox(self, waiting: int, failed: int) -> None:
        self._outbox = (waiting, failed)
        text = self.tr("%n to send", "", waiting)
        if failed:
            text += " · " + self.tr("%n refused", "", failed)
        self.outbox.setText(shown(text))

    def set_last_pull(self, at: datetime | None) -> None:
        self._pulled_at = at
        when = at.astimezone().strftime("%H:%M") if at else "—"
        self.last_pull.setText(shown(self.tr("last refresh %1").replace("%1", ltr(when))))

    def on_event(self, event: Event) -> None:
        match event:
            case WentOffline():
                self.set_online(False)
            case CameOnline():
                self.set_online(True)
            case OutboxChanged(waiting=waiting, failed=failed):
                self.set_outbox(waiting, failed)
            case Pulled(at=at):
                self.set_last_pull(at)
            case MessageRefused():
                self.showMessage(self._refused(event), 15_000)

    def _refused(self, event: MessageRefused) -> str:
        why = explain_refusal(event.code, event.values, event.reason)
        if event.kind == "audit":  # the workstation's audit log, not a request
            return self.tr("The server refused this workstation's audit log: %1").replace("%1", why)
        return (
            self.tr("The server refused a change to %1: %2")
            .replace("%1", ltr(event.request_id))
            .replace("%2", why)
        )
