"""The center's pickup shelf: where each envelope waiting for its citizen sits.

A slot is a shelf letter and a place on it, ``A-01`` … ``A-50``, ``B-01`` …; the letters
that read like digits (I, O, Q) are left out. An envelope gets the first free slot when it
is shelved (a sealed pickup envelope, or one the post brought back); the slot is free
again once the envelope is collected. Slots are unique among the envelopes waiting at one
center: the workstation picks from what it knows (its own and, after a pull, its
colleagues'), and the server, which knows every desk's, checks it again with the same code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError

SHELF_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
SLOTS_PER_SHELF = 50
SLOT_PATTERN = r"^[A-HJ-NPR-Z]-(0[1-9]|[1-4][0-9]|50)$"
_SLOT = re.compile(SLOT_PATTERN)

SHELF_FULL = QT_TRANSLATE_NOOP(
    "Rules", "every slot of the pickup shelf is taken: hand some envelopes over first"
)


class ShelfFull(ExplainedError):
    """No slot is free."""


def slot_name(index: int) -> str:
    """The ``index``-th slot (from 0): ``A-01``, ``A-02`` …"""
    shelf, place = divmod(index, SLOTS_PER_SHELF)
    return f"{SHELF_LETTERS[shelf]}-{place + 1:02d}"


def is_slot(text: str) -> bool:
    return _SLOT.match(text) is not None


def first_free_slot(taken: Iterable[str]) -> str:
    """The first slot not in ``taken``: a freed slot is used again before a new one."""
    used = set(taken)
    for index in range(len(SHELF_LETTERS) * SLOTS_PER_SHELF):
        slot = slot_name(index)
        if slot not in used:
            return slot
    raise ShelfFull(SHELF_FULL)
