"""How spans relate in time: Allen's thirteen relations and the one replay order.

Open bounds count as minus and plus infinity. Because spans are half-open sets of whole days,
two spans *meet* when one ends on the day the other starts.
"""

from __future__ import annotations

import enum

from timeline.time.span import Span

__all__ = [
    "Allen",
    "definitely_before",
    "possibly_before",
    "relation",
    "replay_key",
]


class Allen(enum.Enum):
    """Allen's interval relations, read as "A <relation> B"."""

    BEFORE = "before"
    MEETS = "meets"
    OVERLAPS = "overlaps"
    STARTS = "starts"
    DURING = "during"
    FINISHES = "finishes"
    EQUALS = "equals"
    FINISHED_BY = "finished-by"
    CONTAINS = "contains"
    STARTED_BY = "started-by"
    OVERLAPPED_BY = "overlapped-by"
    MET_BY = "met-by"
    AFTER = "after"

    @property
    def converse(self) -> Allen:
        """The relation of B to A when A stands in this relation to B."""
        return _CONVERSE[self]


_ORDER = list(Allen)
_CONVERSE = {r: _ORDER[len(_ORDER) - 1 - i] for i, r in enumerate(_ORDER)}


def relation(a: Span, b: Span) -> Allen:
    """The one Allen relation that holds between `a` and `b`."""
    s1, e1, s2, e2 = a.start_key, a.end_key, b.start_key, b.end_key
    if e1 < s2:
        return Allen.BEFORE
    if e1 == s2:
        return Allen.MEETS
    if e2 < s1:
        return Allen.AFTER
    if e2 == s1:
        return Allen.MET_BY
    # From here the spans share at least one day.
    if s1 == s2:
        if e1 == e2:
            return Allen.EQUALS
        return Allen.STARTS if e1 < e2 else Allen.STARTED_BY
    if e1 == e2:
        return Allen.FINISHES if s1 > s2 else Allen.FINISHED_BY
    if s1 < s2:
        return Allen.OVERLAPS if e1 < e2 else Allen.CONTAINS
    return Allen.DURING if e1 < e2 else Allen.OVERLAPPED_BY


def definitely_before(a: Span, b: Span) -> bool:
    """True when `a` ends on or before the day `b` starts: every day of `a` precedes `b`."""
    return a.end_key <= b.start_key


def possibly_before(a: Span, b: Span) -> bool:
    """True when `a` starts before `b` ends: some day of `a` may precede some day of `b`."""
    return a.start_key < b.end_key


def replay_key(span: Span, seq: int) -> tuple[int, int, int]:
    """The total replay order: span start, then span end, then log sequence number."""
    return (span.start_key, span.end_key, seq)
