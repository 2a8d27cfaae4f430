"""What the shift supervisor does: the review of rejections, the four-eyes check of a
sample of acceptances, the center's figures and registry look-ups, a request's history
across workstations; and the notices supervisors leave a clerk.

The views are the server's answers as typed, frozen models (``clerk_desk.api``); what a
supervisor decides (a review, a second look) is written here in one transaction with its
audit entry and outbox message, then handed to the courier: the supervisor waits on the
link for what only the server knows (its lists and figures), never for a decision to be
delivered. A review waiting in the outbox keeps its rejection out of the list meanwhile,
so it is not decided twice.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select

from clerk_desk import config as cfg
from clerk_desk import workflow
from clerk_desk.api import AcceptanceOut, DashboardOut, LookupReport, Notice, RejectionOut
from clerk_desk.api_payments import MoneyOut
from clerk_desk.fee_reconciliation import (
    MAX_FILE_BYTES,
    FeeReconciliation,
    MoneyLine,
    fee_reconciliation,
    read_settlement,
    settled_days,
)
from clerk_desk.files import write_atomically
from clerk_desk.link_errors import Refused
from clerk_desk.local_time import when
from clerk_desk.ports.link import Courier
from clerk_desk.ports.supervision import SupervisionLink
from clerk_desk.reports import dashboard_csv, money_csv
from clerk_desk.store.models import OutboxMessage
from clerk_desk.usecases.context import WorkContext


class HistoryLine(NamedTuple):
    """One line of a request's history, as the review shows it."""

    at: str  # the hour today, else the date too (``clerk_desk.local_time.when``)
    actor: str  # by full name when the server knows it
    workstation: str
    action: str


class Supervision:
    """The shift supervisor's use cases (and the clerk's notices)."""

    def __init__(self, context: WorkContext, link: SupervisionLink, courier: Courier) -> None:
        self.context = context
        self.link = link
        self.courier = courier

    # --- the review ---------------------------------------------------------------------

    def rejections(self) -> list[RejectionOut]:
        """The center's rejections awaiting review, less those reviewed here whose review
        is still on its way to the server."""
        with self.context.sessions() as session:
            waiting = set(
                session.scalars(
                    select(OutboxMessage.request_id).where(
                        OutboxMessage.kind == "review", OutboxMessage.status == "queued"
                    )
                )
            )
        return [r for r in self.link.rejections().items if r.request.id not in waiting]

    def review(self, request_id: str, outcome: str, note: str) -> None:
        """Uphold or overturn a rejection: recorded here, then delivered by the courier
        (a refusal by the server shows among the outbox's failed messages, like a clerk's
        decision)."""
        self.context.store_file.check()
        with self.context.sessions.begin() as session:
            workflow.review(session, self.context.actor, request_id, outcome, note)
        self.courier.deliver_soon()

    def acceptance_sample(self, since: datetime) -> list[AcceptanceOut]:
        """Acceptances drawn for the four-eyes check, each with its check once made."""
        share = self.context.settings.get(cfg.FOUR_EYES_PERCENT) / 100
        return list(self.link.acceptance_sample(share, since).items)

    def record_second_look(self, request_id: str, concern: str) -> None:
        """The supervisor's four-eyes check of an acceptance: audited here, then sent
        (offline, it waits in the outbox like a decision)."""
        self.context.store_file.check()
        with self.context.sessions.begin() as session:
            workflow.second_look(session, self.context.actor, request_id, concern)
        self.courier.deliver_soon()

    def request_history(self, request_id: str, now: datetime | None = None) -> list[HistoryLine]:
        """A request's history from every workstation's audit chain, oldest first."""
        history = self.link.request_history(request_id)
        return [
            HistoryLine(when(e.at, now), e.actor_name or e.actor, e.workstation, e.action)
            for e in history.items
        ]

    # --- figures ----------------------------------------------------------------------------

    def dashboard(self, since: datetime) -> DashboardOut:
        return self.link.dashboard(since)

    @staticmethod
    def export_dashboard(figures: DashboardOut, path: str | Path) -> None:
        # UTF-8 with a byte-order mark: spreadsheet programs then read the Arabic right.
        write_atomically(path, dashboard_csv(figures).encode("utf-8-sig"))

    def registry_lookups(self, since: datetime) -> LookupReport:
        return self.link.registry_lookups(since)

    # --- the fees ----------------------------------------------------------------------------

    def money(self, since: datetime, until: datetime) -> MoneyOut:
        """The center's fees in [since, until): collected by service and channel, refunds."""
        return self.link.money(since, until)

    @staticmethod
    def export_money(figures: MoneyOut, path: str | Path) -> None:
        write_atomically(path, money_csv(figures).encode("utf-8-sig"))

    def reconcile_settlement_file(self, path: str | Path, day: date) -> FeeReconciliation:
        """The gateway's settlement file at ``path`` against the server's lines of its days
        (an empty file: of ``day``). A malformed file raises :class:`SettlementError`,
        before anything is asked of the server."""
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
        return self._reconcile(data, day)

    def reconcile_training_settlement(self, day: date) -> FeeReconciliation:
        """The same with ``day``'s settlement fetched from a training server's gateway
        simulator."""
        return self._reconcile(self.link.training_settlement(day), day)

    def training_gateway_answers(self, day: date) -> bool:
        """Whether the server has a training gateway to fetch settlements from (a real
        one's settlement comes as a file, from the gateway's own service)."""
        try:
            self.link.training_settlement(day)
        except Refused as exc:
            if exc.status == 404:
                return False
            raise
        return True

    def _reconcile(self, data: bytes, day: date) -> FeeReconciliation:
        settled = read_settlement(data)
        first, last = settled_days(settled, day)
        # The gateway settles by UTC day, and the server gives each line its UTC day.
        since = datetime.combine(first, time(), UTC)
        figures = self.link.money(since, datetime.combine(last + timedelta(days=1), time(), UTC))
        ours = [MoneyLine(x.reference, x.amount, x.channel, x.day) for x in figures.lines]
        return fee_reconciliation(ours, settled, first, last, figures.other_centers)

    # --- notices --------------------------------------------------------------------------

    def notices(self) -> list[Notice]:
        """What supervisors told this clerk and the clerk has not yet marked as seen."""
        return list(self.link.notices().items)

    def notice_seen(self, notice_id: int) -> None:
        self.link.mark_notice_read(notice_id)
