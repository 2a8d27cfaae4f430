"""The request state machine: one table, checked in one place."""

from __future__ import annotations

from enum import StrEnum


class RequestState(StrEnum):
    ASSIGNED = "assigned"
    IN_REVIEW = "in_review"
    ACCEPTED = "accepted"
    PRINTED = "printed"
    SEALED = "sealed"
    DISPATCHED = "dispatched"
    DELIVERED = "delivered"  # the post delivered the envelope (its tracking event)
    RETURNED = "returned"  # the post could not deliver it and brings it back to the center
    AWAITING_PICKUP = "awaiting_pickup"
    COLLECTED = "collected"  # the shelved envelope was handed over at the counter
    REJECTED = "rejected"
    UPHELD = "upheld"
    OVERTURNED = "overturned"
    RELEASED = "released"
    WITHDRAWN = "withdrawn"


S = RequestState

_OPEN = (S.ASSIGNED, S.IN_REVIEW, S.ACCEPTED, S.PRINTED, S.SEALED)

TRANSITIONS: dict[RequestState, frozenset[RequestState]] = {
    S.ASSIGNED: frozenset({S.IN_REVIEW}),
    S.IN_REVIEW: frozenset({S.ACCEPTED, S.REJECTED}),
    S.ACCEPTED: frozenset({S.PRINTED}),
    S.PRINTED: frozenset({S.PRINTED, S.SEALED}),  # a reprint stays printed
    S.SEALED: frozenset({S.DISPATCHED, S.AWAITING_PICKUP}),
    S.REJECTED: frozenset({S.UPHELD, S.OVERTURNED}),
    S.OVERTURNED: frozenset({S.ASSIGNED}),
    S.RELEASED: frozenset({S.ASSIGNED}),
    S.UPHELD: frozenset(),
    # The post's last word on the envelope: delivered, or undeliverable and coming back.
    S.DISPATCHED: frozenset({S.DELIVERED, S.RETURNED}),
    S.DELIVERED: frozenset(),
    # The envelope the post brought back is scanned in at its center and shelved.
    S.RETURNED: frozenset({S.AWAITING_PICKUP}),
    S.AWAITING_PICKUP: frozenset({S.COLLECTED}),
    S.COLLECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
}
for _state in _OPEN:
    TRANSITIONS[_state] = TRANSITIONS[_state] | {S.RELEASED, S.WITHDRAWN}

# States in which a clerk can still open the request from the queue.
WORKABLE: frozenset[RequestState] = frozenset({S.ASSIGNED, S.IN_REVIEW, S.ACCEPTED, S.PRINTED})
# States in which the clerk with the request open keeps its lease alive: deciding it, then
# printing it the first time (a colleague must not decide or print it meanwhile).
LEASED_WHILE_OPEN: frozenset[RequestState] = frozenset({S.IN_REVIEW, S.ACCEPTED})


class IllegalTransition(ValueError):
    def __init__(self, current: RequestState, target: RequestState) -> None:
        super().__init__(f"a request cannot go from {current} to {target}")
        self.current = current
        self.target = target


def check_transition(current: RequestState, target: RequestState) -> None:
    if target not in TRANSITIONS[current]:
        raise IllegalTransition(current, target)


def can_transition(current: RequestState, target: RequestState) -> bool:
    return target in TRANSITIONS[current]


class Step(StrEnum):
    """What a clerk can do next with an open request: the UI enables its buttons and keys
    from :func:`next_steps`, never from the state's name."""

    DECIDE = "decide"  # accept or reject
    PRINT = "print"
    SEAL = "seal"
    KEEP_FOR_PICKUP = "keep_for_pickup"
    HAND_TO_CITIZEN = "hand_to_citizen"


def next_steps(status: RequestState | str, *, pickup: bool, collected: bool) -> frozenset[Step]:
    """The steps the state machine allows from ``status`` for a request delivered by post
    or kept for pickup (``pickup``), whose envelope was or was not handed over yet
    (``collected``: a store from before the ``collected`` state says so beside the state)."""
    try:
        state = RequestState(status)
    except ValueError:
        return frozenset()
    steps: set[Step] = set()
    if can_transition(state, S.ACCEPTED):
        steps.add(Step.DECIDE)
    if can_transition(state, S.PRINTED):
        steps.add(Step.PRINT)
    if can_transition(state, S.SEALED):
        steps.add(Step.SEAL)
    if pickup and can_transition(state, S.AWAITING_PICKUP):
        steps.add(Step.KEEP_FOR_PICKUP)
    # The envelope on the shelf (kept for pickup, or brought back by the post) is handed
    # over once; ``collected`` is final.
    if can_transition(state, S.COLLECTED) and not collected:
        steps.add(Step.HAND_TO_CITIZEN)
    return frozenset(steps)
