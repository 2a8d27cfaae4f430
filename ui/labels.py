"""Translated names of the core's codes (states, roles, services, delivery methods)."""

from __future__ import annotations

from collections.abc import Mapping

from clerk_desk.fields import FIELD_LABELS_EN, PersonField
from clerk_desk.reasons import REASONS
from clerk_desk.services import SERVICES
from clerk_desk.states import RequestState
from ui.i18n import QT_TRANSLATE_NOOP, ltr, shown, shown_digits, tr, translate

STATE_NAMES = {
    "assigned": QT_TRANSLATE_NOOP("State", "assigned"),
    "in_review": QT_TRANSLATE_NOOP("State", "in review"),
    "accepted": QT_TRANSLATE_NOOP("State", "accepted"),
    "printed": QT_TRANSLATE_NOOP("State", "printed"),
    "sealed": QT_TRANSLATE_NOOP("State", "sealed"),
    "dispatched": QT_TRANSLATE_NOOP("State", "dispatched"),
    "delivered": QT_TRANSLATE_NOOP("State", "delivered by the post"),
    "returned": QT_TRANSLATE_NOOP("State", "returned by the post"),
    "awaiting_pickup": QT_TRANSLATE_NOOP("State", "awaiting pickup"),
    "collected": QT_TRANSLATE_NOOP("State", "collected"),
    "rejected": QT_TRANSLATE_NOOP("State", "rejected"),
    "upheld": QT_TRANSLATE_NOOP("State", "rejection upheld"),
    "overturned": QT_TRANSLATE_NOOP("State", "rejection overturned"),
    "released": QT_TRANSLATE_NOOP("State", "released"),
    "withdrawn": QT_TRANSLATE_NOOP("State", "withdrawn"),
}

ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("Role", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "supervisor"),
}

DELIVERY_NAMES = {
    "post": QT_TRANSLATE_NOOP("Delivery", "by post"),
    "pickup": QT_TRANSLATE_NOOP("Delivery", "pickup at the center"),
}

ACTION_NAMES = {
    "claim": QT_TRANSLATE_NOOP("Action", "opened and claimed"),
    "view_registry": QT_TRANSLATE_NOOP("Action", "civil-registry record fetched"),
    "accept": QT_TRANSLATE_NOOP("Action", "accepted"),
    "reject": QT_TRANSLATE_NOOP("Action", "rejected"),
    "print": QT_TRANSLATE_NOOP("Action", "printed"),
    "reprint": QT_TRANSLATE_NOOP("Action", "printed again"),
    "review_uphold": QT_TRANSLATE_NOOP("Action", "rejection upheld"),
    "review_overturn": QT_TRANSLATE_NOOP("Action", "rejection overturned"),
    "seal": QT_TRANSLATE_NOOP("Action", "envelope sealed"),
    "keep_for_pickup": QT_TRANSLATE_NOOP("Action", "kept for pickup"),
    "hand_to_citizen": QT_TRANSLATE_NOOP("Action", "handed to the citizen"),
    "dispatch_batch": QT_TRANSLATE_NOOP("Action", "dispatch manifest prepared"),
    "dispatch": QT_TRANSLATE_NOOP("Action", "handed to the post"),
    "release": QT_TRANSLATE_NOOP("Action", "handed back"),
    "four_eyes_ok": QT_TRANSLATE_NOOP("Action", "second look: no concern"),
    "four_eyes_concern": QT_TRANSLATE_NOOP("Action", "second look: concern raised"),
    "print_prepared": QT_TRANSLATE_NOOP("Action", "papers prepared for printing"),
    "print_sent": QT_TRANSLATE_NOOP("Action", "sent to the printer"),
    "print_failed": QT_TRANSLATE_NOOP("Action", "the printer took nothing"),
    "print_answer": QT_TRANSLATE_NOOP("Action", "said what came out of the printer"),
    "print_spoiled": QT_TRANSLATE_NOOP("Action", "numbers voided"),
    "print_unsure": QT_TRANSLATE_NOOP("Action", "numbers voided, unsure whether printed"),
    "print_reviewed": QT_TRANSLATE_NOOP("Action", "voided numbers looked into by the supervisor"),
}

PAPER_NAMES = {
    "id_card": QT_TRANSLATE_NOOP("Paper", "copy of the identity card"),
    "family_booklet": QT_TRANSLATE_NOOP("Paper", "page of the family booklet"),
    "power_of_attorney": QT_TRANSLATE_NOOP("Paper", "power of attorney"),
    "other": QT_TRANSLATE_NOOP("Paper", "other paper"),
}

