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
    AWAITING_PICKUP = "awaiting_pickup"
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
    S.DISPATCHED: frozenset(),
    S.AWAITING_PICKUP: frozenset(),
    S.WITHDRAWN: frozenset(),
}
for _state in _OPEN:
    TRANSITIONS[_state] = TRANSITIONS[_state] | {S.RELEASED, S.WITHDRAWN}

# States in which a clerk can still open the request from the queue.
WORKABLE: frozenset[RequestState] = frozenset({S.ASSIGNED, S.IN_REVIEW, S.ACCEPTED, S.PRINTED})


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
