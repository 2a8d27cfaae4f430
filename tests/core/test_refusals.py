"""The catalogue of refusals: codes the contract allows, templates the values can fill."""

from __future__ import annotations

import re

import pytest

from clerk_desk.api import Role
from clerk_desk.national_number import InvalidNationalNumber, parse_national_number
from clerk_desk.refusals import (
    ACTIONS,
    CODED_VALUES,
    REFUSALS,
    ROLES,
    code_of_template,
    english,
    placeholders,
    well_formed,
)


def test_codes_fit_the_contract_and_name_their_entry() -> None:
    for code, refusal in REFUSALS.items():
        assert refusal.code == code
        assert re.fullmatch(r"[a-z][a-z0-9_]*", code) and len(code) <= 40, code


def test_the_server_answers_with_an_error_status_the_workstation_with_none() -> None:
    statuses = {refusal.status for refusal in REFUSALS.values()}
    assert None in statuses  # the workstation's own messages
    assert all(status is None or 400 <= status < 600 for status in statuses)


def test_every_template_parses_and_names_values_not_positions() -> None:
    for refusal in REFUSALS.values():
        assert all(name.isidentifier() for name in refusal.names), refusal.code
        assert "{}" not in refusal.template, refusal.code


def test_the_roles_are_the_contracts() -> None:
    assert {role.value for role in Role} == ROLES


def test_the_english_sentence_fills_the_template_with_phrases_for_coded_values() -> None:
    values = {"role": "supervisor", "action": "review", "your_role": "clerk"}
    assert english("wrong_role", values) == (
        "only a supervisor may review rejections; you are a clerk"
    )
    assert english("no_such_request", {"request_id": "DAM-000404"}) == "no request DAM-000404"
    assert english("unreachable", {}) == "the central server cannot be reached"


@pytest.mark.parametrize(
    "values",
    [
        {},  # one missing
        {"request_id": "DAM-1", "extra": "x"},  # one the template does not name
        {"request": "DAM-1"},  # misnamed
    ],
)
def test_a_refusal_raised_with_the_wrong_values_is_a_mistake(values: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="no_such_request takes"):
        english("no_such_request", values)


def test_a_coded_value_must_be_a_known_code() -> None:
    with pytest.raises(ValueError):
        english("wrong_role", {"role": "supervisor", "action": "fly", "your_role": "clerk"})
    with pytest.raises(ValueError):
        english("not_claimable", {"request_id": "DAM-1", "status": "lost"})


def test_well_formed_is_what_a_workstation_believes() -> None:
    good = {"request_id": "DAM-000001", "status": "printed"}
    assert well_formed("not_claimable", good)
    assert well_formed("not_claimable", {**good, "newer": "x"})  # a newer server's extra
    assert not well_formed("not_claimable", {"request_id": "DAM-000001"})
    assert not well_formed("not_claimable", {**good, "status": "approved"})
    assert not well_formed("no_such_thing", {})


def test_coded_values_are_declared_for_every_template_that_uses_them() -> None:
    used = set().union(*(refusal.names for refusal in REFUSALS.values()))
    assert set(CODED_VALUES) <= used
    assert set(CODED_VALUES["action"]) == set(ACTIONS)


@pytest.mark.parametrize("typed", ["", "12a", "123"])
def test_a_malformed_national_number_has_a_refusal_code(typed: str) -> None:
    with pytest.raises(InvalidNationalNumber) as caught:
        parse_national_number(typed)
    code = code_of_template(caught.value.template)
    assert code is not None
    assert placeholders(REFUSALS[code].template) == set(caught.value.values)
    assert english(code, caught.value.values) == str(caught.value)
