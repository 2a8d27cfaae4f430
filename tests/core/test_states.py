"""The request state machine: the table the UI and the workflow both obey."""

from __future__ import annotations

import pytest

from clerk_desk.states import (
    TRANSITIONS,
    WORKABLE,
    IllegalTransition,
    RequestState,
    Step,
    can_transition,
    check_transition,
    next_steps,
)

S = RequestState

OPEN = [S.ASSIGNED, S.IN_REVIEW, S.ACCEPTED, S.PRINTED, S.SEALED]
TERMINAL = [S.DELIVERED, S.COLLECTED, S.UPHELD, S.WITHDRAWN]

# Every legal move, written out from ARCHITECTURE.md ("Request states"), so a change to
# the table shows up here as a deliberate edit.
EXPECTED = {
    (S.ASSIGNED, S.IN_REVIEW),
    (S.IN_REVIEW, S.ACCEPTED),
    (S.IN_REVIEW, S.REJECTED),
    (S.ACCEPTED, S.PRINTED),
    (S.PRINTED, S.PRINTED),  # a reprint
    (S.PRINTED, S.SEALED),
    (S.SEALED, S.DISPATCHED),
    (S.SEALED, S.AWAITING_PICKUP),
    (S.DISPATCHED, S.DELIVERED),
    (S.DISPATCHED, S.RETURNED),
    (S.RETURNED, S.AWAITING_PICKUP),  # the envelope the post brought back is shelved
    (S.AWAITING_PICKUP, S.COLLECTED),
    (S.REJECTED, S.UPHELD),
    (S.REJECTED, S.OVERTURNED),
    (S.OVERTURNED, S.ASSIGNED),
    (S.RELEASED, S.ASSIGNED),
    *((state, S.RELEASED) for state in OPEN),
    *((state, S.WITHDRAWN) for state in OPEN),
}
ALL_PAIRS = [(a, b) for a in S for b in S]


def test_every_state_has_a_row() -> None:
    assert set(TRANSITIONS) == set(RequestState)


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS, ids=lambda s: str(s))
def test_the_table_allows_exactly_the_documented_moves(
    current: RequestState, target: RequestState
) -> None:
    allowed = (current, target) in EXPECTED
    assert can_transition(current, target) is allowed
    if allowed:
        check_transition(current, target)
    else:
        with pytest.raises(IllegalTransition):
            check_transition(current, target)


def test_a_rejected_request_cannot_be_accepted() -> None:
    with pytest.raises(IllegalTransition) as caught:
        check_transition(S.REJECTED, S.ACCEPTED)
    assert caught.value.current is S.REJECTED
    assert caught.value.target is S.ACCEPTED
    assert str(caught.value) == "a request cannot go from rejected to accepted"


def test_an_overturned_rejection_goes_back_to_the_queue() -> None:
    assert TRANSITIONS[S.OVERTURNED] == {S.ASSIGNED}
    # ...and from there it is worked again like any new request.
    assert can_transition(S.ASSIGNED, S.IN_REVIEW)
    assert S.ASSIGNED in WORKABLE


def test_an_upheld_rejection_is_final() -> None:
    assert not can_transition(S.UPHELD, S.OVERTURNED)
    assert not can_transition(S.UPHELD, S.ASSIGNED)


@pytest.mark.parametrize("state", TERMINAL)
def test_terminal_states_have_no_way_out(state: RequestState) -> None:
    assert TRANSITIONS[state] == frozenset()
    for target in RequestState:
        assert not can_transition(state, target)


@pytest.mark.parametrize("state", OPEN)
def test_every_open_state_can_be_released_or_withdrawn(state: RequestState) -> None:
    check_transition(state, S.RELEASED)
    check_transition(state, S.WITHDRAWN)


@pytest.mark.parametrize(
    "state",
    [S.REJECTED, S.OVERTURNED, S.RELEASED, S.DISPATCHED, S.RETURNED, S.AWAITING_PICKUP, *TERMINAL],
)
def test_closed_or_waiting_states_cannot_be_released_or_withdrawn(state: RequestState) -> None:
    # A rejection waits for the supervisor, not the clerk; a finished request stays finished.
    assert not can_transition(state, S.RELEASED)
    assert not can_transition(state, S.WITHDRAWN)


def test_a_released_request_returns_to_the_queue() -> None:
    assert TRANSITIONS[S.RELEASED] == {S.ASSIGNED}


@pytest.mark.parametrize("state", [S.ASSIGNED, S.IN_REVIEW, S.ACCEPTED])
def test_a_document_is_not_printed_before_acceptance_except_from_accepted(
    state: RequestState,
) -> None:
    assert can_transition(state, S.PRINTED) is (state is S.ACCEPTED)


def test_no_state_skips_the_review() -> None:
    assert not can_transition(S.ASSIGNED, S.ACCEPTED)
    assert not can_transition(S.ASSIGNED, S.REJECTED)


def test_only_a_printed_request_may_stay_where_it_is() -> None:
    assert [s for s in S if can_transition(s, s)] == [S.PRINTED]


def test_workable_states_are_open_and_lead_somewhere() -> None:
    assert set(WORKABLE) == {S.ASSIGNED, S.IN_REVIEW, S.ACCEPTED, S.PRINTED}
    for state in WORKABLE:
        assert state in OPEN
        assert TRANSITIONS[state] - {S.RELEASED, S.WITHDRAWN}


def test_every_state_is_reachable_from_assigned() -> None:
    seen = {S.ASSIGNED}
    frontier = [S.ASSIGNED]
    while frontier:
        for target in TRANSITIONS[frontier.pop()]:
            if target not in seen:
                seen.add(target)
                frontier.append(target)
    assert seen == set(RequestState)


def test_the_table_cannot_be_changed_by_accident() -> None:
    with pytest.raises(AttributeError):
        TRANSITIONS[S.REJECTED].add(S.ACCEPTED)  # type: ignore[attr-defined]


def test_a_pickup_envelope_is_handed_over_once_then_the_request_is_collected() -> None:
    assert next_steps(S.AWAITING_PICKUP, pickup=True, collected=False) == {Step.HAND_TO_CITIZEN}
    # A store from before the collected state: awaiting_pickup with the handover's time.
    assert next_steps(S.AWAITING_PICKUP, pickup=True, collected=True) == frozenset()
    assert next_steps(S.COLLECTED, pickup=True, collected=True) == frozenset()


def test_an_envelope_the_post_brought_back_is_handed_over_from_the_shelf() -> None:
    assert next_steps(S.AWAITING_PICKUP, pickup=False, collected=False) == {Step.HAND_TO_CITIZEN}
    for state in (S.DISPATCHED, S.DELIVERED, S.RETURNED):
        assert next_steps(state, pickup=False, collected=False) == frozenset()


def test_the_post_decides_once_between_delivered_and_returned() -> None:
    assert TRANSITIONS[S.DISPATCHED] == {S.DELIVERED, S.RETURNED}
    assert not can_transition(S.RETURNED, S.DELIVERED)
    assert not can_transition(S.DELIVERED, S.RETURNED)
