"""Through to the post: sealing envelopes, the pickup shelf, dispatch manifests handed to
the courier of the Syrian Post, and printing the shift's envelopes and sheets.

Each use case is one transaction (``clerk_desk.dispatch`` writes the state, the audit entry
and the outbox message together), then ``Courier.deliver_soon``: the clerk never waits on
the link.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from clerk_desk import config as cfg
from clerk_desk import dispatch, shelf_report
from clerk_desk.api import AttachmentKind
from clerk_desk.collector_rules import Collector, syrian_today
from clerk_desk.crypto import DecryptionError
from clerk_desk.dispatch import ScannedEnvelope
from clerk_desk.pdf_files import read_pdf, sha256_hex, write_pdf
from clerk_desk.ports.link import Courier
from clerk_desk.ports.paper import (
    DOCUMENT_MEDIA,
    DocumentRenderer,
    ManifestFacts,
    ManifestLine,
    Media,
    PrintService,
)
from clerk_desk.shelf_report import WaitingEnvelope
from clerk_desk.states import RequestState
from clerk_desk.store.models import Issuance, Request
from clerk_desk.usecases.context import WorkContext
from clerk_desk.usecases.paper import chosen_printer


class BatchFileProblem(ValueError):
    """A file of a batch print is missing or is not the one the ledger recorded: refused,
    naming the request, rather than printed."""


@dataclass(frozen=True, slots=True)
class Moved:
    """A request moved on by the post's use cases: its state now."""

    request_id: str
    state: RequestState

    @classmethod
    def of(cls, request: Request) -> Moved:
        return cls(request.id, RequestState(request.status))


@dataclass(frozen=True, slots=True)
class Shelved:
    """An envelope put on the pickup shelf: where."""

    request_id: str
    state: RequestState
    shelf_slot: str

    @classmethod
    def of(cls, request: Request) -> Shelved:
        return cls(request.id, RequestState(request.status), request.shelf_slot or "")


@dataclass(frozen=True, slots=True)
class PickupView:
    """An envelope on the shelf, as the pickup dialog shows it: who may collect it."""

    request_id: str
    shelf_slot: str
    recipient_name: str
    requester_name: str
    relation_ar: str  # empty: the requester asked for themself
    powers_of_attorney: tuple[tuple[int, str], ...]  # (paper id, file name)

    @classmethod
    def of(cls, request: Request) -> PickupView:
        return cls(
            request_id=request.id,
            shelf_slot=request.shelf_slot or "",
            recipient_name=str(request.delivery.get("recipient_name", "")),
            requester_name=request.requester_name,
            relation_ar=request.relation_ar,
            powers_of_attorney=tuple(
                (a.id, a.filename)
                for a in request.attachments
                if a.kind == AttachmentKind.POWER_OF_ATTORNEY
            ),
        )


@dataclass(frozen=True, slots=True)
class ShelfReport:
    days: int  # the configured period
    lines: tuple[WaitingEnvelope, ...]


@dataclass(frozen=True, slots=True)
class Manifest:
    """A dispatch batch stored and its manifest written (encrypted) for printing."""

    batch_id: str
    path: Path
    envelopes: int


@dataclass(frozen=True, slots=True)
class HandedOver:
    batch_id: str
    envelopes: int  # every one of them dispatched


