"""What went wrong, said to the person at the desk in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clerk_desk.messages import ExplainedError
from sync.client import ServerError
from ui.i18n import tr
from ui.labels import state_name


def explain(exc: Exception) -> str:
    """A sentence for the clerk, in the interface's language, from whatever went wrong."""
    if isinstance(exc, ExplainedError):
        # Each value is isolated with its own direction (U+2068 … U+2069), so a request
        # number keeps its order inside an Arabic sentence and an Arabic name inside English.
        values = {
            name: "\u2068" + (state_name(value) if name == "status" else value) + "\u2069"
            for name, value in exc.values.items()
        }
        return tr("Rules", exc.template).format(**values)
    arabic = getattr(exc, "message_ar", "")  # the printer's errors carry their own Arabic
    if arabic and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return str(arabic)
    if isinstance(exc, ServerError):
        return exc.message
    if isinstance(exc, ValueError | OSError):
        return str(exc)
    return type(exc).__name__
