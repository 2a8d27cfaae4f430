"""The clerk's desk: the workstation's parts wired together, as blocking calls.

Nothing here touches Qt; every method is meant to run inside an operation (see
``ui.operations``) so the GUI thread never waits on the network, the disk or the printer.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk import dispatch, local_login, workflow
from clerk_desk.api import (
    AcceptanceOut,
    Center,
    DashboardOut,
    LoginOut,
    LookupReport,
    Notice,
    RejectionOut,
    Role,
    User,
)
from clerk_desk.crypto import StoreKey
from clerk_desk.dates import when
from clerk_desk.messages import QT_TRANSLATE_NOOP
from clerk_desk.ports.link import Courier
from clerk_desk.refusals import REFUSALS
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.counter import Counter
from clerk_desk.workflow import Actor, RuleViolation
from printing.verification import DocumentSigner, page_url_of
from sync.client import LOGOUT_TIMEOUT, CentralClient, Offline, ServerError
from sync.credentials import TokenStore
from sync.enrollment import SigningKey, WorkstationKey
from sync.events import EventHub
from sync.leases import LeaseKeeper
from sync.outbox import OutboxPusher, PushResult
from sync.puller import Puller
from ui.desk_printing import DeskPrinting
from ui.desk_reconciliation import DeskReconciliation
from ui.desk_store import DeskStore

log = logging.getLogger(__name__)


class _PushNow:
    """The outbox pushed at once, on the caller's thread (until one sync worker owns it)."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def deliver_soon(self) -> None:
        self._desk.push_quietly()


