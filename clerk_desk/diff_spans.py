"""Where two texts differ, as character spans of each to highlight, and whether they are
one typing error apart. No notion of Arabic here: the comparison engine
(:mod:`clerk_desk.comparison`) calls these on the values as typed."""

from __future__ import annotations

import difflib

Span = tuple[int, int]


def common_ends(a: str, b: str) -> tuple[int, int]:
    """Lengths of the longest common prefix, then of the longest common suffix after it."""
    limit = min(len(a), len(b))
    prefix = 0
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    limit -= prefix
    suffix = 0
    while suffix < limit and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix, suffix


def is_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one inserted, deleted or replaced
    character, or by two neighbouring characters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    prefix, suffix = common_ends(a, b)
    middle_a = a[prefix : len(a) - suffix]
    middle_b = b[prefix : len(b) - suffix]
    if len(middle_a) + len(middle_b) <= 2 and max(len(middle_a), len(middle_b)) == 1:
        return True
    return len(middle_a) == len(middle_b) == 2 and middle_a == middle_b[::-1]


def whole_span(value: str) -> tuple[Span, ...]:
    offset = len(value) - len(value.lstrip())
    return ((offset, offset + len(value.strip())),)


def _runs(indexes: list[int], offset: int) -> tuple[Span, ...]:
    """Merge sorted character indexes into ``(start, end)`` spans, shifted by ``offset``."""
    if not indexes:
        return ()
    if indexes[-1] - indexes[0] + 1 == len(indexes):  # one run: the usual case
        return ((offset + indexes[0], offset + indexes[-1] + 1),)
    spans: list[Span] = []
    for index in indexes:
        if spans and spans[-1][1] == offset + index:
            spans[-1] = (spans[-1][0], offset + index + 1)
        else:
            spans.append((offset + index, offset + index + 1))
    return tuple(spans)


def _lcs_gaps(a: str, b: str) -> tuple[list[int], list[int]]:
    """Indexes of ``a`` and of ``b`` outside one longest common subsequence."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        row, below, char = rows[i], rows[i + 1], a[i]
        for j in range(len(b) - 1, -1, -1):
            row[j] = below[j + 1] + 1 if char == b[j] else max(below[j], row[j + 1])
    gaps_a: list[int] = []
    gaps_b: list[int] = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
        elif rows[i + 1][j] >= rows[i][j + 1]:
            gaps_a.append(i)
            i += 1
        else:
            gaps_b.append(j)
            j += 1
    gaps_a.extend(range(i, len(a)))
    gaps_b.extend(range(j, len(b)))
    return gaps_a, gaps_b


_LCS_LIMIT = 144  # cells; beyond it difflib's matcher is the faster way


def diff_spans(a: str, b: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """Character spans of the originals ``a`` and ``b`` that differ, outer space ignored.

    The common start and end are cut off first; what is left is aligned position by
    position when both have the same length (what folding a letter into its sibling or
    digits into another script leaves), by a longest common subsequence when short, and
    by difflib otherwise. Every character outside the spans is matched by an
    equal character on the other side, in order.
    """
    offset_a = len(a) - len(a.lstrip())
    offset_b = len(b) - len(b.lstrip())
    a, b = a.strip(), b.strip()
    prefix, suffix = common_ends(a, b)
    middle_a, middle_b = a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]
    start_a, start_b = offset_a + prefix, offset_b + prefix
    if len(middle_a) <= 1 or len(middle_b) <= 1:
        # One side's difference is a single character or nothing: one span says it all.
        return (
            ((start_a, start_a + len(middle_a)),) if middle_a else (),
            ((start_b, start_b + len(middle_b)),) if middle_b else (),
        )
    if len(middle_a) == len(middle_b):
        unequal = [i for i, (x, y) in enumerate(zip(middle_a, middle_b, strict=True)) if x != y]
        return _runs(unequal, start_a), _runs(unequal, start_b)
    if len(middle_a) * len(middle_b) <= _LCS_LIMIT:
        gaps_a, gaps_b = _lcs_gaps(middle_a, middle_b)
        return _runs(gaps_a, start_a), _runs(gaps_b, start_b)
    matcher = difflib.SequenceMatcher(None, middle_a, middle_b, autojunk=False)
    spans_a: list[Span] = []
    spans_b: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            if i2 > i1:
                spans_a.append((start_a + i1, start_a + i2))
            if j2 > j1:
                spans_b.append((start_b + j1, start_b + j2))
    return tuple(spans_a), tuple(spans_b)
