"""Handing PDFs to the system's print service (CUPS on Linux) through its command-line client.

`lp` submits, `lpstat` tells which printers there are, whether one is stopped or out of
paper, and where a job is. The client is run with ``LC_ALL=C`` so its English output can be
read back whatever the desk's language. Everything here blocks (it runs processes and waits
for the queue): call it from a worker, never on the GUI thread.

A failure is a `PrintError` whose message a clerk can act on, in English (``str(exc)``) and
in Arabic (``exc.message_ar``). Nothing here logs a job title or a file name: titles and
names of request files may carry a person's name or national number.
"""

from __future__ import annotations

import enum
import logging
import os
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from printing.pdf import merge_pdfs as merge_pdfs  # its home was here: kept importable

log = logging.getLogger(__name__)

COMMAND_TIMEOUT = 20.0  # seconds; a scheduler that does not answer in this time is down

# printer-state-reasons (RFC 8011, 5.4.12) meaning there is no paper to print on
_NO_PAPER = ("media-empty", "media-needed", "media-jam")


class PrintError(Exception):
    """Printing failed in a way the clerk can do something about; the request stays printable.

    ``str(exc)`` is the English message, ``exc.message_ar`` the Arabic one.
    """

    def __init__(self, message: str, message_ar: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_ar = message_ar


class PrintServiceUnavailable(PrintError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "The print service is not running. Ask the center's technician to start it, "
            "then print again." + (f" ({detail})" if detail else ""),
            "خدمة الطباعة لا تعمل. اطلب من الفني في المركز تشغيلها، ثم أعد الطباعة.",
        )


class PrinterMissing(PrintError):
    def __init__(self, printer: str) -> None:
        super().__init__(
            f"The printer {printer} does not exist. Choose another printer in the settings.",
            f"الطابعة {printer} غير موجودة. اختر طابعة أخرى من الإعدادات.",
        )
        self.printer = printer


class PrinterStopped(PrintError):
    def __init__(self, printer: str, reason: str = "") -> None:
        detail = f" ({reason})" if reason else ""
        super().__init__(
            f"The printer {printer} is stopped or paused{detail}. Resume it, then print again.",
            f"الطابعة {printer} متوقفة أو في وضع الإيقاف المؤقت. شغّلها ثم أعد الطباعة.",
        )
        self.printer = printer
        self.reason = reason


class PrinterOutOfPaper(PrinterStopped):
    def __init__(self, printer: str) -> None:
        PrintError.__init__(
            self,
            f"The printer {printer} is out of paper (or the paper is jammed). "
            "Load paper, then print again.",
            f"نفد الورق في الطابعة {printer} (أو انحشر). ضع الورق ثم أعد الطباعة.",
        )
        self.printer = printer
        self.reason = "out of paper"


class JobFailed(PrintError):
    def __init__(self, job_id: str, detail: str) -> None:
        super().__init__(
            f"The print job {job_id} did not print: {detail}. Print again.",
            f"لم تُطبع مهمة الطباعة {job_id}. أعد الطباعة.",
        )
        self.job_id = job_id


@dataclass(frozen=True, slots=True)
class Media:
    """What `lp` is told about the paper: a PWG media name, and whether the page is turned."""

    name: str
    landscape: bool = False

    def options(self) -> list[str]:
        options = ["-o", f"media={self.name}"]
        if self.landscape:
            # the PDF page is landscape, the sheet (an envelope fed short edge first) is not:
            # CUPS turns the page onto the sheet
            options += ["-o", "landscape"]
        return options


DOCUMENT_MEDIA = Media("iso_a4_210x297mm")
# ISO 269 envelopes; PWG names (PWG 5101.1) so that CUPS maps them to a PPD's EnvDL / EnvC5 /
# C4 and a driverless (IPP Everywhere) printer understands them as they are
ENVELOPE_MEDIA: dict[str, Media] = {
    "DL": Media("iso_dl_110x220mm", landscape=True),
    "C5": Media("iso_c5_162x229mm", landscape=True),
    "C4": Media("iso_c4_229x324mm", landscape=True),
}


@dataclass(frozen=True, slots=True)
class PrinterInfo:
    """One print queue as `lpstat` reports it."""

    name: str
    enabled: bool  # a disabled (stopped, paused) queue keeps jobs but prints none
    accepting: bool  # a rejecting queue refuses new jobs
    is_default: bool
    printing_job: str | None  # id of the job it is printing now
    reasons: tuple[str, ...]  # printer-state-reasons ("media-empty", "paused"...)
    message: str  # the state message (why it was stopped)

    @property
    def out_of_paper(self) -> bool:
        return any(reason.startswith(_NO_PAPER) for reason in self.reasons)


class JobState(enum.Enum):
    PENDING = "pending"  # queued, waiting for the printer
    PRINTING = "printing"
    STOPPED = "stopped"  # queued on a stopped printer: prints once the printer is resumed
    FINISHED = "finished"  # left the queue: printed, or cancelled at the printer


# --- running the client -----------------------------------------------------------------------


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the client; `stdin` (a document) is fed to it as bytes, its output read as text."""
    env = dict(os.environ, LC_ALL="C", LANG="C")
    try:
        if stdin is None:
            return subprocess.run(
                args, capture_output=True, text=True, env=env, timeout=COMMAND_TIMEOUT, check=False
            )
        done = subprocess.run(
            args, input=stdin, capture_output=True, env=env, timeout=COMMAND_TIMEOUT, check=False
        )
        return subprocess.CompletedProcess(
            done.args,
            done.returncode,
            done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"),
        )
    except FileNotFoundError as exc:
        raise PrintServiceUnavailable(f"{args[0]} is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise PrintServiceUnavailable(f"{args[0]} did not answer") from exc


def _service_down(stderr: str) -> bool:
    text = stderr.lower()
    return any(
        marker in text
        for marker in (
            "scheduler is not running",
            "unable to connect",
            "connection refused",
            "no such file or directory",
            "bad file descriptor",
        )
    )


def _lpstat(*args: str) -> str:
    result = _run(["lpstat", *args])
    if _service_down(result.stderr) or (result.returncode and "scheduler" in result.stderr):
        raise PrintServiceUnavailable()
    return result.stdout


def service_running() -> bool:
    """Whether the print scheduler answers."""
    try:
        return "scheduler is running" in _run(["lpstat", "-r"]).stdout
    except PrintServiceUnavailable:
        return False


def _check_service() -> None:
    if not service_running():
        raise PrintServiceUnavailable()


# --- printers ---------------------------------------------------------------------------------


def default_printer() -> str | None:
    """The system's default printer, or None when there is none."""
    _check_service()
    out = _lpstat("-d")
    prefix = "system default destination:"
    for line in out.splitlines():
        if line.startswith(prefix):
            return line[len(prefix) :].strip() or None
    return None


def list_printers() -> list[PrinterInfo]:
    """Every print queue, in the order `lpstat` gives them."""
    _check_service()
    default = default_printer()
    accepting = _accepting(_lpstat("-a"))
    return _parse_printers(_lpstat("-l", "-p"), accepting, default)


def printer_info(name: str) -> PrinterInfo:
    """The state of the queue `name`; PrinterMissing when there is no such queue."""
    _check_service()
    result = _run(["lpstat", "-l", "-p", name])
    if result.returncode or not result.stdout.strip():
        if _service_down(result.stderr):
            raise PrintServiceUnavailable()
        raise PrinterMissing(name)
    accepting = _accepting(_lpstat("-a", name))
    printers = _parse_printers(result.stdout, accepting, default_printer())
    for printer in printers:
        if printer.name == name:
            return printer
    raise PrinterMissing(name)


def check_printer(name: str) -> PrinterInfo:
    """The queue `name` if it can take a job now, else the PrintError that says why not."""
    printer = printer_info(name)
    if printer.out_of_paper:
        raise PrinterOutOfPaper(name)
    if not printer.enabled:
        raise PrinterStopped(name, printer.message)
    if not printer.accepting:
        raise PrinterStopped(name, "not accepting jobs")
    return printer


def _accepting(out: str) -> dict[str, bool]:
    states = {}
    for line in out.splitlines():
        if line and not line[0].isspace():
            name, _, rest = line.partition(" ")
            states[name] = rest.startswith("accepting")
    return states


def _parse_printers(out: str, accepting: dict[str, bool], default: str | None) -> list[PrinterInfo]:
    """Parse `lpstat -l -p`: a 'printer NAME ...' line, then tab-indented details."""
    blocks: list[tuple[str, list[str]]] = []
    for line in out.splitlines():
        if line.startswith("printer "):
            blocks.append((line, []))
        elif blocks and line.startswith("\t"):
            blocks[-1][1].append(line.strip())
    printers = []
    for head, details in blocks:
        words = head.split()
        name = words[1]
        enabled = "disabled since" not in head
        printing_job = None
        if "now printing" in head:
            printing_job = head.split("now printing", 1)[1].split()[0].rstrip(".")
        reasons: tuple[str, ...] = ()
        message = ""
        if details and ":" not in details[0]:
            message = details[0]  # the line under "disabled since ... -" says why
        for detail in details:
            if detail.startswith("Alerts:"):
                listed = detail[len("Alerts:") :].split()
                reasons = tuple(r for r in listed if r != "none")
        printers.append(
            PrinterInfo(
                name=name,
                enabled=enabled,
                accepting=accepting.get(name, True),
                is_default=name == default,
                printing_job=printing_job,
                reasons=reasons,
                message=message,
            )
        )
    return printers


# --- jobs -------------------------------------------------------------------------------------


def submit(
    printer: str,
    pdf: bytes | Path,
    *,
    title: str,
    media: Media = DOCUMENT_MEDIA,
    copies: int = 1,
) -> str:
    """Print the PDF `pdf` on `printer` as one job; return the job id ("Printer-12").

    `pdf` is the document's bytes (decrypted from the archive: see ``printing.pdf.read_pdf``),
    fed to `lp` on its standard input, so the clear document never lies in a temporary
    file; a path is for a file that is in clear anyway (a test sheet).
    The printer is checked first, so a stopped queue or one without paper is refused here
    rather than holding the job. `title` is what the queue shows: keep national numbers and
    names out of it.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    if isinstance(pdf, Path) and not pdf.is_file():
        raise FileNotFoundError(pdf)
    check_printer(printer)
    args = ["lp", "-d", printer, "-t", title, "-n", str(copies), *media.options()]
    # given no file, lp reads the job from its standard input
    result = _run(args, stdin=pdf) if isinstance(pdf, bytes) else _run([*args, "--", str(pdf)])
    if result.returncode:
        raise _lp_error(printer, result.stderr)
    job_id = _job_id(result.stdout)
    if job_id is None:
        raise PrintError(
            f"The print service did not confirm the job on {printer}. Check the queue.",
            f"لم تؤكد خدمة الطباعة استلام المهمة على الطابعة {printer}. تحقق من قائمة الطباعة.",
        )
    log.info("submitted job %s to %s", job_id, printer)
    return job_id


def submit_batch(
    printer: str, pdfs: Sequence[Path | bytes], *, title: str, media: Media = DOCUMENT_MEDIA
) -> str:
    """Print several PDFs of the same media as ONE job (their pages in order); return its id."""
    if not pdfs:
        raise ValueError("a batch needs at least one PDF")
    return submit(printer, merge_pdfs(pdfs), title=title, media=media)


def _job_id(stdout: str) -> str | None:
    # "request id is Printer-12 (1 file(s))"
    marker = "request id is "
    for line in stdout.splitlines():
        if marker in line:
            return line.split(marker, 1)[1].split()[0]
    return None


def _lp_error(printer: str, stderr: str) -> PrintError:
    text = stderr.lower()
    if "does not exist" in text or "unknown destination" in text or "invalid destination" in text:
        return PrinterMissing(printer)
    if "not accepting" in text:
        return PrinterStopped(printer, "not accepting jobs")
    if _service_down(stderr) or "scheduler" in text:
        return PrintServiceUnavailable()
    detail = stderr.strip().splitlines()[-1] if stderr.strip() else "lp failed"
    return PrintError(
        f"The printer {printer} refused the job: {detail}",
        f"رفضت الطابعة {printer} مهمة الطباعة.",
    )


def _printer_of(job_id: str) -> str:
    printer, sep, number = job_id.rpartition("-")
    if not sep or not printer or not number.isdigit():
        raise ValueError(f"not a print job id: {job_id!r}")
    return printer


def _listed(out: str, job_id: str) -> bool:
    return any(line.split(maxsplit=1)[:1] == [job_id] for line in out.splitlines())


def job_state(job_id: str) -> JobState:
    """Where the job `job_id` is. CUPS's client cannot tell a printed job from one cancelled
    at the printer: both are FINISHED. JobFailed when the service does not know the job."""
    printer = _printer_of(job_id)
    _check_service()
    if _listed(_lpstat("-W", "not-completed", "-o", printer), job_id):
        try:
            info = printer_info(printer)
        except PrinterMissing as exc:
            raise JobFailed(job_id, "its printer was removed") from exc
        if info.printing_job == job_id:
            return JobState.PRINTING
        if not info.enabled or info.out_of_paper:
            return JobState.STOPPED
        return JobState.PENDING
    if _listed(_lpstat("-W", "completed", "-o", printer), job_id):
        return JobState.FINISHED
    raise JobFailed(job_id, "the print service does not know this job")


def wait_for_job(job_id: str, *, timeout: float = 120.0, poll: float = 0.25) -> None:
    """Block until the job has left the queue.

    PrinterStopped (or PrinterOutOfPaper) when its printer stops meanwhile: the job stays
    queued and prints once the printer is resumed, or the clerk cancels it and prints again.
    JobFailed when it is still queued after `timeout` seconds.
    """
    deadline = time.monotonic() + timeout
    while True:
        state = job_state(job_id)
        if state is JobState.FINISHED:
            return
        if state is JobState.STOPPED:
            check_printer(_printer_of(job_id))  # raises with the printer's own reason
        if time.monotonic() > deadline:
            raise JobFailed(job_id, f"still in the queue after {timeout:.0f} s")
        time.sleep(poll)


def cancel_job(job_id: str) -> None:
    """Take the job out of the queue (a request is printable again after a failed print)."""
    _printer_of(job_id)
    result = _run(["cancel", job_id])
    if result.returncode and "already" not in result.stderr.lower():
        if _service_down(result.stderr):
            raise PrintServiceUnavailable()
        raise JobFailed(job_id, "it could not be cancelled")


class SystemPrintService:
    """The system's print service (CUPS) as the core's ``PrintService``
    (``clerk_desk.ports.paper``): the functions above, with the core's media names."""

    def default_printer(self) -> str | None:
        return default_printer()

    def submit(self, printer: str, pdf: bytes, *, title: str, media: str) -> str:
        if not printer:
            raise PrinterMissing("(none)")
        sheet = DOCUMENT_MEDIA if media == "A4" else ENVELOPE_MEDIA[media]
        return submit(printer, pdf, title=title, media=sheet)

    def wait_for_job(self, job_id: str) -> None:
        wait_for_job(job_id)

    def cancel_job(self, job_id: str) -> bool:
        try:
            cancel_job(job_id)
        except (PrintError, ValueError) as exc:
            log.warning("print job not cancelled: %s", type(exc).__name__)
            return False
        return True
