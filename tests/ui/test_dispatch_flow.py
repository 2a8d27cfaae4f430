"""From a printed envelope to the post: sealed, scanned into a manifest, handed over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from clerk_desk.comparison import Verdict
from tests.printing.cups import Queue

from .conftest import WindowFactory
from .test_end_to_end import server_status, wait_for_queue


def test_a_post_envelope_is_sealed_scanned_and_handed_over(
    open_desk: WindowFactory,
    qtbot: QtBot,
    live_server: object,
    cups: Queue,
) -> None:
    window = open_desk("dam.clerk1")
    wait_for_queue(window, qtbot)
    model = window.queue.model
    candidates = [
        model.row_at(r).id
        for r in range(model.rowCount())
        if model.row_at(r).delivery_method == "post"
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
        raise AssertionError("no matching postal request")
    qtbot.mouseClick(window.panel.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.preview is not None and window.preview.isVisible(), timeout=20_000
    )
    assert window.preview is not None
    tracking = window.preview.prepared.tracking_number
    assert tracking and tracking.endswith("SY")
    with qtbot.waitSignal(window.preview.printed, timeout=60_000):
        qtbot.mouseClick(window.preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.panel.seal_button.isVisible(), timeout=10_000)
    qtbot.mouseClick(window.panel.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.panel.opened is not None and window.panel.opened.status == "sealed",
        timeout=10_000,
    )

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
    qtbot.mouseClick(dispatch.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dispatch.model.rowCount() == 0 and not dispatch.batch_id, timeout=10_000
    )
    url = live_server.url  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: server_status(url, request_id) == "dispatched", timeout=10_000)
