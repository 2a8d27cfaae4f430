"""The refusals of the pickup shelf and the collector check (``central.post``, the rule in
``clerk_desk.collector_rules``): part of the one catalogue, :data:`clerk_desk.refusals.REFUSALS`.
Each is (code, HTTP status or None, English template)."""

from __future__ import annotations

from clerk_desk import collector_rules as rules
from clerk_desk import shelf
from clerk_desk.messages import QT_TRANSLATE_NOOP

PICKUP_REFUSALS: tuple[tuple[str, int | None, str], ...] = (
    (
        "collector_unidentified",
        422,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the workstation did not say who collects the envelope of request {request_id} "
            "and with which identity document: update it and hand the envelope over again",
        ),
    ),
    ("collector_not_entitled", 403, rules.NOT_ENTITLED),
    ("collector_no_name", 422, rules.NO_NAME),
    ("collector_id_card_shape", 422, rules.ID_CARD_SHAPE),
    ("collector_passport_shape", 422, rules.PASSPORT_SHAPE),
    ("collector_not_subject", 403, rules.NOT_THE_SUBJECT),
    ("no_power_of_attorney", 403, rules.NO_POWER_OF_ATTORNEY),
    ("not_its_power_of_attorney", 422, rules.NOT_ITS_POWER_OF_ATTORNEY),
    ("power_of_attorney_unnamed", 422, rules.NO_POWER_OF_ATTORNEY_NUMBER),
    ("power_of_attorney_date", 422, rules.POWER_OF_ATTORNEY_DATE),
    ("shelf_full", 409, shelf.SHELF_FULL),
)
