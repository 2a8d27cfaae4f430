"""The refusals about numbers (``central.number_blocks``) and the workstation's own words
about them: part of the one catalogue, :data:`clerk_desk.refusals.REFUSALS`, kept here
because that module is long. Each is (code, HTTP status or None, English template)."""

from __future__ import annotations

from clerk_desk.messages import QT_TRANSLATE_NOOP

NUMBER_REFUSALS: tuple[tuple[str, int | None, str], ...] = (
    (
        "no_workstation_named",
        422,
        QT_TRANSLATE_NOOP("Rules", "log in with this workstation's name to hold numbers"),
    ),
    (
        "workstation_store_mismatch",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the store of workstation {workstation} does not match the central server's "
            "copy: it was lost or replaced. Nothing is printed here until a shift "
            "supervisor recovers this workstation",
        ),
    ),
    (
        "block_not_yours",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "number block {block_id} is not one of workstation {workstation}'s"
        ),
    ),
    (
        "numbers_exhausted",
        409,
        QT_TRANSLATE_NOOP("Rules", "the numbers of series {series} are all used"),
    ),
    (
        "document_number_used",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "document number {number} was already issued (request {request_id}): "
            "a number is never issued twice",
        ),
    ),
    (
        "tracking_number_used",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "tracking number {number} was already issued (request {request_id}): "
            "a number is never issued twice",
        ),
    ),
    (
        "number_outside_blocks",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "number {number} is not in the blocks the central server reserved for "
            "workstation {workstation}",
        ),
    ),
    (
        "number_block_closed",
        409,
        QT_TRANSLATE_NOOP(
            "Rules",
            "number {number} belongs to a block of workstation {workstation} closed when its "
            "store was lost: it can no longer be issued",
        ),
    ),
    # --- the workstation's own ---------------------------------------------------------
    (
        "no_document_numbers_left",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this workstation has no document numbers left, and the central server cannot "
            "be reached to reserve more: nothing was printed. Print again once the link "
            "is back",
        ),
    ),
    (
        "no_tracking_numbers_left",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this workstation has no tracking numbers left, and the central server cannot "
            "be reached to reserve more: nothing was printed. Print again once the link "
            "is back",
        ),
    ),
    (
        "store_not_recovered",
        None,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this workstation's store was lost or replaced: nothing is printed here until a "
            "shift supervisor recovers it",
        ),
    ),
)
