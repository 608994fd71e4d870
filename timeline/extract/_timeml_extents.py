"""TimeML's extents: leading modifiers ("earlier this year", "more than"), parts of the day
after a day ("hier soir"), "ago" after a duration, halves ("5 1/2 hours"), no English "the"
before a dated day or year, and a clock time joined to its day ("10 p.m. Wednesday").
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from timeline.extract._timeml_base import Item, ago_date, reported_quarter
from timeline.extract.tagger import TagKind
from timeline.time import lexicon as lex
from timeline.time.span import Precision
from timeline.time.timex import PART_CODES, Timex, TimexType, duration_value, half_more

__all__ = ["extended"]


_PART_TYPE = {lex.FRENCH: TimexType.TIME, lex.ENGLISH: TimexType.DATE}
"""A day with its part ("hier soir", "Wednesday night"): French TimeBank's TIME, English DATE."""
_PART_AFTER = {
    lex.FRENCH: re.compile(
        r"^\s+(?:en\s+(?:debut|fin)\s+(?:d'|de\s+))?(?P<p>soir|matin|nuit|apres-midi|soiree|matinee)(?![\w-])"
    ),
    lex.ENGLISH: re.compile(r"^\s+(?P<p>morning|afternoon|evening|night)\b"),
}
_LEADING = {
    lex.FRENCH: re.compile(
        r"(?:(?P<approx>environ|pres de|presque|quelque)|(?P<more>plus de)|(?P<less>moins de)"
        r"|(?P<past>ces|les)\s+dernier(?:e)?s)\s+$"
    ),
    lex.ENGLISH: re.compile(
        r"(?:(?P<more>more than)|(?P<agoapprox>almost|nearly|about|over|less than|some)"
        r"|(?P<past>the (?:past|last|next|first|previous|coming)"
        r"|(?:past|last|next|first)|the)|(?P<early>early|earlier|late|later)|(?P<fiscal>fiscal))"
        r"\s+$"
    ),
}
_PERIOD_AFTER = re.compile(
    r"^\s+(?:(?P<q>first|second|third|fourth)[\s-]+)?(?:fiscal\s+)?(?:quarter|period)\b"
)
"""A year then its reporting period: "the 1988 third quarter", "the 1989 period"."""
_ORDINAL_QUARTERS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
_DIRECTION_AFTER = {
    lex.FRENCH: re.compile(r"^\s+(?:prochain|dernier|passe)e?s\b"),
    lex.ENGLISH: re.compile(r"^(?!)"),
}
_AGO = {
    lex.FRENCH: re.compile(r"^\s+(?:plus tot|auparavant)\b"),
    lex.ENGLISH: re.compile(r"^\s+(?:ago|earlier)\b"),
}
_CLOCK_THEN_DAY = re.compile(r"^(?:\s+(?:[a-z]{2,3}t|gmt|utc))?,?\s+(?:on\s+)?$")


_WITHIN = re.compile(r"(?:within|in)\s+(?P<d>(?:a|an|\w+|\d+)\s+(?:year|month|week|day|hour)s?)")
"""English "within two weeks", "in 14 days": TimeBank marks the duration, not the date."""


def extended(items: list[Item], text: str, folded: str, ref: dt.date, lang: str) -> list[Item]:
    """TimeML's extents: leading modifiers, parts of day, "ago", no English "the" before a day."""
    out: list[Item] = []
    for n, item in enumerate(items):
        limit = out[-1].end if out else 0
        nxt = items[n + 1].start if n + 1 < len(items) else len(folded)
        end, timex = _trailing(item, folded[item.end : nxt], ref, lang)
        start = _without_the(item.start, end, text, folded) if lang == lex.ENGLISH else item.start
        if lang == lex.ENGLISH and timex.type is TimexType.DURATION:
            start, end, timex = _halves(start, end, timex, folded, limit, nxt)
        within = _WITHIN.fullmatch(folded, start, end) if lang == lex.ENGLISH else None
        if within is not None and timex.type is TimexType.DATE:
            start = within.start("d")
            timex = Timex(TimexType.DURATION, duration_value(text[start:end]))
        lead = _LEADING[lang].search(folded[max(limit, start - 24) : start])
        if lead is not None:
            start, timex = _lead(lead, start, timex, folded[start:end], text[start:end])
        grown = Item(start, end, timex, item.span, item.kind, item.tense)
        if out and _joined(out[-1], grown, folded, lang):
            out[-1] = _join(out[-1], grown, lang)
            continue
        out.append(grown)
    return out