class Post:
    """The post's use cases of one workstation (``Desk.post``)."""

    def __init__(
        self,
        context: WorkContext,
        *,
        renderer: DocumentRenderer,
        printers: PrintService,
        courier: Courier,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.context = context
        self.renderer = renderer
        self.printers = printers
        self.courier = courier
        self._clock = clock

    # --- one envelope -------------------------------------------------------------------

    def seal(self, request_id: str) -> Moved:
        with self.context.sessions.begin() as session:
            moved = Moved.of(dispatch.seal(session, self.context.actor, request_id))
        self.courier.deliver_soon()
        return moved

    def keep_for_pickup(self, request_id: str) -> Shelved:
        with self.context.sessions.begin() as session:
            shelved = Shelved.of(dispatch.keep_for_pickup(session, self.context.actor, request_id))
        self.courier.deliver_soon()
        return shelved

    # --- the pickup shelf ---------------------------------------------------------------

    def scan_in(self, code: str) -> Shelved:
        """An envelope the post brought back, scanned in at the center: shelved."""
        with self.context.sessions.begin() as session:
            shelved = Shelved.of(dispatch.scan_in(session, self.context.actor, code))
        self.courier.deliver_soon()
        return shelved

    def find_for_pickup(self, code: str) -> PickupView:
        """The envelope on the shelf that a scanned code (S10 or request number) names,
        with what the clerk needs to check its collector."""
        with self.context.sessions() as session:
            request = dispatch.on_the_shelf(session, dispatch.resolve_code(session, code))
            return PickupView.of(request)

    def hand_to_citizen(self, request_id: str, collector: Collector) -> Moved:
        """Hand the shelved envelope to ``collector``, if the rule allows them."""
        today = syrian_today(self._clock())
        with self.context.sessions.begin() as session:
            request = dispatch.hand_to_citizen(
                session, self.context.actor, request_id, collector, today
            )
            moved = Moved.of(request)
        self.courier.deliver_soon()
        return moved

    def print_shelf_slot(self, request_id: str) -> str:
        """Print the envelope's shelf slot on it (fed again, sealed, into the printer's
        envelope tray); the slot."""
        with self.context.sessions() as session:
            slot = dispatch.on_the_shelf(session, request_id).shelf_slot or ""
            latest = dispatch.latest_issuance(session, request_id)
            tracking = latest.tracking_number if latest is not None else None
        settings = self.context.settings
        size = cast(Media, settings.get(cfg.ENVELOPE_SIZE))
        pdf = self.renderer.shelf_slot(request_id, tracking, slot, size, settings.get(cfg.DIGITS))
        self._print(pdf, f"shelf {slot}", size)
        return slot

    def shelf_report(self) -> ShelfReport:
        """The envelopes waiting longer than the configured period (``SHELF_REPORT_DAYS``)."""
        days = self.context.settings.get(cfg.SHELF_REPORT_DAYS)
        with self.context.sessions() as session:
            lines = shelf_report.waiting_longer_than(
                session, self.context.actor.center_code, self._clock(), days
            )
        return ShelfReport(days, tuple(lines))

    def save_shelf_report(self, report: ShelfReport) -> Path:
        """The report as a CSV file in the desk's documents folder (no personal data:
        slots, request numbers, days)."""
        path = self.context.documents_dir / "shelf" / f"shelf-{self._clock():%Y%m%d-%H%M%S}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(shelf_report.shelf_report_csv(report.lines), encoding="utf-8-sig")
        return path

    # --- a dispatch ---------------------------------------------------------------------

    def check_scan(self, code: str, already: list[str]) -> ScannedEnvelope:
        with self.context.sessions() as session:
            return dispatch.check_scan(session, code, already)

    def prepare_manifest(self, codes: list[str]) -> Manifest:
        """Store the scanned envelopes as a batch and write its manifest, in one
        transaction (a batch never exists without its manifest)."""
        context = self.context
        actor = context.actor
        center = context.center
        with context.sessions.begin() as session:
            batch = dispatch.create_dispatch(session, actor, codes)
            facts = ManifestFacts(
                batch_id=batch.id,
                prepared_on=self._clock().date(),
                center_name=center.name_ar,
                center_city=center.city_ar,
                clerk_name=context.person,
                lines=tuple(
                    ManifestLine(item.request_id, item.tracking_number, item.recipient_city)
                    for item in batch.items
                ),
                digits=context.settings.get(cfg.DIGITS),
            )
            path = write_pdf(
                context.documents_dir / "dispatch" / f"{batch.id}.pdf",
                self.renderer.manifest(facts),
                context.store_key,
            )
            manifest = Manifest(batch.id, path, len(facts.lines))
        self.courier.deliver_soon()
        return manifest

    def hand_over(self, batch_id: str, courier_name: str) -> HandedOver:
        with self.context.sessions.begin() as session:
            batch = dispatch.hand_over(session, self.context.actor, batch_id, courier_name)
            handed = HandedOver(batch.id, len(batch.items))
        self.courier.deliver_soon()
        return handed

    # --- printing what the desk wrote ---------------------------------------------------

    def read_pdf(self, path: Path) -> bytes:
        """The clear bytes of a PDF this desk wrote (they are encrypted on disk)."""
        return read_pdf(path, self.context.store_key)

    def print_file(self, path: Path, title: str) -> None:
        """Print a sheet this desk wrote (a manifest, a reconciliation) on A4, and wait."""
        self._print(self.read_pdf(path), title, DOCUMENT_MEDIA)

    def print_shift_envelopes(self, since: datetime) -> int:
        """All envelopes printed since ``since`` and not yet sealed, as one print job; how
        many. Each file is checked against the hash the issuance recorded first."""
        with self.context.sessions() as session:
            issuances = dispatch.printed_not_sealed(session, since)
            envelopes = [self._checked_envelope(i) for i in issuances]
        if not envelopes:
            return 0
        size = cast(Media, self.context.settings.get(cfg.ENVELOPE_SIZE))
        self._print(self.renderer.merged(envelopes), "envelopes", size)
        return len(envelopes)

    def _checked_envelope(self, issuance: Issuance) -> bytes:
        path = Path(issuance.envelope_path)
        changed = f"the envelope of request {issuance.request_id} is not the file that was printed"
        try:
            data = read_pdf(path, self.context.store_key)  # the ledger's hash is of the clear PDF
        except DecryptionError:
            raise BatchFileProblem(changed) from None
        except OSError:
            raise BatchFileProblem(
                f"the envelope of request {issuance.request_id} is missing ({path.name})"
            ) from None
        if sha256_hex(data) != issuance.envelope_sha256:
            raise BatchFileProblem(changed)
        return data

    def _print(self, pdf: bytes, title: str, media: Media) -> None:
        name = chosen_printer(self.context.settings, self.printers)
        self.printers.wait_for_job(self.printers.submit(name, pdf, title=title, media=media))
