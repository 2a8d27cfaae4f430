"""The payments' contract, validated at the edge: what the portal hands over, what a
gateway answers and what the workstation reads."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from clerk_desk.api_payments import Payment, PortalSubmissionIn, Receipt, VerifyAnswer

GOOD: dict[str, Any] = {
    "portal_ref": "P-0001",
    "center_code": "DAM",
    "service_code": "criminal_record",
    "requester_name": "سامر الحلبي",
    "subject": {"national_number": "01234567890"},
    "delivery": {"method": "post", "recipient_name": "سامر الحلبي"},
    "submitted_at": "2026-03-01T09:00:00+03:00",
    "amount": 6000,
    "channel": "syriatel_cash",
    "reference": "SYC-1",
}


def test_a_good_submission_is_read() -> None:
    assert PortalSubmissionIn.model_validate(GOOD).amount == 6000


@pytest.mark.parametrize(
    "change",
    [
        {"service_code": "passport"},
        {"channel": "cash_in_hand"},
        {"amount": 0},
        {"reference": "SYC 1"},
        {"submitted_at": "2026-03-01T09:00:00"},  # no zone
        {"submitted_at": 1772348400},  # seconds, not ISO text
        {"requester_name": "سامر\u202eالحلبي"},  # a direction override
        {"requester_name": "\ud800"},  # a lone surrogate
        {"subject": {"national_number": "1", "nickname": "x"}},  # a key the contract lacks
        {"extra": 1},
    ],
)
def test_a_bad_submission_is_refused(change: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        PortalSubmissionIn.model_validate({**GOOD, **change})


def test_a_newer_servers_or_gateways_extra_keys_are_ignored_their_bad_values_not() -> None:
    payment = {"amount": 6000, "channel": "mtn_cash", "reference": "MTN-1",
               "paid_at": "2026-03-01T09:00:00+03:00", "state": "paid"}  # fmt: skip
    assert Payment.model_validate({**payment, "newer": 1}).refund_amount == 0
    with pytest.raises(ValidationError):
        Payment.model_validate({**payment, "state": "lost"})
    with pytest.raises(ValidationError):
        Receipt.model_validate({**payment, "amount": -5})
    with pytest.raises(ValidationError):
        VerifyAnswer.model_validate({"result": "maybe"})
