"""The counter's requests: open one, decide it, read the citizen's papers.

Opening is one round trip (the claim brings the subject's registry record); deciding is
local: one transaction writes the state, the decision with its evidence (the comparison,
made here from the stored request and snapshot), the audit entry and the outbox message,
and the sync worker delivers it. Every answer is a :class:`RequestView`: what the request
panel draws, with the steps the state machine allows now.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

from sqlalchemy.orm import Session

from clerk_desk import attachments, audit, workflow
from clerk_desk.api import ClaimOut, Delivery, DeliveryMethod, RegistryRecord, SubmittedPerson
from clerk_desk.api_payments import Payment
from clerk_desk.attachments import Paper
from clerk_desk.comparison import Comparison
from clerk_desk.decision_rules import (
    DecisionRefused,
    check_acceptance,
    check_paid,
    compare_with_registry,
)
from clerk_desk.fields import PersonField
from clerk_desk.link_errors import BadAnswer, Offline, Refused
from clerk_desk.local_time import when
from clerk_desk.messages import QT_TRANSLATE_NOOP, ExplainedError
from clerk_desk.national_number import parse_national_number
from clerk_desk.payments import PaymentChannel, PaymentState
from clerk_desk.ports.counter import CounterLink, LinkState
from clerk_desk.ports.link import Courier
from clerk_desk.states import LEASED_WHILE_OPEN, WORKABLE, RequestState, Step, next_steps
from clerk_desk.store.models import Request
from clerk_desk.usecases import post_story
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.post_story import AFTER_THE_COUNTER, PostLine, PostStory, merged

log = logging.getLogger(__name__)

OFFLINE = QT_TRANSLATE_NOOP("Rules", "offline: the civil-registry record cannot be fetched now")
NOT_FETCHED = QT_TRANSLATE_NOOP(
    "Rules",
    "the civil-registry record is fetched only by the clerk who opens the request to decide it",
)


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One line of the request's history at this workstation."""

    at: str  # the hour today, else the date too (:func:`when`)
    actor: str
    action: str
    moment: datetime  # when, for the order among the post's events


@dataclass(frozen=True, slots=True)
class PaymentView:
    """The citizen's fee for a request, as last pulled: how much (Syrian pounds), through
    which channel, the channel's receipt reference, when, and where it stands now."""

    amount: int
    channel: PaymentChannel
    reference: str
    paid_at: datetime
    state: PaymentState
    refund_amount: int = 0
    note: str = ""  # why it changed last (a reversal's reason, in the server's English)

    @property
    def paid(self) -> bool:
        """Whether the fee is in the paid state, the one an acceptance needs."""
        try:
            check_paid(self.state)
        except DecisionRefused:
            return False
        return True

    @classmethod
    def of(cls, stored: dict[str, Any] | None) -> PaymentView | None:
        """The payment the store keeps (``Payment``'s JSON form); None when the server
        sent none (older than payments)."""
        if stored is None:
            return None
        payment = Payment.model_validate(stored)
        return cls(
            amount=payment.amount,
            channel=payment.channel,
            reference=payment.reference,
            paid_at=payment.paid_at,
            state=payment.state,
            refund_amount=payment.refund_amount,
            note=payment.note,
        )


