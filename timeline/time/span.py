"""The span: a half-open interval of days `[start, end)` with the precision it was given at.

A date from the press is rarely a day. "fin février" is ten days, "avril 2023" a month, and
"before the publication date" has no start at all. A `Span` keeps the interval, how precise it
is, whether it is approximate, and the words and language it came from, so that nothing is
invented and everything can be traced.

Spans are ordered by the replay order (start, then end; an open start sorts first and an open
end last), with the remaining fields only breaking ties so that the order is total and agrees
with equality.

The calendar ends on 9999-12-31, and the end of a span is the day after its last: a span
holding the last day has no end to give, so the constructors refuse it with `DateError`
rather than stand an open end (which means "not known") for it.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from timeline.errors import DateError

__all__ = ["Precision", "Span"]

_MIN = dt.date.min.toordinal() - 1
_MAX = dt.date.max.toordinal() + 1
_ONE_DAY = dt.timedelta(days=1)


class Precision(enum.Enum):
    """How finely a span was given; it describes the words, not the width of the interval."""

    DAY = "day"
    WEEK = "week"
    PART_OF_MONTH = "part_of_month"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    SEASON = "season"
    PART_OF_YEAR = "part_of_year"
    YEAR = "year"
    UNKNOWN = "unknown"

    @property
    def rank(self) -> int:
        """Position from finest (day) to coarsest (unknown), for picking the coarser of two."""
        return _RANKS[self]


_RANKS = {p: i for i, p in enumerate(Precision)}


def _check_bounds(instance: Span, _attribute: Any, end: dt.date | None) -> None:
    if instance.start is not None and end is not None and not instance.start < end:
        raise ValueError(f"span end {end} must be after its start {instance.start}")


def _past_the_calendar(first: dt.date, kw: dict[str, Any]) -> DateError:
    """The error for a span from `first` that would end after the calendar's last day."""
    return DateError(
        kw.get("text") or first.isoformat(),
        f"the span would end after {dt.date.max}, the last day of the calendar",
    )


@attrs.frozen(order=False)
class Span:
    """A half-open interval of days `[start, end)`; `None` for a bound that is open (unknown)."""

    start: dt.date | None
    end: dt.date | None = attrs.field(validator=_check_bounds)
    precision: Precision = Precision.DAY
    approximate: bool = False
    text: str = ""
    lang: str | None = None

    # Constructors -------------------------------------------------------------------------

    @classmethod
    def day(cls, day: dt.date, **kw: Any) -> Span:
        """The single day `day`."""
        try:
            end = day + _ONE_DAY
        except OverflowError:
            raise _past_the_calendar(day, kw) from None
        return cls(day, end, Precision.DAY, **kw)

    @classmethod
    def days(cls, first: dt.date, last: dt.date, precision: Precision, **kw: Any) -> Span:
        """The days from `first` to `last`, both included."""
        try:
            end = last + _ONE_DAY
        except OverflowError:
            raise _past_the_calendar(first, kw) from None
        return cls(first, end, precision, **kw)

    @classmethod
    def month(cls, year: int, month: int, **kw: Any) -> Span:
        """The calendar month `month` of `year`."""
        return cls.months(year, month, 1, Precision.MONTH, **kw)

    @classmethod
    def months(cls, year: int, first: int, count: int, precision: Precision, **kw: Any) -> Span:
        """`count` calendar months from month `first` of `year` (may run into the next year)."""
        start = dt.date(year, first, 1)
        later = year * 12 + first - 1 + count  # months since year 0: the end is a first day
        try:
            end = dt.date(later // 12, later % 12 + 1, 1)
        except (OverflowError, ValueError):
            raise _past_the_calendar(start, kw) from None
        return cls(start, end, precision, **kw)

    @classmethod
    def year(cls, year: int, **kw: Any) -> Span:
        """The calendar year `year`."""
        start = dt.date(year, 1, 1)
        if year == dt.MAXYEAR:
            raise _past_the_calendar(start, kw)
        return cls(start, dt.date(year + 1, 1, 1), Precision.YEAR, **kw)

    @classmethod
    def unknown(cls, **kw: Any) -> Span:
        """A span with both bounds open: the date is not known at all."""
        return cls(None, None, Precision.UNKNOWN, **kw)

    @classmethod
    def before(cls, day: dt.date, **kw: Any) -> Span:
        """Some time before `day` (open start, ending where `day` starts)."""
        return cls(None, day, Precision.UNKNOWN, **kw)

    # Queries ------------------------------------------------------------------------------

    @property
    def last(self) -> dt.date | None:
        """The last day in the span (its end minus one day), or None when the end is open."""
        return None if self.end is None else self.end - dt.timedelta(days=1)

    @property
    def start_key(self) -> int:
        """The start as an ordinal, an open start below every date."""
        return _MIN if self.start is None else self.start.toordinal()

    @property
    def end_key(self) -> int:
        """The end as an ordinal, an open end above every date."""
        return _MAX if self.end is None else self.end.toordinal()

    def sort_key(self) -> tuple[int, int, int, bool, str, bool, str]:
        """The replay order key (start, end), with the other fields as tie-breakers."""
        return (
            self.start_key,
            self.end_key,
            self.precision.rank,
            self.approximate,
            self.text,
            self.lang is not None,
            self.lang or "",
        )

    def contains(self, other: Span) -> bool:
        """True when every day of `other` lies in this span."""
        return self.start_key <= other.start_key and other.end_key <= self.end_key

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one day."""
        return self.start_key < other.end_key and other.start_key < self.end_key

    def with_text(self, text: str, lang: str | None = None) -> Span:
        """The same interval, carrying the words `text` (and language) it was read from."""
        return attrs.evolve(self, text=text, lang=lang if lang is not None else self.lang)

    def iso(self) -> str:
        """The span in the machine form that reads back to the same interval."""
        start = "..." if self.start is None else self.start.isoformat()
        end = "..." if self.end is None else self.end.isoformat()
        return f"{start}/{end}"

    def label(self) -> str:
        """A short human form: `2024-03-12`, `2024-03`, `2023`, or the interval."""
        s, e = self.start, self.end
        if s is not None and e is not None:
            if e - s == dt.timedelta(days=1):
                return s.isoformat()
            if s.day == 1 and (e.year * 12 + e.month) - (s.year * 12 + s.month) == 1 and e.day == 1:
                return f"{s.year:04d}-{s.month:02d}"
            if (s.month, s.day, e.month, e.day) == (1, 1, 1, 1) and e.year == s.year + 1:
                return f"{s.year:04d}"
            return f"{s.isoformat()} to {self.last}"
        if s is None and e is not None:
            return f"before {e.isoformat()}"
        if s is not None:
            return f"from {s.isoformat()}"
        return "unknown"

    def __str__(self) -> str:
        return self.label()

    # Ordering: the replay order, made total by the tie-breakers ---------------------------

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return self.sort_key() < other.sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return self.sort_key() <= other.sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return self.sort_key() > other.sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return self.sort_key() >= other.sort_key()
