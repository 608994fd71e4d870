"""The syntax tree of date expressions: what the grammar makes of words, before any
calendar is consulted (`normalize` gives each node its meaning against a reference date).
"""

from __future__ import annotations

import enum
from typing import NamedTuple, TypeAlias


class Kind(enum.Enum):
    """What a calendar node names: a day, a month, a year, or a fixed run of months in a year."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"


class Cal(NamedTuple):
    """A calendar date or period; `year` is None when the words leave it out ("fin février")."""

    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    number: int = 0  # quarter or half (from 1), season (from 0: spring)
    part: int | None = None  # 0 start, 1 middle, 2 end of the month or year
    weekday: int | None = None  # the weekday the words name, to be checked against the date
    anchor: int = 0  # -1 "dernier"/"last", +1 "prochain"/"next", 0 neither
    shift: int | None = None  # the reference's year moved by this many ("of last year": -1)


class Shift(NamedTuple):
    """The day `amount` units (a relativedelta keyword) away from the reference date."""

    unit: str
    amount: int


class Period(NamedTuple):
    """The week, month or year (`unit`) holding the reference date, moved by `offset` of them;
    `side` -1 keeps only its days before the reference date ("earlier this month"), +1 its
    days after it ("later this year").
    """

    unit: str
    offset: int
    part: int | None = None
    side: int = 0


class Weekday(NamedTuple):
    """A weekday (0 is Monday) named without a date: bare (`anchor` 0), last (-1) or next (+1)."""

    weekday: int
    anchor: int


class Range(NamedTuple):
    """From the start of `first` to the end of `second`."""

    first: Node
    second: Node


Node: TypeAlias = Cal | Shift | Period | Weekday | Range
