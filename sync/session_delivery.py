"""The outbox's delivery as the session's use cases see it
(``clerk_desk.ports.session.SessionDelivery``), on the desk's own pusher.

``WorkerDelivery`` is the workstation's: the sync worker owns the HTTP session and the
pushes. ``PusherDelivery`` drives a pusher on the caller's thread (tests, the command line).
"""

from __future__ import annotations

import logging

from sync.client import LOGOUT_TIMEOUT, CentralClient, ServerError
from sync.outbox import OutboxPusher
from sync.worker import SyncWorker

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


class WorkerDelivery:
    """The session's delivery through the sync worker."""

    def __init__(self, worker: SyncWorker) -> None:
        self.worker = worker

    def deliver_as(self, username: str) -> None:
        """Nothing to do: the worker takes whose log-in the client carries, with its token,
        before each push (``SyncWorker``), so the two never differ."""

    def deliver_before_log_out(self) -> None:
        try:
            self.worker.push(timeout=LOGOUT_TIMEOUT)
        except ServerError as exc:  # offline, log-in expired: it waits for next time
            log.info("outbox waits: %s", type(exc).__name__)
