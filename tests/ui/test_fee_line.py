"""The fee on the open request: amount in the chosen digits, the channel's Arabic name, the
receipt (a code: Western digits), paid-at and the payment's state; a fee not paid is said
in red and Accept stays disabled.

End to end through the running reference server: a paid request worked to print carries
its receipt reference on the document's footer; a request whose receipt the gateway
contradicts never reaches the queue."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from clerk_desk import config as cfg
from clerk_desk.comparison import Verdict
from clerk_desk.digits import fold_digits
from clerk_desk.payments import PaymentChannel, PaymentState
from clerk_desk.states import RequestState
from clerk_desk.store.models import Request
from clerk_desk.usecases.counter import PaymentView
from sync.events import Pulled
from tests.payments import pay, submit
from tests.printing.cups import Queue
from tests.printing.pdfcheck import visual_lines
from tests.ui.test_request_panel import unisolated
from ui.app import create_application
from ui.fee_line import fee_text
from ui.i18n import use_digits
from ui.labels import pounds
from ui.request_panel import RequestPanel

from .conftest import WindowFactory
from .test_end_to_end import open_until, pdf_text, wait_for_queue
from .test_request_panel import REGISTRY, opened

PAID = PaymentView(
    amount=7500,
    channel=PaymentChannel.SYRIATEL_CASH,
    reference="SYC-778812",
    paid_at=datetime(2026, 3, 1, 9, 5, tzinfo=UTC),
    state=PaymentState.PAID,
)


@pytest.fixture(autouse=True)
def arabic() -> Iterator[None]:
    create_application([], "ar")
    yield
    use_digits(cfg.WESTERN_DIGITS)  # the screens' style is the process's: leave the default


def test_the_fee_in_western_digits() -> None:
    text = unisolated(fee_text(PAID))
    assert "7,500 ل.س" in text
    assert "سيريتل كاش" in text and "SYC-778812" in text and "مدفوع" in text
    assert "2026-03-01" in fold_digits(text)
    assert "لا يمكن قبول" not in text and len(text.splitlines()) == 2


def test_the_fee_in_arabic_indic_digits_keeps_the_receipt_western() -> None:
    use_digits(cfg.ARABIC_INDIC_DIGITS)
    assert pounds(7500) == "\u2066٧٬٥٠٠\u2069 ل.س"
    text = unisolated(fee_text(replace(PAID, reference="778812-4410")))
    assert "٧٬٥٠٠ ل.س" in text
    assert "778812-4410" in text  # a code, as the citizen's receipt prints it
    assert "٢٠٢٦" in text and "2026" not in text


@pytest.mark.parametrize(
    ("channel", "name"),
    [
        (PaymentChannel.E_PAYMENT, "الدفع الإلكتروني عبر البوابة"),
        (PaymentChannel.SYRIATEL_CASH, "سيريتل كاش"),
        (PaymentChannel.MTN_CASH, "MTN كاش"),
    ],
)
def test_each_channel_by_its_arabic_name(channel: PaymentChannel, name: str) -> None:
    assert name in fee_text(replace(PAID, channel=channel))


@pytest.mark.parametrize(
    ("state", "name"),
    [
        (PaymentState.REFUND_ORDERED, "أُمر بردّ الرسم"),
        (PaymentState.REFUNDED, "رُدّ الرسم"),
        (PaymentState.REVERSED, "ألغت بوابة الدفع الدفعة"),
    ],
)
def test_a_fee_not_paid_is_said_and_accept_stays_disabled(
    qtbot: QtBot, state: PaymentState, name: str
) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(replace(opened(dict(REGISTRY)), payment=PAID))
    assert panel.accept_button.isEnabled() and not panel.fee.unpaid
    panel.show_request(replace(opened(dict(REGISTRY)), payment=replace(PAID, state=state)))
    assert name in panel.fee.plain and "لا يمكن قبول المعاملة" in panel.fee.plain
    assert panel.fee.unpaid and "#a11919" in panel.fee.styleSheet()
    assert not panel.accept_button.isEnabled()
    assert panel.reject_button.isEnabled()  # a rejection is still the clerk's to make
    panel.show_request(None)
    assert panel.fee.plain == ""


def test_a_request_with_no_payment_known_says_so(qtbot: QtBot) -> None:
    panel = RequestPanel()
    qtbot.addWidget(panel)
    panel.show_request(opened(dict(REGISTRY)))
    assert "لا دفعة معروفة" in panel.fee.plain
    assert panel.accept_button.isEnabled()  # the server, which holds every payment, checks


def screenshots(tmp_path: Path) -> Path:
    return Path(os.environ.get("CLERK_DESK_SCREENSHOTS", tmp_path))


def test_a_paid_request_is_worked_to_print_with_its_receipt_on_the_document(
    open_desk: WindowFactory, qtbot: QtBot, tmp_path: Path, cups: Queue
) -> None:
    window = open_desk("dam.clerk1")
    window.resize(1366, 768)
    wait_for_queue(window, qtbot)
    request_id = open_until(window, qtbot, Verdict.MATCH)
    opened_view = window.panel.opened
    assert opened_view is not None and opened_view.payment is not None
    payment = opened_view.payment
    shown = window.panel.fee
    assert payment.reference in shown.plain and shown.isVisible()  # whole: fit_driver
    # The picture once the citizen's papers are here (each link on one line).
    qtbot.waitUntil(
        lambda: all(p.fetched for p in window.desk.counter.papers(request_id)), timeout=20_000
    )
    window.counter.refresh(request_id)
    qtbot.waitUntil(
        lambda: (
            window.panel.opened is not None and all(p.fetched for p in window.panel.opened.papers)
        ),
        timeout=10_000,
    )
    QApplication.processEvents()  # the layouts the last change asked for
    window.grab().save(str(screenshots(tmp_path) / "payment-panel.png"))
    assert window.panel.accept_button.isEnabled()

    window.panel.accept_button.click()
    qtbot.waitUntil(
        lambda: window.preview is not None and window.preview.isVisible(), timeout=20_000
    )
    assert window.preview is not None
    prepared = window.preview.prepared
    document = window.desk.post.read_pdf(prepared.document_path)
    on_paper = "".join(line.replace(" ", "") for line in visual_lines(document))
    assert payment.reference in on_paper
    assert "إيصال دفع الرسم" in pdf_text(document)
    preview = window.preview
    with qtbot.waitSignal(preview.printed, timeout=60_000):
        preview.print_button.click()
    qtbot.waitUntil(
        lambda: (
            window.panel.opened is not None
            and window.panel.opened.request_id == request_id
            and window.panel.opened.state is RequestState.PRINTED
        ),
        timeout=10_000,
    )


def test_a_request_the_gateway_contradicts_never_reaches_the_queue(
    open_desk: WindowFactory, qtbot: QtBot, live_server: object
) -> None:
    url = live_server.url  # type: ignore[attr-defined]
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    before = {row.id for row in window.queue.model.all_rows()}
    pay(url, "MTN-LOW-0001", 100)  # less than the fee
    low = submit(url, "P-LOW-1", "MTN-LOW-0001", amount=100)
    unknown = submit(url, "P-UNK-1", "MTN-UNK-0001")  # nobody paid with this receipt
    assert (low["state"], low["request_id"]) == ("refused", None)
    assert (unknown["state"], unknown["request_id"]) == ("refused", None)
    # A pull run to its end after the portal's answers (a plain listener on the desk's
    # events: the sync worker reports from its own thread).
    pulls: list[Pulled] = []
    window.desk.events.subscribe(lambda e: pulls.append(e) if isinstance(e, Pulled) else None)
    window.pull()
    qtbot.waitUntil(lambda: bool(pulls), timeout=20_000)
    with window.desk.sessions() as session:  # what the pull stored, before the queue shows it
        assert set(session.scalars(select(Request.id))) == before
    assert pulls[-1].new == 0
