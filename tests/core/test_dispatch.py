"""Sealing, scanning into a dispatch, handing over to the post, shelving, reconciling."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import audit, dispatch, number_blocks, workflow
from clerk_desk.collector_rules import CollectorRefused
from clerk_desk.digits import to_arabic_indic
from clerk_desk.dispatch import DispatchRefused, ScanRefused
from clerk_desk.reconciliation import reconcile
from clerk_desk.states import RequestState
from clerk_desk.store.db import make_engine, migrate, open_store
from clerk_desk.store.models import AuditEntry, DispatchBatch, OutboxMessage, Request
from clerk_desk.workflow import Actor, IssuanceNumbers, RuleViolation
from tests.collectors import subject
from tests.core.test_workflow import NN, REGISTRY, request_out
from tests.number_blocks import hold
from tests.store_keys import TEST_STORE_KEY

CLERK = Actor("dam.clerk1", "W1", "DAM")
TODAY = date(2026, 11, 29)
S = RequestState


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    with factory.begin() as session:
        hold(session, CLERK)
    yield factory
    factory.kw["bind"].dispose()


def printed(sessions: sessionmaker[Session], request_id: str, method: str = "post") -> str | None:
    """A request taken through claim, snapshot, acceptance and printing; its tracking number."""
    delivery = {"method": method, "recipient_name": "أحمد الحلبي"}
    if method == "post":
        delivery |= {"address_ar": "المزة، بناء ٤", "city_ar": "حلب"}
    with sessions.begin() as session:
        workflow.upsert_requests(session, [request_out(request_id, delivery=delivery)])
    with sessions.begin() as session:
        now = workflow.now()
        workflow.record_claim(session, CLERK, request_id, now + timedelta(minutes=15))
        workflow.record_snapshot(session, CLERK, request_id, REGISTRY)
        workflow.accept(session, CLERK, request_id)
        tracking = None
        if method == "post":
            tracking = number_blocks.next_tracking_number(session, "RR")
        numbers = IssuanceNumbers(
            number_blocks.next_document_number(session, CLERK, 2026), tracking
        )
        workflow.record_issuance(
            session, CLERK, request_id, numbers, "a" * 64, "b" * 64, "d.pdf", "e.pdf"
        )
    return tracking


def sealed(sessions: sessionmaker[Session], request_id: str, method: str = "post") -> str | None:
    tracking = printed(sessions, request_id, method)
    with sessions.begin() as session:
        dispatch.seal(session, CLERK, request_id)
    return tracking


def status(sessions: sessionmaker[Session], request_id: str) -> str:
    with sessions() as session:
        return session.get_one(Request, request_id).status


def outbox(sessions: sessionmaker[Session]) -> list[tuple[str, str]]:
    with sessions() as session:
        rows = session.execute(
            select(OutboxMessage.kind, OutboxMessage.request_id).order_by(OutboxMessage.id)
        )
        return [(kind, request_id) for kind, request_id in rows]


def batches(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(DispatchBatch)) or 0


# --- sealing and shelving -------------------------------------------------------------------


def test_seal_moves_a_printed_request_and_queues_a_message(
    sessions: sessionmaker[Session],
) -> None:
    printed(sessions, "DAM-000001")
    with sessions.begin() as session:
        dispatch.seal(session, CLERK, "DAM-000001")
    assert status(sessions, "DAM-000001") == "sealed"
    assert outbox(sessions)[-1] == ("seal", "DAM-000001")
    with sessions() as session:
        assert audit.history(session, "DAM-000001")[-1].action == "seal"
        with pytest.raises(RuleViolation, match="only a printed envelope"):
            dispatch.seal(session, CLERK, "DAM-000001")


def test_an_accepted_request_not_yet_printed_cannot_be_sealed(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        workflow.upsert_requests(session, [request_out("DAM-000001")])
    with sessions() as session, pytest.raises(RuleViolation):
        dispatch.seal(session, CLERK, "DAM-000001")


def test_a_sealed_pickup_envelope_is_kept_at_the_center(sessions: sessionmaker[Session]) -> None:
    sealed(sessions, "DAM-000001", "pickup")
    with sessions.begin() as session:
        dispatch.keep_for_pickup(session, CLERK, "DAM-000001")
    assert status(sessions, "DAM-000001") == "awaiting_pickup"
    assert [k for k, _ in outbox(sessions)][-2:] == ["seal", "pickup"]


def test_a_shelved_envelope_is_handed_to_the_subject_with_their_id_card(
    sessions: sessionmaker[Session],
) -> None:
    sealed(sessions, "DAM-000001", "pickup")
    ahmad = subject("سامر الحلبي", NN)
    with sessions() as session, pytest.raises(RuleViolation, match="not on the pickup shelf"):
        dispatch.hand_to_citizen(session, CLERK, "DAM-000001", ahmad, TODAY)
    with sessions.begin() as session:
        dispatch.keep_for_pickup(session, CLERK, "DAM-000001")
    with sessions() as session, pytest.raises(CollectorRefused, match="collector's name"):
        dispatch.hand_to_citizen(session, CLERK, "DAM-000001", replace(ahmad, name="  "), TODAY)
    with sessions.begin() as session:
        arabic = replace(ahmad, name=" سامر الحلبي ", id_number=to_arabic_indic(NN))
        dispatch.hand_to_citizen(session, CLERK, "DAM-000001", arabic, TODAY)
    assert status(sessions, "DAM-000001") == "collected"  # its last state
    with sessions() as session, pytest.raises(RuleViolation, match="already handed over"):
        dispatch.hand_to_citizen(session, CLERK, "DAM-000001", ahmad, TODAY)
    with sessions() as session:
        request = session.get_one(Request, "DAM-000001")
        assert request.collected_at is not None and request.shelf_slot is None  # slot freed
        message = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id.desc())).first()
        assert message is not None and message.kind == "collected"
        assert message.payload["received_by"] == "سامر الحلبي"
        assert message.payload["collector"]["id_number"] == NN  # Western digits on the wire
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.action == "hand_to_citizen"
        # the audit log names no citizen and no document number
        assert "سامر" not in str(entry.detail) and NN not in str(entry.detail)
        assert entry.detail == {"role": "subject", "id_document": "national_id_card"}


def test_shelf_slots_are_given_in_order_and_reused_when_freed(
    sessions: sessionmaker[Session],
) -> None:
    for n in (1, 2, 3):
        sealed(sessions, f"DAM-00000{n}", "pickup")
    with sessions.begin() as session:
        slots = [
            dispatch.keep_for_pickup(session, CLERK, f"DAM-00000{n}").shelf_slot for n in (1, 2)
        ]
    assert slots == ["A-01", "A-02"]
    with sessions.begin() as session:
        dispatch.hand_to_citizen(session, CLERK, "DAM-000001", subject("أحمد", NN), TODAY)
        assert dispatch.keep_for_pickup(session, CLERK, "DAM-000003").shelf_slot == "A-01"
    with sessions() as session:
        message = session.scalars(select(OutboxMessage).order_by(OutboxMessage.id.desc())).first()
        assert message is not None and message.payload["shelf_slot"] == "A-01"


def test_a_returned_postal_envelope_is_scanned_in_and_shelved(
    sessions: sessionmaker[Session],
) -> None:
    tracking = sealed(sessions, "DAM-000001")
    assert tracking is not None
    with sessions() as session, pytest.raises(ScanRefused, match="brought back"):
        dispatch.scan_in(session, CLERK, tracking)  # sealed, not returned
    returned = request_out(
        "DAM-000001",
        status=RequestState.RETURNED,
        updated_at=datetime.now(UTC),
        delivery={"method": "post", "recipient_name": "أحمد", "address_ar": "ش", "city_ar": "حلب"},
    )
    with sessions.begin() as session:  # the server heard everything; the pull says returned
        session.execute(update(OutboxMessage).values(status="done"))
        workflow.upsert_requests(session, [returned])
    with sessions.begin() as session:
        shelved = dispatch.scan_in(session, CLERK, to_arabic_indic(tracking))
        assert (shelved.status, shelved.shelf_slot) == ("awaiting_pickup", "A-01")
    assert [k for k, _ in outbox(sessions)][-1] == "pickup"


def test_a_pull_keeps_a_handover_the_server_has_not_heard_of_yet(
    sessions: sessionmaker[Session],
) -> None:
    sealed(sessions, "DAM-000001", "pickup")
    with sessions.begin() as session:
        dispatch.keep_for_pickup(session, CLERK, "DAM-000001")
        dispatch.hand_to_citizen(session, CLERK, "DAM-000001", subject("سامر", NN), TODAY)
    stale = request_out(
        "DAM-000001",
        status=RequestState.AWAITING_PICKUP,
        delivery={"method": "pickup", "recipient_name": "سامر الحلبي"},
    )
    with sessions.begin() as session:
        workflow.upsert_requests(session, [stale])
    with sessions() as session:
        assert session.get_one(Request, "DAM-000001").collected_at is not None


def test_a_postal_envelope_is_not_shelved(sessions: sessionmaker[Session]) -> None:
    sealed(sessions, "DAM-000001")
    with sessions() as session, pytest.raises(RuleViolation, match="goes by post"):
        dispatch.keep_for_pickup(session, CLERK, "DAM-000001")


def test_a_pickup_envelope_must_be_sealed_before_shelving(sessions: sessionmaker[Session]) -> None:
    printed(sessions, "DAM-000001", "pickup")
    with sessions() as session, pytest.raises(RuleViolation, match="seal the envelope"):
        dispatch.keep_for_pickup(session, CLERK, "DAM-000001")


# --- scanning -------------------------------------------------------------------------------


def test_a_scan_by_request_id_or_tracking_number_finds_the_envelope(
    sessions: sessionmaker[Session],
) -> None:
    tracking = sealed(sessions, "DAM-000001")
    assert tracking is not None
    with sessions() as session:
        by_id = dispatch.check_scan(session, " dam-000001 ")
        by_tracking = dispatch.check_scan(session, tracking.lower())
        arabic_digits = dispatch.check_scan(session, to_arabic_indic(tracking))
    for scanned in (by_id, by_tracking, arabic_digits):
        assert scanned.request_id == "DAM-000001"
        assert scanned.tracking_number == tracking
        assert scanned.recipient_city == "حلب"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("DAM-999999", "not on this workstation"),
        ("RR999999995SY", "no envelope with this tracking number"),
        ("RR100000001SY", "check digit"),
        ("", "empty scan"),
        ("<script>", "neither a request number nor a tracking number"),
    ],
)
def test_unknown_or_malformed_scans_are_refused(
    sessions: sessionmaker[Session], code: str, message: str
) -> None:
    sealed(sessions, "DAM-000001")
    with sessions() as session, pytest.raises(ScanRefused, match=message):
        dispatch.check_scan(session, code)


def test_not_sealed_pickup_and_repeated_scans_are_refused(sessions: sessionmaker[Session]) -> None:
    printed(sessions, "DAM-000001")
    sealed(sessions, "DAM-000002", "pickup")
    sealed(sessions, "DAM-000003")
    with sessions() as session:
        with pytest.raises(ScanRefused, match="seal the envelope first"):
            dispatch.check_scan(session, "DAM-000001")
        with pytest.raises(ScanRefused, match="for pickup at the center"):
            dispatch.check_scan(session, "DAM-000002")
        with pytest.raises(ScanRefused, match="already in this dispatch"):
            dispatch.check_scan(session, "DAM-000003", ["DAM-000003"])


def test_the_old_envelope_of_a_reprint_is_refused(sessions: sessionmaker[Session]) -> None:
    old = printed(sessions, "DAM-000001")
    with sessions.begin() as session:
        tracking = number_blocks.next_tracking_number(session, "RR")
        numbers = IssuanceNumbers(
            number_blocks.next_document_number(session, CLERK, 2026), tracking
        )
        workflow.record_issuance(
            session, CLERK, "DAM-000001", numbers, "c" * 64, "d" * 64, "d.pdf", "e.pdf", "torn"
        )
        dispatch.seal(session, CLERK, "DAM-000001")
    assert old is not None
    with sessions() as session:
        with pytest.raises(ScanRefused, match="reprinted"):
            dispatch.check_scan(session, old)
        assert dispatch.check_scan(session, tracking).request_id == "DAM-000001"


def test_a_dispatch_with_any_bad_scan_stores_nothing(sessions: sessionmaker[Session]) -> None:
    sealed(sessions, "DAM-000001")
    printed(sessions, "DAM-000002")
    before = outbox(sessions)
    with sessions.begin() as session, pytest.raises(DispatchRefused) as refused:
        dispatch.create_dispatch(
            session, CLERK, ["DAM-000001", "DAM-000002", "DAM-000001", "DAM-404"]
        )
    assert [p.code for p in refused.value.problems] == ["DAM-000002", "DAM-000001", "DAM-404"]
    assert batches(sessions) == 0
    assert outbox(sessions) == before
    assert status(sessions, "DAM-000001") == "sealed"


def test_an_empty_dispatch_is_refused(sessions: sessionmaker[Session]) -> None:
    with sessions() as session, pytest.raises(RuleViolation, match="at least one"):
        dispatch.create_dispatch(session, CLERK, [])


# --- handing over ---------------------------------------------------------------------------


def test_hand_over_dispatches_every_envelope_in_one_transaction(
    sessions: sessionmaker[Session],
) -> None:
    trackings = [sealed(sessions, f"DAM-00000{n}") for n in (1, 2, 3)]
    assert trackings[1] is not None
    with sessions.begin() as session:
        batch = dispatch.create_dispatch(
            session, CLERK, ["DAM-000001", to_arabic_indic(trackings[1]), "DAM-000003"]
        )
        batch_id = batch.id
        assert [i.position for i in batch.items] == [1, 2, 3]
        assert [i.tracking_number for i in batch.items] == trackings
    assert batch_id == "DAM-2026-W1-D0001" or batch_id.endswith("-W1-D0001")
    assert status(sessions, "DAM-000001") == "sealed"  # scanned, not yet handed over
    with sessions.begin() as session:
        dispatch.hand_over(session, CLERK, batch_id, "  سامر   الأحمد ")
    assert {status(sessions, f"DAM-00000{n}") for n in (1, 2, 3)} == {"dispatched"}
    messages = outbox(sessions)
    assert messages[-1] == ("dispatch", batch_id)
    # in order: each request's seal comes before the dispatch that carries it
    assert [k for k, _ in messages].count("seal") == 3
    assert messages.index(("seal", "DAM-000003")) < messages.index(("dispatch", batch_id))
    with sessions() as session:
        message = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "dispatch")
        ).one()
        assert message.payload["request_ids"] == ["DAM-000001", "DAM-000002", "DAM-000003"]
        assert message.payload["courier_name"] == "سامر الأحمد"
        stored = session.get_one(DispatchBatch, batch_id)
        assert stored.idempotency_key == message.idempotency_key
        assert stored.courier_name == "سامر الأحمد"
        dispatch_entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "dispatch")
        ).all()
        assert len(dispatch_entries) == 3
        assert audit.verify(session).intact
        with pytest.raises(RuleViolation, match="already handed over"):
            dispatch.hand_over(session, CLERK, batch_id, "سامر")


def test_hand_over_is_all_or_nothing(sessions: sessionmaker[Session]) -> None:
    sealed(sessions, "DAM-000001")
    sealed(sessions, "DAM-000002")
    with sessions.begin() as session:
        batch_id = dispatch.create_dispatch(session, CLERK, ["DAM-000001", "DAM-000002"]).id
    with sessions.begin() as session:  # the server withdrew one meanwhile
        session.get_one(Request, "DAM-000002").status = "withdrawn"
    before = outbox(sessions)
    with sessions.begin() as session, pytest.raises(RuleViolation, match="no longer sealed"):
        dispatch.hand_over(session, CLERK, batch_id, "سامر")
    assert status(sessions, "DAM-000001") == "sealed"
    assert outbox(sessions) == before
    with sessions() as session, pytest.raises(RuleViolation, match="courier"):
        dispatch.hand_over(session, CLERK, batch_id, "   ")


def test_a_pull_does_not_undo_a_dispatch_the_server_has_not_received(
    sessions: sessionmaker[Session],
) -> None:
    sealed(sessions, "DAM-000001")
    with sessions.begin() as session:
        for message in session.scalars(select(OutboxMessage)):
            message.status = "done"  # the seal reached the server
        batch_id = dispatch.create_dispatch(session, CLERK, ["DAM-000001"]).id
        dispatch.hand_over(session, CLERK, batch_id, "سامر")
    delivery = {"method": "post", "recipient_name": "أ", "address_ar": "ب", "city_ar": "حلب"}
    older = request_out("DAM-000001", status=S.SEALED, delivery=delivery)
    with sessions.begin() as session:
        assert workflow.has_pending_outbox(session, "DAM-000001")
        workflow.upsert_requests(session, [older])
    assert status(sessions, "DAM-000001") == "dispatched"


# --- the shift ------------------------------------------------------------------------------


def test_reconciliation_counts_and_lists_what_is_outstanding(
    sessions: sessionmaker[Session],
) -> None:
    since = workflow.now() - timedelta(minutes=1)
    printed(sessions, "DAM-000001")  # printed, not sealed
    sealed(sessions, "DAM-000002")  # sealed, not handed over
    sealed(sessions, "DAM-000003")
    sealed(sessions, "DAM-000004", "pickup")
    with sessions.begin() as session:
        batch_id = dispatch.create_dispatch(session, CLERK, ["DAM-000003"]).id
        dispatch.hand_over(session, CLERK, batch_id, "سامر")
        dispatch.keep_for_pickup(session, CLERK, "DAM-000004")
    with sessions.begin() as session:
        numbers = IssuanceNumbers(number_blocks.next_document_number(session, CLERK, 2026), None)
        numbers = IssuanceNumbers(numbers.document_number, None)
        workflow.record_issuance(
            session, CLERK, "DAM-000001", numbers, "c" * 64, "d" * 64, "d.pdf", "e.pdf", "jam"
        )
    until = workflow.now() + timedelta(minutes=1)
    with sessions() as session:
        rec = reconcile(session, since, until)
        batch_list = dispatch.printed_not_sealed(session, since)
        later = reconcile(session, until, until + timedelta(hours=1))
    assert (rec.printed, rec.reprinted, rec.sealed, rec.dispatched, rec.kept_for_pickup) == (
        4,
        1,
        3,
        1,
        1,
    )
    assert [e.request_id for e in rec.printed_not_sealed] == ["DAM-000001"]
    assert rec.printed_not_sealed[0].document_number == numbers.document_number  # the reprint
    assert [e.request_id for e in rec.sealed_not_handed_over] == ["DAM-000002"]
    assert [(r.request_id, r.reason) for r in rec.reprints] == [("DAM-000001", "jam")]
    assert [(b.batch_id, b.count, b.courier_name) for b in rec.batches] == [(batch_id, 1, "سامر")]
    assert not rec.balanced
    assert [i.request_id for i in batch_list] == ["DAM-000001"]
    assert later.printed == 0 and later.balanced
    with pytest.raises(ValueError):
        reconcile(session, until, since)


def test_a_pull_stores_what_the_post_and_the_counter_made_of_an_envelope(
    sessions: sessionmaker[Session],
) -> None:
    """delivered and returned come from the post's events, collected from another
    workstation's handover: each is stored as the server says, the handover's time with it."""
    handed = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    items = [
        request_out("DAM-000001", status=S.DELIVERED),
        request_out("DAM-000002", status=S.RETURNED),
        request_out("DAM-000003", status=S.COLLECTED, collected_at=handed),
    ]
    with sessions.begin() as session:
        assert workflow.upsert_requests(session, items).new == 3
    assert [status(sessions, f"DAM-00000{n}") for n in (1, 2, 3)] == [
        "delivered",
        "returned",
        "collected",
    ]
    with sessions() as session:
        assert session.get_one(Request, "DAM-000003").collected_at is not None


def test_a_store_from_before_the_collected_state_is_migrated_to_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path, TEST_STORE_KEY)
    try:
        migrate(engine, TEST_STORE_KEY)
        old = sessionmaker(engine)
        with old.begin() as session:
            workflow.upsert_requests(
                session,
                [
                    request_out("DAM-000001", status=S.AWAITING_PICKUP),
                    request_out("DAM-000002", status=S.AWAITING_PICKUP),
                ],
            )
            session.get_one(Request, "DAM-000002").collected_at = datetime(2026, 3, 1, tzinfo=UTC)
        back_to(engine, "0009")  # a store as the last version left it: before "collected"
        migrate(engine, TEST_STORE_KEY)
        with old() as session:
            assert session.get_one(Request, "DAM-000001").status == "awaiting_pickup"
            assert session.get_one(Request, "DAM-000002").status == "collected"
    finally:
        engine.dispose()


def back_to(engine: Engine, revision: str) -> None:
    """The store's schema taken back to `revision` (the rows written at the head stay)."""
    from alembic import command
    from alembic.config import Config

    from clerk_desk.store.db import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["store_key"] = TEST_STORE_KEY
        command.downgrade(config, revision)
