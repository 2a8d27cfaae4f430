"""Where the main window opens: on the screen it is on, whole, whatever was saved before.

Counters have 1366×768 screens as often as 1920×1080, sometimes at 125 % scaling, and the
same profile may move between them. A saved geometry is used only when it still fits the
screen's available area; otherwise the window opens as on a first start: the preferred
size where it fits, else the whole available area.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1400, 860)
# Shorter than this, the window drops its toolbar: 1366×768 less a task bar (728) is.
SHORT_HEIGHT = 800


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def is_short(area: QRect) -> bool:
    """Whether a screen's available area is too short to spare the toolbar's height."""
    return area.height() < SHORT_HEIGHT


def first_start_geometry(area: QRect, preferred: QSize = PREFERRED) -> tuple[QRect, bool]:
    """The rectangle to open in, and whether the window should be maximized."""
    if preferred.width() <= area.width() and preferred.height() <= area.height():
        rect = QRect(area.topLeft(), preferred)
        rect.moveCenter(area.center())
        return rect, False
    return QRect(area), True


def place(window: QWidget, saved: QByteArray | None) -> None:
    """Restore `saved` if it fits the available area now; open as on a first start if not."""
    area = available_area(window)
    if saved is not None and window.restoreGeometry(saved):
        if window.isMaximized() or area.contains(window.frameGeometry()):
            return
        window.setWindowState(Qt.WindowState.WindowNoState)
    rect, maximized = first_start_geometry(area)
    window.setGeometry(rect)  # also without a window manager, which maximizes nothing
    if maximized:
        window.setWindowState(Qt.WindowState.WindowMaximized)


# A window manager's border and title bar, which it adds around a window only once shown:
# kept free so a dialog's buttons stay on screen with a window manager as without one.
FRAME_ALLOWANCE = QSize(16, 40)


def fit_dialog(dialog: QWidget, preferred: QSize) -> None:
    """Size `dialog` to `preferred`, or to the available area of its screen (less a window
    manager's frame) where that is smaller. Its content scrolls inside it: a dialog never
    pushes its buttons off a small screen."""
    area = available_area(dialog.parentWidget() or dialog)
    width = min(preferred.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(preferred.height(), area.height() - FRAME_ALLOWANCE.height())
    dialog.resize(width, height)
