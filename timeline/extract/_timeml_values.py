"""TimeML's values where they differ from the engine's reading of the same words: a
reporting quarter, "this summer", deadlines ("by Jan. 14"), English weekdays and year-less
months read in the words of their clause, a clock time's day.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re

import attrs

from timeline.errors import DateError
from timeline.extract._text import fold
from timeline.extract._timeml_base import (
    FUTURE_CUE,
    Item,
    clause_before,
    distance,
    opens_sentence,
    reported_quarter,
)
from timeline.time import lexicon as lex
from timeline.time.normalize import Tense, resolve
from timeline.time.span import Precision, Span
from timeline.time.timex import Timex, TimexType, date_timex

__all__ = ["revalued"]


_DEADLINE = {
    lex.FRENCH: re.compile(
        r"(?:jusqu'(?:au|a|en)|a partir du|a partir de|d'ici|des le)\s+(?:le\s+)?$"
    ),
    lex.ENGLISH: re.compile(r"\b(?:by|until|till|due)\s+$"),
}
_MONTH_NAMES = sorted(
    {fold(n) for info in (lex.FrenchInfo, lex.EnglishInfo) for names in info.MONTHS for n in names},
    key=len,
    reverse=True,
)
_CALENDAR = re.compile(r"\b(?:" + "|".join(map(re.escape, _MONTH_NAMES)) + r")\b")
_NAMED_YEAR = re.compile(
    r"\d{4}|\b(?:last|next|dernier|derniere|prochain|prochaine|passe|passee)\b"
)
_WEEKDAY = re.compile(r"(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_PAST_VERBS = (
    r"\w+ed|said|told|met|made|held|took|gave|began|came|went|left|sent|saw|found|won"
    r"|lost|rose|fell|spoke|wrote|paid|sold|bought|hit|struck|quit|shot"
)
"""English verbs in the past: regular ones and the common irregular ones."""
_PAST_VERB = re.compile(rf"\b(?:{_PAST_VERBS})\s+(?:on\s+)?$")
"""An English verb in the past just before a weekday: "announced Wednesday" is the one past,
as is a weekday's own event ("Wednesday's ruling")."""


_BY = re.compile(r"\b(?:by|until|till|due)\b")
"""Words of a deadline, which the rule of deadlines reads (`revalued`)."""


_A_YEAR_BACK = re.compile(r"(?:a|one) year (?:ago|earlier|before)")
_THIS = re.compile(r"(?:this|ce|cet|cette)\s")
_MONTH_OR_SEASON = re.compile(r"\d{4}(?P<rest>-(?:\d{2}|SP|SU|FA|WI))")


def revalued(
    item: Item,
    text: str,
    folded: str,
    ref: dt.date,
    lang: str,
    report: bool,
    lead: int | None = None,
) -> Item:
    """TimeML's values where they differ from the engine's reading of the same words.

    "this summer" is the summer of the reference year (the engine's past tense takes the
    latest summer begun); a year-less date after "by", "until", "jusqu'au", "à partir du",
    in the past when read so, is the next such date: deadlines and schedules look ahead.
    """
    words, span = folded[item.start : item.end], item.span
    clock = _CLOCK_LEAD.match(words) if item.timex.type is TimexType.TIME else None
    if clock is not None and span is not None and span.precision is Precision.DAY:
        return _clock_revalued(item, clock.end(), text, folded, ref, lang, report)
    if report and _A_YEAR_BACK.fullmatch(words):
        return attrs.evolve(item, timex=Timex(TimexType.DATE, reported_quarter(ref, "year-ago")))
    if item.timex.type is not TimexType.DATE or span is None or span.end is None:
        return item
    m = _MONTH_OR_SEASON.fullmatch(item.timex.value)
    if span.precision in (Precision.QUARTER, Precision.HALF_YEAR) and not _NAMED_YEAR.search(words):
        assert span.start is not None
        begun = span.start.replace(year=ref.year) <= ref  # the latest such quarter begun
        value = f"{ref.year - (0 if begun else 1)}{item.timex.value[4:]}"
        return attrs.evolve(item, timex=attrs.evolve(item.timex, value=value))
    if _THIS.match(words) and m is not None:
        return attrs.evolve(item, timex=attrs.evolve(item.timex, value=f"{ref.year}{m['rest']}"))
    opening = item.start if lead is None else lead
    before = folded[max(0, opening - 16) : opening]
    deadline = span.end <= ref and _DEADLINE[lang].search(before) is not None
    yearless = span.precision is Precision.DAY and _CALENDAR.search(words)
    if lang == lex.ENGLISH and _WEEKDAY.fullmatch(words):
        weekday = _weekday_in_tense(item, text, folded, ref)
        if weekday is not None:
            timex = date_timex(text[item.start : item.end], weekday)
            return attrs.evolve(item, timex=timex, span=weekday)
    of_month = span.precision in (Precision.MONTH, Precision.PART_OF_MONTH)
    month_alone = of_month and _CALENDAR.search(words)
    if lang == lex.ENGLISH and month_alone and not deadline:
        month = None if _NAMED_YEAR.search(words) else _month_in_tense(item, text, folded, ref)
        if month is not None:
            return attrs.evolve(
                item, timex=date_timex(text[item.start : item.end], month), span=month
            )
    near = lang == lex.ENGLISH and yearless and not _NAMED_YEAR.search(words)
    if not (deadline or near):
        return item
    other = []
    for tense in (Tense.PAST, Tense.FUTURE):
        with contextlib.suppress(DateError):
            other.append(resolve(text[item.start : item.end], ref, lang=lang, tense=tense))
    ahead = [o for o in other if o.start is not None and o.start >= ref]
    if deadline:  # as likely just gone as ahead: "by Jan. 14" written on 15 January is gone
        chosen = min([span, *ahead], key=lambda o: abs(distance(o, ref, ahead=1)))
    elif ahead and FUTURE_CUE.search(clause_before(folded, item.start).rsplit(",", 1)[-1]):
        chosen = ahead[0]  # "will succeed him Feb. 1", written in November
    else:
        chosen = min(other or [span], key=lambda o: distance(o, ref))
    if chosen == span:
        return item
    return attrs.evolve(item, timex=date_timex(text[item.start : item.end], chosen), span=chosen)


