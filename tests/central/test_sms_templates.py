"""Every template, filled with the longest values it meets, costs no more segments than its
budget: no template silently costs three."""

from __future__ import annotations

import pytest

from central.outreach import Outreach
from central.seed import CENTERS
from central.sms_templates import TEMPLATES, UNDELIVERABLE_AR, render
from clerk_desk.api_outreach import NotificationTemplate
from clerk_desk.reasons import REASONS

T = NotificationTemplate
LONGEST_ID = "DAM-999999"  # a center's request number (six digits)
LONGEST = {
    T.REJECTED: {"reason": max((r.citizen_text_ar for r in REASONS.values()), key=len)},
    T.DISPATCHED: {"tracking_number": "RR123456785SY"},
    T.RETURNED: {"reason": max(UNDELIVERABLE_AR.values(), key=len)},
    T.READY_FOR_PICKUP: {
        "address": max((center.address_ar for center in CENTERS), key=len),
        "hours": Outreach().opening_hours_ar,
        "days": "30",
    },
}
# The segments each template costs at its longest: a change shows here as a decision.
EXPECTED_SEGMENTS = {
    T.REJECTED: 2,
    T.DISPATCHED: 1,
    T.RETURNED: 2,
    T.READY_FOR_PICKUP: 3,
}


def test_every_template_is_checked() -> None:
    assert set(LONGEST) == set(TEMPLATES) == set(NotificationTemplate) == set(EXPECTED_SEGMENTS)


@pytest.mark.parametrize("template", list(NotificationTemplate))
def test_a_template_at_its_longest_keeps_to_its_budget(template: NotificationTemplate) -> None:
    sms = render(template, request_id=LONGEST_ID, **LONGEST[template])
    assert sms.cost.encoding == "ucs2"  # Arabic
    assert sms.cost.segments == EXPECTED_SEGMENTS[template], sms.cost
    assert sms.within_budget
    assert TEMPLATES[template].budget <= 3


def test_only_the_pickup_message_may_cost_three_segments() -> None:
    assert [t for t, entry in TEMPLATES.items() if entry.budget > 2] == [T.READY_FOR_PICKUP]


@pytest.mark.parametrize("reason", sorted(REASONS))
def test_every_rejection_reason_of_the_catalogue_fits(reason: str) -> None:
    sms = render(T.REJECTED, request_id=LONGEST_ID, reason=REASONS[reason].citizen_text_ar)
    assert sms.within_budget, sms.cost
