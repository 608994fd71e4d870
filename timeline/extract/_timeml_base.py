"""What the passes of the TimeML view (`timexes`) share: the item they pass along,
the reporting quarter, a date a duration ago, how far a date is from the reference day, the
clause before an expression, and the words of the future.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs
from dateutil.relativedelta import relativedelta

from timeline.extract.tagger import TagKind
from timeline.time.normalize import Tense
from timeline.time.span import Span
from timeline.time.timex import Timex

__all__ = [
    "FUTURE_CUE",
    "Item",
    "ago_date",
    "clause_before",
    "distance",
    "opens_sentence",
    "reported_quarter",
]


@attrs.frozen
class Item:
    """An expression of the view at `[start, end)`: its TIMEX3 and, from the tagger, its
    span, kind and tense.
    """

    start: int
    end: int
    timex: Timex
    span: Span | None = None
    kind: TagKind | None = None
    tense: Tense | None = None


def opens_sentence(folded: str, start: int) -> bool:
    before = folded[:start].rstrip(" \t\"'`(")
    return not before or before[-1] in ".!?\n"


def reported_quarter(ref: dt.date, which: str | None) -> str:
    """The quarter a report of results means: the last one ended by `ref` (the year before)."""
    last = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1) - relativedelta(months=3)
    if which == "current":
        last = last + relativedelta(months=3)
    year = last.year - (1 if which in ("year-ago", "year-earlier") else 0)
    return f"{year}-Q{(last.month - 1) // 3 + 1}"


FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|as soon as|as early as|is to|are to|scheduled|due|effective"
    r"|expect(?:s|ed)?|(?<!the )(?<!a )plan(?:s|ned|ning)?)\b|'ll\b"
)
"""Words of an English clause that put its weekday ahead ("as soon as Tuesday", "will meet
Monday"), where the tense reader finds no verb of the future."""


_CLAUSE_END = re.compile(r"(?<![\s.][a-z])(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)[.;:!?](?=\s|$)")
"""The end of a sentence or clause, which "a.m.", an initial ("Daniel P. Davison") and a title
("Mr.") are not."""


def clause_before(folded: str, start: int, width: int = 64) -> str:
    """The words of the clause before `start`, up to `width` characters."""
    return _CLAUSE_END.split(folded[max(0, start - width) : start])[-1]


def distance(span: Span, ref: dt.date, ahead: int = 3) -> int:
    """How far `span` is from `ref`, a day ahead counting as `ahead` behind (three).

    News mostly tells what has happened: a year-less date is the past one unless the next is
    much nearer ("March 12" written on 2 March, "Jan. 14" in late December).
    """
    assert span.start is not None
    days = (span.start - ref).days
    return ahead * days if days > 0 else -days


def ago_date(duration: str, ref: dt.date, back: bool = True) -> str:
    """The date a duration before `ref` names, at the duration's unit ("a decade ago": year).

    With `back` False, the date that long after `ref` ("a year later").
    """
    m = re.fullmatch(r"P(\d+)(Y|M|W|D|DE|CE)", duration)
    if m is None:
        return "PAST_REF" if back else "FUTURE_REF"
    count, unit = int(m.group(1)), m.group(2)
    count = count if back else -count
    if unit in ("Y", "DE", "CE"):
        years = count * {"Y": 1, "DE": 10, "CE": 100}[unit]
        return str(ref.year - years)
    if unit == "M":
        return f"{ref - relativedelta(months=count):%Y-%m}"
    if unit == "W":
        year, week, _ = (ref - relativedelta(weeks=count)).isocalendar()
        return f"{year}-W{week:02d}"
    return (ref - relativedelta(days=count)).isoformat()
