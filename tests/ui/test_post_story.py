"""The story after the counter at the desk: an envelope printed, sealed and handed to the
post here; the post's simulator feeds its journey (undeliverable) to the live server; the
request's history shows the post's events in Arabic, in time order after the desk's own
lines, and the messages the citizen was sent are a click away."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from central.post_simulator import PostSimulator
from central.server import ServerThread
from clerk_desk.api_outreach import PostEventKind, UndeliverableReason
from tests.printing.cups import Queue
from ui.i18n import ltr, tr
from ui.main_window import MainWindow
from ui.post_story import POST_EVENT_NAMES, UNDELIVERABLE_NAMES

from .conftest import WindowFactory, confirm_with_enter
from .test_dispatch_flow import printed_and_sealed
from .test_end_to_end import server_status

SHOTS = (
    Path(os.environ["CLERK_DESK_SCREENSHOTS"]) if "CLERK_DESK_SCREENSHOTS" in os.environ else None
)


def handed_to_the_post(window: MainWindow, qtbot: QtBot, tracking: str) -> None:
    """The sealed envelope scanned into a manifest and handed to the courier."""
    window.tabs.setCurrentWidget(window.dispatch)
    dispatch = window.dispatch
    dispatch.scan.setFocus()
    qtbot.keyClicks(dispatch.scan, tracking)
    qtbot.keyClick(dispatch.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dispatch.model.rowCount() == 1, timeout=5_000)
    qtbot.mouseClick(dispatch.manifest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dispatch.batch_id != "", timeout=30_000)
    dispatch.courier.setText("سامر الحلبي")
    qtbot.keyClick(dispatch.courier, Qt.Key.Key_Return)
    confirm_with_enter(qtbot, lambda: dispatch.confirmation)
    qtbot.waitUntil(lambda: dispatch.model.rowCount() == 0, timeout=10_000)


def test_the_posts_events_join_the_history_in_order(
    open_desk: WindowFactory, qtbot: QtBot, live_server: ServerThread, cups: Queue
) -> None:
    window = open_desk("dam.clerk1")
    request_id, tracking = printed_and_sealed(window, qtbot, "post")
    assert tracking is not None
    handed_to_the_post(window, qtbot, tracking)
    qtbot.waitUntil(
        lambda: server_status(live_server.url, request_id) == "dispatched", timeout=10_000
    )
    # The post's day begins after the desk handed the envelope over; its feed sends the
    # last word first.
    handed = window.desk.counter.view(request_id).history[-1].moment
    simulator = PostSimulator(live_server.url)
    journey = simulator.journey(
        tracking,
        handed + timedelta(minutes=30),
        undeliverable=UndeliverableReason.ADDRESS_NOT_FOUND,
    )
    simulator.send([journey[-1], *journey[:-1]])

    window.desk.sync.pull_soon().result(timeout=30)
    window.tabs.setCurrentIndex(0)
    window.open_request(request_id)
    panel = window.panel
    qtbot.waitUntil(
        lambda: (
            panel.opened is not None
            and panel.opened.request_id == request_id
            and panel.opened.story is not None
        ),
        timeout=20_000,
    )
    assert panel.opened is not None and panel.opened.state == "returned"
    lines = [panel.history.item(i).text() for i in range(panel.history.count())]
    names = [
        tr("PostEvent", POST_EVENT_NAMES[kind])
        for kind in PostEventKind
        if kind != PostEventKind.DELIVERED
    ]
    where = [next(i for i, line in enumerate(lines) if name in line) for name in names]
    desk_lines = len(window.desk.counter.view(request_id).history)
    assert where == list(range(desk_lines, desk_lines + 4))  # after the desk's, in order
    reason = tr("PostEvent", UNDELIVERABLE_NAMES[UndeliverableReason.ADDRESS_NOT_FOUND])
    assert reason in lines[-1] and "البريد" in lines[-1]
    assert "مكتب بريد دمشق المركزي" in lines[desk_lines]  # where the post took it
    assert panel.phone.text() == ltr(panel.opened.delivery.phone)

    # What the citizen was told: handed to the post, then returned.
    assert "(2)" in panel.messages_button.text()
    if SHOTS is not None:
        window.resize(1366, 768)
        panel.history.scrollToBottom()
        window.grab().save(str(SHOTS / "history-post-events.png"))
    qtbot.mouseClick(panel.messages_button, Qt.MouseButton.LeftButton)
    dialog = panel.messages_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    rows = dialog.rows()
    assert [row[0] for row in rows] == ["أُرسلت بالبريد", "أعادها البريد إلى المركز"]
    assert all(row[3] == "1" or row[3] == "2" for row in rows)
    assert tracking in dialog.messages[0].text
    if SHOTS is not None:
        dialog.grab().save(str(SHOTS / "citizen-messages.png"))
    dialog.close()
