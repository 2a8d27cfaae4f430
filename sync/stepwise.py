"""Work done one exchange at a time: a generator that yields between exchanges with the
server (so the sync worker can answer a clerk in between) and returns its result."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")

Steps = Generator[None, None, T]


def to_the_end(steps: Steps[T]) -> T:
    """Run every step at once, on the caller's thread; the result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: T = done.value
            return result
