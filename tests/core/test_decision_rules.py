"""The rules of a decision, the one engine the workstation and the server both use."""

from __future__ import annotations

import pytest

from clerk_desk.comparison import Verdict
from clerk_desk.decision_rules import (
    MISMATCH,
    UNACKNOWLEDGED,
    DecisionRefused,
    check_acceptance,
    compare_with_registry,
    registry_as_text,
)
from clerk_desk.fields import PersonField as F
from clerk_desk.refusals import REFUSALS, code_of_template
from tests.core.test_workflow import REGISTRY, SUBMITTED, compare

RECORD = REGISTRY.model_dump(mode="json")


def test_the_record_is_compared_as_text_on_the_fields_the_service_checks() -> None:
    assert registry_as_text(RECORD)["birth_date"] == "1990-05-17"
    assert registry_as_text({})["first_name"] is None
    # The employee register checks names and the birth date, not the place or gender.
    subject = {**SUBMITTED, "birth_place": "حلب", "gender": "female"}
    assert compare_with_registry("employee_register", subject, RECORD).verdict is Verdict.MATCH
    assert (
        compare_with_registry("civil_extract_individual", subject, RECORD).verdict
        is Verdict.MISMATCH
    )
    # The same comparison the workstation shows (and the server makes).
    assert compare_with_registry("civil_extract_individual", SUBMITTED, RECORD) == compare(
        SUBMITTED
    )


def test_a_mismatch_is_refused_however_many_fields_are_ticked() -> None:
    comparison = compare({**SUBMITTED, "mother_name": "هند الخطيب"})
    with pytest.raises(DecisionRefused) as caught:
        check_acceptance(comparison, list(F))
    assert caught.value.template == MISMATCH


def test_every_spelling_variant_must_be_ticked() -> None:
    comparison = compare({**SUBMITTED, "first_name": "احمد", "last_name": "الحلبى"})
    with pytest.raises(DecisionRefused) as caught:
        check_acceptance(comparison, ["first_name"])
    assert (caught.value.template, caught.value.values) == (UNACKNOWLEDGED, {"names": "last_name"})
    assert check_acceptance(comparison, ["first_name", "last_name"]) == {F.FIRST_NAME, F.LAST_NAME}
    assert check_acceptance(compare(SUBMITTED), ()) == frozenset()


def test_the_rules_are_refusals_of_the_catalogue() -> None:
    """The server answers a broken rule with the code whose template the core raised."""
    for template in (MISMATCH, UNACKNOWLEDGED):
        code = code_of_template(template)
        assert code is not None and REFUSALS[code].status == 409


def test_only_a_paid_fee_lets_a_request_be_accepted() -> None:
    from clerk_desk.decision_rules import UNPAID, DecisionRefused, check_paid
    from clerk_desk.payments import PaymentState

    check_paid(PaymentState.PAID.value)
    check_paid(None)  # no payment known here: the server, which holds it, checks again
    for state in (PaymentState.REFUND_ORDERED, PaymentState.REFUNDED, PaymentState.REVERSED):
        with pytest.raises(DecisionRefused) as refused:
            check_paid(state.value)
        assert refused.value.template == UNPAID
