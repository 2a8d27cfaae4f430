"""Printing through a real CUPS queue: the cups-pdf virtual printer of scripts/start-cups.sh.

As root (CI) the tests start CUPS themselves and fail loudly when they cannot; as another
user they are skipped unless CUPS runs with the queue and CLERK_DESK_CUPS_PDF_OUT names a
folder of its output this user can read.
"""

from __future__ import annotations

import io
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from printing import printer
from printing.document import DocumentFacts, render_document
from printing.envelope import EnvelopeFacts, render_envelope
from printing.pdf import write_pdf
from tests.printing.cups import Queue, start_cups
from tests.printing.pdfcheck import page_text


@pytest.fixture(scope="module")
def queue() -> Queue:
    return start_cups()


@pytest.fixture
def stopped_queue(queue: Queue) -> Iterator[Queue]:
    subprocess.run(["cupsdisable", "-r", "paused by the test", queue.name], check=True)
    try:
        yield queue
    finally:
        subprocess.run(["cupsenable", queue.name], check=True)


def _pdf_pages(pdf_bytes: bytes) -> list[tuple[float, float, int]]:
    """(width, height, rotation) of each page, as it shows: rotation applied."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        pages = []
        for page in pdf:
            width, height = page.get_size()
            pages.append((width, height, page.get_rotation()))
            page.close()
        return pages
    finally:
        pdf.close()


def _print(queue: Queue, path: Path, media: printer.Media, title: str) -> bytes:
    submitted = time.time()
    job_id = printer.submit(queue.name, path, title=title, media=media)
    assert job_id.startswith(f"{queue.name}-")
    printer.wait_for_job(job_id, timeout=60)
    assert printer.job_state(job_id) is printer.JobState.FINISHED
    return queue.output_of(job_id, submitted)


def test_the_queue_is_listed(queue: Queue) -> None:
    names = [p.name for p in printer.list_printers()]
    assert queue.name in names
    info = printer.check_printer(queue.name)
    assert info.enabled and info.accepting and not info.out_of_paper


def test_document_prints_on_a4_portrait(
    queue: Queue, document_facts: DocumentFacts, tmp_path: Path
) -> None:
    path = write_pdf(tmp_path / "document.pdf", render_document(document_facts), None)
    out = _print(queue, path, printer.DOCUMENT_MEDIA, "Clerk Desk test document")
    pages = _pdf_pages(out)
    assert len(pages) == 1
    width, height, rotation = pages[0]
    assert (width, height) == pytest.approx((210 * mm, 297 * mm), abs=1 * mm)
    assert rotation == 0
    assert document_facts.document_number in page_text(out)
    assert document_facts.request_id in page_text(out)


def test_envelope_prints_on_dl_landscape(
    queue: Queue, post_envelope: EnvelopeFacts, tmp_path: Path
) -> None:
    path = write_pdf(tmp_path / "envelope.pdf", render_envelope(post_envelope, "DL"), None)
    out = _print(queue, path, printer.ENVELOPE_MEDIA["DL"], "Clerk Desk test envelope")
    pages = _pdf_pages(out)
    assert len(pages) == 1
    width, height, rotation = pages[0]
    # the sheet is a DL envelope fed short edge first (110 x 220 mm), the page turned on it:
    # as it shows, 220 x 110 mm landscape
    assert (width, height) == pytest.approx((220 * mm, 110 * mm), abs=1 * mm)
    assert rotation in (90, 270)
    text = page_text(out)
    assert post_envelope.request_id in text
    assert post_envelope.tracking_number is not None
    assert post_envelope.tracking_number in text


def test_batch_of_envelopes_is_one_job(
    queue: Queue, post_envelope: EnvelopeFacts, pickup_envelope: EnvelopeFacts, tmp_path: Path
) -> None:
    facts = [post_envelope, pickup_envelope, post_envelope]
    paths = [
        write_pdf(tmp_path / f"envelope-{i}.pdf", render_envelope(f, "DL"), None)
        for i, f in enumerate(facts)
    ]
    submitted = time.time()
    job_id = printer.submit_batch(
        queue.name, paths, title="Clerk Desk test batch", media=printer.ENVELOPE_MEDIA["DL"]
    )
    printer.wait_for_job(job_id, timeout=60)
    out = queue.output_of(job_id, submitted)
    pages = _pdf_pages(out)
    assert len(pages) == 3
    for width, height, _ in pages:
        assert (width, height) == pytest.approx((220 * mm, 110 * mm), abs=1 * mm)


def test_stopped_printer_is_refused_before_submitting(stopped_queue: Queue, tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "x.pdf", printer.merge_pdfs([_blank_pdf()]), None)
    before = _jobs_queued(stopped_queue.name)
    with pytest.raises(printer.PrinterStopped) as caught:
        printer.submit(stopped_queue.name, path, title="Clerk Desk test stopped")
    assert stopped_queue.name in str(caught.value)
    assert "paused by the test" in str(caught.value)
    assert stopped_queue.name in caught.value.message_ar
    assert _jobs_queued(stopped_queue.name) == before  # nothing left waiting in the queue


def test_printable_again_once_resumed(queue: Queue, tmp_path: Path) -> None:
    subprocess.run(["cupsdisable", queue.name], check=True)
    path = write_pdf(tmp_path / "x.pdf", _blank_pdf(), None)
    try:
        with pytest.raises(printer.PrinterStopped):
            printer.submit(queue.name, path, title="Clerk Desk test retry")
    finally:
        subprocess.run(["cupsenable", queue.name], check=True)
    job_id = printer.submit(queue.name, path, title="Clerk Desk test retry")
    printer.wait_for_job(job_id, timeout=60)


def test_missing_printer(queue: Queue, tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "x.pdf", _blank_pdf(), None)
    with pytest.raises(printer.PrinterMissing) as caught:
        printer.submit("NoSuchPrinter", path, title="Clerk Desk test missing")
    assert "NoSuchPrinter does not exist" in str(caught.value)
    assert "غير موجودة" in caught.value.message_ar


def test_unknown_job(queue: Queue) -> None:
    with pytest.raises(printer.JobFailed):
        printer.job_state(f"{queue.name}-999999999")


def _jobs_queued(name: str) -> int:
    out = subprocess.run(
        ["lpstat", "-W", "not-completed", "-o", name], capture_output=True, text=True, check=True
    ).stdout
    return len(out.splitlines())


def _blank_pdf() -> bytes:
    pdf = pdfium.PdfDocument.new()
    try:
        pdf.new_page(210 * mm, 297 * mm)
        buffer = io.BytesIO()
        pdf.save(buffer)
        return buffer.getvalue()
    finally:
        pdf.close()


# --- without CUPS ---------------------------------------------------------------------------


def test_merge_pdfs_keeps_every_page_in_order(
    post_envelope: EnvelopeFacts, document_facts: DocumentFacts, tmp_path: Path
) -> None:
    envelope = write_pdf(tmp_path / "e.pdf", render_envelope(post_envelope), None)
    merged = printer.merge_pdfs([envelope, render_document(document_facts), envelope])
    pages = _pdf_pages(merged)
    assert [round(w / mm) for w, _, _ in pages] == [220, 210, 220]
    assert post_envelope.request_id in page_text(merged)


LPSTAT_L_P = """printer Counter1 disabled since Fri Nov 27 20:27:55 2026 -
\tpaused by the supervisor
\tForm mounted:
\tAlerts: paused
\tUsers allowed:
\t\t(all)
printer Counter2 now printing Counter2-7.  enabled since Fri Nov 27 20:27:55 2026
\tForm mounted:
\tAlerts: media-empty-error media-needed
\tUsers allowed:
\t\t(all)
printer Counter3 is idle.  enabled since Fri Nov 27 20:27:55 2026
\tForm mounted:
\tAlerts: none
\tUsers allowed:
\t\t(all)
"""


def test_printer_states_are_read_from_lpstat() -> None:
    one, two, three = printer._parse_printers(
        LPSTAT_L_P, {"Counter1": True, "Counter2": True, "Counter3": False}, "Counter3"
    )
    assert (one.name, one.enabled, one.message, one.reasons) == (
        "Counter1",
        False,
        "paused by the supervisor",
        ("paused",),
    )
    assert two.enabled and two.out_of_paper and two.printing_job == "Counter2-7"
    assert three.is_default and not three.accepting and not three.out_of_paper
    assert three.message == "" and three.reasons == ()


def test_out_of_paper_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    info = printer._parse_printers(LPSTAT_L_P, {}, None)[1]
    monkeypatch.setattr(printer, "printer_info", lambda name: info)
    with pytest.raises(printer.PrinterOutOfPaper) as caught:
        printer.check_printer("Counter2")
    assert isinstance(caught.value, printer.PrinterStopped)
    assert "out of paper" in str(caught.value) and "الورق" in caught.value.message_ar


@pytest.mark.parametrize(
    ("stderr", "error"),
    [
        ("lp: Error - The printer or class does not exist.", printer.PrinterMissing),
        ('lp: Destination "X" is not accepting jobs.', printer.PrinterStopped),
        ("lp: Error - Scheduler is not running.", printer.PrintServiceUnavailable),
        ("lp: Unable to connect to server: Connection refused", printer.PrintServiceUnavailable),
        ("lp: something else", printer.PrintError),
    ],
)
def test_lp_errors_become_clerk_messages(stderr: str, error: type[printer.PrintError]) -> None:
    raised = printer._lp_error("X", stderr)
    assert type(raised) is error
    assert raised.message_ar


def test_no_print_service(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, no lpstat
    assert not printer.service_running()
    with pytest.raises(printer.PrintServiceUnavailable) as caught:
        printer.list_printers()
    assert "not running" in str(caught.value)


def test_job_ids_are_checked() -> None:
    with pytest.raises(ValueError):
        printer.job_state("not a job")
