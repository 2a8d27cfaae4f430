"""The clerk is told why requests left the desk: a payment the gateway reversed, or the
server. End to end: a request paid, opened at the desk, its payment reversed by the
gateway, is withdrawn at the next pull: gone from the queue's open work, shown withdrawn
with the reversal in red, nothing more to do with it, and the reason said in Arabic."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_desk.payments import PaymentState
from clerk_desk.states import RequestState
from clerk_desk.workflow import RuleViolation
from sync.events import Pulled
from tests.payments import paid_request, reverse
from ui.app import create_application
from ui.withdrawals import Withdrawals

from .conftest import WindowFactory
from .test_end_to_end import wait_for_queue

AT = datetime(2026, 3, 1, 9, 5, tzinfo=UTC)


@pytest.fixture(autouse=True)
def arabic() -> None:
    create_application([], "ar")


def test_a_reversed_payment_is_said_apart_from_the_servers_withdrawals() -> None:
    say = Withdrawals().message
    assert say(Pulled(0, 1, 1, AT, 1)) == (
        "سُحبت معاملة واحدة: ألغت بوابة الدفع دفعة المواطن لرسمها"
    )
    assert say(Pulled(0, 1, 1, AT)) == "سحب الخادم المركزي معاملة واحدة"
    both = say(Pulled(0, 5, 5, AT, 2))
    assert both == (
        "سُحبت معاملتان: ألغت بوابة الدفع دفعة المواطن لرسمهما؛ "
        "سحب الخادم المركزي %n معاملات".replace("%n", "3")
    )


def test_a_reversed_payment_withdraws_the_open_request_from_the_desk(
    open_desk: WindowFactory, qtbot: QtBot, live_server: object, tmp_path: Path
) -> None:
    url = live_server.url  # type: ignore[attr-defined]
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    # About a person the registry knows: the clerk compares as for any request.
    known = window.queue.model.row_at(0)
    person = {"national_number": known.national_number, "first_name": known.subject_name}
    request_id = paid_request(url, "P-REV-UI", "SYC-REV-0001", person)
    window.pull()
    qtbot.waitUntil(lambda: window.queue.model.row_of(request_id) >= 0, timeout=20_000)
    window.open_request(request_id)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.state == "in_review",
        timeout=10_000,
    )
    assert "SYC-REV-0001" in window.panel.fee.plain and not window.panel.fee.unpaid

    reverse(url, "SYC-REV-0001")
    window.pull()
    qtbot.waitUntil(
        lambda: (
            window.panel.opened is not None and window.panel.opened.state is RequestState.WITHDRAWN
        ),
        timeout=20_000,
    )
    said = window.status.currentMessage()
    assert "ألغت بوابة الدفع" in said  # the clerk is told why, in Arabic
    opened = window.panel.opened
    assert opened is not None and opened.payment is not None
    assert opened.payment.state is PaymentState.REVERSED
    assert window.panel.fee.unpaid and "لا يمكن قبول المعاملة" in window.panel.fee.plain
    assert not window.panel.accept_button.isEnabled()
    assert not window.panel.reject_button.isEnabled()
    qtbot.waitUntil(lambda: window.queue.model.row_of(request_id) < 0)  # not open work now
    window.resize(1366, 768)
    shots = Path(os.environ.get("CLERK_DESK_SCREENSHOTS", tmp_path))
    QApplication.processEvents()  # the layouts the last change asked for
    window.grab().save(str(shots / "payment-reversed.png"))
    with pytest.raises(RuleViolation):
        window.desk.paper.prepare(request_id)
