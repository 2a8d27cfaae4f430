"""The rejection-reason catalogue is data, and a broken file is refused with its name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clerk_desk.reasons import REASONS, CatalogueError, load_reasons


def test_the_shipped_catalogue_has_the_reasons_the_clerks_use() -> None:
    assert {"data_mismatch", "missing_document", "duplicate_request", "other"} <= set(REASONS)
    assert all(r.citizen_text_ar and r.label_ar and r.label_en for r in REASONS.values())


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps({"reasons": []}),
        json.dumps(
            {"reasons": [{"code": "x", "label_ar": "", "label_en": "X", "citizen_text_ar": "نص"}]}
        ),
        json.dumps(
            {
                "reasons": [
                    {"code": "x", "label_ar": "س", "label_en": "X", "citizen_text_ar": "نص"}
                ]
                * 2
            }
        ),
    ],
)
def test_a_malformed_catalogue_is_refused_naming_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "reasons.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"reasons\.json"):
        load_reasons(path)


def test_each_reason_says_what_becomes_of_the_fee() -> None:
    from clerk_desk.payments import RefundPolicy

    assert REASONS["duplicate_request"].refund is RefundPolicy.WHOLE
    mismatch = REASONS["data_mismatch"]
    assert (mismatch.refund, mismatch.refund_share) == (RefundPolicy.PARTIAL, 50)


_BASE = {"code": "x", "label_ar": "س", "label_en": "X", "citizen_text_ar": "نص"}


@pytest.mark.parametrize(
    ("refund", "message"),
    [
        ({}, "must say its refund"),
        ({"refund": "some"}, "must say its refund"),
        ({"refund": "partial"}, "share 1..99"),
        ({"refund": "partial", "refund_share": 100}, "share 1..99"),
        ({"refund": "partial", "refund_share": True}, "share 1..99"),
        ({"refund": "whole", "refund_share": 50}, "no partial refund"),
    ],
)
def test_a_reason_without_a_clear_refund_is_refused(
    tmp_path: Path, refund: dict[str, object], message: str
) -> None:
    path = tmp_path / "reasons.json"
    path.write_text(json.dumps({"reasons": [{**_BASE, **refund}]}), encoding="utf-8")
    with pytest.raises(CatalogueError, match=message):
        load_reasons(path)
