"""Who is at the desk: log-in (at the server, or offline against the last log-in kept
here), the idle lock, log-out; what the session records in the audit log; and this
workstation's own signing key, without which it prints nothing.

The log-in lives in ``WorkContext.desk`` and is set here only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from clerk_desk import audit, local_login
from clerk_desk import config as cfg
from clerk_desk.api import LoginOut, User, WorkstationCertificate
from clerk_desk.link_errors import Offline, ServerError
from clerk_desk.ports.session import (
    BlockTopUp,
    EnrolledKey,
    KeyEnrollment,
    NumberSupply,
    SessionDelivery,
    SessionLink,
    SupervisorDoor,
    TokenKeeper,
)
from clerk_desk.ports.signing import Signer
from clerk_desk.purge import purge, purge_documents
from clerk_desk.refusals import REFUSALS
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.numbers import WorkstationNumbers
from clerk_desk.workflow import RuleViolation

log = logging.getLogger(__name__)

S = TypeVar("S", bound=Signer)

# Makes the signer from the key kept in the keyring and the certificate the center signed
# for it (``printing.verification.DocumentSigner.from_keyring``); ValueError when the two
# do not belong together.
SignerFactory = Callable[[str, WorkstationCertificate], S]


def _utcnow() -> datetime:
    return datetime.now(UTC)


class WorkSession(Generic[S]):
    """The person at this desk and this workstation's standing (``numbers``).

    Generic in the signer it makes, so the paper's use cases get the signer type they
    render with."""

    def __init__(
        self,
        context: WorkContext,
        link: SessionLink,
        tokens: TokenKeeper,
        keys: KeyEnrollment,
        make_signer: SignerFactory[S],
        delivery: SessionDelivery,
        *,
        supply: NumberSupply,
        top_up: BlockTopUp,
        door: SupervisorDoor,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.context = context
        self.link = link
        self.tokens = tokens
        self.keys = keys
        self.make_signer = make_signer
        self.delivery = delivery
        self.clock = clock
        self.signer: S | None = None  # once a supervisor approved this workstation's key
        self.signing_key: EnrolledKey | None = None
        self.door = door
        self.numbers = WorkstationNumbers(context, supply, top_up, door, keys=self)

    # --- log-in and out -------------------------------------------------------------------

    def login(self, username: str, password: str) -> LoginOut:
        """Log in at the server; when it cannot be reached, against the last successful
        log-in kept on this workstation, so the clerk goes on with the desk offline.
        Raises ``Offline`` when neither works, ``Refused`` for a wrong password online."""
        workstation = self.context.settings.get(cfg.WORKSTATION)
        try:
            result = self.link.login(username, password, workstation)
        except Offline:
            offline = self._login_offline(username, password)
            if offline is None:
                raise
            result = offline
        else:
            self.tokens.save(self.link.base_url, username, result.token)
            with self.context.sessions.begin() as session:
                local_login.remember_login(
                    session, username, password, result.user.model_dump(mode="json")
                )
        self.context.desk.login = result
        self.delivery.deliver_as(result.user.username)  # what others queued waits for them
        self.refresh_signing_key()
        self._audit("log_in", {"offline": not result.token})
        self.numbers.at_log_in()  # a lost store is recognised here
        return result

    def _login_offline(self, username: str, password: str) -> LoginOut | None:
        with self.context.sessions() as session:
            user = local_login.check_login(session, username, password)
        if user is None:
            return None
        log.info("logged in offline")
        # No token: the first answer from the server asks for a real log-in.
        return LoginOut(token="", expires_at=self.clock(), user=User.model_validate(user))

    def unlock(self, password: str) -> bool:
        """Check the password of the person at the desk, offline, to lift the idle lock;
        audited either way."""
        login = self.context.desk.login
        if login is None:
            return False
        with self.context.sessions() as session:
            ok = local_login.check_login(session, login.user.username, password) is not None
        self._audit("unlock" if ok else "unlock_refused", {})
        return ok

    def log_out(self) -> None:
        """Audited here, at once; :meth:`end_session` then tells the server (network)."""
        if self.context.desk.login is not None:
            self._audit("log_out", {})

    def end_session(self) -> None:
        """Revoke this desk's token at the server and forget it here. Bounded by the
        link's log-out timeout; a server out of reach is logged, not raised: the token
        then ends by itself (idle time, end of shift)."""
        login = self.context.desk.login
        if login is None or not self.link.token:
            return
        # What this person did goes with their own token before it is revoked: the server
        # takes an audit entry only from its author, so entries left here would wait, and
        # hold back the next clerk's behind them, until this one logs in here again.
        self.delivery.deliver_before_log_out()
        try:
            self.link.logout()
        except ServerError as exc:
            log.info("log-out did not reach the server: %s", type(exc).__name__)
        finally:
            self.tokens.forget(self.link.base_url, login.user.username)

    # --- the session's records ------------------------------------------------------------

    def purge_old(self) -> int:
        """Delete requests dispatched or picked up longer ago than the setting allows, and
        their PDFs (the decision evidence stays on the server); audited with counts only."""
        with self.context.sessions.begin() as session:
            report = purge(
                session,
                self.context.settings.get(cfg.PURGE_DAYS),
                self.clock(),
                actor=self.context.actor,
            )
        purge_documents(self.context.documents_dir, report.request_ids)
        return len(report.request_ids)

    def record_lock(self) -> None:
        self._audit("lock", {})

    def record_settings_change(self, keys: list[str]) -> None:
        self._audit("settings_change", {"settings": keys})

    def record_workstation_decision(self, action: str, key_id: str) -> None:
        """A supervisor's approval or revocation of a workstation key, in the audit log."""
        self._audit(action, {"key_id": key_id})

    def _audit(self, action: str, detail: dict[str, Any]) -> None:
        actor = self.context.actor
        with self.context.sessions.begin() as session:
            audit.append(
                session,
                actor=actor.username,
                workstation=actor.workstation,
                action=action,
                detail=detail,
            )

    # --- the workstation's key --------------------------------------------------------------

    def refresh_signing_key(self) -> S | None:
        """This workstation's own key: made and enrolled at the first log-in, certified once
        a shift supervisor approves; offline, as last kept in the keyring."""
        self.signing_key = key = self.keys.refresh(self.context.settings.get(cfg.WORKSTATION))
        self.signer = None
        if key is not None and key.approved and key.certificate is not None:
            try:
                self.signer = self.make_signer(key.seed, key.certificate)
            except ValueError:
                log.warning("the kept certificate is not that of the workstation key")
        return self.signer

    def key_waiting(self) -> str | None:
        """The id of this workstation's key while it waits for a supervisor's approval."""
        key = self.signing_key
        return key.key_id if key is not None and not key.approved else None

    def approve_here(self, username: str, password: str) -> S | None:
        """A shift supervisor at this desk approves the key waiting here with their own
        log-in, in a session of their own ended at once (a new workstation's set-up);
        returns the signer then made. ``Refused`` when the person is not a supervisor of
        this center. A key approved already is only asked for again."""
        waiting = self.key_waiting()
        if waiting is None:
            return self.refresh_signing_key()
        supervisor = self.door.sibling()
        try:
            supervisor.login(username, password, self.context.settings.get(cfg.WORKSTATION))
            supervisor.approve_enrollment(waiting)
            try:
                supervisor.logout()
            except ServerError as exc:
                log.info("supervisor's log-out did not reach the server: %s", type(exc).__name__)
        finally:
            supervisor.close()
        return self.refresh_signing_key()

    def ready_signer(self) -> S:
        """The signer, asking the server again if this workstation was still waiting for
        approval; a RuleViolation that says why it cannot sign otherwise."""
        signer = self.signer or self.refresh_signing_key()
        key = self.signing_key
        if signer is None:
            if key is None or key.key_id is None:
                raise RuleViolation(REFUSALS["not_enrolled"].template)
            raise RuleViolation(
                REFUSALS["awaiting_approval"].template,
                workstation=key.workstation,
                key_id=key.key_id,
            )
        if not signer.valid_at(self.clock()):
            raise RuleViolation(
                REFUSALS["certificate_not_valid_now"].template,
                not_before=f"{signer.certificate.not_before:%Y-%m-%d %H:%M}",
                not_after=f"{signer.certificate.not_after:%Y-%m-%d %H:%M}",
            )
        return signer
