"""The citizen's fee on the open request: one line under the delivery.

How much (Syrian pounds, in the chosen digits), through which channel, the channel's
receipt reference (a code: its digits stay Western, as the citizen's receipt prints it),
when it was paid, and where the payment stands. A fee not in the paid state is said in
red, with why the request cannot be accepted; whether it is paid is the core's answer
(:attr:`clerk_desk.usecases.counter.PaymentView.paid`), never a state compared here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from clerk_desk.usecases.counter import PaymentView
from ui.i18n import QT_TRANSLATE_NOOP, ltr, shown, translate
from ui.labels import channel_name, pounds

PAYMENT_STATE_NAMES = {
    "paid": QT_TRANSLATE_NOOP("PaymentState", "paid"),
    "refund_ordered": QT_TRANSLATE_NOOP("PaymentState", "refund ordered"),
    "refunded": QT_TRANSLATE_NOOP("PaymentState", "refunded"),
    "reversed": QT_TRANSLATE_NOOP("PaymentState", "reversed by the gateway"),
}

PAID_STYLE = "color:#1b6b2a;"
UNPAID_STYLE = "color:#a11919; font-weight:bold;"
MIN_WIDTH = 120
LINE_HEIGHT = 72  # percent: two lines no taller than the request's title


def payment_state_name(code: str) -> str:
    return translate("PaymentState", PAYMENT_STATE_NAMES.get(code, code))


def fee_text(payment: PaymentView | None) -> str:
    """What the clerk reads about the fee, line by line: how much, how and where it
    stands; the receipt and when; not paid, that the request cannot be accepted."""
    if payment is None:
        return translate("Fee", "Fee: no payment known (the server sent none)")
    state = payment_state_name(payment.state.value)
    first = (
        translate("Fee", "Fee %1 — %2 — %3")
        .replace("%1", pounds(payment.amount))
        .replace("%2", channel_name(payment.channel.value))
        .replace("%3", state)
    )
    paid_at = shown(ltr(payment.paid_at.astimezone().strftime("%Y-%m-%d %H:%M")))
    second = (
        translate("Fee", "receipt %1 — paid %2")
        .replace("%1", ltr(payment.reference))
        .replace("%2", paid_at)
    )
    lines = [first, second]
    if not payment.paid:
        lines.append(translate("Fee", "The request cannot be accepted: its fee is not paid."))
    return "\n".join(lines)


class FeeLine(QLabel):
    """The fee of the open request (:func:`fee_text`), small, on the request's heading
    line: it takes no height from the comparison, which stays whole at 1366×768.

    Its lines are its own, not wrapped: a label that wraps inside the panel's scroll area
    is given the height of fewer lines than it draws (Qt's scroll area does not ask a
    widget's height for its width). A long title and a long receipt side by side clip its
    end; the tooltip holds the whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fee")
        # Rich text only for its line height (the values are escaped): Arabic's tall font
        # sets two lines taller than the title beside them.
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unpaid = False
        self.plain = ""  # the text shown, without its markup

    def show_payment(self, payment: PaymentView | None, *, shown_request: bool = True) -> None:
        """Show ``payment`` (``shown_request``: a request is open; none: the line is empty)."""
        if not shown_request:
            self.clear()
            self.setToolTip("")
            self.plain = ""
            self.unpaid = False
            return
        self.unpaid = payment is not None and not payment.paid
        self.plain = fee_text(payment)
        lines = "<br>".join(escape(line) for line in self.plain.split("\n"))
        self.setText(f'<p style="line-height:{LINE_HEIGHT}%; margin:0">{lines}</p>')
        self.setToolTip(self.plain)
        colour = UNPAID_STYLE if self.unpaid else PAID_STYLE if payment else ""
        self.setStyleSheet(f"font-size: 8.5pt; {colour}")

    def minimumSizeHint(self) -> QSize:
        """As narrow as the heading needs: never the reason the panel scrolls sideways."""
        return QSize(MIN_WIDTH, super().minimumSizeHint().height())
