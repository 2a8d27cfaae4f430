"""What the citizen reads by SMS, in Arabic: one template per event, each with the most
segments it may cost (:func:`central.sms.segments`). ``tests/central/test_sms_templates.py``
fills every template with the longest values it meets and holds it to its budget.

Latin digits for numbers a citizen types or reads out (the request number, the S10 number):
they are what the portal and the post's tracking page take.
"""

from __future__ import annotations

from dataclasses import dataclass

from central.sms import Cost, segments
from clerk_desk.api_outreach import NotificationTemplate, UndeliverableReason

T = NotificationTemplate


@dataclass(frozen=True, slots=True)
class Template:
    text: str
    budget: int  # the most segments it may cost


TEMPLATES: dict[NotificationTemplate, Template] = {
    T.REJECTED: Template("رُفض طلبك {request_id}: {reason}", 2),
    T.DISPATCHED: Template(
        "أُرسلت وثيقتك {request_id} بالبريد السوري، رقم التتبع {tracking_number}", 1
    ),
    T.RETURNED: Template(
        "تعذّر على البريد تسليم وثيقة طلبك {request_id}: {reason}. تعود إلى المركز "
        "ونعلمك حين تصبح جاهزة للاستلام.",
        2,
    ),
    # The center's address says the center (its city first). Three segments, chosen: the
    # address, the opening hours and the days it is kept, said plainly; squeezed into two
    # it read like a telegram and left no room for a longer address.
    T.READY_FOR_PICKUP: Template(
        "وثيقة طلبك {request_id} جاهزة للاستلام في {address}. الدوام {hours}. تُحفظ {days} يوماً.",
        3,
    ),
}

UNDELIVERABLE_AR: dict[UndeliverableReason, str] = {
    UndeliverableReason.ADDRESS_NOT_FOUND: "العنوان غير موجود",
    UndeliverableReason.REFUSED: "رُفض استلامها",
    UndeliverableReason.NOT_COLLECTED: "لم تُستلم خلال مهلة البريد",
}


@dataclass(frozen=True, slots=True)
class Sms:
    text: str
    cost: Cost
    budget: int

    @property
    def within_budget(self) -> bool:
        return self.cost.segments <= self.budget


def render(template: NotificationTemplate, **values: str) -> Sms:
    """The message of ``template`` filled with ``values``, and what it costs."""
    entry = TEMPLATES[template]
    text = entry.text.format(**values)
    return Sms(text, segments(text), entry.budget)
