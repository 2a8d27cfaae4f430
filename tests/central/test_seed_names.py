"""The training registry's national numbers: eleven digits, the birth place's prefix, never
one twice."""

from __future__ import annotations

import random

from central.seed_names import BIRTH_PLACES, national_number
from clerk_desk.national_number import is_national_number


def test_national_numbers_carry_the_places_prefix_and_are_never_repeated() -> None:
    rng = random.Random(1)
    taken = {"01000000000"}
    made = [national_number(rng, place, taken) for place in BIRTH_PLACES for _ in range(50)]
    assert len(set(made)) == len(made) and "01000000000" not in made
    assert all(is_national_number(n) for n in made)
    assert all(n.startswith(BIRTH_PLACES["حلب"]) for n in made[50:100])
    assert taken >= set(made)