class Desk:
    def __init__(
        self,
        settings: cfg.Config,
        sessions: sessionmaker[Session],
        client: CentralClient,
        tokens: TokenStore,
        events: EventHub,
        documents_dir: Path,
        *,
        store_key: StoreKey,
    ) -> None:
        self.settings = settings
        self.sessions = sessions
        self.client = client
        self.tokens = tokens
        self.events = events
        self.documents_dir = documents_dir
        self.store_key = store_key  # encrypts the store's personal data and the PDFs
        self.puller = Puller(client, sessions, events)
        self.pusher = OutboxPusher(client, sessions, events)
        # What the use cases (clerk_desk.usecases) share; Desk's areas move into them.
        self.context = WorkContext(settings, sessions, store_key, documents_dir)
        self.store_file = self.context.store_file  # checked before each record
        self.courier: Courier = _PushNow(self)
        self.counter = Counter(self.context, client, self.courier, events)
        self.signer: DocumentSigner | None = None  # once a supervisor approved this workstation
        self.signing_key: SigningKey | None = None
        self.printing = DeskPrinting(
            settings,
            sessions,
            client,
            documents_dir,
            store_key,
            actor=lambda: self.actor,
            center=lambda: self.center,
            signer=self._ready_signer,
            delivered=self._after_print,
        )
        self.store = DeskStore(
            client,
            sessions,
            service_indicator=lambda: settings.get(cfg.S10_SERVICE),
            workstation=lambda: settings.get(cfg.WORKSTATION),
            refresh_key=self.refresh_signing_key,
            key_waiting=self._key_waiting,
        )
        self.reports = DeskReconciliation(
            settings,
            sessions,
            client,
            documents_dir,
            store_key,
            center=lambda: self.center,
            person=lambda: self.login_result.user.full_name if self.login_result else "",
        )

    @property
    def login_result(self) -> LoginOut | None:
        return self.context.desk.login

    @login_result.setter
    def login_result(self, login: LoginOut | None) -> None:
        self.context.desk.login = login

    # --- who is at the desk -------------------------------------------------------------

    def login(self, username: str, password: str) -> LoginOut:
        """Log in at the server; when it cannot be reached, against the last successful
        log-in kept on this workstation, so the clerk goes on with the desk offline."""
        workstation = self.settings.get(cfg.WORKSTATION)
        try:
            result = self.client.login(username, password, workstation)
        except Offline:
            offline = self._login_offline(username, password)
            if offline is None:
                raise
            result = offline
        else:
            self.tokens.save(self.client.base_url, username, result.token)
            with self.sessions.begin() as session:
                local_login.remember_login(
                    session, username, password, result.user.model_dump(mode="json")
                )
        self.login_result = result
        self.pusher.author = result.user.username  # what others queued waits for them
        self.refresh_signing_key()
        self._audit("log_in", {"offline": not result.token})
        self.store.at_log_in(online=bool(result.token))  # a lost store is recognised here
        return result

    def _login_offline(self, username: str, password: str) -> LoginOut | None:
        with self.sessions() as session:
            user = local_login.check_login(session, username, password)
        if user is None:
            return None
        log.info("logged in offline")
        # No token: the first answer from the server asks for a real log-in.
        return LoginOut(token="", expires_at=datetime.now(UTC), user=User.model_validate(user))

    def unlock(self, password: str) -> bool:
        """Check the password of the person at the desk, offline, to lift the idle lock."""
        if self.login_result is None:
            return False
        with self.sessions() as session:
            ok = local_login.check_login(session, self.login_result.user.username, password)
        self._audit("unlock" if ok else "unlock_refused", {})
        return ok is not None

    def log_out(self) -> None:
        """Audited here, at once; :meth:`end_session` then tells the server (network)."""
        if self.login_result is not None:
            self._audit("log_out", {})

    def end_session(self) -> None:
        """Revoke this desk's token at the server and forget it here. Bounded by the
        client's log-out timeout; a server out of reach is logged, not raised: the token
        then ends by itself (idle time, end of shift)."""
        login = self.login_result
        if login is None or not self.client.token:
            return
        # What this person did goes with their own token before it is revoked: the server
        # takes an audit entry only from its author, so entries left here would wait, and
        # hold back the next clerk's behind them, until this one logs in here again.
        with self.client.bounded(LOGOUT_TIMEOUT):
            self.push_quietly()
        try:
            self.client.logout()
        except ServerError as exc:
            log.info("log-out did not reach the server: %s", type(exc).__name__)
        finally:
            self.tokens.forget(self.client.base_url, login.user.username)

    def purge_old(self) -> int:
        """Delete requests dispatched or picked up longer ago than the setting allows, and
        their PDFs (the decision evidence stays on the server); audited with counts only."""
        from clerk_desk.purge import purge, purge_documents

        with self.sessions.begin() as session:
            report = purge(
                session, self.settings.get(cfg.PURGE_DAYS), datetime.now(UTC), actor=self.actor
            )
        purge_documents(self.documents_dir, report.request_ids)
        return len(report.request_ids)

    def record_lock(self) -> None:
        self._audit("lock", {})

    def _audit(self, action: str, detail: dict[str, Any]) -> None:
        from clerk_desk import audit

        actor = self.actor
        with self.sessions.begin() as session:
            audit.append(
                session,
                actor=actor.username,
                workstation=actor.workstation,
                action=action,
                detail=detail,
            )

    def refresh_signing_key(self) -> DocumentSigner | None:
        """This workstation's own key: made and enrolled at the first log-in, certified once
        a shift supervisor approves; offline, as last kept in the keyring."""
        workstation = WorkstationKey(self.client, self.tokens, self.settings.get(cfg.WORKSTATION))
        self.signing_key = key = workstation.refresh()
        self.signer = None
        if key is not None and key.approved and key.certificate is not None:
            try:
                page = page_url_of(self.settings.get(cfg.SERVER_URL))
                self.signer = DocumentSigner.from_keyring(key.seed, key.certificate, page)
            except ValueError:
                log.warning("the kept certificate is not that of the workstation key")
        return self.signer

    def _key_waiting(self) -> str | None:
        key = self.signing_key
        return key.key_id if key is not None and not key.approved else None

    def _after_print(self) -> None:
        """After a print (or a settled interruption): deliver the outbox, and ask for more
        numbers when running low; both wait for the link when it is down."""
        self.push_quietly()
        if self.login_result is not None and self.login_result.token:
            self.store.after_print(self.actor)

    def _ready_signer(self) -> DocumentSigner:
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
        if not signer.valid_at(datetime.now(UTC)):
            raise RuleViolation(
                REFUSALS["certificate_not_valid_now"].template,
                not_before=f"{signer.certificate.not_before:%Y-%m-%d %H:%M}",
                not_after=f"{signer.certificate.not_after:%Y-%m-%d %H:%M}",
            )
        return signer

    def record_workstation_decision(self, action: str, key_id: str) -> None:
        """A supervisor's approval or revocation of a workstation key, in the audit log."""
        self._audit(action, {"key_id": key_id})

    @property
    def actor(self) -> Actor:
        if self.login_result is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "nobody is logged in"))
        user = self.login_result.user
        return Actor(user.username, self.settings.get(cfg.WORKSTATION), user.center.code)

    def _is_clerk(self) -> bool:
        return self.login_result is not None and self.login_result.user.role is Role.CLERK

    @property
    def center(self) -> Center:
        if self.login_result is None:
            raise RuleViolation(QT_TRANSLATE_NOOP("Rules", "nobody is logged in"))
        return self.login_result.user.center

    # --- sync ---------------------------------------------------------------------------

    def pull(self) -> workflow.UpsertResult:
        self.store_file.check()  # the timer's pull is where a vanished store is noticed
        result = self.puller.pull()
        self.push_quietly()
        return result

    def push(self) -> PushResult:
        return self.pusher.push()

    def push_quietly(self) -> None:
        """Try to deliver the outbox now; if it cannot, it waits for the next try."""
        try:
            self.pusher.push()
        except ServerError as exc:  # offline, log-in expired, certificate refused
            log.info("outbox waits: %s", type(exc).__name__)

    def keep_lease(self, request_id: str) -> None:
        """Renew the open request's claim when it nears expiry (raises LeaseTaken if a
        colleague took it meanwhile; offline, the clerk works on inside the lease)."""
        if not self._is_clerk():
            return
        keeper = LeaseKeeper(self.client, self.sessions, self.events, self.actor)
        try:
            keeper.renew_if_due(request_id)
        except Offline:
            log.info("lease not renewed: offline")

    # --- through to the post -----------------------------------------------------------------

    def seal(self, request_id: str) -> None:
        with self.sessions.begin() as session:
            dispatch.seal(session, self.actor, request_id)
        self.push_quietly()

    def hand_to_citizen(self, request_id: str, received_by: str) -> None:
        with self.sessions.begin() as session:
            dispatch.hand_to_citizen(session, self.actor, request_id, received_by)
        self.push_quietly()

    def keep_for_pickup(self, request_id: str) -> None:
        with self.sessions.begin() as session:
            dispatch.keep_for_pickup(session, self.actor, request_id)
        self.push_quietly()

    def check_scan(self, code: str, already: list[str]) -> dispatch.ScannedEnvelope:
        with self.sessions() as session:
            return dispatch.check_scan(session, code, already)

    def prepare_manifest(self, codes: list[str]) -> tuple[str, Path]:
        """Store the scanned envelopes as a batch and render its manifest; (batch id, PDF)."""
        from printing.manifest import ManifestFacts, ManifestLine, render_manifest
        from printing.pdf import write_pdf

        with self.sessions.begin() as session:
            batch = dispatch.create_dispatch(session, self.actor, codes)
            lines = tuple(
                ManifestLine(item.request_id, item.tracking_number, item.recipient_city)
                for item in batch.items
            )
            batch_id = batch.id
        login = self.login_result
        facts = ManifestFacts(
            batch_id=batch_id,
            prepared_on=datetime.now(UTC).date(),
            center_name=self.center.name_ar,
            center_city=self.center.city_ar,
            clerk_name=login.user.full_name if login else "",
            lines=lines,
        )
        path = write_pdf(
            self.documents_dir / "dispatch" / f"{batch_id}.pdf",
            render_manifest(facts),
            self.store_key,
        )
        return batch_id, path

    def read_pdf(self, path: Path) -> bytes:
        """The clear bytes of a PDF this desk wrote (they are encrypted on disk)."""
        from printing.pdf import read_pdf

        return read_pdf(path, self.store_key)

    def print_file(self, path: Path, title: str) -> None:
        from printing import printer

        name = self.settings.get(cfg.PRINTER) or printer.default_printer()
        if not name:
            raise printer.PrinterMissing("(none)")
        printer.wait_for_job(printer.submit(name, self.read_pdf(path), title=title))

    def hand_over(self, batch_id: str, courier_name: str) -> int:
        with self.sessions.begin() as session:
            batch = dispatch.hand_over(session, self.actor, batch_id, courier_name)
            count = len(batch.items)
        self.push_quietly()
        return count

    def print_shift_envelopes(self, since: datetime) -> int:
        """All envelopes printed since ``since`` and not yet sealed, as one print job."""
        from printing import printer
        from printing.batch import print_batch

        name = self.settings.get(cfg.PRINTER) or printer.default_printer()
        if not name:
            raise printer.PrinterMissing("(none)")
        with self.sessions() as session:
            issuances = dispatch.printed_not_sealed(session, since)
            if not issuances:
                return 0
            job = print_batch(
                name,
                issuances,
                key=self.store_key,
                which="envelope",
                envelope_size=self.settings.get(cfg.ENVELOPE_SIZE),
            )
        printer.wait_for_job(job)
        return len(issuances)

    def reconciliation(self, since: datetime) -> Path:
        """This counter's reconciliation since ``since``, compared with the server, written
        among the desk's documents for printing."""
        report = self.reports.of_this_counter(since, datetime.now(UTC))
        return self.reports.for_printing(report)

    def record_settings_change(self, keys: list[str]) -> None:
        self._audit("settings_change", {"settings": keys})

    # --- the supervisor ---------------------------------------------------------------------

    def dashboard(self, since: datetime) -> DashboardOut:
        return self.client.dashboard(since)

    @staticmethod
    def export_dashboard(figures: DashboardOut, path: str) -> None:
        from clerk_desk.files import write_atomically
        from clerk_desk.reports import dashboard_csv

        # utf-8 with a byte-order mark: spreadsheet programs then read the Arabic right.
        write_atomically(path, dashboard_csv(figures).encode("utf-8-sig"))

    def acceptance_sample(self, since: datetime) -> list[AcceptanceOut]:
        """Acceptances drawn for the four-eyes check, each with its check once made."""
        share = self.settings.get(cfg.FOUR_EYES_PERCENT) / 100
        return list(self.client.acceptance_sample(share, since).items)

    def record_second_look(self, request_id: str, concern: str) -> None:
        """The supervisor's four-eyes check of an acceptance: audited here, then sent."""
        with self.sessions.begin() as session:
            workflow.second_look(session, self.actor, request_id, concern)
        self.push_quietly()  # offline, it waits in the outbox like a decision

    def notices(self) -> list[Notice]:
        """What supervisors told this clerk and the clerk has not yet marked as seen."""
        return list(self.client.notices().items)

    def notice_seen(self, notice_id: int) -> None:
        self.client.mark_notice_read(notice_id)

    def registry_lookups(self, since: datetime) -> LookupReport:
        return self.client.registry_lookups(since)

    def request_history(self, request_id: str) -> list[tuple[str, str, str, str]]:
        """(when, who by name, where, what) for a request, from every workstation's audit
        chain."""
        history = self.client.request_history(request_id)
        return [
            (when(e.at), e.actor_name or e.actor, e.workstation, e.action) for e in history.items
        ]

    def rejections(self) -> list[RejectionOut]:
        return list(self.client.rejections().items)

    def review(self, request_id: str, outcome: str, note: str) -> None:
        with self.sessions.begin() as session:
            workflow.review(session, self.actor, request_id, outcome, note)
        self.push()
