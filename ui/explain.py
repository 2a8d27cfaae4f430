"""What went wrong, said to the person at the desk in the interface's language."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clerk_desk.messages import ExplainedError
from clerk_desk.refusals import ACTIONS, REFUSALS, UNEXPLAINED
from sync.client import ServerError
from ui.i18n import QT_TRANSLATE_NOOP, tr
from ui.labels import role_name, state_name


def _action_name(code: str) -> str:
    return tr("Rules", ACTIONS.get(code, code))


# Values that are codes (clerk_desk.refusals.CODED_VALUES), said in the interface's
# language; every other value (a request number, a user name, a count) is shown as it is.
_SAID: dict[str, Callable[[str], str]] = {
    "status": state_name,
    "target": state_name,
    "role": role_name,
    "your_role": role_name,
    "action": _action_name,
}


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` (context "Rules") in the interface's language, filled with ``values``.

    Each value is isolated with its own direction (U+2068 … U+2069), so a request number
    keeps its order inside an Arabic sentence and an Arabic name inside English.
    """
    said = {
        name: "\u2068" + _SAID.get(name, str)(value) + "\u2069" for name, value in values.items()
    }
    return tr("Rules", template).format(**said)


def explain_refusal(code: str | None, values: Mapping[str, str], detail: str) -> str:
    """A refusal of the catalogue, by its code; one whose code is unknown here (or that
    came without one) keeps its English ``detail``, framed in the interface's language."""
    refusal = REFUSALS.get(code) if code else None
    if refusal is None:
        return fill(UNEXPLAINED, {"detail": detail})
    return fill(refusal.template, values)


def explain(exc: Exception) -> str:
    """A sentence for the clerk, in the interface's language, from whatever went wrong."""
    if isinstance(exc, ExplainedError):
        return fill(exc.template, exc.values)
    arabic = getattr(exc, "message_ar", "")  # the printer's errors carry their own Arabic
    if arabic and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return str(arabic)
    if isinstance(exc, ServerError):
        return explain_refusal(exc.code, exc.values, exc.message)
    if isinstance(exc, ValueError | OSError):  # a file, a setting: its own words, framed
        return fill(UNEXPECTED, {"detail": str(exc) or type(exc).__name__})
    return fill(UNEXPECTED, {"detail": type(exc).__name__})


# What went wrong outside the catalogue (a file that cannot be written, a bad setting):
# the system's own words, inside a sentence in the interface's language.
UNEXPECTED = QT_TRANSLATE_NOOP("Rules", "this could not be done: {detail}")
