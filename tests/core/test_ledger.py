"""The print ledger on a real store, without Qt or a printer: the intent is written with
its numbers, every path settles it, and no number is reused or lost."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from clerk_desk import audit, ledger, number_blocks, workflow
from clerk_desk.ledger import Answer, IntentState, RenderedFiles, UnsettledPrinting
from clerk_desk.number_blocks_api import BlockKind
from clerk_desk.states import RequestState
from clerk_desk.store.models import (
    AuditEntry,
    Issuance,
    OutboxMessage,
    PrintIntent,
    Request,
)
from clerk_desk.workflow import IssuanceNumbers, RuleViolation
from tests.core.test_workflow import CLERK, accept, open_request, status
from tests.number_blocks import hold
from tests.store_keys import TEST_STORE_KEY

RR = "RR"  # the S10 service indicator of the blocks held
FIRST_SERIAL = 10_000_000
OTHER = "DAM-000002"


class Papers:
    """A paper maker writing small files that carry the numbers (the real one renders PDFs,
    tested in tests/printing); `fail` makes rendering fail after the numbers were taken."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rendered: list[IssuanceNumbers] = []
        self.fail = False

    def render(self, numbers: IssuanceNumbers) -> RenderedFiles:
        if self.fail:
            raise OSError("disk full")
        self.rendered.append(numbers)
        self.folder.mkdir(parents=True, exist_ok=True)
        document = f"document {numbers.document_number}".encode()
        envelope = f"envelope {numbers.tracking_number}".encode()
        paths = []
        for name, content in (("document", document), ("envelope", envelope)):
            path = self.folder / f"{numbers.document_number}-{name}"
            path.write_bytes(content)
            paths.append(str(path))
        return RenderedFiles(_sha(document), _sha(envelope), paths[0], paths[1])

    def intact(self, intent: PrintIntent) -> bool:
        path = Path(intent.document_path)
        return path.exists() and _sha(path.read_bytes()) == intent.document_sha256


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[sessionmaker[Session]]:
    from clerk_desk.store.db import open_store

    factory = open_store(tmp_path / "store.sqlite3", TEST_STORE_KEY)
    with factory.begin() as session:
        hold(session, CLERK, serial=FIRST_SERIAL)
    open_request(factory)
    accept(factory)
    open_request(factory, OTHER)
    accept(factory, OTHER)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def papers(tmp_path: Path) -> Papers:
    return Papers(tmp_path / "documents")


def prepare(
    sessions: sessionmaker[Session],
    papers: Papers,
    request_id: str = "DAM-000001",
    reason: str | None = None,
) -> PrintIntent:
    with sessions.begin() as session:
        return ledger.prepare(
            session, CLERK, request_id, year=2026, tracking=RR, reprint_reason=reason, paper=papers
        )


def send(sessions: sessionmaker[Session], intent: PrintIntent, job: str | None = "Q-1") -> None:
    with sessions.begin() as session:
        ledger.begin_sending(
            session,
            CLERK,
            intent.id,
            intent.request_id,
            intent.document_sha256,
            intent.envelope_sha256,
        )
    if job is not None:
        with sessions.begin() as session:
            ledger.job_accepted(session, CLERK, intent.id, job)


def state(sessions: sessionmaker[Session], intent: PrintIntent) -> PrintIntent:
    with sessions() as session:
        return session.get_one(PrintIntent, intent.id)


