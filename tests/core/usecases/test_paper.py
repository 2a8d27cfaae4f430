"""clerk_desk.usecases.paper: a request's papers prepared through the print ledger and
printed on a real CUPS queue (cups-pdf), without Qt."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from central.issuing_bodies import demo_issued_document
from clerk_desk import number_blocks
from clerk_desk.ledger import Answer, IntentState
from clerk_desk.pdf_files import read_pdf, sha256_hex
from clerk_desk.store.models import Issuance, PrintIntent, Request
from clerk_desk.store_file import StoreGone
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.paper import PrintInterrupted, WaitingForLink
from clerk_desk.workflow import RuleViolation
from printing.printer import SystemPrintService
from sync.client import CentralClient
from tests.paper_desk import (
    NN,
    CountingCourier,
    GivenDocument,
    accepted,
    in_review,
    make_paper,
    unreachable_client,
    work_context,
)
from tests.printing.cups import Queue
from tests.printing.pdfcheck import visual_lines
from tests.store_keys import TEST_STORE_KEY


@pytest.fixture
def no_link() -> Iterator[CentralClient]:
    """The central server out of reach: a client of a port nothing listens on."""
    client = unreachable_client()
    yield client
    client.close()


@pytest.fixture
def context(sessions: sessionmaker[Session], tmp_path: Path) -> WorkContext:
    return work_context(sessions, tmp_path / "documents")


def numbers_used(sessions: sessionmaker[Session]) -> int:
    with sessions() as session:
        return sum(u.used for u in number_blocks.uses(session))


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def test_a_request_not_accepted_is_refused_before_any_number(
    context: WorkContext, no_link: CentralClient, tmp_path: Path
) -> None:
    in_review(context.sessions, "DAM-000001")
    paper = make_paper(context, no_link)
    with pytest.raises(RuleViolation, match="only an accepted request can be printed"):
        paper.prepare("DAM-000001")
    assert numbers_used(context.sessions) == 0
    assert not (tmp_path / "documents").exists()


def test_the_prepared_view_carries_the_clear_papers_once(
    context: WorkContext, no_link: CentralClient
) -> None:
    """What the preview shows is what is written (encrypted) and hashed; opened again, the
    same papers with no new number (offline too: a fast service needs no link)."""
    accepted(context.sessions, "DAM-000001")
    paper = make_paper(context, no_link)
    prepared = paper.prepare("DAM-000001")
    assert prepared.document_pdf.startswith(b"%PDF") and prepared.envelope_pdf.startswith(b"%PDF")
    assert read_pdf(prepared.document_path, TEST_STORE_KEY) == prepared.document_pdf
    assert sha256_hex(prepared.document_pdf) == prepared.document_sha256
    assert sha256_hex(prepared.envelope_pdf) == prepared.envelope_sha256
    # The envelope carries the recipient's phone from the request's delivery, for the courier.
    assert "0944555666" in "".join(visual_lines(prepared.envelope_pdf)).replace(" ", "")
    assert not prepared.document_path.read_bytes().startswith(b"%PDF")  # encrypted at rest
    assert NN.encode() not in repr(prepared).encode()  # the bytes stay out of its repr
    again = paper.prepare("DAM-000001")
    assert again == prepared
    assert numbers_used(context.sessions) == 2  # one document number, one tracking number


def test_a_slow_service_prints_the_cover_sheet_then_the_bodys_document(
    context: WorkContext,
) -> None:
    accepted(context.sessions, "DAM-000002", "finance_clearance")
    body = demo_issued_document("DAM-000002", "finance_clearance", NN, date(2026, 3, 1))
    prepared = make_paper(context, GivenDocument(body)).prepare("DAM-000002")
    assert page_count(prepared.document_pdf) == 1 + page_count(body)
    assert prepared.tracking_number is not None


def test_a_slow_service_offline_waits_for_the_link_before_any_number(
    context: WorkContext, no_link: CentralClient
) -> None:
    accepted(context.sessions, "DAM-000002", "finance_clearance")
    with pytest.raises(WaitingForLink):
        make_paper(context, no_link).prepare("DAM-000002")
    assert numbers_used(context.sessions) == 0


@pytest.mark.parametrize("bad", [b"<html>not found</html>", b"%PDF-1.4\n garbage", b""])
def test_a_bodys_document_that_is_no_pdf_is_refused_before_any_number(
    context: WorkContext, bad: bytes
) -> None:
    accepted(context.sessions, "DAM-000002", "finance_clearance")
    with pytest.raises(RuleViolation, match="issuing body's document"):
        make_paper(context, GivenDocument(bad)).prepare("DAM-000002")
    assert numbers_used(context.sessions) == 0


def test_printing_offline_records_the_issuance_and_leaves_delivery_to_the_courier(
    sessions: sessionmaker[Session], tmp_path: Path, cups: Queue, no_link: CentralClient
) -> None:
    context = work_context(sessions, tmp_path / "documents", printer=cups.name)
    accepted(sessions, "DAM-000001")
    courier, after = CountingCourier(), list[str]()
    paper = make_paper(context, no_link, courier=courier, after_print=after)
    prepared = paper.prepare("DAM-000001")
    paper.print_documents(prepared, "DAM-000001")
    with sessions() as session:
        assert session.get_one(Request, "DAM-000001").status == "printed"
        issuance = session.scalars(select(Issuance)).one()
        assert issuance.document_sha256 == prepared.document_sha256
        assert session.get_one(PrintIntent, prepared.intent_id).state == IntentState.PRINTED
    assert courier.asked == 1 and after == ["after print"]


def test_the_papers_of_another_request_are_not_printed(
    sessions: sessionmaker[Session], tmp_path: Path, cups: Queue, no_link: CentralClient
) -> None:
    context = work_context(sessions, tmp_path / "documents", printer=cups.name)
    accepted(sessions, "DAM-000001")
    paper = make_paper(context, no_link)
    prepared = paper.prepare("DAM-000001")
    with pytest.raises(RuleViolation, match="not of the open request"):
        paper.print_documents(prepared, "DAM-000009")
    with sessions() as session:
        assert session.get_one(PrintIntent, prepared.intent_id).job_ids == ""


class StopsAfterFirstJob(SystemPrintService):
    """The real print service; the queue is paused (cupsdisable) once it took the first
    job, as a printer that jams after the document would be."""

    def __init__(self, queue: str) -> None:
        self.queue = queue

    def submit(self, printer: str, pdf: bytes, *, title: str, media: str) -> str:
        job = super().submit(printer, pdf, title=title, media=media)
        subprocess.run(["cupsdisable", "-r", "jammed in the test", self.queue], check=True)
        return job


def test_a_printing_interrupted_after_the_printer_took_a_job_is_unsettled(
    sessions: sessionmaker[Session], tmp_path: Path, cups: Queue, no_link: CentralClient
) -> None:
    context = work_context(sessions, tmp_path / "documents", printer=cups.name)
    accepted(sessions, "DAM-000001")
    courier = CountingCourier()
    paper = make_paper(context, no_link, courier=courier)
    paper.printers = StopsAfterFirstJob(cups.name)
    prepared = paper.prepare("DAM-000001")
    try:
        with pytest.raises(PrintInterrupted) as caught:
            paper.print_documents(prepared, "DAM-000001")
    finally:
        paper.printers = SystemPrintService()
        subprocess.run(["cupsenable", cups.name], check=True)
    assert caught.value.intent_id == prepared.intent_id
    [unsettled] = paper.unsettled()
    assert unsettled.intent_id == prepared.intent_id and unsettled.sent_to_printer
    assert paper.recovery().unsettled == [unsettled]
    with pytest.raises(RuleViolation, match="was interrupted"):
        paper.prepare("DAM-000001")  # nothing more prints until they say what came out
    settled = paper.settle(prepared.intent_id, Answer.NOT_PRINTED)  # its job is cancelled
    assert settled.state == IntentState.SPOILED
    assert paper.unsettled() == [] and courier.asked == 1
    again = paper.prepare("DAM-000001")
    assert again.document_number != prepared.document_number  # spoiled numbers never return


def test_nothing_is_prepared_on_a_store_deleted_meanwhile(
    context: WorkContext, no_link: CentralClient
) -> None:
    accepted(context.sessions, "DAM-000001")
    context.store_file.path.unlink()
    with pytest.raises(StoreGone):
        make_paper(context, no_link).prepare("DAM-000001")
