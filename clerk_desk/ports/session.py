"""What the session's use cases (``clerk_desk.usecases.session`` and ``.numbers``) ask of
the server, the keyring and the sync worker.

``sync.client.CentralClient`` is a ``SessionLink``, a ``SupervisorLink`` and a
``SupervisorDoor`` as it is; ``sync.credentials.TokenStore`` is a ``TokenKeeper``;
``sync.number_blocks.NumberBlocks`` is a ``NumberSupply``; ``sync.enrollment.KeyEnroller``
is a ``KeyEnrollment`` and ``sync.enrollment.SigningKey`` an ``EnrolledKey``. The
``SessionDelivery`` and ``BlockTopUp`` are the sync worker's (``ui.desk`` has stand-ins
until it lands).
"""

from __future__ import annotations

from typing import Protocol

from clerk_desk.api import Enrollment, LoginOut, WorkstationCertificate
from clerk_desk.number_blocks_api import AuditEntriesOut, IssuedList, RecoveryOut
from clerk_desk.store_recovery import Recovered, StoreCheck
from clerk_desk.workflow import Actor


class SessionLink(Protocol):
    """The log-in at the central server, for the person at the desk."""

    base_url: str
    token: str | None  # None or "" once logged out (or never logged in)

    def login(self, username: str, password: str, workstation: str = "") -> LoginOut:
        """Raises ``Offline`` when the server cannot be reached, ``Refused`` otherwise."""
        ...

    def logout(self) -> None:
        """End the session at the server, within a short bound; raises ``ServerError``."""
        ...


class TokenKeeper(Protocol):
    """The log-in token, kept in the system keyring and nowhere else."""

    def save(self, server_url: str, username: str, token: str) -> bool: ...

    def forget(self, server_url: str, username: str) -> None: ...


class EnrolledKey(Protocol):
    """Where this workstation's own signing key stands (read-only)."""

    @property
    def workstation(self) -> str: ...

    @property
    def seed(self) -> str:
        """The private key, as the keyring keeps it: handed to the signer, never logged."""
        ...

    @property
    def key_id(self) -> str | None: ...

    @property
    def certificate(self) -> WorkstationCertificate | None: ...

    @property
    def approved(self) -> bool: ...


class KeyEnrollment(Protocol):
    """Makes this workstation's key if need be, enrolls it and keeps what the server says."""

    def refresh(self, workstation: str) -> EnrolledKey | None:
        """The key as the server now sees it (offline: as last kept); None when the keyring
        cannot keep a key."""
        ...


class SessionDelivery(Protocol):
    """The outbox's delivery, as the session sees it."""

    def deliver_as(self, username: str) -> None:
        """From now on deliver what ``username`` queued: the server takes an entry only
        from its author, so what others queued here waits for them."""
        ...

    def deliver_before_log_out(self) -> None:
        """Deliver what waits now, with the token about to be revoked, within the short
        log-out bound; returns when delivered or given up (never raises)."""
        ...


class SupervisorLink(Protocol):
    """A shift supervisor's own session with the server, opened at this desk for a
    moment (to recover its store)."""

    def login(self, username: str, password: str, workstation: str = "") -> LoginOut: ...

    def logout(self) -> None: ...

    def close(self) -> None: ...

    def approve_enrollment(self, key_id: str) -> Enrollment: ...

    def recover_workstation(self, workstation: str, note: str = "") -> RecoveryOut: ...

    def audit_entries(self, after: int = 0) -> AuditEntriesOut: ...

    def workstation_issuances(self, workstation: str) -> IssuedList: ...


class SupervisorDoor(Protocol):
    """Opens a supervisor's session with the same server (without the clerk's token)."""

    def sibling(self) -> SupervisorLink: ...


class NumberSupply(Protocol):
    """The number blocks this workstation holds, kept in step with the server."""

    def check_store(self) -> StoreCheck:
        """Is this store the one the server knows? Refills the blocks if so; raises
        ``ServerError`` when it cannot tell."""
        ...

    def recover(self, supervisor: SupervisorLink, supervisor_actor: Actor) -> Recovered:
        """The server closes the old blocks; its copy of this store is brought here."""
        ...


class BlockTopUp(Protocol):
    """Tops up the number blocks when they run low, off the clerk's path."""

    def top_up_soon(self, actor: Actor, year: int) -> None:
        """Ask for more blocks at the sync worker's next turn if fewer than the server's
        policy remain; returns at once (offline: later, quietly)."""
        ...