_CLOCK_LEAD = re.compile(
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|noon|midnight)"
    r"(?:\s+(?:[a-z]{2,3}t|gmt|utc))?,?\s+(?:on\s+)?(?=\w)"
)
"""The clock time before its day in "10 p.m. Wednesday", "5 p.m. EST, Nov. 9"."""


def _clock_revalued(
    item: Item, at: int, text: str, folded: str, ref: dt.date, lang: str, report: bool
) -> Item:
    """A clock time on a day ("until 9 a.m. Tuesday"): the day revalued as if alone, with the
    words before the clock for its deadline, and the clock kept.
    """
    assert item.span is not None
    start = item.start + at
    day = Item(start, item.end, date_timex(text[start : item.end], item.span), item.span)
    day = revalued(attrs.evolve(day, tense=item.tense), text, folded, ref, lang, report, item.start)
    if day.span == item.span or day.span is None or day.span.start is None:
        return item
    value = f"{day.span.start.isoformat()}T{item.timex.value.partition('T')[2]}"
    return attrs.evolve(item, timex=attrs.evolve(item.timex, value=value), span=day.span)


def _weekday_in_tense(item: Item, text: str, folded: str, ref: dt.date) -> Span | None:
    """An English weekday in the tense its words show, where the tense reader missed it.

    Past after a verb in the past or for the weekday's own event ("announced Wednesday",
    "Wednesday's ruling"); else ahead after a word of the future ("as soon as Tuesday").
    """
    clause = clause_before(folded, item.start, 48)
    if _PAST_VERB.search(clause[-24:]) or text.startswith(("'s", "’s"), item.end):
        tense = Tense.PAST
    elif FUTURE_CUE.search(clause):
        tense = Tense.FUTURE
    elif _ANY_PAST_VERB.search(clause) and not _BY.search(clause[-20:]):
        tense = Tense.PAST  # "issued a joint statement Friday saying ... will"
    else:
        return None
    try:
        return resolve(text[item.start : item.end], ref, lang=lex.ENGLISH, tense=tense)
    except DateError:
        return None


_ANY_PAST_VERB = re.compile(rf"\b(?:{_PAST_VERBS}|was|were|had)\b")


def _month_in_tense(item: Item, text: str, folded: str, ref: dt.date) -> Span | None:
    """A year-less English month ("in January") where its clause shows no tense, the nearer
    of the last and the next, a month ahead counting as three behind (`distance`).

    The tense reader defaults to the past, which would put "is heard in May", written in
    March, ten months back. After a word of the future in its clause ("would be paid ... in
    January") the month is the next one. A month read in the future, or after a verb in the
    past in its clause ("changed ... in December"), or opening a sentence ("In January, the
    company ..."), keeps the tense it was read in: None then.
    """
    clause = clause_before(folded, item.start)
    if item.tense is Tense.FUTURE:
        return None
    words = text[item.start : item.end]
    if FUTURE_CUE.search(clause):
        with contextlib.suppress(DateError):
            return resolve(words, ref, lang=lex.ENGLISH, tense=Tense.FUTURE)
        return None
    lead = re.search(r"(?:\bin\s+)?$", folded[max(0, item.start - 8) : item.start])
    assert lead is not None
    opening = opens_sentence(folded, item.start - len(lead.group()))
    if _ANY_PAST_VERB.search(clause) or opening:
        return None
    other = []
    for tense in (Tense.PAST, Tense.FUTURE):
        with contextlib.suppress(DateError):
            other.append(resolve(words, ref, lang=lex.ENGLISH, tense=tense))
    chosen = min(other, key=lambda o: distance(o, ref), default=None)
    return None if chosen is None or chosen == item.span else chosen
