"""What a node of the grammar means against a reference date: the interval of days it names,
with its precision, found by calendar arithmetic that `dateutil.relativedelta` does all of.
The conventions it follows are listed in `normalize`, which reads text with it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from timeline.time._tree import Cal, Kind, Node, Period, Range, Shift, Weekday
from timeline.time.span import Precision


class Tense(enum.Enum):
    """The tense of the clause a date expression stands in; it picks past or next occurrences."""

    PAST = "past"
    FUTURE = "future"


class Unresolvable(ValueError):
    """The words parse but name no date; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Calendar arithmetic, all of it with relativedelta --------------------------------------------

_Bounds = tuple[dt.date, dt.date]
Resolved = tuple[dt.date, dt.date, Precision, bool]

_DAY = relativedelta(days=1)
_WEEK = relativedelta(weeks=1)
_MONTH = relativedelta(months=1)
_MONTHS = {n: relativedelta(months=n) for n in (3, 4, 6)}
_YEAR = relativedelta(years=1)
_STEP = {"days": _DAY, "weeks": _WEEK, "months": _MONTH, "years": _YEAR}
_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
_ON_OR_BEFORE = tuple(relativedelta(weekday=wd(-1)) for wd in _WEEKDAYS)
_ON_OR_AFTER = tuple(relativedelta(weekday=wd(+1)) for wd in _WEEKDAYS)
_BEFORE = tuple(relativedelta(days=-1, weekday=wd(-1)) for wd in _WEEKDAYS)
_AFTER = tuple(relativedelta(days=+1, weekday=wd(+1)) for wd in _WEEKDAYS)
_MONDAY = relativedelta(weekday=MO(-1))
_FIRST_OF_MONTH = relativedelta(day=1)
_FIRST_OF_YEAR = relativedelta(month=1, day=1)
_SEARCH_YEARS = 10  # a 29 February recurs at most eight years apart

_PRECISION = {
    Kind.DAY: Precision.DAY,
    Kind.MONTH: Precision.MONTH,
    Kind.YEAR: Precision.YEAR,
    Kind.QUARTER: Precision.QUARTER,
    Kind.HALF: Precision.HALF_YEAR,
    Kind.SEASON: Precision.SEASON,
}
_PERIOD_PRECISION = {"weeks": Precision.WEEK, "months": Precision.MONTH, "years": Precision.YEAR}
_PART_PRECISION = {
    Precision.MONTH: Precision.PART_OF_MONTH,
    Precision.YEAR: Precision.PART_OF_YEAR,
}


_TEN_DAYS = relativedelta(days=10)
_SEASON_START = relativedelta(month=3, day=1)  # spring; each season three months on


def _part_of_month(first: dt.date, part: int) -> _Bounds:
    """Days 1-10, 11-20 or 21 to the end of the month starting on `first`."""
    start = first + _TEN_DAYS * part
    return start, first + _MONTH if part == 2 else start + _TEN_DAYS


def _part_of_year(first: dt.date, part: int) -> _Bounds:
    """January-April, May-August or September-December of the year starting on `first`."""
    start = first + _MONTHS[4] * part
    return start, start + _MONTHS[4]


def _bounds(cal: Cal, year: int) -> _Bounds:
    """The days `cal` names in `year`; ValueError when there is no such date."""
    kind = cal.kind
    if kind is Kind.DAY:
        if cal.month is None or cal.day is None:
            raise Unresolvable("a day without its month")
        start = dt.date(year, cal.month, cal.day)
        return start, start + _DAY
    if kind is Kind.MONTH:
        assert cal.month is not None
        start = dt.date(year, cal.month, 1)
        return (start, start + _MONTH) if cal.part is None else _part_of_month(start, cal.part)
    start = dt.date(year, 1, 1)
    if kind is Kind.YEAR:
        return (start, start + _YEAR) if cal.part is None else _part_of_year(start, cal.part)
    if kind is Kind.SEASON:
        start = start + _SEASON_START + _MONTHS[3] * cal.number
        return start, start + _MONTHS[3]
    months = _MONTHS[3 if kind is Kind.QUARTER else 6]
    start += months * (cal.number - 1)
    return start, start + months


def _current(kind: Kind, ref: dt.date) -> _Bounds:
    """The day, month or season holding `ref`: what "dernier" and "prochain" count from."""
    if kind is Kind.DAY:
        return ref, ref + _DAY
    if kind is Kind.MONTH:
        first = ref + _FIRST_OF_MONTH
        return first, first + _MONTH
    if kind is Kind.SEASON:
        first = ref + _FIRST_OF_MONTH - _MONTH * ((ref.month - 3) % 3)
        return first, first + _MONTHS[3]
    raise Unresolvable("no previous or next one of this kind")


def _latest(build: Callable[[int], _Bounds], limit: dt.date, *, by_end: bool) -> int:
    """The latest year whose occurrence starts (or ends) on or before `limit`."""
    for year in range(limit.year + 1, limit.year - _SEARCH_YEARS, -1):
        try:
            start, end = build(year)
        except (ValueError, OverflowError):
            continue
        if (end if by_end else start) <= limit:
            return year
    raise Unresolvable("no such date")


def _earliest(build: Callable[[int], _Bounds], limit: dt.date) -> int:
    """The earliest year whose occurrence starts on or after `limit`."""
    for year in range(limit.year, limit.year + _SEARCH_YEARS):
        try:
            start, _ = build(year)
        except (ValueError, OverflowError):
            continue
        if start >= limit:
            return year
    raise Unresolvable("no such date")


