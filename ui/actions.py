"""Every main-window action in one table, keyed by an Enum: the keyboard map in one place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.i18n import QT_TRANSLATE_NOOP, ltr, tr


class MainAction(Enum):
    PULL = auto()
    FIND = auto()
    ACCEPT = auto()
    REJECT = auto()
    PRINT = auto()
    ATTACHMENTS = auto()
    SEAL = auto()
    PICKUP = auto()
    HAND_OVER = auto()
    QUEUE = auto()
    DISPATCH = auto()
    COURIER = auto()
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
    MainAction.SEAL: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Envelope &sealed…"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Record that the printed envelope is sealed"),
    ),
    MainAction.PICKUP: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Keep for pickup"),
        "Ctrl+K",
        QT_TRANSLATE_NOOP("Actions", "Shelve the sealed envelope until the citizen collects it"),
    ),
    MainAction.HAND_OVER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Handed to the citizen…"),
        "Ctrl+H",
        QT_TRANSLATE_NOOP("Actions", "Record who collected the envelope at the counter"),
    ),
    MainAction.QUEUE: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Back to the &queue"),
        "Esc",
        QT_TRANSLATE_NOOP("Actions", "Put the focus back on the queue of requests"),
    ),
    MainAction.DISPATCH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "&Dispatch to the post"),
        "Ctrl+D",
        QT_TRANSLATE_NOOP("Actions", "Scan sealed envelopes into the courier's batch"),
    ),
    MainAction.COURIER: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Hand the batch to the &courier"),
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Actions", "Record the courier who took the printed batch"),
    ),
    MainAction.REVIEW_REFRESH: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Refresh re&jections"),
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("Actions", "Fetch the rejections awaiting review"),
    ),
    MainAction.RECONCILIATION: ActionSpec(
        QT_TRANSLATE_NOOP("Actions", "Shift r&econciliation…"),
        "Ctrl+Shift+E",
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


# The actions a role works with; the others are hidden from it (toolbar, menus, keys).
CLERK_ONLY = frozenset(
    {
        MainAction.ACCEPT,
        MainAction.REJECT,
        MainAction.PRINT,
        MainAction.SEAL,
        MainAction.PICKUP,
        MainAction.HAND_OVER,
        MainAction.DISPATCH,
        MainAction.COURIER,
    }
)
SUPERVISOR_ONLY = frozenset({MainAction.REVIEW_REFRESH})


def shortcut_text(shortcut: str) -> str:
    """The shortcut as the keyboard says it, kept left to right inside Arabic text.

    Without the isolate, "Ctrl+," shows as ",+Ctrl" in a right-to-left menu or tooltip.
    """
    return ltr(QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText))


def build_actions(parent: QObject) -> dict[MainAction, QAction]:
    actions: dict[MainAction, QAction] = {}
    for key, spec in ACTIONS.items():
        text = tr("Actions", spec.text)
        # A tab in the text gives the menu its shortcut column: here isolated (see above).
        action = QAction(f"{text}\t{shortcut_text(spec.shortcut)}", parent)
        action.setIconText(text.replace("&", "").removesuffix("…"))
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setToolTip(f"{tr('Actions', spec.tip)} ({shortcut_text(spec.shortcut)})")
        action.setStatusTip(tr("Actions", spec.tip))
        actions[key] = action
    return actions