@dataclass(frozen=True, slots=True)
class RequestView:
    """A request as the counter sees it: what was submitted, the registry record the
    decision rests on, their comparison, and the steps allowed now."""

    request_id: str
    service_code: str
    state: RequestState
    requester_name: str
    relation_ar: str
    subject: SubmittedPerson
    delivery: Delivery
    registry: RegistryRecord | None
    comparison: Comparison | None
    steps: frozenset[Step]
    # The spelling variants the clerk confirmed when accepting (none before).
    confirmed: frozenset[PersonField] = frozenset()
    # Why the registry record is not there; the panel says it in the clerk's language.
    problem: Exception | None = None
    offline: bool = False
    history: tuple[HistoryLine, ...] = ()
    papers: tuple[Paper, ...] = field(default_factory=tuple)
    collected: bool = False  # a pickup envelope already handed over at the counter
    # The citizen's fee (None: the server sent none, being older than payments).
    payment: PaymentView | None = None

    # What the server told of it after the counter (asked by :meth:`Counter.after_counter`).
    story: PostStory | None = None

    @property
    def timeline(self) -> tuple[HistoryLine | PostLine, ...]:
        """The history here and the post's events, in time order."""
        events = self.story.events if self.story is not None else ()
        return merged(self.history, events)

    @property
    def after_the_counter(self) -> bool:
        """Whether the post or the citizen's messages may have something to tell of it."""
        return self.state in AFTER_THE_COUNTER

    @property
    def pickup(self) -> bool:
        return self.delivery.method is DeliveryMethod.PICKUP

    @property
    def renews_lease(self) -> bool:
        """Whether the clerk holds a lease on it that must be kept while it is open."""
        return self.state in LEASED_WHILE_OPEN

    def can_accept(self, ticked: frozenset[PersonField]) -> bool:
        """Whether accepting is allowed with the spelling variants ``ticked`` (the server
        checks the same rule again): the fee paid, the comparison allowing it."""
        if Step.DECIDE not in self.steps or self.comparison is None:
            return False
        try:
            check_paid(self.payment.state if self.payment is not None else None)
            check_acceptance(self.comparison, ticked)
        except DecisionRefused:
            return False
        return True


