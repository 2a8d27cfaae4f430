"""From a printed envelope to the post: sealed, scanned into a manifest, handed over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_desk.collector_rules import CollectorRole
from clerk_desk.comparison import Verdict
from clerk_desk.digits import to_arabic_indic
from sync.client import CentralClient
from tests.printing.cups import Queue
from ui.main_window import MainWindow
from ui.pickup_dialog import PickupDialog

from .conftest import WindowFactory, confirm_with_enter
from .test_end_to_end import scan, server_status, wait_for_queue


def server_collected(url: str, request_id: str) -> bool:
    """Whether the server has the pickup envelope's handover (a colleague's pull shows it)."""
    client = CentralClient(url)
    try:
        client.login("dam.clerk2", "demo")
        [item] = [i for i in client.requests_page(limit=1000).items if i.id == request_id]
        return item.collected_at is not None
    finally:
        client.close()


def printed_and_sealed(window: MainWindow, qtbot: QtBot, method: str) -> tuple[str, str | None]:
    """A matching request of ``method`` accepted, printed and sealed at the counter: its
    number and its envelope's tracking number (None for pickup)."""
    wait_for_queue(window, qtbot)
    model = window.queue.model
    candidates = [
        model.row_at(r).id
        for r in range(model.rowCount())
        if model.row_at(r).delivery_method == method
        and model.row_at(r).service_code == "civil_extract_individual"
        and model.row_at(r).status == "assigned"
    ]
    for request_id in candidates:
        window.open_request(request_id)
        qtbot.waitUntil(
            lambda rid=request_id: (
                window.panel.opened is not None and window.panel.opened.request_id == rid
            ),
            timeout=10_000,
        )
        opened = window.panel.opened
        if opened and opened.comparison and opened.comparison.verdict is Verdict.MATCH:
            break
    else:
        raise AssertionError(f"no matching request for {method}")
    qtbot.mouseClick(window.panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.preview is not None and window.preview.isVisible(), timeout=20_000
    )
    assert window.preview is not None
    tracking = window.preview.prepared.tracking_number
    preview = window.preview
    with qtbot.waitSignal(preview.printed, timeout=60_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert "تمت الطباعة" in preview.message.text()  # said in the preview, before it closes
    qtbot.keyClick(preview, Qt.Key.Key_Return)  # Enter closes it at once
    qtbot.waitUntil(lambda: not preview.isVisible())
    qtbot.waitUntil(lambda: window.panel.seal_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(window.panel.seal_button, Qt.MouseButton.LeftButton)
    confirm_with_enter(qtbot, lambda: window.steps.confirmation)  # sealed is for good
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.state == "sealed",
        timeout=10_000,
    )
    return request_id, tracking


def test_a_post_envelope_is_sealed_scanned_and_handed_over(
    open_desk: WindowFactory,
    qtbot: QtBot,
    live_server: object,
    cups: Queue,
) -> None:
    window = open_desk("dam.clerk1")
    request_id, tracking = printed_and_sealed(window, qtbot, "post")
    assert tracking and tracking.endswith("SY")

    window.tabs.setCurrentWidget(window.dispatch)
    dispatch = window.dispatch
    dispatch.scan.setFocus()
    qtbot.keyClicks(dispatch.scan, "NOT-A-CODE")
    qtbot.keyClick(dispatch.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dispatch.message.text() != "", timeout=5_000)
    assert dispatch.model.rowCount() == 0  # refused, with a reason on screen
    qtbot.keyClicks(dispatch.scan, tracking)  # the scanner reads the envelope's S10 barcode
    qtbot.keyClick(dispatch.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dispatch.model.rowCount() == 1, timeout=5_000)
    assert dispatch.model.items[0].request_id == request_id

    qtbot.mouseClick(dispatch.manifest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dispatch.batch_id != "", timeout=30_000)
    dispatch.courier.setText("سامر الحلبي")
    qtbot.keyClick(dispatch.courier, Qt.Key.Key_Return)  # Enter in the field hands over...
    box = confirm_with_enter(qtbot, lambda: dispatch.confirmation)  # ...once confirmed
    assert "سامر الحلبي" in box.text() and box.yes.text() == "سلّم إلى المندوب"
    qtbot.waitUntil(
        lambda: dispatch.model.rowCount() == 0 and not dispatch.batch_id, timeout=10_000
    )
    url = live_server.url  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: server_status(url, request_id) == "dispatched", timeout=10_000)


def test_a_pickup_envelope_is_shelved_then_handed_to_the_citizen_by_scan(
    open_desk: WindowFactory,
    qtbot: QtBot,
    live_server: object,
    cups: Queue,
) -> None:
    window = open_desk("dam.clerk1")
    request_id, tracking = printed_and_sealed(window, qtbot, "pickup")
    assert tracking is None
    qtbot.mouseClick(window.panel.pickup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.state == "awaiting_pickup",
        timeout=10_000,
    )
    url = live_server.url  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: server_status(url, request_id) == "awaiting_pickup", timeout=10_000)

    # Later the citizen comes: the clerk scans the envelope on the shelf, from anywhere.
    window.panel.show_request(None)
    window.activateWindow()
    window.queue.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.queue.table)
    scan(qtbot, request_id)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.request_id == request_id,
        timeout=10_000,
    )
    assert window.panel.hand_over_button.isVisible()
    qtbot.mouseClick(window.panel.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.hand_over_dialog is not None, timeout=10_000)
    dialog = window.hand_over_dialog
    assert isinstance(dialog, PickupDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.number  # the clerk types the number first
    assert dialog.name.text() == window.panel.opened.delivery.recipient_name
    assert dialog.view.shelf_slot == "A-01"
    # Someone else, keyboard only: Alt+4, Enter: refused, said why, the dialog stays.
    qtbot.keyClick(dialog, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert dialog.role() is CollectorRole.OTHER
    qtbot.keyClicks(dialog.number, "N0123456")
    dialog.document.setCurrentIndex(1)  # passport
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.message.text() != "", timeout=10_000)
    assert "صاحب العلاقة" in dialog.message.text() and dialog.isVisible()
    # The subject, with the national ID card, its number typed in Arabic-Indic digits.
    qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    dialog.document.setCurrentIndex(0)
    dialog.number.clear()
    # (typed as the Arabic keyboard gives it; QTest cannot type beyond Latin-1)
    dialog.number.insert(to_arabic_indic(window.panel.opened.subject.national_number))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.collected,
        timeout=10_000,
    )
    assert not window.panel.hand_over_button.isVisible()
    assert window.panel.status.text() == "سُلِّمت إلى المواطن"
    row = window.queue.model.row_of(request_id)
    qtbot.waitUntil(
        lambda: window.queue.model.index(row, 5).data() == "سُلِّمت إلى المواطن", timeout=10_000
    )
    qtbot.waitUntil(lambda: server_collected(url, request_id), timeout=10_000)
