"""Shelf slots: a letter and a place, the first free one given, freed ones used again."""

from __future__ import annotations

import pytest

from clerk_desk.shelf import (
    SHELF_LETTERS,
    SLOTS_PER_SHELF,
    ShelfFull,
    first_free_slot,
    is_slot,
    slot_name,
)


def test_slots_are_named_by_shelf_and_place() -> None:
    assert [slot_name(i) for i in (0, 1, 49, 50)] == ["A-01", "A-02", "A-50", "B-01"]
    assert "I" not in SHELF_LETTERS and "O" not in SHELF_LETTERS  # they read like digits
    assert all(is_slot(slot_name(i)) for i in range(len(SHELF_LETTERS) * SLOTS_PER_SHELF))
    for wrong in ("A-00", "A-51", "I-01", "a-01", "A1", "A-1"):
        assert not is_slot(wrong)


def test_the_first_free_slot_is_given_and_a_freed_one_reused() -> None:
    assert first_free_slot([]) == "A-01"
    assert first_free_slot(["A-01", "A-02"]) == "A-03"
    assert first_free_slot(["A-01", "A-03"]) == "A-02"
    every = [slot_name(i) for i in range(len(SHELF_LETTERS) * SLOTS_PER_SHELF)]
    with pytest.raises(ShelfFull):
        first_free_slot(every)
