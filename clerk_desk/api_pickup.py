"""The wire models of the pickup shelf: an envelope shelved (with its slot) and handed
over at the counter to a collector the rule allows (``clerk_desk.collector_rules``).

Part of the contract of ``clerk_desk.api`` (which re-exports every name here).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field

from clerk_desk.api import IdempotencyKey, Incoming, Name, OneLine, RowId
from clerk_desk.collector_rules import Collector, CollectorRole, IdentityDocument
from clerk_desk.shelf import SLOT_PATTERN

ShelfSlot = Annotated[str, Field(pattern=SLOT_PATTERN)]
DocumentNumber = Annotated[OneLine, Field(min_length=1, max_length=40)]


class PickupReadyIn(Incoming):
    """``POST /requests/{id}/pickup-ready``: a sealed pickup envelope, or one the post
    brought back, waits at the center, in ``shelf_slot`` (None: a workstation older than
    slots; the server gives one)."""

    idempotency_key: IdempotencyKey
    shelf_slot: ShelfSlot | None = None


class CollectorIn(Incoming):
    """Who collects, from the documents they showed (see ``clerk_desk.collector_rules``)."""

    role: CollectorRole
    id_document: IdentityDocument
    id_number: DocumentNumber
    poa_number: DocumentNumber | None = None
    poa_date: date | None = None
    poa_attachment: RowId | None = None

    def as_collector(self, name: str) -> Collector:
        return Collector(
            role=self.role,
            name=name,
            id_document=self.id_document,
            id_number=self.id_number,
            poa_number=self.poa_number,
            poa_date=self.poa_date,
            poa_attachment=self.poa_attachment,
        )

    @classmethod
    def of(cls, collector: Collector) -> CollectorIn:
        return cls(
            role=collector.role,
            id_document=collector.id_document,
            id_number=collector.id_number,
            poa_number=collector.poa_number,
            poa_date=collector.poa_date,
            poa_attachment=collector.poa_attachment,
        )


class CollectedIn(Incoming):
    """``POST /requests/{id}/collected``: the shelved envelope was handed over at the
    counter to ``received_by`` (the name on the identity document shown), identified by
    ``collector`` (None: a workstation older than the check; the server refuses it)."""

    idempotency_key: IdempotencyKey
    received_by: Name
    collector: CollectorIn | None = None
