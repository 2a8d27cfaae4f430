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
