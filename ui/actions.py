"""Every main-window action in one table, keyed by an Enum: the keyboard map in one place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.i18n import QT_TRANSLATE_NOOP, tr


class MainAction(Enum):
    PULL = auto()
    FIND = auto()
    ACCEPT = auto()
    REJECT = auto()
    PRINT = auto()
    ATTACHMENTS = auto()
    REVIEW_REFRESH = auto()
    RECONCILIATION = auto()
    PREFERENCES = auto()
    LOCK = auto()
    QUIT = auto()


@dataclass(frozen=True, slots=True)
class ActionSpec:
    text: str
    shortcut: str
    tip: str


ACTIONS: dict[MainAction, ActionSpec] = {
    MainAction.PULL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Refresh requests"),
        "F5",
        QT_TRANSLATE_NOOP("Actions", "Fetch new and changed requests"),
    ),
    MainAction.FIND: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Find request"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Actions", "Search by request or national number"),
    ),
    MainAction.ACCEPT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Accept"),
        "Ctrl+Return",
        QT_TRANSLATE_NOOP("Actions", "Accept the request and prepare printing"),
    ),
    MainAction.REJECT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Re&ject…"),
        "Ctrl+R",
        QT_TRANSLATE_NOOP("Actions", "Reject the request with a stated reason"),
    ),
    MainAction.PRINT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        "Ctrl+P",
        QT_TRANSLATE_NOOP("Actions", "Print the document and envelope"),
    ),
    MainAction.ATTACHMENTS: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "A&ttachments…"),
        "Ctrl+T",
        QT_TRANSLATE_NOOP("Actions", "Show the papers the citizen attached to the request"),
    ),
    MainAction.REVIEW_REFRESH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Refresh re&jections"),
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Fetch the rejections awaiting review"),
    ),
    MainAction.RECONCILIATION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Shift r&econciliation…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP(
            "Actions", "Every number used this shift, and the differences with the server"
        ),
    ),
    MainAction.PREFERENCES: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"),
        "Ctrl+,",
        QT_TRANSLATE_NOOP("Actions", "Change this workstation's settings"),
    ),
    MainAction.LOCK: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Lock"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Hide the desk until your password is typed again"),
    ),
    MainAction.QUIT: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("Actions", "Close Clerk Desk"),
    ),
}


def build_actions(parent: QObject) -> dict[MainAction, QAction]:
    actions: dict[MainAction, QAction] = {}
    for key, spec in ACTIONS.items():
        action = QAction(tr("Actions", spec.text), parent)
        action.setShortcut(QKeySequence(spec.shortcut))
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tr('Actions', spec.tip)} ({shortcut_text})")
        action.setStatusTip(tr("Actions", spec.tip))
        actions[key] = action
    return actions
