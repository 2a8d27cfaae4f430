"""clerk_desk.usecases.post: sealing, the pickup shelf, the dispatch manifest and the
shift's envelopes, on a real store and (for printing) the cups-pdf queue, without Qt."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import config as cfg
from clerk_desk import workflow
from clerk_desk.states import RequestState
from clerk_desk.store.models import Request
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.paper import PreparedDocuments
from clerk_desk.usecases.post import BatchFileProblem, HandedOver, Moved
from tests.collectors import subject
from tests.paper_desk import (
    CLERK,
    NN,
    CountingCourier,
    accepted,
    make_paper,
    make_post,
    unreachable_client,
    work_context,
)
from tests.printing.cups import Queue
from tests.printing.pdfcheck import all_text, loose_western_digits

SINCE = datetime(2020, 1, 1, tzinfo=UTC)


def printed(context: WorkContext, request_id: str, method: str = "post") -> PreparedDocuments:
    """An accepted request whose papers were prepared and recorded as printed."""
    accepted(context.sessions, request_id, method=method)
    client = unreachable_client()  # a fast service needs no link
    try:
        prepared = make_paper(context, client).prepare(request_id)
    finally:
        client.close()
    with context.sessions.begin() as session:
        workflow.record_issuance(
            session,
            CLERK,
            request_id,
            workflow.IssuanceNumbers(prepared.document_number, prepared.tracking_number),
            prepared.document_sha256,
            prepared.envelope_sha256,
            str(prepared.document_path),
            str(prepared.envelope_path),
        )
    return prepared


def state(sessions: sessionmaker[Session], request_id: str) -> str:
    with sessions() as session:
        return session.get_one(Request, request_id).status


@pytest.fixture
def context(sessions: sessionmaker[Session], tmp_path: Path) -> WorkContext:
    return work_context(sessions, tmp_path / "documents")


def test_sealing_and_the_pickup_shelf_each_ask_the_courier(context: WorkContext) -> None:
    printed(context, "DAM-000001")
    printed(context, "DAM-000002", method="pickup")
    courier = CountingCourier()
    post = make_post(context, courier)
    assert post.seal("DAM-000001") == Moved("DAM-000001", RequestState.SEALED)
    post.seal("DAM-000002")
    shelved = post.keep_for_pickup("DAM-000002")
    assert shelved.state is RequestState.AWAITING_PICKUP
    assert shelved.shelf_slot == "A-01"
    post.hand_to_citizen("DAM-000002", subject("أحمد سامر الحلبي", NN))
    with context.sessions() as session:
        assert session.get_one(Request, "DAM-000002").collected_at is not None
    assert courier.asked == 4


def test_a_refused_step_changes_nothing_and_asks_no_courier(context: WorkContext) -> None:
    accepted(context.sessions, "DAM-000001")
    courier = CountingCourier()
    with pytest.raises(workflow.RuleViolation, match="only a printed envelope can be sealed"):
        make_post(context, courier).seal("DAM-000001")
    assert state(context.sessions, "DAM-000001") == "accepted" and courier.asked == 0


def test_the_manifest_lists_the_scanned_envelopes_and_the_courier_takes_them(
    context: WorkContext,
) -> None:
    courier = CountingCourier()
    post = make_post(context, courier)
    tracking = []
    for request_id in ("DAM-000001", "DAM-000002"):
        tracking.append(printed(context, request_id).tracking_number)
        post.seal(request_id)
    scanned = post.check_scan(str(tracking[1]), ["DAM-000001"])
    assert scanned.request_id == "DAM-000002"
    context.settings.set(cfg.DIGITS, cfg.ARABIC_INDIC_DIGITS)  # the paper follows the setting
    manifest = post.prepare_manifest(["DAM-000001", str(tracking[1])])
    assert manifest.envelopes == 2
    assert not manifest.path.read_bytes().startswith(b"%PDF")  # names a courier: encrypted
    text = all_text(post.read_pdf(manifest.path))
    assert manifest.batch_id in text and "DAM-000001" in text and "DAM-000002" in text
    assert f"{manifest.batch_id} — ١/١" in text and not loose_western_digits(text)
    handed = post.hand_over(manifest.batch_id, "سامر الأحمد")
    assert handed == HandedOver(manifest.batch_id, 2)
    assert {state(context.sessions, r) for r in ("DAM-000001", "DAM-000002")} == {"dispatched"}
    assert courier.asked == 2 + 1 + 1  # two seals, the batch, the hand-over


def test_the_shift_envelopes_print_as_one_job(
    sessions: sessionmaker[Session], tmp_path: Path, cups: Queue
) -> None:
    context = work_context(sessions, tmp_path / "documents", printer=cups.name)
    post = make_post(context)
    assert post.print_shift_envelopes(SINCE) == 0  # nothing printed yet: no job
    printed(context, "DAM-000001")
    printed(context, "DAM-000002")
    assert post.print_shift_envelopes(SINCE) == 2


def test_a_changed_envelope_is_refused_naming_its_request(
    sessions: sessionmaker[Session], tmp_path: Path, cups: Queue
) -> None:
    context = work_context(sessions, tmp_path / "documents", printer=cups.name)
    printed(context, "DAM-000001")
    second = printed(context, "DAM-000002")
    second.envelope_path.write_bytes(b"not the file that was printed")
    with pytest.raises(BatchFileProblem, match="DAM-000002"):
        make_post(context).print_shift_envelopes(SINCE)


def test_the_shelf_slot_is_printed_and_the_shelf_reported(
    sessions: sessionmaker[Session], tmp_path: Path, cups: Queue
) -> None:
    context = work_context(sessions, tmp_path / "documents", printer=cups.name)
    post = make_post(context)
    printed(context, "DAM-000002", method="pickup")
    post.seal("DAM-000002")
    with pytest.raises(workflow.RuleViolation, match="not on the pickup shelf"):
        post.print_shelf_slot("DAM-000002")
    assert post.keep_for_pickup("DAM-000002").shelf_slot == "A-01"
    assert post.print_shelf_slot("DAM-000002") == "A-01"  # the printer took it
    view = post.find_for_pickup("dam-000002")
    assert (view.request_id, view.shelf_slot) == ("DAM-000002", "A-01")
    # Shelved "now" by the store's clock; the report's clock is a fixed day in March.
    report = post.shelf_report()
    assert report.days == 30 and report.lines == ()
    path = post.save_shelf_report(report)
    assert path.read_text(encoding="utf-8-sig").startswith("shelf_slot,request_id")