def _occurrence(
    build: Callable[[int], _Bounds], kind: Kind, anchor: int, ref: dt.date, tense: Tense
) -> int:
    """The year a year-less expression falls in, by its anchor or else by the tense."""
    if anchor < 0:
        return _latest(build, _current(kind, ref)[0], by_end=True)
    if anchor > 0:
        return _earliest(build, _current(kind, ref)[1])
    if tense is Tense.FUTURE:
        return _earliest(build, ref)
    return _latest(build, ref, by_end=False)


def _check_weekday(cal: Cal, start: dt.date) -> None:
    if cal.weekday is not None and start.weekday() != cal.weekday:
        raise Unresolvable("the weekday does not match the date")


# Nodes to intervals ---------------------------------------------------------------------------


def resolve_node(node: Node, ref: dt.date, tense: Tense) -> Resolved:
    """The first day, the day after the last, the precision and whether approximate, of
    what `node` names read against `ref` in `tense`; `Unresolvable` when it names no date,
    ValueError or OverflowError when calendar arithmetic finds no such day.
    """
    if isinstance(node, Cal):
        return _calendar(node, ref, tense)
    if isinstance(node, Shift):
        day = ref + _STEP[node.unit] * node.amount
        return day, day + _DAY, Precision.DAY, node.unit != "days"
    if isinstance(node, Weekday):
        if node.anchor:
            table = _BEFORE if node.anchor < 0 else _AFTER
        else:
            table = _ON_OR_AFTER if tense is Tense.FUTURE else _ON_OR_BEFORE
        day = ref + table[node.weekday]
        return day, day + _DAY, Precision.DAY, False
    if isinstance(node, Period):
        return _period(node, ref)
    return _range(node, ref, tense)


def _precision(cal: Cal) -> Precision:
    precision = _PRECISION[cal.kind]
    return precision if cal.part is None else _PART_PRECISION[precision]


def _calendar(cal: Cal, ref: dt.date, tense: Tense) -> Resolved:
    year = cal.year
    if year is None and cal.shift is not None:  # "the second quarter of last year"
        year = ref.year + cal.shift
    if year is None:
        year = _occurrence(lambda y: _bounds(cal, y), cal.kind, cal.anchor, ref, tense)
    start, end = _bounds(cal, year)
    _check_weekday(cal, start)
    return start, end, _precision(cal), False


def _period(period: Period, ref: dt.date) -> Resolved:
    step = _STEP[period.unit]
    if period.unit == "weeks":
        start = ref + _MONDAY + step * period.offset
    elif period.unit == "months":
        start = ref + _FIRST_OF_MONTH + step * period.offset
    else:
        start = ref + _FIRST_OF_YEAR + step * period.offset
    precision = _PERIOD_PRECISION[period.unit]
    if period.side:
        end = start + step
        before = period.side < 0
        lo, hi = (start, ref) if before else (ref + dt.timedelta(days=1), end)
        if lo >= hi:  # "earlier this month" on the 1st: no day of it is before
            raise Unresolvable("no day of the period on that side of the reference date")
        return lo, hi, _PART_PRECISION.get(precision, precision), False
    if period.part is None:
        return start, start + step, precision, False
    part = _part_of_month if period.unit == "months" else _part_of_year
    return *part(start, period.part), _PART_PRECISION[precision], False


def _range(node: Range, ref: dt.date, tense: Tense) -> Resolved:
    first, second = node.first, node.second
    if isinstance(first, Cal) and isinstance(second, Cal) and not first.anchor | second.anchor:
        first_end, second_end = _calendar_range(first, second, ref, tense)
    else:
        first_end, second_end = resolve_node(first, ref, tense), resolve_node(second, ref, tense)
    if first_end[0] > second_end[0]:
        raise Unresolvable("the range ends before it starts")
    precision = max(first_end[2], second_end[2], key=lambda p: p.rank)
    return first_end[0], second_end[1], precision, first_end[3] or second_end[3]


def _calendar_range(a: Cal, b: Cal, ref: dt.date, tense: Tense) -> tuple[Resolved, Resolved]:
    """Both ends of a range of calendar dates, the first sharing what it omits with the second."""
    shares_month = a.kind is Kind.DAY and a.month is None
    if shares_month:
        if b.kind is not Kind.DAY:
            raise Unresolvable("a day without its month")
        a = a._replace(month=b.month)

    def years(year: int) -> tuple[int, int]:
        # `a` shares the year of `b`, or takes the one before if it would start after `b`.
        if shares_month or _bounds(a, year)[0] <= _bounds(b, year)[0]:
            return year, year
        return year - 1, year

    if a.year is not None and b.year is not None:
        a_year, b_year = a.year, b.year
    elif b.year is not None:
        a_year, b_year = years(b.year)
    elif a.year is not None:
        a_year = a.year
        b_year = a_year if _bounds(b, a_year)[0] >= _bounds(a, a_year)[0] else a_year + 1
    else:

        def build(year: int) -> _Bounds:
            a_year, b_year = years(year)
            return _bounds(a, a_year)[0], _bounds(b, b_year)[1]

        a_year, b_year = years(_occurrence(build, Kind.DAY, 0, ref, tense))
    a, b = a._replace(year=a_year), b._replace(year=b_year)
    return _calendar(a, ref, tense), _calendar(b, ref, tense)
