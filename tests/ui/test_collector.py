"""Reference cycles are collected on the GUI thread, never on a worker's or the server's."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from ui.app import create_application


class Node:
    """A cycle that says on which thread it was collected."""

    def __init__(self, where: list[int]) -> None:
        self.where = where
        self.me = self

    def __del__(self) -> None:
        self.where.append(threading.get_ident())


def test_cycles_are_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    create_application([], "ar")
    assert not gc.isenabled()
    where: list[int] = []
    Node(where)

    kept: list[list[object]] = []

    def churn() -> None:  # a worker allocating far past the collector's thresholds
        kept.extend([] for _ in range(50_000))

    worker = threading.Thread(target=churn)
    worker.start()
    worker.join()
    assert where == []  # not collected on the worker
    qtbot.waitUntil(lambda: bool(where), timeout=3_000)
    assert where == [threading.get_ident()]
