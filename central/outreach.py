"""How the server reaches beyond the counter, configured once: which keys the post's
tracking feed and the SMS gateway call with, which gateway sends the citizen's SMS, and
what a pickup message tells (opening hours, how long an envelope is kept).

The post and the gateway are partners, not users: each calls its own routes with a bearer
key whose SHA-256 is configured here (``CLERK_DESK_POST_FEED_KEY``,
``CLERK_DESK_SMS_REPORT_KEY``). A real post adapter is anything that calls
``POST /post-feed/events`` with the post's key; the stand-in is :mod:`central.post_simulator`.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from central.refusals import unauthorized
from central.security import token_digest
from central.sms import SimulatedSmsGateway, SmsGateway

# The keys of a training server (``seed="demo"``), for the simulators: never a real one.
DEMO_POST_FEED_KEY = "demo-post-feed-key"
DEMO_SMS_REPORT_KEY = "demo-sms-report-key"


@dataclass(frozen=True, slots=True)
class Outreach:
    """``post_feed_keys``/``sms_report_keys``: SHA-256 digests of the keys accepted."""

    sms: SmsGateway = field(default_factory=SimulatedSmsGateway)
    post_feed_keys: frozenset[str] = frozenset()
    sms_report_keys: frozenset[str] = frozenset()
    opening_hours_ar: str = "الأحد-الخميس 8:00-15:00"
    keep_days: int = 30  # how long an envelope waits on the shelf for its citizen
    # A message a process took to send but never marked sent (the process died) is sent
    # again after this long, with the same reference (the gateway keeps it once).
    resend_after: timedelta = timedelta(minutes=5)

    @classmethod
    def for_training(cls, sms: SmsGateway | None = None) -> Outreach:
        """The simulators' keys and a simulated gateway (or ``sms``)."""
        return cls(
            sms=sms or SimulatedSmsGateway(),
            post_feed_keys=frozenset({token_digest(DEMO_POST_FEED_KEY)}),
            sms_report_keys=frozenset({token_digest(DEMO_SMS_REPORT_KEY)}),
        )

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> Outreach:
        """Keys from ``CLERK_DESK_POST_FEED_KEY`` and ``CLERK_DESK_SMS_REPORT_KEY`` (none:
        the route refuses every caller). ``CLERK_DESK_SMS_GATEWAY`` names the gateway:
        only ``simulator`` exists yet; a real one is an adapter added here."""
        gateway = environ.get("CLERK_DESK_SMS_GATEWAY", "simulator")
        if gateway != "simulator":
            raise ValueError(f"unknown SMS gateway {gateway!r}: the only one is 'simulator'")
        return cls(
            post_feed_keys=_digests(environ.get("CLERK_DESK_POST_FEED_KEY", "")),
            sms_report_keys=_digests(environ.get("CLERK_DESK_SMS_REPORT_KEY", "")),
        )


def _digests(key: str) -> frozenset[str]:
    return frozenset({token_digest(key)}) if key else frozenset()


def outreach_of(request: Request) -> Outreach:
    outreach: Outreach = request.app.state.outreach
    return outreach


OutreachDep = Annotated[Outreach, Depends(outreach_of)]

_partner_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="PartnerKey",
    description="The key the post's feed or the SMS gateway was given",
)
PartnerKey = Annotated[HTTPAuthorizationCredentials | None, Depends(_partner_bearer)]


def _check_partner(
    credentials: HTTPAuthorizationCredentials | None, digests: frozenset[str]
) -> None:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise unauthorized("not_a_partner")
    digest = token_digest(credentials.credentials)
    if not any(hmac.compare_digest(digest, known) for known in digests):
        raise unauthorized("not_a_partner")


def the_post(credentials: PartnerKey, outreach: OutreachDep) -> None:
    """Refuse any caller of the tracking feed but the post."""
    _check_partner(credentials, outreach.post_feed_keys)


def the_sms_gateway(credentials: PartnerKey, outreach: OutreachDep) -> None:
    """Refuse any caller of the delivery reports but the SMS gateway."""
    _check_partner(credentials, outreach.sms_report_keys)
