"""Telling a caller how far long work has gone: a count of items, every so many and at the end."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

__all__ = ["STEP", "counted"]

T = TypeVar("T")

STEP = 10_000
"""How many items go by between two reports."""


def counted(items: Iterable[T], progress: Callable[[int], None] | None) -> Iterator[T]:
    """`items`, calling `progress` with how many have gone by every `STEP` items and once
    at the end (with the whole count, 0 for none); `items` unchanged when it is None.
    """
    if progress is None:
        yield from items
        return
    count = 0
    for count, item in enumerate(items, start=1):
        yield item
        if count % STEP == 0:
            progress(count)
    progress(count)
