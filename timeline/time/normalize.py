"""Resolve French and English date expressions to spans, relative to a reference date.

`resolve("fin février", date(2024, 3, 12))` is the span [2024-02-21, 2024-03-01), precision
part of month. Machine forms (`2024-03`, `2024-W11`...) are read first, by `parse_machine`;
then the French grammar, then the English one (or only the language asked for). The grammar
(`grammar`) turns words into a small syntax tree; this module gives the tree its meaning,
with `dateutil.relativedelta` doing every step of calendar arithmetic. An expression that
cannot be resolved to whole days raises `DateError` naming it: nothing is guessed.

Conventions where the contract is silent:

- Year-less dates ("le 26 février", "fin février", "février", "hiver", "T1") in the future
  tense are the first occurrence that *starts* on or after the reference date (the mirror of
  the past tense, which takes the latest that starts on or before it; both include the day).
- "la fin de l'année" / "the end of the year" is a year-less date like the others: in the
  past tense at 2024-03-12 it is the end of 2023, in the future tense the end of 2024.
- "X dernier"/"last X" and "X prochain"/"next X" for a season or a dated day ("le 26 février
  dernier") follow the months rule: the latest occurrence ending by the start of the current
  season (or day), the first starting after its end. They ignore the tense.
- "il y a N mois"/"N months ago" and "ans"/"years" are relativedelta steps, which stop at the
  end of a short month: 31 March 2024 minus one month is 29 February 2024. The day is marked
  approximate for weeks, months and years, exact for days. "dans N jours"/"in N days" and
  "N days from now" are the forward mirror.
- Ranges run from the start of the first end to the end of the second, with the coarser of
  the two precisions and approximate if either end is. A first end that omits its year (or its
  month: "du 1er au 3 mars") takes the second's; when that would start after the second end,
  the first takes the year before ("de décembre à février 2024" starts in December 2023). A
  second end that omits its year takes the first's (or the year after). A range with no year
  at all is a year-less date as a whole. A range whose first end starts after its second
  starts is an error.
- A weekday written with a date ("mardi 12 mars 2024") must agree with it; it never picks the
  year of a year-less date, which is chosen first and then checked.
- "ce mardi"/"this Tuesday" is a bare weekday, "this March" a year-less month. "l'année" and
  "the year" stand alone only after début/mi-/fin or early/mid/late; "la fin du mois", with no
  month named, is not resolved.
- Numeric dates are day-first in French (`12/03/2024`) and month-first in English; with no
  language given, French is tried first, so `3/12/2024` is 3 December. A language that reads
  the words but finds no such date ("12/31/2024" in French) gives way to the next language.
- Machine forms are language-neutral: their span has `lang=None`.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from timeline.errors import DateError
from timeline.time.grammar import (
    GRAMMARS,
    Cal,
    Kind,
    Node,
    Period,
    Range,
    Shift,
    Weekday,
    normal_form,
)
from timeline.time.machine import parse_machine
from timeline.time.span import Precision, Span

__all__ = ["Tense", "resolve"]


class Tense(enum.Enum):
    """The tense of the clause a date expression stands in; it picks past or next occurrences."""

    PAST = "past"
    FUTURE = "future"


def resolve(text: str, ref: dt.date, *, lang: str | None = None, tense: Tense = Tense.PAST) -> Span:
    """The span `text` denotes, read against the reference date `ref`.

    `lang` is "fr", "en" or None (French, then English). `tense` decides whether a date
    without its year ("février", "mardi") is the latest or the next such date.
    """
    if not text.strip():
        raise DateError(text, "empty date expression")
    if lang is not None and lang not in GRAMMARS:
        raise DateError(text, f"unknown language {lang!r} in date expression")
    machine = parse_machine(text)
    if machine is not None:
        return machine.with_text(text)
    folded = normal_form(text)
    day = _day_of_part(folded, ref, lang, tense)
    if day is not None:
        return Span(day.start, day.end, day.precision, day.approximate, text, day.lang)
    if lang == "fr" and _SHARED.match(folded):  # the business press's Q3, H1 in French too
        node = GRAMMARS["en"].parse(folded)
        if node is not None:
            return resolve_parsed(node, text, ref, "fr", tense)
    error: DateError | None = None
    for code in (lang,) if lang is not None else _LANGUAGES:
        node = GRAMMARS[code].parse(folded)
        if node is None:
            continue
        try:
            start, end, precision, approximate = _resolve(node, ref, tense)
        except _Unresolvable as exc:
            error = error or DateError(text, exc.reason)
        except (ValueError, OverflowError) as exc:
            error = error or DateError(text, _no_such_date(exc))
        else:
            return Span(start, end, precision, approximate, text, code)
    raise error or DateError(text)


_LANGUAGES = tuple(GRAMMARS)

_SHARED = re.compile(r"^[qh][1-4](?:[ -]\d{4})?$")
"""Quarters and halves written Q1-Q4, H1-H2: English abbreviations French business news uses
as they are ("T3 2023" is the French form, which the French grammar reads)."""
_PART_OF_DAY = re.compile(
    r"^(?P<day>.+?)\s+(?:(?:au|le|dans la|en|in the|on the)\s+)?"
    r"(?P<part>soir|soiree|matin|matinee|apres-midi|nuit|morning|afternoon|evening|night)$"
)
"""A day and a part of it: "hier soir", "mardi matin", "le 13 juin au soir", "Tuesday evening"."""
_THIS_PART = {
    "ce soir": ("fr", 0),
    "ce matin": ("fr", 0),
    "cet apres-midi": ("fr", 0),
    "this morning": ("en", 0),
    "this afternoon": ("en", 0),
    "this evening": ("en", 0),
    "tonight": ("en", 0),
    "last night": ("en", -1),
}
"""A part of the reference day, or of the day before it ("last night"), with no day word: its
language and the day's offset from the reference."""
_LANG_OF_PART = {"morning": "en", "afternoon": "en", "evening": "en", "night": "en"}


