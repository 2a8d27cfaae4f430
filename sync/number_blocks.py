"""This workstation's number blocks with the central server, and the recognition and
recovery of a lost store (blocking calls: run them off the GUI thread).

After log-in (``check_store``): the server's head of this workstation's audit chain must
be in the chain here, and the blocks held here must be the ones the server reserved; the
blocks are refilled at the same time. A mismatch marks the store as lost
(``clerk_desk.number_blocks.mark_lost``): nothing is printed until a shift supervisor
recovers it (``recover``). After each print (``refill_if_low``): more blocks when fewer
than half a block remain, quietly when the server cannot be reached (the workstation goes
on with what it holds, and refuses to print when it holds nothing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import number_blocks, store_recovery
from clerk_desk.number_blocks_api import AuditEntryOut, BlocksIn
from clerk_desk.ports.session import SupervisorLink
from clerk_desk.store_recovery import Recovered, StoreCheck
from clerk_desk.workflow import Actor
from sync.client import CentralClient, Conflict, Offline, ServerError

log = logging.getLogger(__name__)

MISMATCH = "workstation_store_mismatch"


class NumberBlocks:
    """The blocks this workstation holds, kept in step with the server."""

    def __init__(
        self,
        client: CentralClient,
        sessions: sessionmaker[Session],
        service_indicator: Callable[[], str],
    ) -> None:
        self.client = client
        self.sessions = sessions
        self.service_indicator = service_indicator
        self.refill_below = 1  # until the server says (its BlockPolicy)

    def refill(self) -> int:
        """Tell the server how far the blocks held here are used and keep its answer;
        returns how many blocks are new. Raises Conflict (store lost, marked so) and
        ServerError (offline …) to the caller."""
        with self.sessions() as session:
            held = number_blocks.held(session)
        try:
            answer = self.client.number_blocks(
                BlocksIn(service_indicator=self.service_indicator(), held=held)
            )
        except Conflict as exc:
            if exc.code == MISMATCH:
                with self.sessions.begin() as session:
                    number_blocks.mark_lost(session, "blocks")
            raise
        self.refill_below = answer.refill_below
        with self.sessions.begin() as session:
            new = number_blocks.keep(session, answer.blocks)
        if new:  # say at once that they are held: from then on, a store without them is lost
            with self.sessions() as session:
                held = number_blocks.held(session)
            self.client.number_blocks(
                BlocksIn(service_indicator=self.service_indicator(), held=held)
            )
        return new

    def check_store(self) -> StoreCheck:
        """At log-in: is this store the one the server knows? Refills the blocks if so."""
        try:
            head = self.client.audit_head()
            with self.sessions.begin() as session:
                if not store_recovery.audit_matches(session, head):
                    log.warning("the audit chain here does not hold the server's head")
                    number_blocks.mark_lost(session, "audit")
                    return StoreCheck.LOST
                if number_blocks.lost(session) is not None:
                    return StoreCheck.LOST
            self.refill()
        except Conflict as exc:
            if exc.code == MISMATCH:
                return StoreCheck.LOST
            raise
        except Offline:
            return StoreCheck.OFFLINE
        return StoreCheck.RECOGNISED

    def refill_if_low(self, actor: Actor, year: int) -> None:
        """After a print: ask for more when running low; offline, later."""
        with self.sessions() as session:
            low = number_blocks.running_low(
                session, actor, year, self.service_indicator(), self.refill_below
            )
        if low:
            try:
                self.refill()
            except ServerError as exc:
                log.info("number blocks not refilled now: %s", type(exc).__name__)

    def recover(self, supervisor: SupervisorLink, supervisor_actor: Actor) -> Recovered:
        """A supervisor (logged in on ``supervisor`` at this workstation) recovers it:
        the server closes the old blocks and revokes its keys; the server's audit chain
        and issuances are brought here; new blocks follow."""
        workstation = supervisor_actor.workstation
        recovery = supervisor.recover_workstation(workstation)
        entries: list[AuditEntryOut] = []
        more = True
        while more:
            page = supervisor.audit_entries(after=entries[-1].id if entries else 0)
            entries += page.items
            more = page.more and bool(page.items)
        issued = supervisor.workstation_issuances(workstation).items
        with self.sessions.begin() as session:
            rebuilt = store_recovery.rebuild(session, supervisor_actor, recovery, entries, issued)
        log.warning(
            "store recovered: %d server entries, %d issuances, %d blocks closed here",
            rebuilt.server_entries,
            rebuilt.issuances,
            rebuilt.closed_blocks,
        )
        self.refill()
        return Recovered(recovery, rebuilt)


class TopUpAside:
    """Tops up the blocks after a print off the clerk's path
    (``clerk_desk.ports.session.BlockTopUp``): on a thread and an HTTP session of its own,
    with the clerk's token, so no print waits on the link and no HTTP session is shared
    between threads. A stand-in until the one sync worker does it in its turn."""

    def __init__(self, blocks: NumberBlocks) -> None:
        self.blocks = blocks  # the desk's own: its refill_below is the server's policy
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="number-blocks")
        self.pending: Future[None] | None = None  # the last top-up asked for

    def top_up_soon(self, actor: Actor, year: int) -> None:
        token = self.blocks.client.token
        if token:
            self.pending = self._pool.submit(self._top_up, token, actor, year)

    def _top_up(self, token: str, actor: Actor, year: int) -> None:
        link = self.blocks.client.sibling()
        link.token = token
        try:
            aside = NumberBlocks(link, self.blocks.sessions, self.blocks.service_indicator)
            aside.refill_below = self.blocks.refill_below
            aside.refill_if_low(actor, year)  # quiet when the server cannot be reached
            self.blocks.refill_below = aside.refill_below
        except Exception:  # on a thread nobody waits for: said in the log, tried again later
            log.exception("number blocks not topped up")
        finally:
            link.close()

    def wait(self) -> None:
        """Until the last top-up asked for is done (the tests, and closing)."""
        if self.pending is not None:
            self.pending.result()