_HALF_BEFORE = re.compile(r"(?:(?<![\w/.,])(?P<n>\d+)[\s-]+1/|(?<![\w-])(?P<h>half)\s+)$")
_HALF_AFTER = re.compile(r"\s+and\s+a\s+half(?![\w-])")
_ONE = re.compile(r"(?:a|an|one)\s")


def _halves(
    start: int, end: int, timex: Timex, folded: str, limit: int, nxt: int
) -> tuple[int, int, Timex]:
    """An English duration with its half: "5 1/2 hours" (the tagger reads "2 hours" in it),
    "a minute and a half", "half an hour", valued `PT5H30M`, `PT1M30S`, `PT30M`.
    """
    value = timex.value
    before = _HALF_BEFORE.search(folded, max(limit, start - 12), start)
    words = folded[start:end]
    if before is not None and before["n"] and words.startswith("2"):
        start, value = before.start("n"), half_more(re.sub(r"\d+", before["n"], value, count=1))
    elif before is not None and before["h"] and _ONE.match(words):
        start, value = before.start("h"), half_more(value, whole=False)
    elif (after := _HALF_AFTER.match(folded, end, nxt)) is not None:
        end, value = after.end(), half_more(value)
    return start, end, timex if value == timex.value else attrs.evolve(timex, value=value)


def _without_the(start: int, end: int, text: str, folded: str) -> int:
    """Where an English expression starts without a "the" before a dated day or year."""
    words = folded[start:end]
    if not re.match(r"the\s", words):
        return start
    rest = words[4:].lstrip()
    if re.search(r"(?:quarter|period|half|\ds)$", rest):
        # "the third-quarter loss": an adjective, but "the year-ago quarter" is a noun phrase
        hyphen = re.search(r"-(?:quarter|half)$", text[end - len(rest) : end])
        return end - len(rest) if hyphen is not None else start
    if rest[:1].isdigit() or rest[:3] in _MONTH_PREFIXES:
        return end - len(rest)
    return start


def _trailing(item: Item, after: str, ref: dt.date, lang: str) -> tuple[int, Timex]:
    """The end and TIMEX3 with the words after the expression that TimeML counts in it.

    A part of the day after a day ("hier soir"), a plural "prochains" after a date ("les 6 et
    13 avril prochains"), "ago" after a duration ("a decade ago", then a date).
    """
    end, timex, span = item.end, item.timex, item.span
    part = _PART_AFTER[lang].match(after) if timex.type is TimexType.DATE else None
    day = span.start if span is not None and span.precision is Precision.DAY else None
    if part is not None and day is not None:
        value = f"{day.isoformat()}T{PART_CODES[part.group('p')]}"
        return end + part.end(), Timex(_PART_TYPE[lang], value)
    period = _PERIOD_AFTER.match(after) if timex.value.isdigit() and lang == lex.ENGLISH else None
    if period is not None:
        quarter = _ORDINAL_QUARTERS.get(period.group("q") or "", reported_quarter(ref, None)[-1])
        return end + period.end(), Timex(TimexType.DATE, f"{timex.value}-Q{quarter}")
    direction = _DIRECTION_AFTER[lang].match(after)
    if direction is not None and timex.type is TimexType.DATE:
        return end + direction.end(), timex
    ago = _AGO[lang].match(after) if timex.type is TimexType.DURATION else None
    if ago is not None:
        return end + ago.end(), Timex(TimexType.DATE, ago_date(timex.value, ref))
    return end, timex


