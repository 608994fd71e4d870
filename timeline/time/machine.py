"""Machine forms of dates: `2024`, `2024-03`, `2024-03-12`, `2024-W11`, `2024-Q1`, `2024-H2`,
and an explicit half-open span `2024-02-21/2024-03-01`.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.errors import DateError
from timeline.time.span import Precision, Span

__all__ = ["parse_machine"]

_YEAR = re.compile(r"(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-?W(\d{2})", re.IGNORECASE)
_QUARTER = re.compile(r"(\d{4})-?Q([1-4])", re.IGNORECASE)
_HALF = re.compile(r"(\d{4})-?H([12])", re.IGNORECASE)
_BOUND = r"(\d{4}-\d{2}-\d{2}|\.\.)?"
_INTERVAL = re.compile(_BOUND + r"/" + _BOUND)
_SIX_DAYS = dt.timedelta(days=6)


def parse_machine(text: str) -> Span | None:
    """The span a machine form denotes, None if `text` is not one; DateError if it is invalid."""
    raw = text.strip()
    try:
        return _parse(raw)
    except DateError as exc:
        raise DateError(text, exc.reason) from None
    except ValueError as exc:
        raise DateError(text, f"invalid date ({exc})") from None


def _parse(raw: str) -> Span | None:
    text = raw
    if m := _YEAR.fullmatch(raw):
        return Span.year(int(m[1]), text=text)
    if m := _MONTH.fullmatch(raw):
        return Span.month(int(m[1]), int(m[2]), text=text)
    if m := _DAY.fullmatch(raw):
        return Span.day(dt.date(int(m[1]), int(m[2]), int(m[3])), text=text)
    if m := _WEEK.fullmatch(raw):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        try:
            sunday = monday + _SIX_DAYS
        except OverflowError:
            sunday = dt.date.max  # a week running past the calendar: `Span.days` refuses it
        return Span.days(monday, sunday, Precision.WEEK, text=text)
    if m := _QUARTER.fullmatch(raw):
        return Span.months(int(m[1]), 3 * int(m[2]) - 2, 3, Precision.QUARTER, text=text)
    if m := _HALF.fullmatch(raw):
        return Span.months(int(m[1]), 6 * int(m[2]) - 5, 6, Precision.HALF_YEAR, text=text)
    if m := _INTERVAL.fullmatch(raw):
        start = _iso(m[1])
        end = _iso(m[2])
        if start is not None and end is not None and not start < end:
            raise ValueError("the end of an explicit span must come after its start")
        if end == dt.date.min:
            raise ValueError(f"a span ending on {end}, the first day of the calendar, holds no day")
        precision = Precision.DAY if start is not None or end is not None else Precision.UNKNOWN
        return Span(start, end, precision, text=text)
    return None


def _iso(bound: str | None) -> dt.date | None:
    return None if bound in (None, "..") else dt.date.fromisoformat(bound)
