"""What the clerk is told when a pull withdrew requests from the desk, and why: the server
reassigned or cancelled them, or the payment gateway reversed the citizen's payment of a
request not yet printed (a chargeback, a wallet's dispute)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from sync.events import Pulled


class Withdrawals(QObject):
    def message(self, event: Pulled) -> str:
        """One line for the status bar; empty when nothing was withdrawn."""
        others = event.withdrawn - event.reversed
        parts = []
        if event.reversed:
            parts.append(
                self.tr(
                    "%n request(s) withdrawn: the payment gateway reversed the citizen's "
                    "payment of the fee",
                    "",
                    event.reversed,
                )
            )
        if others > 0:
            parts.append(self.tr("%n request(s) withdrawn by the central server", "", others))
        return self.tr("; ").join(parts)
