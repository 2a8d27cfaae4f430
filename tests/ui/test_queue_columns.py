"""The queue at 1366 px: the request's state, its waiting time and the national number
stay in view; the service, delivery and class give way first, and come back when wider."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.app import create_application
from ui.queue_model import QueueModel
from ui.queue_view import QueueView

from .test_models import rows

MUST_SHOW = ("id", "subject", "status", "waiting", "national_number")


def shown(view: QueueView) -> set[str]:
    header = view.table.horizontalHeader()
    names = set()
    for column, name in enumerate(QueueModel.COLUMNS):
        inside = header.sectionViewportPosition(column) >= 0 and (
            header.sectionViewportPosition(column) + header.sectionSize(column)
            <= view.table.viewport().width() + 1
        )
        if not header.isSectionHidden(column) and inside:
            names.add(name)
    return names


def test_the_queue_keeps_what_the_clerk_needs_in_view(qtbot: QtBot) -> None:
    create_application([], "ar")
    view = QueueView()
    qtbot.addWidget(view)
    view.resize(540, 600)  # the queue's share of a 1366 px window
    view.show()
    view.set_rows(rows())
    assert set(MUST_SHOW) <= shown(view)
    header = view.table.horizontalHeader()
    order = sorted(
        QueueModel.COLUMNS, key=lambda n: header.visualIndex(QueueModel.COLUMNS.index(n))
    )
    assert tuple(order[:5]) == MUST_SHOW  # in this order, right to left in Arabic

    view.resize(1800, 600)  # maximized at 1920: everything
    assert shown(view) == set(QueueModel.COLUMNS)
    view.resize(540, 600)
    assert set(MUST_SHOW) <= shown(view)


def test_the_channel_filter_is_reached_and_chosen_by_keyboard(qtbot: QtBot) -> None:
    create_application([], "ar")
    view = QueueView()
    qtbot.addWidget(view)
    view.resize(540, 600)
    view.show()
    view.set_rows(rows())
    assert [view.channel.itemText(i) for i in range(view.channel.count())] == [
        "كل طرق الدفع",
        "الدفع الإلكتروني عبر البوابة",
        "سيريتل كاش",
        "MTN كاش",
    ]
    view.search.setFocus()
    qtbot.waitUntil(lambda: view.search.hasFocus())
    qtbot.keyClick(view.search, Qt.Key.Key_Tab)  # the channel sits beside the search
    assert view.channel.hasFocus()
    qtbot.keyClick(view.channel, Qt.Key.Key_Down)  # the portal's e-payment
    assert view.proxy.state.channel == "e_payment"
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["DAM-000002"]
    assert view.channel.geometry().right() <= view.width()  # whole at the queue's width
