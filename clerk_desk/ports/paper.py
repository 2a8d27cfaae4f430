"""Paper, as the use cases see it: rendering a request's papers and the post's and the
shift's sheets (``DocumentRenderer``), the system's print service (``PrintService``), and
what printing asks of the server (``PaperLink``).

``printing.renderer.Renderer`` and ``printing.printer.SystemPrintService`` implement the
first two; ``sync.client.CentralClient`` satisfies ``PaperLink``. The core builds the facts
(numbers allocated by the print ledger, ``clerk_desk.ledger``); paper only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from clerk_desk.api import Center, RegistryRecord
from clerk_desk.digits import WESTERN
from clerk_desk.ports.signing import Signer
from clerk_desk.reconciliation import Reconciliation
from clerk_desk.workflow import IssuanceNumbers

# The sheets a printer is told about: A4 for documents and sheets, the ISO 269 envelopes.
Media = Literal["A4", "DL", "C5", "C4"]
DOCUMENT_MEDIA: Media = "A4"


@dataclass(frozen=True, slots=True)
class RequestFacts:
    """What a request's document and envelope say, read from the store by the core."""

    request_id: str
    service_code: str
    center: Center
    record: RegistryRecord  # the registry snapshot the decision was made on
    issued_on: date
    delivery: Literal["post", "pickup"]
    recipient_name: str
    recipient_address: str
    recipient_city: str
    envelope_size: str  # one of the envelope media: "DL", "C5", "C4"
    digits: str = WESTERN  # the digit style of dates and numbers (the ``digits`` setting)
    receipt_reference: str = ""  # the fee's receipt, from its channel ("": none known)
    recipient_phone: str = ""  # as the citizen gave it: the courier calls it


@dataclass(frozen=True)
class ManifestLine:
    request_id: str  # printable ASCII
    tracking_number: str | None
    recipient_city: str

    @property
    def barcode_value(self) -> str:
        return self.tracking_number or self.request_id


@dataclass(frozen=True)
class ManifestFacts:
    batch_id: str  # printable ASCII: it becomes a Code 128
    prepared_on: date
    center_name: str
    center_city: str
    clerk_name: str
    lines: tuple[ManifestLine, ...]
    courier_name: str = ""  # empty: written by hand on the printed sheet
    digits: str = WESTERN  # the digit style of dates and numbers (the ``digits`` setting)

    def __post_init__(self) -> None:
        if not self.lines:
            raise ValueError("a dispatch manifest lists at least one envelope")


@dataclass(frozen=True)
class ShiftInfo:
    """Who and where a shift's reconciliation is of."""

    center_name: str
    clerk_name: str
    workstation: str
    digits: str = WESTERN  # the digit style of dates and numbers (the ``digits`` setting)


class DocumentRenderer(Protocol):
    """Lays papers out as PDF bytes. Blocking and pure: no store, no network."""

    def issued_pages(self, issued_pdf: bytes) -> int:
        """The page count of an issuing body's PDF; a ``RuleViolation`` if it cannot be
        printed (checked before any number is allocated)."""
        ...

    def document(
        self,
        facts: RequestFacts,
        numbers: IssuanceNumbers,
        *,
        signer: Signer | None,
        issued_pdf: bytes | None = None,
    ) -> bytes:
        """A fast service's document rendered from the registry snapshot, or (given the
        issuing body's PDF) a slow service's: a cover sheet followed by its pages."""
        ...

    def envelope(self, facts: RequestFacts, numbers: IssuanceNumbers) -> bytes: ...

    def shelf_slot(
        self, request_id: str, tracking_number: str | None, slot: str, size: str, digits: str
    ) -> bytes:
        """The shelf slot alone, where the envelope of ``request_id`` has its box: printed
        on the sealed envelope once shelved."""
        ...

    def manifest(self, facts: ManifestFacts) -> bytes:
        """The dispatch manifest handed to the post with a batch of envelopes."""
        ...

    def reconciliation(self, rec: Reconciliation, shift: ShiftInfo) -> bytes:
        """A counter's reconciliation of a shift, for printing or saving."""
        ...

    def merged(self, pdfs: Sequence[bytes]) -> bytes:
        """One PDF of all the pages of `pdfs`, in order."""
        ...


class PrintService(Protocol):
    """The system's printers. Blocking; its errors are the print service's own and carry
    what a clerk can do about them."""

    def default_printer(self) -> str | None: ...

    def submit(self, printer: str, pdf: bytes, *, title: str, media: Media) -> str:
        """Hand `pdf` to `printer` as one job ("" when none is chosen: refused); return the
        job's id. Keep names and national numbers out of `title`."""
        ...

    def wait_for_job(self, job_id: str) -> None:
        """Block until the job has left the queue; raises when the printer stops."""
        ...

    def cancel_job(self, job_id: str) -> bool:
        """Take the job out of the queue; False (and logged) when it could not be."""
        ...


class PaperLink(Protocol):
    """What printing asks of the central server."""

    def issued_document(self, request_id: str) -> bytes:
        """The issuing body's PDF of a slow-service request (``Offline`` when out of reach)."""
        ...