def _day_of_part(folded: str, ref: dt.date, lang: str | None, tense: Tense) -> Span | None:
    """The day a part of the day falls on ("hier soir" is yesterday, "ce matin" the reference
    day), at day precision: the engine's spans are days at the finest, and the part says
    nothing more about which day it is. None for any other expression.
    """
    text = " ".join(folded.split())
    if text in _THIS_PART:
        code, offset = _THIS_PART[text]
        if lang is not None and lang != code:
            return None
        return Span.day(ref + dt.timedelta(days=offset), lang=code)
    found = _PART_OF_DAY.match(text)
    if found is None:
        return None
    code = _LANG_OF_PART.get(found.group("part"), "fr")
    if lang is not None and lang != code:
        return None
    try:
        span = resolve(found.group("day"), ref, lang=code, tense=tense)
    except DateError:
        return None
    return span if span.precision is Precision.DAY else None


def resolve_parsed(node: Node, text: str, ref: dt.date, lang: str, tense: Tense) -> Span:
    """What `resolve(text, ref, lang=lang, tense=tense)` gives, from the grammar's parse of
    `text` in `lang` (`node`), for callers that parsed it already (the tagger tries many
    stretches of words and parses each once).
    """
    try:
        start, end, precision, approximate = _resolve(node, ref, tense)
    except _Unresolvable as exc:
        raise DateError(text, exc.reason) from None
    except (ValueError, OverflowError) as exc:
        raise DateError(text, _no_such_date(exc)) from None
    return Span(start, end, precision, approximate, text, lang)


def _no_such_date(exc: ValueError | OverflowError) -> str:
    """Why calendar arithmetic failed: a day that does not exist, or one beyond the calendar."""
    if isinstance(exc, OverflowError) or str(exc).startswith("year "):
        return (
            f"beyond the calendar (a span starts on or after {dt.date.min}, ends by {dt.date.max})"
        )
    return "no such date"


class _Unresolvable(ValueError):
    """The words parse but name no date; `reason` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# Calendar arithmetic, all of it with relativedelta --------------------------------------------

_Bounds = tuple[dt.date, dt.date]
_Resolved = tuple[dt.date, dt.date, Precision, bool]

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
            raise _Unresolvable("a day without its month")
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
    raise _Unresolvable("no previous or next one of this kind")


def _latest(build: Callable[[int], _Bounds], limit: dt.date, *, by_end: bool) -> int:
    """The latest year whose occurrence starts (or ends) on or before `limit`."""
    for year in range(limit.year + 1, limit.year - _SEARCH_YEARS, -1):
        try:
            start, end = build(year)
        except (ValueError, OverflowError):
            continue
        if (end if by_end else start) <= limit:
            return year
    raise _Unresolvable("no such date")


def _earliest(build: Callable[[int], _Bounds], limit: dt.date) -> int:
    """The earliest year whose occurrence starts on or after `limit`."""
    for year in range(limit.year, limit.year + _SEARCH_YEARS):
        try:
            start, _ = build(year)
        except (ValueError, OverflowError):
            continue
        if start >= limit:
            return year
    raise _Unresolvable("no such date")


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
        raise _Unresolvable("the weekday does not match the date")


# Nodes to intervals ---------------------------------------------------------------------------


def _resolve(node: Node, ref: dt.date, tense: Tense) -> _Resolved:
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


def _calendar(cal: Cal, ref: dt.date, tense: Tense) -> _Resolved:
    year = cal.year
    if year is None:
        year = _occurrence(lambda y: _bounds(cal, y), cal.kind, cal.anchor, ref, tense)
    start, end = _bounds(cal, year)
    _check_weekday(cal, start)
    return start, end, _precision(cal), False


def _period(period: Period, ref: dt.date) -> _Resolved:
    step = _STEP[period.unit]
    if period.unit == "weeks":
        start = ref + _MONDAY + step * period.offset
    elif period.unit == "months":
        start = ref + _FIRST_OF_MONTH + step * period.offset
    else:
        start = ref + _FIRST_OF_YEAR + step * period.offset
    precision = _PERIOD_PRECISION[period.unit]
    if period.part is None:
        return start, start + step, precision, False
    part = _part_of_month if period.unit == "months" else _part_of_year
    return *part(start, period.part), _PART_PRECISION[precision], False


def _range(node: Range, ref: dt.date, tense: Tense) -> _Resolved:
    first, second = node.first, node.second
    if isinstance(first, Cal) and isinstance(second, Cal) and not first.anchor | second.anchor:
        first_end, second_end = _calendar_range(first, second, ref, tense)
    else:
        first_end, second_end = _resolve(first, ref, tense), _resolve(second, ref, tense)
    if first_end[0] > second_end[0]:
        raise _Unresolvable("the range ends before it starts")
    precision = max(first_end[2], second_end[2], key=lambda p: p.rank)
    return first_end[0], second_end[1], precision, first_end[3] or second_end[3]


def _calendar_range(a: Cal, b: Cal, ref: dt.date, tense: Tense) -> tuple[_Resolved, _Resolved]:
    """Both ends of a range of calendar dates, the first sharing what it omits with the second."""
    shares_month = a.kind is Kind.DAY and a.month is None
    if shares_month:
        if b.kind is not Kind.DAY:
            raise _Unresolvable("a day without its month")
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
