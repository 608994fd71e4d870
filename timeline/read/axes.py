"""The query axes from dates as a user gives them: a `Span`, a `datetime.date`, or text.

Text is a machine form (`2024-03`) or an expression (`mars 2024`, `fin février 2024`),
resolved against `ref` (today's date unless given).
"""

from __future__ import annotations

import datetime as dt

from timeline.errors import DateError, InputError
from timeline.projections.axes import Axes
from timeline.time.machine import parse_machine
from timeline.time.span import Span

__all__ = ["MAX_SEQ", "When", "query_axes", "to_span"]

MAX_SEQ = 2**63 - 1
"""The largest sequence number a query may name: the largest integer SQLite stores."""

When = Span | dt.date | str
"""What a query date may be given as."""


def to_span(when: When, ref: dt.date | None = None) -> Span:
    """The span a query date denotes (text is resolved against `ref`, default today)."""
    if isinstance(when, Span):
        return when
    if isinstance(when, dt.date):
        return Span.day(when)
    text = when.strip()
    if not text:
        raise DateError(when, "empty date")
    found = parse_machine(text)
    if found is not None:
        return found
    from timeline.time.normalize import resolve  # the grammar, only for words

    return resolve(text, ref or dt.date.today())


def query_axes(
    as_of: When | None = None,
    known_at: When | None = None,
    upto_seq: int | None = None,
    ref: dt.date | None = None,
) -> Axes:
    """The three query axes, from dates in any accepted form; InputError unless `upto_seq`
    is None or an integer from 0 to `MAX_SEQ`.
    """
    if upto_seq is not None and (
        not isinstance(upto_seq, int) or isinstance(upto_seq, bool) or not 0 <= upto_seq <= MAX_SEQ
    ):
        raise InputError("upto_seq", f"must be an integer from 0 to {MAX_SEQ}, not {upto_seq!r}")
    return Axes(
        as_of=None if as_of is None else to_span(as_of, ref),
        known_at=None if known_at is None else to_span(known_at, ref),
        upto_seq=upto_seq,
    )
