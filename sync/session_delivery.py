"""The outbox's delivery as the session's use cases see it
(``clerk_desk.ports.session.SessionDelivery``), on the desk's own pusher.

A stand-in until one sync worker owns the HTTP session and the pushes: it then takes
these two calls in its turn.
"""

from __future__ import annotations

import logging

from sync.client import LOGOUT_TIMEOUT, CentralClient, ServerError
from sync.outbox import OutboxPusher

log = logging.getLogger(__name__)


class PusherDelivery:
    def __init__(self, client: CentralClient, pusher: OutboxPusher) -> None:
        self.client = client
        self.pusher = pusher

    def deliver_as(self, username: str) -> None:
        self.pusher.author = username

    def deliver_before_log_out(self) -> None:
        with self.client.bounded(LOGOUT_TIMEOUT):
            try:
                self.pusher.push()
            except ServerError as exc:  # offline, log-in expired: it waits for next time
                log.info("outbox waits: %s", type(exc).__name__)
