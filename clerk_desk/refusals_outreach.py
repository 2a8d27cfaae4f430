"""The refusals of the calls beyond the counter: the post's tracking feed, the SMS
gateway's delivery reports (``central.post_feed``, ``central.notifications``). Part of the
one catalogue, :data:`clerk_desk.refusals.REFUSALS`."""

from __future__ import annotations

from clerk_desk.messages import QT_TRANSLATE_NOOP

OUTREACH_REFUSALS: tuple[tuple[str, int | None, str], ...] = (
    (
        "not_a_partner",
        401,
        QT_TRANSLATE_NOOP(
            "Rules",
            "this call is for the post's tracking feed or the SMS gateway: "
            "their key is missing or wrong",
        ),
    ),
    (
        "post_event_reused",
        409,
        QT_TRANSLATE_NOOP(
            "Rules", "the post's event {event_id} was already received with other content"
        ),
    ),
    (
        "no_such_sms",
        404,
        QT_TRANSLATE_NOOP(
            "Rules",
            "the SMS gateway reported on message {gateway_id}, which was not sent from here",
        ),
    ),
)
