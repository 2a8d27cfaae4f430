"""The store file deleted while the workstation runs: the clerk is told, in Arabic, at the
next pull, and nothing more is decided or printed on a store that would be lost."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from clerk_desk.store_file import StoreGone

from .conftest import WindowFactory


def test_a_store_deleted_while_running_is_said_and_nothing_more_is_recorded(
    open_desk: WindowFactory, qtbot: QtBot
) -> None:
    window = open_desk("dam.clerk1")
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=20_000)
    desk = window.desk
    request_id = window.queue.model.index(0, 0).data()
    desk.store_file.path.unlink()

    window.pull()
    qtbot.waitUntil(lambda: "حُذف" in window.last_error, timeout=20_000)
    assert str(desk.store_file.path) in window.last_error
    assert not window.pull_timer.isActive()  # said once, not every half minute
    with pytest.raises(StoreGone):
        desk.counter.reject(request_id, "other", "سبب")
    with pytest.raises(StoreGone):
        desk.paper.prepare(request_id)
