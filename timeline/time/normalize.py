"""Resolve French and English date expressions to spans, relative to a reference date.

(Stub: the full normalizer is being written; only machine forms resolve for now.)
"""

from __future__ import annotations

import datetime as dt
import enum

from timeline.errors import DateError
from timeline.time.machine import parse_machine
from timeline.time.span import Span

__all__ = ["Tense", "resolve"]


class Tense(enum.Enum):
    """The tense of the clause a date expression stands in; it picks past or next occurrences."""

    PAST = "past"
    FUTURE = "future"


def resolve(text: str, ref: dt.date, *, lang: str | None = None, tense: Tense = Tense.PAST) -> Span:
    """The span `text` denotes, read against the reference date `ref`."""
    span = parse_machine(text)
    if span is None:
        raise DateError(text)
    return span
