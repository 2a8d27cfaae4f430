"""The fee catalogue: data validated on load, and the fee in force when a request was
submitted, never a newer one."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clerk_desk.fees import FEES, Fee, FeeCatalogueError, NoFee, fee_for, load_fees
from clerk_desk.services import SERVICES
from resources import FEES_FILE

DAMASCUS = timezone(timedelta(hours=3))
CHANGE = datetime(2026, 1, 1, tzinfo=DAMASCUS)


def test_the_shipped_catalogue_has_a_fee_for_every_service() -> None:
    assert set(FEES) == set(SERVICES)
    assert all(fee.amount > 0 for fees in FEES.values() for fee in fees)


def test_a_change_applies_from_its_moment_on_never_before() -> None:
    just_before = CHANGE - timedelta(microseconds=1)
    assert fee_for("civil_extract_individual", just_before) == 5000
    assert fee_for("civil_extract_individual", CHANGE) == 7500
    # The same moment said in UTC: 21:00 the day before.
    assert fee_for("civil_extract_individual", datetime(2025, 12, 31, 21, tzinfo=UTC)) == 7500
    assert fee_for("civil_extract_individual", datetime(2025, 12, 31, 20, 59, tzinfo=UTC)) == 5000


def test_before_the_first_fee_there_is_none_and_a_naive_time_is_refused() -> None:
    with pytest.raises(NoFee):
        fee_for("criminal_record", datetime(2024, 12, 31, tzinfo=UTC))
    with pytest.raises(ValueError, match="naive"):
        fee_for("criminal_record", datetime(2026, 1, 1))


STARTS = st.lists(
    st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
    ),
    min_size=1,
    max_size=6,
    unique=True,
)


@given(starts=STARTS, amounts=st.lists(st.integers(1, 100_000), min_size=6, max_size=6),
       probe=st.datetimes(min_value=datetime(2019, 1, 1), max_value=datetime(2036, 1, 1),
                          timezones=st.just(UTC)))  # fmt: skip
def test_the_fee_is_the_newest_entry_not_after_the_submission(
    starts: list[datetime], amounts: list[int], probe: datetime
) -> None:
    fees = tuple(sorted((Fee("x", a, s) for s, a in zip(starts, amounts, strict=False)),
                        key=lambda f: f.effective_from))  # fmt: skip
    catalogue = {"x": fees}
    in_force = [fee for fee in fees if fee.effective_from <= probe]
    if not in_force:
        with pytest.raises(NoFee):
            fee_for("x", probe, catalogue)
    else:
        assert fee_for("x", probe, catalogue) == in_force[-1].amount
        # On each boundary the new amount applies, an instant before the old one.
        for earlier, later in pairwise(fees):
            assert fee_for("x", later.effective_from, catalogue) == later.amount
            before = later.effective_from - timedelta(microseconds=1)
            assert fee_for("x", before, catalogue) == earlier.amount


def _write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "fees.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FEES_FILE.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["fees"].append(dict(d["fees"][0], service="nope")), "unknown service"),
        (lambda d: d["fees"][0].update(amount=0), "whole amount"),
        (lambda d: d["fees"][0].update(amount=12.5), "whole amount"),
        (lambda d: d["fees"][0].update(amount=True), "whole amount"),
        (lambda d: d["fees"][0].update({"from": "2025-01-01"}), "its zone"),
        (lambda d: d["fees"][0].update({"from": "soon"}), "its zone"),
        (lambda d: d["fees"][0].pop("from"), "exactly"),
        (lambda d: d["fees"].append(dict(d["fees"][0], amount=1)), "at once"),
        (lambda d: d.update(fees=[f for f in d["fees"] if f["service"] != "criminal_record"]),
         "no fee for criminal_record"),
        (lambda d: d.update(currency="USD"), "currency"),
        (lambda d: d.update(fees=[]), "non-empty"),
    ],
)  # fmt: skip
def test_a_malformed_catalogue_is_refused_saying_why(
    tmp_path: Path, change: Any, message: str
) -> None:
    data = _shipped()
    change(data)
    with pytest.raises(FeeCatalogueError, match=message):
        load_fees(_write(tmp_path, data))


def test_an_unreadable_catalogue_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fees.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(FeeCatalogueError, match="cannot be read"):
        load_fees(path)
    assert load_fees(_write(tmp_path, _shipped())) == FEES
