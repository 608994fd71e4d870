"""Expressions of several days or of a time on a day: the two ends of a range as two dates,
the day a shortened coordination leaves bare ("les 6 et 13 avril"), a clock time on the day
last named before it in its sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

import attrs

from timeline.errors import DateError
from timeline.extract._text import fold
from timeline.extract._timeml_base import Item
from timeline.extract.tagger import TagKind
from timeline.time import lexicon as lex
from timeline.time.normalize import resolve
from timeline.time.span import Precision, Span
from timeline.time.timex import Timex, TimexType, date_timex

__all__ = ["anchored", "coordinated", "split_ranges"]


# Ranges -----------------------------------------------------------------------------------------

_RANGE = {
    lex.FRENCH: re.compile(r"^(?:du|de|d'|entre)\s+(?P<a>.+?)\s+(?:au|a|jusqu'au|et)\s+(?P<b>.+)$"),
    lex.ENGLISH: re.compile(
        r"^(?:from|between)\s+(?P<a>.+?)\s+(?:to|until|till|through|thru|and)\s+(?P<b>.+)$"
    ),
}


def split_ranges(items: Iterable[Item], text: str, ref: dt.date, lang: str) -> Iterator[Item]:
    """The two ends of a range as two dates ("de 1982 à 1987" gives 1982 and 1987)."""
    for item in items:
        m = _RANGE[lang].match(fold(text[item.start : item.end]))
        if item.kind is not TagKind.DATE or item.span is None or m is None:
            yield item
            continue
        ends = []
        for group in ("a", "b"):
            start, end = item.start + m.start(group), item.start + m.end(group)
            span = _resolve(text[start:end], ref, lang)
            if span is None:
                span = _range_end(item.span, group == "a")
            ends.append(Item(start, end, date_timex(text[start:end], span), span, TagKind.DATE))
        yield from ends


def _resolve(words: str, ref: dt.date, lang: str) -> Span | None:
    try:
        return resolve(words, ref, lang=lang)
    except DateError:
        return None


def _range_end(span: Span, first: bool) -> Span | None:
    if span.start is None or span.end is None or span.precision is not Precision.DAY:
        return None
    return Span.day(span.start if first else span.end - dt.timedelta(days=1))


# Shortened coordinations ------------------------------------------------------------------------

_DAY_BEFORE = {
    lex.FRENCH: re.compile(r"(?<![\w'])(?P<x>(?:les?\s+)?(?P<d>\d{1,2})(?:er)?)\s+et\s+$"),
    lex.ENGLISH: re.compile(r"(?!)"),
}
_DAY_AFTER = {
    lex.FRENCH: re.compile(r"(?!)"),
    lex.ENGLISH: re.compile(r"^\s+and\s+(?P<x>(?P<d>\d{1,2}))(?![\w,.]\d)(?!\w)"),
}


def coordinated(items: list[Item], folded: str, lang: str) -> list[Item]:
    """The day a shortened coordination leaves bare: "les 6 et 13 avril", "April 24 and 25"."""
    out: list[Item] = []
    for n, item in enumerate(items):
        span = item.span
        day = span.start if span is not None and span.precision is Precision.DAY else None
        if day is None or item.timex.type is not TimexType.DATE:
            out.append(item)
            continue
        limit = out[-1].end if out else 0
        before = _DAY_BEFORE[lang].search(folded, limit, item.start)
        if before is not None and before.end() == item.start:
            out.append(_bare_day(day, before, item.start - before.end()))
        out.append(item)
        nxt = items[n + 1].start if n + 1 < len(items) else len(folded)
        after = _DAY_AFTER[lang].match(folded[item.end : nxt])
        if after is not None:
            out.append(_bare_day(day, after, item.end))
    return out


def _bare_day(day: dt.date, m: re.Match[str], shift: int) -> Item:
    start, end = m.start("x") + shift, m.end("x") + shift
    try:
        other = day.replace(day=int(m.group("d")))
    except ValueError:
        return Item(start, end, Timex(TimexType.DATE, _UNKNOWN_DAY))
    return Item(start, end, Timex(TimexType.DATE, other.isoformat()), Span.day(other))


_UNKNOWN_DAY = "XXXX-XX-XX"


# Times on the day last named --------------------------------------------------------------------

_SAME_SENTENCE = 400
"""How far back (in characters) a clock time looks for its day, so that the search is bounded."""
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-Ý]|\n")


def anchored(items: list[Item], text: str) -> list[Item]:
    """A clock time on the day last named before it in its sentence, else on the reference day."""
    out = []
    day: tuple[int, dt.date] | None = None
    for item in items:
        span = item.span
        if span is not None and span.start is not None:
            if span.precision is Precision.DAY and not span.approximate:
                day = item.end, span.start
        elif item.timex.type is TimexType.TIME and day is not None and item.span is None:
            _date, _, clock = item.timex.value.partition("T")
            near = item.start - day[0] <= _SAME_SENTENCE
            if clock[:1].isdigit() and near and not _SENTENCE_END.search(text, day[0], item.start):
                value = f"{day[1].isoformat()}T{clock}"
                item = attrs.evolve(item, timex=Timex(TimexType.TIME, value, item.timex.mod))
        out.append(item)
    return out
