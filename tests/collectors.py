"""Who collects an envelope in the tests: the subject with their national identity card,
and the same as the server's JSON."""

from __future__ import annotations

from typing import Any

from clerk_desk.collector_rules import Collector, CollectorRole, IdentityDocument


def subject(name: str, national_number: str) -> Collector:
    return Collector(
        CollectorRole.SUBJECT, name, IdentityDocument.NATIONAL_ID_CARD, national_number
    )


def subject_json(national_number: str) -> dict[str, Any]:
    return {
        "role": "subject",
        "id_document": "national_id_card",
        "id_number": national_number,
    }