GENDER_NAMES = {
    "male": QT_TRANSLATE_NOOP("Gender", "male"),
    "female": QT_TRANSLATE_NOOP("Gender", "female"),
}

CHANNEL_NAMES = {
    "e_payment": QT_TRANSLATE_NOOP("Channel", "portal e-payment"),
    "syriatel_cash": QT_TRANSLATE_NOOP("Channel", "Syriatel Cash"),
    "mtn_cash": QT_TRANSLATE_NOOP("Channel", "MTN Cash"),
}

CLASS_NAMES = {
    "fast": QT_TRANSLATE_NOOP("ServiceClass", "fast"),
    "slow": QT_TRANSLATE_NOOP("ServiceClass", "slow"),
}


def state_name(code: str) -> str:
    return tr("State", STATE_NAMES.get(code, code))


def states_now(counts: Mapping[str, int]) -> str:
    """A center's requests by their current state, in the state machine's order."""
    parts = [
        f"{state_name(state.value)}: {counts[state.value]}"
        for state in RequestState
        if counts.get(state.value)
    ]
    return shown(translate("Dashboard", "Now, by state: %1").replace("%1", " · ".join(parts)))


def collected_name() -> str:
    """What a pickup envelope's request shows once handed over (``collected``, or in a
    store from before that state, ``awaiting_pickup`` with the handover's time)."""
    return tr("Action", ACTION_NAMES["hand_to_citizen"])


def role_name(code: str) -> str:
    return tr("Role", ROLE_NAMES.get(code, code))


def delivery_name(code: str) -> str:
    return tr("Delivery", DELIVERY_NAMES.get(code, code))


def paper_name(code: str) -> str:
    return tr("Paper", PAPER_NAMES.get(code, PAPER_NAMES["other"]))


def size_text(size: int) -> str:
    """A file's size as a person reads it: "340 KB", "1.2 MB"."""
    if size < 1_000_000:
        return shown(translate("Size", "%1 KB").replace("%1", str(max(1, round(size / 1000)))))
    return shown(translate("Size", "%1 MB").replace("%1", f"{size / 1_000_000:.1f}"))


def action_name(code: str) -> str:
    return tr("Action", ACTION_NAMES.get(code, code))


def gender_name(code: str) -> str:
    """The registry's gender code in the interface's language; typed text is left as it is."""
    return tr("Gender", GENDER_NAMES[code]) if code in GENDER_NAMES else code


def channel_name(code: str) -> str:
    """A payment channel (``clerk_desk.payments.PaymentChannel``) as a person names it."""
    return tr("Channel", CHANNEL_NAMES.get(code, code))


ARABIC_THOUSANDS = "\u066c"  # ٬ between Arabic-Indic digits


def pounds(amount: int) -> str:
    """An amount of Syrian pounds as a person reads it: thousands apart, in the chosen
    digits, the unit after it ("12,500 SYP"; "١٢٬٥٠٠ ل.س"), the number isolated so that
    it keeps its order inside an Arabic sentence."""
    number = f"{amount:,}"
    if shown_digits() != "western":  # the Arabic separator: the digits stay one number
        number = number.replace(",", ARABIC_THOUSANDS)
    return translate("Fee", "%1 SYP").replace("%1", ltr(shown(number)))


def class_name(code: str) -> str:
    return tr("ServiceClass", CLASS_NAMES.get(code, code))


def _arabic_ui() -> bool:
    return tr("Language", "en") == "ar"


def service_name(code: str) -> str:
    service = SERVICES.get(code)
    if service is None:
        return code
    return service.name_ar if _arabic_ui() else service.name_en


def field_name(field: PersonField) -> str:
    return tr("Field", FIELD_LABELS_EN[field])


def reason_name(code: str) -> str:
    reason = REASONS.get(code)
    if reason is None:
        return code
    return reason.label_ar if _arabic_ui() else reason.label_en


# Field labels are declared in the core; these markers let lupdate collect them.
_FIELD_MARKERS = (
    QT_TRANSLATE_NOOP("Field", "National number"),
    QT_TRANSLATE_NOOP("Field", "First name"),
    QT_TRANSLATE_NOOP("Field", "Father's name"),
    QT_TRANSLATE_NOOP("Field", "Mother's full name"),
    QT_TRANSLATE_NOOP("Field", "Family name"),
    QT_TRANSLATE_NOOP("Field", "Date of birth"),
    QT_TRANSLATE_NOOP("Field", "Place of birth"),
    QT_TRANSLATE_NOOP("Field", "Gender"),
    QT_TRANSLATE_NOOP("Language", "en"),
)
