"""From a printed envelope to the post: sealed, scanned into a manifest, handed over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from clerk_desk.comparison import Verdict
from sync.client import CentralClient
from tests.printing.cups import Queue
from ui.main_window import MainWindow

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
    dialog = window.hand_over_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.textValue() == window.panel.opened.delivery.recipient_name
    dialog.accept()
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
