"""The main window opens whole on the screen it is on, whatever geometry was saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ui.geometry import PREFERRED, available_area, first_start_geometry, place

# 1366×768 and 1920×1080 at 125 % (1536×864 logical), each less a task bar of 40 pixels.
SMALL = QRect(0, 0, 1366, 728)
SCALED = QRect(0, 0, 1536, 824)
LARGE = QRect(0, 0, 1920, 1040)


@pytest.mark.parametrize(("area", "maximized"), [(SMALL, True), (SCALED, True), (LARGE, False)])
def test_a_first_start_fits_the_available_area(area: QRect, maximized: bool) -> None:
    rect, should_maximize = first_start_geometry(area)
    assert area.contains(rect)
    assert should_maximize is maximized
    if not maximized:
        assert rect.size() == PREFERRED
        assert rect.center() == area.center()


def test_a_saved_geometry_that_no_longer_fits_is_not_used(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    area = available_area(window)
    window.setGeometry(area.x(), area.y(), area.width() + 500, area.height() + 300)
    saved = window.saveGeometry()  # as on a larger screen, the last time

    again = QMainWindow()
    qtbot.addWidget(again)
    place(again, saved)
    assert area.contains(again.geometry())


def test_a_saved_geometry_that_fits_is_kept(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    area = available_area(window)
    window.setGeometry(area.x() + 10, area.y() + 20, 700, 500)
    saved = window.saveGeometry()

    again = QMainWindow()
    qtbot.addWidget(again)
    place(again, saved)
    assert again.geometry().size() == QSize(700, 500)