def _joined(a: Item, b: Item, folded: str, lang: str) -> bool:
    """True when `b` completes `a`: a clock time then its day, or the same day twice."""
    gap = folded[a.end : b.start]
    if _same_day(a, b) and not gap.strip():
        return True
    if _YEAR_OF.fullmatch(folded[b.start : b.end]) and _IN_YEAR.fullmatch(a.timex.value):
        return not gap.strip() and b.timex.value.isdigit()
    if a.timex.value.isdigit() and _QUARTER_VALUE.fullmatch(b.timex.value):
        return not gap.strip()
    day = b.span is not None and b.span.precision is Precision.DAY and b.span.start is not None
    clock = a.timex.type is TimexType.TIME and b.timex.type is TimexType.DATE
    return day and clock and _CLOCK_THEN_DAY.match(gap) is not None


def _join(a: Item, b: Item, lang: str) -> Item:
    if a.timex.value.isdigit() and _QUARTER_VALUE.fullmatch(b.timex.value):
        value = a.timex.value + b.timex.value[4:]
        return attrs.evolve(a, end=b.end, timex=attrs.evolve(a.timex, value=value))
    if (
        a.timex.type is TimexType.DATE
        and _IN_YEAR.fullmatch(a.timex.value)
        and b.timex.value.isdigit()
    ):
        value = b.timex.value + a.timex.value[4:]
        return attrs.evolve(a, end=b.end, timex=attrs.evolve(a.timex, value=value))
    if a.timex.type is TimexType.DATE:
        return attrs.evolve(a, end=b.end)
    assert b.span is not None
    assert b.span.start is not None
    clock = a.timex.value.partition("T")[2]
    kind = TimexType.TIME if clock[:1].isdigit() else _PART_TYPE[lang]  # "10 p.m. Wednesday"
    value = f"{b.span.start.isoformat()}T{clock}"
    return Item(a.start, b.end, Timex(kind, value), b.span, TagKind.TIME, b.tense)


_YEAR_OF = re.compile(
    r"(?:this|last|next) year|l'an (?:dernier|prochain)|l'annee (?:derniere|prochaine)"
)
_QUARTER_VALUE = re.compile(r"\d{4}-[QH][1-4]")
_IN_YEAR = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _same_day(a: Item, b: Item) -> bool:
    """Two dates of the same day side by side ("aujourd'hui vendredi") are one expression."""
    same = a.timex == b.timex and a.timex.type is TimexType.DATE
    return same and a.span is not None and a.span.precision is Precision.DAY


_LEAD_MODS = {"more": "MORE_THAN", "less": "LESS_THAN", "approx": "APPROX"}


def _lead(
    lead: re.Match[str], start: int, timex: Timex, words: str, original: str
) -> tuple[int, Timex]:
    """A leading modifier joined to the expression `words`, with its TimeML mod.

    "early", "earlier", "late" join a relative date ("earlier this year", "late yesterday")
    but not a month ("early March" is tagged "March"); "fiscal" joins a year; "the" joins a
    reporting period ("the 1988 quarter") and a duration, unless the duration is an adjective
    ("the 14-day strike" is tagged "14-day").
    """
    groups = {k: v for k, v in lead.groupdict().items() if v}
    if groups.get("past") == "the":
        if _QUARTER_VALUE.fullmatch(timex.value):
            return start - len(lead.group()), timex
        if timex.type is TimexType.DURATION and "-" in original:
            return start, timex
    if "agoapprox" in groups:  # TimeBank keeps "almost two years ago", not "about two weeks"
        if timex.type is TimexType.DATE and words.endswith("ago"):
            return start - len(lead.group()), attrs.evolve(timex, mod="APPROX")
        return start, timex
    if "fiscal" in groups and timex.type is TimexType.DATE and timex.value.isdigit():
        return start - len(lead.group()), timex
    if "early" in groups and not _RELATIVE_START.match(words):
        return start, timex
    if "early" in groups and timex.type is TimexType.DATE:
        return start - len(lead.group()), attrs.evolve(
            timex, mod="START" if groups["early"].startswith("early") else "END"
        )
    if timex.type is not TimexType.DURATION and "approx" not in groups:
        return start, timex
    mod = next((_LEAD_MODS[k] for k in groups if k in _LEAD_MODS), timex.mod)
    return start - len(lead.group()), attrs.evolve(timex, mod=mod)


_RELATIVE_START = re.compile(
    r"(?:this|last|next|yesterday|today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_MONTH_PREFIXES = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)