class Counter:
    """The counter's use cases for one workstation."""

    def __init__(
        self,
        context: WorkContext,
        link: CounterLink,
        courier: Courier,
        link_state: LinkState,
    ) -> None:
        self.context = context
        self.link = link
        self.courier = courier
        self.link_state = link_state

    # --- opening --------------------------------------------------------------------------

    def open(self, request_id: str) -> RequestView:
        """Claim the request and receive the subject's registry record in the same round
        trip (the server records the look-up), then compare them. A supervisor, or a
        request past deciding and printing, opens to be looked at: no claim, no look-up."""
        context = self.context
        actor = context.actor
        with context.sessions() as session:
            request = workflow.get_request(session, request_id)
            state = RequestState(request.status)
            submitted_number = request.subject_national_number
        if not (context.is_clerk and state in WORKABLE):
            return self.view(request_id)
        context.store_file.check()
        # A Conflict (a colleague works it) goes up as it came: its code says it in the
        # clerk's language, not the server's English.
        try:
            claim = self.link.claim(request_id, with_registry=True)
        except Offline:
            return self.view(request_id, offline=True)
        problem: Exception | None = None
        fetched: RegistryRecord | None = None
        offline = False
        try:
            fetched = self._subject_record(claim, submitted_number)
        except Offline:
            offline = True
        except Exception as exc:  # a malformed number, a refusal: shown, nothing stored
            problem = exc
        with context.sessions.begin() as session:
            workflow.record_claim(session, actor, request_id, claim.lease_expires_at)
            if fetched is not None:
                workflow.record_snapshot(session, actor, request_id, fetched)
            return self._view(session, request_id, problem=problem, offline=offline)

    def _subject_record(self, claim: ClaimOut, submitted_number: str) -> RegistryRecord:
        """The subject's record the claim brought (asked separately of an older server)."""
        number = parse_national_number(submitted_number)
        if claim.registry_answer is None:  # a server older than the claim's record
            return self.link.registry_record(number)
        if claim.registry is None:
            raise Refused.of("no_such_person", status=404)
        if claim.registry.national_number != number:
            raise BadAnswer.of("another_person")
        return claim.registry

    def view(self, request_id: str, *, offline: bool = False) -> RequestView:
        """The request as it stands in the store (after a pull, a print, a step)."""
        with self.context.sessions() as session:
            return self._view(session, request_id, offline=offline)

    def _view(
        self,
        session: Session,
        request_id: str,
        *,
        problem: Exception | None = None,
        offline: bool = False,
    ) -> RequestView:
        request = workflow.get_request(session, request_id)
        state = RequestState(request.status)
        snapshot = workflow.latest_snapshot(request)
        registry = RegistryRecord.model_validate(snapshot.record) if snapshot else None
        comparison = None
        if snapshot is not None:
            comparison = compare_with_registry(
                request.service_code, request.subject, snapshot.record
            )
        elif problem is None:
            problem = ExplainedError(OFFLINE if offline else NOT_FETCHED)
        delivery = Delivery.model_validate(request.delivery)
        collected = request.collected_at is not None
        return RequestView(
            request_id=request.id,
            service_code=request.service_code,
            state=state,
            requester_name=request.requester_name,
            relation_ar=request.relation_ar,
            subject=SubmittedPerson.model_validate(request.subject),
            delivery=delivery,
            registry=registry,
            comparison=comparison,
            steps=next_steps(
                state, pickup=delivery.method is DeliveryMethod.PICKUP, collected=collected
            ),
            confirmed=_confirmed(request, comparison),
            problem=problem,
            offline=offline,
            history=tuple(
                HistoryLine(when(e.at), e.actor, e.action, e.at)
                for e in audit.history(session, request_id)
            ),
            papers=tuple(attachments.papers_of(session, request_id)),
            collected=collected,
            payment=PaymentView.of(request.payment),
        )

    def after_counter(self, view: RequestView) -> RequestView:
        """``view`` with what the server tells of it after the counter: the post's events
        of its envelope and the messages the citizen was sent (asked now; nothing is asked
        of a request still at the counter)."""
        if not view.after_the_counter:
            return view
        return replace(view, story=post_story.ask(self.link, view.request_id))

    def exists(self, request_id: str) -> bool:
        with self.context.sessions() as session:
            return session.get(Request, request_id) is not None

    # --- deciding -------------------------------------------------------------------------

    def accept(self, request_id: str, acknowledged: frozenset[PersonField]) -> RequestView:
        """Record the acceptance: the core compares the stored request with its stored
        registry snapshot itself and refuses what the rules refuse (RuleViolation). The
        decision reaches the server through the outbox; the clerk does not wait for it."""
        return self._decide(request_id, "accept", acknowledged=acknowledged)

    def reject(self, request_id: str, reason_code: str, reason_text: str) -> RequestView:
        """Record the rejection with its catalogue reason and the text the citizen reads."""
        return self._decide(request_id, "reject", reason=(reason_code, reason_text))

    def _decide(
        self,
        request_id: str,
        outcome: Literal["accept", "reject"],
        *,
        acknowledged: frozenset[PersonField] = frozenset(),
        reason: tuple[str, str] = ("", ""),
    ) -> RequestView:
        context = self.context
        context.store_file.check()
        actor = context.actor
        with context.sessions.begin() as session:
            if outcome == "accept":
                workflow.accept(session, actor, request_id, acknowledged)
            else:
                workflow.reject(session, actor, request_id, *reason)
            view = self._view(session, request_id)
        self.courier.deliver_soon()
        return view

    # --- the citizen's papers ---------------------------------------------------------------

    def papers(self, request_id: str) -> list[Paper]:
        with self.context.sessions() as session:
            return attachments.papers_of(session, request_id)

    def paper_content(self, paper: Paper) -> bytes:
        """A paper's bytes: from the store, or fetched now if they have not arrived yet."""
        sessions = self.context.sessions
        with sessions() as session:
            try:
                return attachments.content_of(session, paper.id)
            except attachments.PaperUnavailable:
                if not self.link_state.online:
                    raise
        try:
            content = self.link.attachment(paper.request_id, paper.announced())
        except Offline:
            with sessions() as session:
                return attachments.content_of(session, paper.id)  # not here: says so
        with sessions.begin() as session:
            attachments.keep_content(session, paper.id, content)
        return content


def _confirmed(request: Request, comparison: Comparison | None) -> frozenset[PersonField]:
    """An accepted request's spelling variants, all confirmed by the clerk who accepted
    it (the rule allows no acceptance otherwise)."""
    accepted = any(d.outcome == "accept" for d in request.decisions)
    if comparison is None or not accepted:
        return frozenset()
    return frozenset(comparison.equivalent_fields)
