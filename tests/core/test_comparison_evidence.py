"""The comparison kept as evidence reads back as what the clerk saw."""

from __future__ import annotations

import pytest

from clerk_desk.comparison import BadEvidence, compare_records, comparison_from_json

SUBMITTED = {"national_number": "01234567890", "first_name": "أحمد", "mother_name": "رزان"}
REGISTRY = {"national_number": "01234567890", "first_name": "احمد", "mother_name": "دعاء"}


def test_evidence_round_trips() -> None:
    comparison = compare_records(SUBMITTED, REGISTRY)
    again = comparison_from_json(comparison.to_json())
    assert again == comparison


@pytest.mark.parametrize(
    "evidence",
    [
        None,
        {},
        {"verdict": "maybe", "fields": {}},
        {"verdict": "match", "fields": {"first_name": {"status": "same"}}},
        {"verdict": "match", "fields": {"first_name": {"status": "identical", "submitted": 3}}},
        {
            "verdict": "match",
            "fields": {"first_name": {"status": "identical", "submitted_diff": [[1]]}},
        },
    ],
)
def test_malformed_evidence_is_refused(evidence: object) -> None:
    with pytest.raises(BadEvidence):
        comparison_from_json(evidence)
