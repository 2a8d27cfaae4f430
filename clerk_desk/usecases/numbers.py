"""The workstation's standing with the central server: whether the server recognises its
store, and the number blocks it prints with.

At log-in the store is checked (and its blocks refilled); after each print more blocks are
asked for when running low, off the clerk's path; a store the server did not recognise
prints nothing until a shift supervisor, logging in here for the moment, recovers it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Protocol

from clerk_desk import config as cfg
from clerk_desk import number_blocks
from clerk_desk.link_errors import ServerError
from clerk_desk.ports.session import BlockTopUp, NumberSupply, SupervisorDoor
from clerk_desk.store_recovery import Recovered, StoreCheck
from clerk_desk.usecases.context import WorkContext
from clerk_desk.workflow import Actor

log = logging.getLogger(__name__)


class KeyHolder(Protocol):
    """The session's hold on this workstation's signing key (``WorkSession``)."""

    def refresh_signing_key(self) -> object:
        """Enroll the key (a new one when the old was revoked) and keep the server's word."""
        ...

    def key_waiting(self) -> str | None:
        """The id of the key waiting for a supervisor's approval, if one is."""
        ...


class WorkstationNumbers:
    """This workstation's number blocks, and whether the server recognises its store."""

    def __init__(
        self,
        context: WorkContext,
        supply: NumberSupply,
        top_up: BlockTopUp,
        door: SupervisorDoor,
        keys: KeyHolder,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.context = context
        self.supply = supply
        self.top_up = top_up
        self.door = door
        self.keys = keys
        self.today = today
        self.check: StoreCheck | None = None  # None until the first log-in here

    def at_log_in(self) -> StoreCheck:
        """Is this store the one the server knows? (Its blocks are refilled if so.)"""
        check = StoreCheck.OFFLINE
        if self.context.desk.online:
            try:
                check = self.supply.check_store()
            except ServerError as exc:
                log.info("store not checked now: %s", type(exc).__name__)
        with self.context.sessions() as session:
            if number_blocks.lost(session) is not None:
                check = StoreCheck.LOST
        self.check = check
        return check

    def held(self) -> list[number_blocks.BlockUse]:
        """The blocks this workstation may print from now, as last kept from the server."""
        with self.context.sessions() as session:
            return [use for use in number_blocks.uses(session) if use.closed_at is None]

    @property
    def lost(self) -> bool:
        return self.check is StoreCheck.LOST

    def after_print(self) -> None:
        """After a print: more blocks when running low, asked for off the clerk's path
        (logged in offline: at the next log-in's check)."""
        if self.context.desk.online:
            self.top_up.top_up_soon(self.context.actor, self.today().year)

    def recover(self, username: str, password: str) -> Recovered:
        """A shift supervisor, logging in here for the moment, recovers this workstation:
        its old blocks closed at the server, its audit chain and issuances brought back,
        new blocks, and a new workstation key enrolled and approved by them."""
        workstation = self.context.settings.get(cfg.WORKSTATION)
        supervisor = self.door.sibling()
        try:
            login = supervisor.login(username, password, workstation)
            actor = Actor(login.user.username, workstation, login.user.center.code)
            recovered = self.supply.recover(supervisor, actor)
            self.keys.refresh_signing_key()  # the old key is revoked: a new one, waiting
            waiting = self.keys.key_waiting()
            if waiting is not None:
                supervisor.approve_enrollment(waiting)
                self.keys.refresh_signing_key()
            self.check = StoreCheck.RECOGNISED
            try:
                supervisor.logout()
            except ServerError as exc:
                log.info("supervisor's log-out did not reach the server: %s", type(exc).__name__)
            return recovered
        finally:
            supervisor.close()
