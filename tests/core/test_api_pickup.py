"""The pickup wire models: a slot's shape, who collects, validated at the edge."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from clerk_desk.api import CollectedIn, CollectorIn, PickupReadyIn
from clerk_desk.collector_rules import Collector, CollectorRole, IdentityDocument


def test_a_collector_goes_over_the_wire_and_back() -> None:
    attorney = Collector(
        CollectorRole.ATTORNEY,
        "رامي العلي",
        IdentityDocument.PASSPORT,
        "N0123456",
        "4711/2026",
        date(2026, 1, 5),
        9,
    )
    body = CollectedIn(
        idempotency_key="k" * 16, received_by=attorney.name, collector=CollectorIn.of(attorney)
    )
    again = CollectedIn.model_validate_json(body.model_dump_json())
    assert again.collector is not None
    assert again.collector.as_collector(again.received_by) == attorney


def test_unknown_roles_documents_and_slots_are_refused() -> None:
    with pytest.raises(ValidationError):
        CollectorIn.model_validate(
            {"role": "cousin", "id_document": "passport", "id_number": "N0123456"}
        )
    with pytest.raises(ValidationError):
        CollectorIn.model_validate(
            {"role": "subject", "id_document": "family_booklet", "id_number": "1"}
        )
    with pytest.raises(ValidationError):
        PickupReadyIn(idempotency_key="k" * 16, shelf_slot="Z-99")
    assert PickupReadyIn(idempotency_key="k" * 16, shelf_slot="B-07").shelf_slot == "B-07"
