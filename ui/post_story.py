"""The story after the counter in the clerk's words: the post's tracking events as lines of
the request's history, and the names of the messages the citizen was sent and of what
became of them (:mod:`clerk_desk.usecases.post_story` holds the story)."""

from __future__ import annotations

from clerk_desk.api_outreach import (
    NotificationStatus,
    NotificationTemplate,
    PostEventKind,
    UndeliverableReason,
)
from clerk_desk.usecases.counter import HistoryLine
from clerk_desk.usecases.post_story import CitizenMessage, PostLine
from ui.i18n import QT_TRANSLATE_NOOP, ltr, shown, tr, translate
from ui.labels import action_name

POST_EVENT_NAMES = {
    PostEventKind.ACCEPTED: QT_TRANSLATE_NOOP("PostEvent", "accepted at the post office"),
    PostEventKind.IN_TRANSIT: QT_TRANSLATE_NOOP("PostEvent", "in transit"),
    PostEventKind.OUT_FOR_DELIVERY: QT_TRANSLATE_NOOP("PostEvent", "out for delivery"),
    PostEventKind.DELIVERED: QT_TRANSLATE_NOOP("PostEvent", "delivered by the post"),
    PostEventKind.UNDELIVERABLE: QT_TRANSLATE_NOOP("PostEvent", "undeliverable"),
}

UNDELIVERABLE_NAMES = {
    UndeliverableReason.ADDRESS_NOT_FOUND: QT_TRANSLATE_NOOP("PostEvent", "address not found"),
    UndeliverableReason.REFUSED: QT_TRANSLATE_NOOP("PostEvent", "the addressee refused it"),
    UndeliverableReason.NOT_COLLECTED: QT_TRANSLATE_NOOP(
        "PostEvent", "not collected within the post's period"
    ),
}

TEMPLATE_NAMES = {
    NotificationTemplate.REJECTED: QT_TRANSLATE_NOOP("CitizenMessage", "request rejected"),
    NotificationTemplate.READY_FOR_PICKUP: QT_TRANSLATE_NOOP("CitizenMessage", "ready for pickup"),
    NotificationTemplate.DISPATCHED: QT_TRANSLATE_NOOP("CitizenMessage", "handed to the post"),
    NotificationTemplate.RETURNED: QT_TRANSLATE_NOOP("CitizenMessage", "returned to the center"),
}

MESSAGE_STATUS_NAMES = {
    NotificationStatus.QUEUED: QT_TRANSLATE_NOOP("CitizenMessage", "waiting to be sent"),
    NotificationStatus.SENDING: QT_TRANSLATE_NOOP("CitizenMessage", "being sent"),
    NotificationStatus.SENT: QT_TRANSLATE_NOOP("CitizenMessage", "sent, no report yet"),
    NotificationStatus.DELIVERED: QT_TRANSLATE_NOOP("CitizenMessage", "delivered"),
    NotificationStatus.FAILED: QT_TRANSLATE_NOOP("CitizenMessage", "not delivered"),
    NotificationStatus.NO_PHONE: QT_TRANSLATE_NOOP("CitizenMessage", "no mobile number given"),
}


def post_event_text(line: PostLine) -> str:
    """What the post said, where, and why it could not deliver."""
    text = tr("PostEvent", POST_EVENT_NAMES[line.kind])
    if line.reason is not None:
        text += translate("PostEvent", ": ") + tr("PostEvent", UNDELIVERABLE_NAMES[line.reason])
    if line.place_ar:
        text += translate("PostEvent", " (%1)").replace("%1", line.place_ar)
    if line.contradicted:
        text += translate("PostEvent", " — contradicts the post's earlier word, not applied")
    return text


def history_text(line: HistoryLine | PostLine) -> str:
    """One line of the request's history: when, who (the post for its events), what."""
    if isinstance(line, PostLine):
        post = translate("PostEvent", "the post")
        return shown(f"{ltr(line.at)}  {post}  {post_event_text(line)}")
    return shown(f"{ltr(line.at)}  {ltr(line.actor)}  {action_name(line.action)}")


def template_name(message: CitizenMessage) -> str:
    return tr("CitizenMessage", TEMPLATE_NAMES[message.template])


def message_status_name(message: CitizenMessage) -> str:
    return tr("CitizenMessage", MESSAGE_STATUS_NAMES[message.status])