def actions(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def accounted(sessions: sessionmaker[Session]) -> None:
    """Every number the blocks gave out is one intent's, and every intent is closed or
    still open on purpose; the audit chain is intact."""
    with sessions() as session:
        intents = list(session.scalars(select(PrintIntent).order_by(PrintIntent.id)))
        used = {u.kind: u.used for u in number_blocks.uses(session)}
        documents = used[BlockKind.DOCUMENT]
        serials = FIRST_SERIAL + used[BlockKind.TRACKING] - 1
        assert [i.document_number for i in intents] == [
            f"DAM-2026-W1-{n:06d}" for n in range(1, documents + 1)
        ]
        assert [int(i.tracking_number[2:10]) for i in intents if i.tracking_number] == list(
            range(FIRST_SERIAL, serials + 1)
        )
        printed = {i.document_number for i in session.scalars(select(Issuance))}
        assert printed == {i.document_number for i in intents if i.state == IntentState.PRINTED}
        assert audit.verify(session).intact


def test_the_intent_is_written_with_its_numbers(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    assert intent.state == IntentState.PREPARED
    assert (intent.document_number, intent.tracking_number) == (
        "DAM-2026-W1-000001",
        "RR100000003SY",
    )
    assert papers.rendered == [IssuanceNumbers(intent.document_number, intent.tracking_number)]
    assert intent.kind == "print"
    assert actions(sessions)[-1] == "print_prepared"
    accounted(sessions)


def test_a_failed_rendering_takes_no_number(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    papers.fail = True
    with pytest.raises(OSError, match="disk full"):
        prepare(sessions, papers)
    papers.fail = False
    intent = prepare(sessions, papers)
    # the numbers taken in the failed transaction went back with it: no gap, no loss
    assert intent.document_number == "DAM-2026-W1-000001"
    accounted(sessions)


def test_a_prepared_intent_is_reused_until_its_files_change(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    first = prepare(sessions, papers)
    again = prepare(sessions, papers)
    assert again.id == first.id and len(papers.rendered) == 1
    Path(first.document_path).write_bytes(b"changed behind the desk's back")
    third = prepare(sessions, papers)
    assert third.id != first.id
    assert third.document_number == "DAM-2026-W1-000002"
    old = state(sessions, first)
    assert (old.state, old.spoil_reason) == (IntentState.SPOILED, "files_changed")
    accounted(sessions)


def test_a_printing_goes_from_intent_to_issuance(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    send(sessions, intent, "Q-1")
    with sessions.begin() as session:
        ledger.job_accepted(session, CLERK, intent.id, "Q-2")
        ledger.record_printed(session, CLERK, intent.id)
    done = state(sessions, intent)
    assert (done.state, done.job_ids) == (IntentState.PRINTED, "Q-1 Q-2")
    assert status(sessions) == RequestState.PRINTED
    with sessions() as session:
        [issuance] = session.scalars(select(Issuance))
        assert issuance.document_number == intent.document_number
        assert issuance.document_sha256 == intent.document_sha256
        kinds = [m.kind for m in session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))]
    assert kinds[-1] == "issuance"
    assert actions(sessions)[-4:] == ["print_prepared", "print_sent", "print_sent", "print"]
    accounted(sessions)


def test_printing_acts_on_the_request_it_names_only(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    with pytest.raises(RuleViolation, match="not of the open request"), sessions.begin() as s:
        ledger.begin_sending(
            s, CLERK, intent.id, OTHER, intent.document_sha256, intent.envelope_sha256
        )
    changed = pytest.raises(RuleViolation, match="changed since they were prepared")
    with changed, sessions.begin() as s:
        ledger.begin_sending(
            s, CLERK, intent.id, intent.request_id, "0" * 64, intent.envelope_sha256
        )
    assert state(sessions, intent).state == IntentState.PREPARED


def test_a_stale_preview_never_prints(sessions: sessionmaker[Session], papers: Papers) -> None:
    stale = prepare(sessions, papers)
    Path(stale.envelope_path).unlink()
    Path(stale.document_path).unlink()
    fresh = prepare(sessions, papers)  # the stale papers are spoiled, new ones prepared
    send(sessions, fresh)
    with sessions.begin() as session:
        ledger.record_printed(session, CLERK, fresh.id)
    with pytest.raises(RuleViolation, match="no longer current"), sessions.begin() as s:
        ledger.begin_sending(
            s, CLERK, stale.id, stale.request_id, stale.document_sha256, stale.envelope_sha256
        )
    # a prepared first print whose request was printed meanwhile is stale too
    other = prepare(sessions, papers, OTHER)
    with sessions() as session:
        session.get_one(Request, OTHER).status = RequestState.WITHDRAWN.value
        session.commit()
    with pytest.raises(RuleViolation, match="no longer current"), sessions.begin() as s:
        ledger.begin_sending(
            s, CLERK, other.id, OTHER, other.document_sha256, other.envelope_sha256
        )
    accounted(sessions)


def test_a_print_service_that_took_nothing_leaves_the_papers_prepared(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    send(sessions, intent, job=None)
    with sessions.begin() as session:
        ledger.nothing_sent(session, CLERK, intent.id, "printer stopped")
    assert state(sessions, intent).state == IntentState.PREPARED
    assert prepare(sessions, papers).id == intent.id  # same numbers: no paper carries them
    assert actions(sessions)[-1] == "print_failed"
    accounted(sessions)


def test_nothing_more_prints_while_a_printing_is_unsettled(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    send(sessions, intent)
    with pytest.raises(UnsettledPrinting) as refused:
        prepare(sessions, papers)
    assert refused.value.intent_id == intent.id
    with sessions() as session:
        assert [i.id for i in ledger.unsettled(session)] == [intent.id]


def test_answered_printed_records_the_issuance(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    send(sessions, intent, job=None)  # killed before the print service answered
    with sessions.begin() as session:
        assert ledger.settle(session, CLERK, intent.id, Answer.PRINTED) is IntentState.PRINTED
    assert status(sessions) == RequestState.PRINTED
    assert actions(sessions)[-2:] == ["print_answer", "print"]
    with sessions() as session:
        assert not ledger.unsettled(session)
    accounted(sessions)


def test_answered_not_printed_spoils_the_numbers_and_prints_with_new_ones(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    send(sessions, intent)
    with sessions.begin() as session:
        assert ledger.settle(session, CLERK, intent.id, Answer.NOT_PRINTED) is IntentState.SPOILED
    spoiled = state(sessions, intent)
    assert spoiled.spoil_reason == "not_printed_after_interruption"
    assert ledger.SPOIL_REASONS[spoiled.spoil_reason] == "not printed after interruption"
    assert status(sessions) == RequestState.ACCEPTED  # still printable
    again = prepare(sessions, papers)
    assert again.document_number == "DAM-2026-W1-000002"
    assert again.tracking_number != intent.tracking_number
    assert actions(sessions)[-3:] == ["print_answer", "print_spoiled", "print_prepared"]
    with pytest.raises(RuleViolation, match="already settled"), sessions.begin() as session:
        ledger.settle(session, CLERK, intent.id, Answer.PRINTED)
    accounted(sessions)


def test_answered_unsure_is_kept_for_the_supervisor(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    send(sessions, intent)
    with sessions.begin() as session:
        assert ledger.settle(session, CLERK, intent.id, Answer.UNSURE) is IntentState.UNSURE
    assert status(sessions) == RequestState.ACCEPTED
    with sessions() as session:
        assert [i.id for i in ledger.for_supervisor(session)] == [intent.id]
        assert not ledger.unsettled(session)
    assert prepare(sessions, papers).document_number == "DAM-2026-W1-000002"
    supervisor = workflow.Actor("dam.supervisor", "W1", "DAM")
    with sessions.begin() as session:
        ledger.mark_reviewed(session, supervisor, intent.id, "found in the tray, voided")
    with sessions() as session:
        assert not ledger.for_supervisor(session)
    assert actions(sessions)[-1] == "print_reviewed"
    accounted(sessions)


def test_paper_of_a_request_no_longer_printable_is_void_and_shown(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    intent = prepare(sessions, papers)
    send(sessions, intent)
    with sessions() as session:  # the server withdrew it meanwhile (a pull)
        session.get_one(Request, "DAM-000001").status = RequestState.WITHDRAWN.value
        session.commit()
    with sessions.begin() as session:
        assert ledger.settle(session, CLERK, intent.id, Answer.PRINTED) is IntentState.SPOILED
    assert state(sessions, intent).spoil_reason == "printed_not_recordable"
    with sessions() as session:
        assert [i.id for i in ledger.for_supervisor(session)] == [intent.id]
    accounted(sessions)


def test_at_start_up_prepared_papers_are_spoiled_as_never_sent(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    kept = prepare(sessions, papers)
    sent = prepare(sessions, papers, OTHER)
    send(sessions, sent)
    with sessions.begin() as session:
        swept = ledger.sweep_never_sent(session, CLERK)
        assert [i.id for i in swept] == [kept.id]
        assert [i.id for i in ledger.unsettled(session)] == [sent.id]
    assert state(sessions, kept).spoil_reason == "never_sent"
    accounted(sessions)


def test_a_reprint_needs_its_reason_and_is_a_reprint(
    sessions: sessionmaker[Session], papers: Papers
) -> None:
    first = prepare(sessions, papers)
    send(sessions, first)
    with sessions.begin() as session:
        ledger.record_printed(session, CLERK, first.id)
    with pytest.raises(RuleViolation, match="state why"):
        prepare(sessions, papers, reason="  ")
    again = prepare(sessions, papers, reason="الورقة علقت")
    assert (again.kind, again.reprint_reason) == ("reprint", "الورقة علقت")
    send(sessions, again)
    with sessions.begin() as session:
        ledger.record_printed(session, CLERK, again.id)
        reasons = [
            i.reprint_reason for i in session.scalars(select(Issuance).order_by(Issuance.id))
        ]
    assert reasons == [None, "الورقة علقت"]
    assert actions(sessions)[-1] == "reprint"
    accounted(sessions)
