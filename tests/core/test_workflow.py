"""The clerk's and supervisor's actions as transactions on a real store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import api, audit, number_blocks, workflow
from clerk_desk.api import RegistryRecord, RequestOut
from clerk_desk.comparison import Comparison, Verdict, compare_records
from clerk_desk.fields import PersonField
from clerk_desk.services import SERVICES
from clerk_desk.states import IllegalTransition, RequestState
from clerk_desk.store.db import open_store
from clerk_desk.store.models import (
    AuditEntry,
    Decision,
    Issuance,
    OutboxMessage,
    Request,
)
from clerk_desk.workflow import Actor, IssuanceNumbers, RuleViolation
from tests.number_blocks import hold
from tests.paper_desk import CLERK, NN, REGISTRY, SUBMITTED, T0
from tests.store_keys import TEST_STORE_KEY

F = PersonField
S = RequestState

SHA_A, SHA_B, SHA_C, SHA_D = ("a" * 64, "b" * 64, "c" * 64, "d" * 64)


def request_out(
    request_id: str = "DAM-000001",
    *,
    status: RequestState = S.ASSIGNED,
    updated_at: datetime = T0,
    subject: dict[str, Any] | None = None,
    **overrides: Any,
) -> RequestOut:
    values: dict[str, Any] = {
        "id": request_id,
        "service_code": "civil_extract_individual",
        "service_class": "fast",
        "center_code": "DAM",
        "status": status,
        "requester_name": "أحمد سامر الحلبي",
        "subject": subject or SUBMITTED,
        "delivery": {
            "method": "post",
            "recipient_name": "أحمد الحلبي",
            "address_ar": "المزة، بناء ٤",
            "city_ar": "دمشق",
        },
        "submitted_at": T0 - timedelta(days=1),
        "assigned_at": T0 - timedelta(hours=2),
        "updated_at": updated_at,
    }
    values.update(overrides)
    return RequestOut.model_validate(values)


def compare(subject: dict[str, Any], record: RegistryRecord = REGISTRY) -> Comparison:
    registry = {f.value: str(v) for f in PersonField if (v := getattr(record, f.value)) is not None}
    return compare_records(subject, registry, SERVICES["civil_extract_individual"].checked_fields)


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    yield factory
    factory.kw["bind"].dispose()


def put(sessions: sessionmaker[Session], *items: RequestOut) -> workflow.UpsertResult:
    with sessions.begin() as session:
        return workflow.upsert_requests(session, items)


def open_request(
    sessions: sessionmaker[Session],
    request_id: str = "DAM-000001",
    subject: dict[str, Any] | None = None,
    record: RegistryRecord = REGISTRY,
) -> None:
    """What Desk.open_request records: the claim, then the registry snapshot."""
    put(sessions, request_out(request_id, subject=subject))
    with sessions.begin() as session:
        workflow.record_claim(session, CLERK, request_id, T0 + timedelta(minutes=15))
        workflow.record_snapshot(session, CLERK, request_id, record)


def status(sessions: sessionmaker[Session], request_id: str = "DAM-000001") -> str:
    with sessions() as session:
        return session.get_one(Request, request_id).status


def count(sessions: sessionmaker[Session], model: type[Any]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def outbox(sessions: sessionmaker[Session]) -> list[OutboxMessage]:
    with sessions() as session:
        return list(session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def accept(sessions: sessionmaker[Session], request_id: str = "DAM-000001") -> Decision:
    with sessions.begin() as session:
        return workflow.accept(session, CLERK, request_id)


def mark_delivered(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        for message in session.scalars(select(OutboxMessage)):
            message.status = "done"


# --- pulling ------------------------------------------------------------------------------


def test_new_requests_are_stored_and_counted(sessions: sessionmaker[Session]) -> None:
    result = put(sessions, request_out("DAM-000001"), request_out("DAM-000002"))
    assert result == workflow.UpsertResult(new=2, updated=0, withdrawn=0)
    with sessions() as session:
        stored = session.get_one(Request, "DAM-000001")
        assert stored.status == "assigned"
        assert stored.subject_national_number == NN
        assert stored.subject["mother_name"] == "هدى الخطيب"
        assert stored.delivery_method == "post"
        assert stored.delivery["city_ar"] == "دمشق"
        assert stored.server_updated_at == T0


def test_a_changed_request_is_updated_not_duplicated(sessions: sessionmaker[Session]) -> None:
    put(sessions, request_out(), request_out("DAM-000002"))
    result = put(
        sessions,
        request_out(
            status=S.IN_REVIEW,
            updated_at=T0 + timedelta(minutes=5),
            claimed_by="dam.clerk2",
            lease_expires_at=T0 + timedelta(minutes=20),
        ),
    )
    assert result == workflow.UpsertResult(new=0, updated=1, withdrawn=0)
    assert count(sessions, Request) == 2
    with sessions() as session:
        stored = session.get_one(Request, "DAM-000001")
        assert stored.status == "in_review"
        assert stored.claimed_by == "dam.clerk2"
        assert stored.lease_expires_at == T0 + timedelta(minutes=20)


def test_a_withdrawn_request_is_counted_once(sessions: sessionmaker[Session]) -> None:
    put(sessions, request_out(), request_out("DAM-000002"))
    withdrawn = request_out(status=S.WITHDRAWN, updated_at=T0 + timedelta(hours=1))
    assert put(sessions, withdrawn, request_out("DAM-000002")) == workflow.UpsertResult(0, 2, 1)
    assert status(sessions) == "withdrawn"
    assert put(sessions, withdrawn).withdrawn == 0  # already known


def test_a_local_decision_not_yet_pushed_wins_over_the_servers_older_status(
    sessions: sessionmaker[Session],
) -> None:
    open_request(sessions)
    accept(sessions)
    assert status(sessions) == "accepted"
    # The next pull still carries the server's view from before the decision reached it.
    older = request_out(status=S.IN_REVIEW, claimed_by="dam.clerk1")
    assert put(sessions, older).updated == 1
    assert status(sessions) == "accepted"
    # Not even a withdrawal overrides it: the outbox must be settled first.
    assert put(sessions, request_out(status=S.WITHDRAWN)).withdrawn == 0
    assert status(sessions) == "accepted"


def test_once_delivered_the_servers_status_is_taken_again(sessions: sessionmaker[Session]) -> None:
    open_request(sessions)
    accept(sessions)
    mark_delivered(sessions)
    put(sessions, request_out(status=S.PRINTED, updated_at=T0 + timedelta(hours=1)))
    assert status(sessions) == "printed"


def test_a_pull_does_not_close_the_request_the_clerk_has_open(
    sessions: sessionmaker[Session],
) -> None:
    open_request(sessions)
    assert status(sessions) == "in_review"
    # The server says "assigned" until a decision arrives; the claim is this clerk's.
    mine = request_out(claimed_by="dam.clerk1", lease_expires_at=T0 + timedelta(minutes=15))
    put(sessions, mine)
    assert status(sessions) == "in_review"
    accept(sessions)  # and the clerk can still decide it
    assert status(sessions) == "accepted"


def test_a_request_a_colleague_took_goes_back_to_assigned(
    sessions: sessionmaker[Session],
) -> None:
    open_request(sessions)
    theirs = request_out(claimed_by="dam.clerk2", lease_expires_at=T0 + timedelta(minutes=40))
    put(sessions, theirs)
    assert status(sessions) == "assigned"
    with sessions() as session:
        assert session.get_one(Request, "DAM-000001").claimed_by == "dam.clerk2"


def test_a_large_page_is_stored_in_one_go(sessions: sessionmaker[Session]) -> None:
    items = [request_out(f"DAM-{n:06d}") for n in range(1, 1201)]  # over one IN (...) chunk
    assert put(sessions, *items) == workflow.UpsertResult(new=1200, updated=0, withdrawn=0)
    assert put(sessions, *items[-700:]) == workflow.UpsertResult(new=0, updated=700, withdrawn=0)
    assert count(sessions, Request) == 1200
    with sessions() as session:
        stored = session.get_one(Request, "DAM-001200")
        assert stored.submitted_at == T0 - timedelta(days=1)  # aware, as stored by the ORM
        assert stored.delivery["city_ar"] == "دمشق"


# --- accepting ----------------------------------------------------------------------------


def test_accept_needs_the_registry_record(sessions: sessionmaker[Session]) -> None:
    put(sessions, request_out())
    with sessions.begin() as session:
        workflow.record_claim(session, CLERK, "DAM-000001", T0)
    with pytest.raises(RuleViolation, match="registry record has not been fetched"):
        accept(sessions)
    assert status(sessions) == "in_review"


def test_accept_of_an_unknown_request_is_refused(sessions: sessionmaker[Session]) -> None:
    with pytest.raises(RuleViolation, match="DAM-000404 is not on this workstation"):
        accept(sessions, "DAM-000404")


def test_a_mismatch_cannot_be_accepted(sessions: sessionmaker[Session]) -> None:
    subject = {**SUBMITTED, "mother_name": "هند الخطيب"}
    open_request(sessions, subject=subject)
    comparison = compare(subject)
    assert comparison.verdict is Verdict.MISMATCH
    with pytest.raises(RuleViolation, match="does not match the registry"), sessions.begin() as s:
        # Ticking every field does not turn a difference into a pass.
        workflow.accept(s, CLERK, "DAM-000001", acknowledged=list(PersonField))
    assert status(sessions) == "in_review"
    assert count(sessions, Decision) == 0
    assert count(sessions, OutboxMessage) == 0


def test_each_spelling_variant_must_be_acknowledged(sessions: sessionmaker[Session]) -> None:
    subject = {**SUBMITTED, "first_name": "احمد", "last_name": "الحلبى"}
    open_request(sessions, subject=subject)
    comparison = compare(subject)
    assert comparison.verdict is Verdict.ACKNOWLEDGE
    assert set(comparison.equivalent_fields) == {F.FIRST_NAME, F.LAST_NAME}

    with pytest.raises(RuleViolation, match="first_name, last_name"), sessions.begin() as s:
        workflow.accept(s, CLERK, "DAM-000001")
    with (
        pytest.raises(RuleViolation, match=r"spelling variant.*: last_name$"),
        sessions.begin() as s,
    ):
        workflow.accept(s, CLERK, "DAM-000001", acknowledged=[F.FIRST_NAME])
    assert count(sessions, Decision) == 0

    with sessions.begin() as s:
        workflow.accept(s, CLERK, "DAM-000001", [F.FIRST_NAME, F.LAST_NAME])
    assert status(sessions) == "accepted"


def test_accept_writes_decision_outbox_and_audit_together(sessions: sessionmaker[Session]) -> None:
    open_request(sessions)
    comparison = compare(SUBMITTED)
    assert comparison.verdict is Verdict.MATCH
    audit_before = count(sessions, AuditEntry)
    with sessions.begin() as session:
        workflow.accept(session, CLERK, "DAM-000001")

    with sessions() as session:
        request = session.get_one(Request, "DAM-000001")
        assert request.status == "accepted"
        [decision] = request.decisions
        assert decision.outcome == "accept"
        assert decision.reason_code is None
        assert decision.decided_by == "dam.clerk1"
        assert decision.snapshot_id == request.snapshots[-1].id
        assert decision.comparison == comparison.to_json()

        [message] = session.scalars(select(OutboxMessage))
        assert message.kind == "decision"
        assert message.request_id == "DAM-000001"
        assert message.status == "queued"
        assert message.attempts == 0
        assert message.payload["idempotency_key"] == message.idempotency_key
        assert message.payload["outcome"] == "accept"
        assert message.payload["registry_snapshot"]["national_number"] == NN
        # What waits in the outbox passes the wire contract as it is.
        api.DecisionIn.model_validate(message.payload)

        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        assert len(entries) == audit_before + 1
        assert (entries[-1].action, entries[-1].actor) == ("accept", "dam.clerk1")
        assert entries[-1].request_id == "DAM-000001"
        assert audit.verify(session).intact


def test_a_decision_is_all_or_nothing(sessions: sessionmaker[Session]) -> None:
    # The workflow does not commit on its own: if the user's action fails after it,
    # neither the state, the decision, the outbox message nor the audit entry remains.
    open_request(sessions)
    audit_before = count(sessions, AuditEntry)
    with pytest.raises(RuntimeError, match="power cut"), sessions.begin() as session:
        workflow.accept(session, CLERK, "DAM-000001")
        raise RuntimeError("power cut")
    assert status(sessions) == "in_review"
    assert count(sessions, Decision) == 0
    assert count(sessions, OutboxMessage) == 0
    assert count(sessions, AuditEntry) == audit_before


def test_a_request_is_not_decided_twice(sessions: sessionmaker[Session]) -> None:
    open_request(sessions)
    accept(sessions)
    with pytest.raises(IllegalTransition, match="from accepted to accepted"):
        accept(sessions)
    with (
        pytest.raises(IllegalTransition, match="from accepted to rejected"),
        sessions.begin() as session,
    ):
        workflow.reject(session, CLERK, "DAM-000001", "other", "نص")
    assert count(sessions, Decision) == 1
    assert count(sessions, OutboxMessage) == 1


def test_an_unclaimed_request_cannot_be_accepted(sessions: sessionmaker[Session]) -> None:
    put(sessions, request_out())
    with sessions.begin() as session:
        workflow.record_snapshot(session, CLERK, "DAM-000001", REGISTRY)
    with pytest.raises(IllegalTransition, match="from assigned to accepted"):
        accept(sessions)


def test_idempotency_keys_are_unique(sessions: sessionmaker[Session]) -> None:
    for n in range(1, 6):
        open_request(sessions, f"DAM-00000{n}")
        if n % 2:
            accept(sessions, f"DAM-00000{n}")
        else:
            with sessions.begin() as session:
                workflow.reject(session, CLERK, f"DAM-00000{n}", "other", "سبب")
    keys = [m.idempotency_key for m in outbox(sessions)]
    assert len(keys) == 5
    assert len(set(keys)) == 5
    # And the store itself refuses a repeated key.
    with pytest.raises(IntegrityError), sessions.begin() as session:
        session.add(
            OutboxMessage(
                idempotency_key=keys[0],
                request_id="DAM-000001",
                kind="decision",
                payload={},
                created_at=T0,
            )
        )


# --- rejecting ----------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["", "made_up", "DATA_MISMATCH"])
def test_reject_needs_a_catalogue_reason(sessions: sessionmaker[Session], code: str) -> None:
    open_request(sessions)
    with pytest.raises(RuleViolation, match="from the catalogue"), sessions.begin() as session:
        workflow.reject(session, CLERK, "DAM-000001", code, "نص السبب")
    assert status(sessions) == "in_review"


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_reject_needs_a_text_for_the_citizen(sessions: sessionmaker[Session], text: str) -> None:
    open_request(sessions)
    with (
        pytest.raises(RuleViolation, match="reason the citizen will read"),
        sessions.begin() as session,
    ):
        workflow.reject(session, CLERK, "DAM-000001", "data_mismatch", text)
    assert count(sessions, Decision) == 0
    assert count(sessions, OutboxMessage) == 0


def test_reject_records_the_reason_and_evidence(sessions: sessionmaker[Session]) -> None:
    subject = {**SUBMITTED, "birth_date": "1990-05-18"}
    open_request(sessions, subject=subject)
    comparison = compare(subject)
    with sessions.begin() as session:
        workflow.reject(
            session,
            CLERK,
            "DAM-000001",
            "data_mismatch",
            "  تاريخ الولادة لا يطابق السجل.\n",
        )
    assert status(sessions) == "rejected"
    with sessions() as session:
        [decision] = session.scalars(select(Decision))
        assert decision.outcome == "reject"
        assert decision.reason_code == "data_mismatch"
        assert decision.reason_text == "تاريخ الولادة لا يطابق السجل."
        assert decision.comparison["blocking_fields"] == ["birth_date"]
        assert decision.comparison == comparison.to_json()  # computed inside, not passed in
        [message] = session.scalars(select(OutboxMessage))
        body = api.DecisionIn.model_validate(message.payload)
        assert (body.outcome, body.reason_code) == ("reject", "data_mismatch")
        assert body.reason_text == "تاريخ الولادة لا يطابق السجل."
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None
        assert (last.action, last.detail) == ("reject", {"reason_code": "data_mismatch"})


def test_reject_without_a_registry_record(sessions: sessionmaker[Session]) -> None:
    # A missing-document rejection does not need the registry.
    put(sessions, request_out())
    with sessions.begin() as session:
        workflow.record_claim(session, CLERK, "DAM-000001", T0)
        workflow.reject(session, CLERK, "DAM-000001", "missing_document", "أرفق الصورة")
    with sessions() as session:
        [decision] = session.scalars(select(Decision))
        assert decision.snapshot_id is None
        assert decision.comparison == {}
        [message] = session.scalars(select(OutboxMessage))
        assert message.payload["registry_snapshot"] == {}


# --- printing -----------------------------------------------------------------------------


def numbers(session: Session, *, year: int = 2026) -> IssuanceNumbers:
    hold(session, CLERK, year=year)
    return IssuanceNumbers(
        number_blocks.next_document_number(session, CLERK, year),
        number_blocks.next_tracking_number(session, "RR"),
    )


def issue(sessions: sessionmaker[Session], reprint_reason: str | None = None) -> workflow.Issuance:
    with sessions.begin() as session:
        return workflow.record_issuance(
            session, CLERK, "DAM-000001", numbers(session), SHA_A, SHA_B,
            "/docs/doc.pdf", "/docs/env.pdf", reprint_reason,
        )  # fmt: skip


def test_only_an_accepted_request_is_printed(sessions: sessionmaker[Session]) -> None:
    open_request(sessions)
    with pytest.raises(RuleViolation, match="only an accepted request"):
        issue(sessions)
    assert count(sessions, Issuance) == 0


def test_first_printing_is_recorded(sessions: sessionmaker[Session]) -> None:
    open_request(sessions)
    accept(sessions)
    issuance = issue(sessions)
    assert status(sessions) == "printed"
    assert issuance.document_number == "DAM-2026-W1-000001"
    assert issuance.tracking_number == "RR100000003SY"
    assert issuance.reprint_reason is None
    messages = outbox(sessions)
    assert [m.kind for m in messages] == ["decision", "issuance"]
    body = api.IssuanceIn.model_validate(messages[1].payload)
    assert body.document_number == "DAM-2026-W1-000001"
    assert body.document_sha256 == SHA_A
    with sessions() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None
        assert last.action == "print"
        assert last.detail == {"document_number": "DAM-2026-W1-000001"}


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_a_second_printing_without_a_reason_is_refused(
    sessions: sessionmaker[Session], reason: str | None
) -> None:
    open_request(sessions)
    accept(sessions)
    issue(sessions)
    with pytest.raises(RuleViolation, match="already printed; state why"):
        issue(sessions, reason)
    assert count(sessions, Issuance) == 1
    assert [m.kind for m in outbox(sessions)] == ["decision", "issuance"]


def test_a_reprint_with_a_reason_is_recorded_as_a_reprint(
    sessions: sessionmaker[Session],
) -> None:
    open_request(sessions)
    accept(sessions)
    first = issue(sessions)
    second = issue(sessions, "الورقة علقت في الطابعة")
    assert status(sessions) == "printed"
    assert second.reprint_reason == "الورقة علقت في الطابعة"
    assert second.document_number != first.document_number
    assert second.tracking_number != first.tracking_number
    with sessions() as session:
        assert [i.reprint_reason for i in session.get_one(Request, "DAM-000001").issuances] == [
            None,
            "الورقة علقت في الطابعة",
        ]
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None
        assert last.action == "reprint"
        assert last.detail["reason"] == "الورقة علقت في الطابعة"
        assert audit.verify(session).intact
    assert [m.kind for m in outbox(sessions)] == ["decision", "issuance", "issuance"]


def test_a_document_number_is_never_printed_twice(sessions: sessionmaker[Session]) -> None:
    open_request(sessions)
    accept(sessions)
    issue(sessions)
    with pytest.raises(IntegrityError), sessions.begin() as session:
        workflow.record_issuance(
            session, CLERK, "DAM-000001",
            IssuanceNumbers("DAM-2026-W1-000001", None), SHA_C, SHA_D, "a", "b", "again",
        )  # fmt: skip


# --- the supervisor -----------------------------------------------------------------------


def reject_one(sessions: sessionmaker[Session]) -> None:
    open_request(sessions)
    with sessions.begin() as session:
        workflow.reject(session, CLERK, "DAM-000001", "data_mismatch", "سبب")


SUPERVISOR = Actor("dam.supervisor", "W9", "DAM")


def test_an_overturned_rejection_returns_to_the_queue(sessions: sessionmaker[Session]) -> None:
    reject_one(sessions)
    with sessions.begin() as session:
        workflow.review(session, SUPERVISOR, "DAM-000001", "overturn", "الاسم صحيح")
    assert status(sessions) == "assigned"
    review = outbox(sessions)[-1]
    body = api.ReviewIn.model_validate(review.payload)
    assert (review.kind, body.outcome, body.note) == ("review", "overturn", "الاسم صحيح")


def test_an_upheld_rejection_is_final(sessions: sessionmaker[Session]) -> None:
    reject_one(sessions)
    with sessions.begin() as session:
        workflow.review(session, SUPERVISOR, "DAM-000001", "uphold", "")
    assert status(sessions) == "upheld"


def test_an_overturn_needs_a_note(sessions: sessionmaker[Session]) -> None:
    reject_one(sessions)
    with pytest.raises(RuleViolation, match="say why"), sessions.begin() as session:
        workflow.review(session, SUPERVISOR, "DAM-000001", "overturn", "  ")
    with pytest.raises(RuleViolation, match="upholds or overturns"), sessions.begin() as session:
        workflow.review(session, SUPERVISOR, "DAM-000001", "approve", "x")
    assert status(sessions) == "rejected"
