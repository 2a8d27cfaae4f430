"""The outreach configuration: the partners' keys and the SMS gateway."""

from __future__ import annotations

import pytest

from central.outreach import DEMO_POST_FEED_KEY, Outreach
from central.security import token_digest
from central.sms import SimulatedSmsGateway


def test_keys_come_from_the_environment_as_digests() -> None:
    outreach = Outreach.from_environment(
        {"CLERK_DESK_POST_FEED_KEY": "post-secret", "CLERK_DESK_SMS_REPORT_KEY": "sms-secret"}
    )
    assert outreach.post_feed_keys == {token_digest("post-secret")}
    assert outreach.sms_report_keys == {token_digest("sms-secret")}
    assert "post-secret" not in repr(outreach)


def test_without_keys_no_partner_is_let_in() -> None:
    outreach = Outreach.from_environment({})
    assert outreach.post_feed_keys == outreach.sms_report_keys == frozenset()
    assert isinstance(outreach.sms, SimulatedSmsGateway)


def test_an_unknown_gateway_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="unknown SMS gateway"):
        Outreach.from_environment({"CLERK_DESK_SMS_GATEWAY": "carrier-x"})


def test_a_training_server_takes_the_simulators_keys() -> None:
    gateway = SimulatedSmsGateway()
    outreach = Outreach.for_training(gateway)
    assert outreach.sms is gateway
    assert token_digest(DEMO_POST_FEED_KEY) in outreach.post_feed_keys
