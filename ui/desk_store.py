"""The desk's numbers and the recognition of its store, as blocking calls (run them in an
operation): the blocks checked and refilled at log-in and after each print, and a
supervisor's recovery of a store the server did not recognise.

Nothing here touches Qt; the recovery dialog (``ui.recovery_dialog``) drives it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import number_blocks
from clerk_desk.number_blocks import BlockUse
from clerk_desk.workflow import Actor
from sync.client import CentralClient, ServerError
from sync.number_blocks import NumberBlocks, Recovered, StoreCheck

log = logging.getLogger(__name__)


class DeskStore:
    """This workstation's number blocks and whether the server recognises its store."""

    def __init__(
        self,
        client: CentralClient,
        sessions: sessionmaker[Session],
        service_indicator: Callable[[], str],
        workstation: Callable[[], str],
        refresh_key: Callable[[], object],
        key_waiting: Callable[[], str | None],
    ) -> None:
        self.client = client
        self.sessions = sessions
        self.blocks = NumberBlocks(client, sessions, service_indicator)
        self.workstation = workstation
        self.refresh_key = refresh_key  # enrolls this workstation's key (a new one if revoked)
        self.key_waiting = key_waiting  # the key id waiting for approval, if any
        self.check: StoreCheck | None = None

    def at_log_in(self, online: bool) -> StoreCheck:
        """Is this store the one the server knows? (Its blocks are refilled if so.)"""
        if not online:
            self.check = StoreCheck.OFFLINE
        else:
            try:
                self.check = self.blocks.check_store()
            except ServerError as exc:
                log.info("store not checked now: %s", type(exc).__name__)
                self.check = StoreCheck.OFFLINE
        with self.sessions() as session:
            if number_blocks.lost(session) is not None:
                self.check = StoreCheck.LOST
        return self.check

    @property
    def lost(self) -> bool:
        return self.check is StoreCheck.LOST

    def after_print(self, actor: Actor) -> None:
        self.blocks.refill_if_low(actor, date.today().year)

    def uses(self) -> list[BlockUse]:
        """Every block held here, used and unused (the reconciliation's)."""
        with self.sessions() as session:
            return number_blocks.uses(session)

    def recover(self, username: str, password: str) -> Recovered:
        """A shift supervisor, logging in here for the moment, recovers this workstation:
        its old blocks closed at the server, its audit chain and issuances brought back,
        new blocks, and a new workstation key enrolled and approved by them."""
        workstation = self.workstation()
        supervisor = self.client.sibling()
        try:
            login = supervisor.login(username, password, workstation)
            actor = Actor(login.user.username, workstation, login.user.center.code)
            recovered = self.blocks.recover(supervisor, actor)
            self.refresh_key()  # the old key is revoked: a new one, waiting for approval
            waiting = self.key_waiting()
            if waiting is not None:
                supervisor.approve_enrollment(waiting)
                self.refresh_key()
            self.check = StoreCheck.RECOGNISED
            try:
                supervisor.logout()
            except ServerError as exc:
                log.info("supervisor's log-out did not reach the server: %s", type(exc).__name__)
            return recovered
        finally:
            supervisor.close()
