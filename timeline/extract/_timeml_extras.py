"""The expressions of time the tagger does not give and TimeML marks (the patterns of
`_timeml_words`), each valued: holidays, weekends, decades, years in words, reporting quarters.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter

from timeline.extract._timeml_base import (
    FUTURE_CUE,
    Item,
    ago_date,
    clause_before,
    distance,
    opens_sentence,
    reported_quarter,
)
from timeline.extract._timeml_words import (
    ANY_YEAR,
    CENTURY,
    COMING,
    DECADE,
    DECADE_MODS,
    DECADE_WORDS,
    EN_NUMBERS,
    FEW,
    FISCAL_YEAR,
    HOLIDAY,
    LAST_NIGHT,
    PARTS_ALONE,
    PLURAL_DIRECTION,
    QUARTER,
    REF_PATTERNS,
    REF_TYPE,
    RELATIVE,
    SET_PATTERNS,
    SET_VALUES,
    SPELLED_DECADE,
    SPELLED_YEAR,
    TENS,
    TERM_VALUES,
    TERMS,
    THIS_YEAR,
    UNIT_LETTERS,
    UNITS_WORDS,
    VAGUE_SPANS,
    WEEKEND,
    YEAR_AGO,
    YEAR_BEFORE_NOUN,
    YEAR_END,
)
from timeline.time import lexicon as lex
from timeline.time.span import Span
from timeline.time.timex import PART_CODES, Timex, TimexType, duration_value

__all__ = ["with_extras"]


def _holiday_on(name: str, year: int) -> dt.date:
    """The day of the holiday `name` (folded, without "Day") in `year`, as kept in the US."""
    november = dt.date(year, 11, 1)
    first_monday = november + dt.timedelta(days=(0 - november.weekday()) % 7)
    fixed = {"christmas": (12, 25), "christmas eve": (12, 24), "new year's eve": (12, 31)}
    fixed |= {"new year": (1, 1), "independence": (7, 4)}
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name == "thanksgiving":  # the fourth Thursday of November
        return november + dt.timedelta(days=(3 - november.weekday()) % 7 + 21)
    if name == "election":  # the Tuesday after the first Monday of November
        return first_monday + dt.timedelta(days=1)
    return easter(year)


def _holiday(m: re.Match[str], ref: dt.date) -> dt.date:
    """The holiday named by `m` nearest `ref` (one ahead counting as three behind), the last
    before `ref` after "last", the next after "next" or a word of the future in its clause,
    that of `ref`'s year after "this".
    """
    name = re.sub(r"(?:'s)?\s+(?:day|sunday)$", "", m.group("h"))
    name = re.sub(r"\s+", " ", name)
    days = [_holiday_on(name, ref.year + k) for k in (-1, 0, 1)]
    which = m.group("d")
    if which == "last":
        return max(d for d in days if d < ref)
    if which == "next":
        return min(d for d in days if d > ref)
    if which == "this":
        return days[1]
    clause = clause_before(m.string, m.start())
    if FUTURE_CUE.search(clause):
        return min(d for d in days if d >= ref)
    return min(days, key=lambda d: distance(Span.day(d), ref))


def _weekend(m: re.Match[str], ref: dt.date, lang: str) -> str:
    """The week of a weekend: the one just past when written on a weekday, "next" the coming.

    French "ce week-end" is the one past early in the week (Monday to Wednesday), the coming one
    from Thursday; English "this weekend" is the weekend of the reference week.
    """
    past = -1 if ref.weekday() < 5 else 0
    if m.group("w") in ("next", "prochain"):
        shift = 1
    elif m.group("this"):
        shift = 0 if lang == lex.ENGLISH or ref.weekday() >= 3 else -1
    else:
        shift = past
    year, week, _ = (ref + dt.timedelta(weeks=shift)).isocalendar()
    return f"{year}-W{week:02d}-WE"


def _spelled_year(m: re.Match[str]) -> str:
    if m.group("k"):
        return str(2000 + (UNITS_WORDS[m.group("u2")] if m.group("u2") else 0))
    century = 1900 if m.group("c") == "nineteen" else 1800
    return str(century + TENS[m.group("t")] + (UNITS_WORDS[m.group("u")] if m.group("u") else 0))


def _number_of(word: str) -> int:
    return 1 if word in ("a", "an") else int(word) if word.isdigit() else EN_NUMBERS[word]


def with_extras(
    items: list[Item], folded: str, ref: dt.date, lang: str, report: bool = False
) -> list[Item]:
    """`items` with the expressions the tagger does not give, where no item stands."""
    taken = bytearray(len(folded))
    for i in items:
        taken[i.start : i.end] = b"\x01" * (i.end - i.start)
    found = list(items)

    def add(start: int, end: int, timex: Timex, span: Span | None = None) -> None:
        if start < end and taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            found.append(Item(start, end, timex, span))

    for m in PARTS_ALONE[lang].finditer(folded):
        part = PART_CODES.get(m.group("p") or "night", "XX")
        add(m.start(), m.end(), Timex(TimexType.TIME, f"{ref.isoformat()}T{part}"))
    for value, pattern in REF_PATTERNS[lang]:
        for m in pattern.finditer(folded):
            before = len(folded[: m.start()].rstrip())
            if PLURAL_DIRECTION.fullmatch(m.group()) and before and taken[before - 1]:
                continue  # "les 6 et 13 avril prochains": the date's own word
            if m.group() == "now" and opens_sentence(folded, m.start()):
                continue  # "Now, he says...": a word of discourse, not of time
            if value == "DCT":
                add(m.start(), m.end(), Timex(TimexType.DATE, ref.isoformat()), Span.day(ref))
            else:
                add(m.start(), m.end(), Timex(REF_TYPE[lang], value))
    for m in SET_PATTERNS[lang].finditer(folded):
        key = m.group("q") or m.group("u")
        if key == "annually" and re.search(r"%\s*$", folded[max(0, m.start() - 4) : m.start()]):
            continue  # "to rise 8.5% annually": a rate of growth
        add(m.start(), m.end(), Timex(TimexType.SET, SET_VALUES[key]))
    for m in VAGUE_SPANS[lang].finditer(folded):
        value = duration_value("plusieurs " + m.group("u"))
        add(*m.span("x"), Timex(TimexType.DURATION, value))
    for m in WEEKEND[lang].finditer(folded):
        add(m.start(), m.end(), Timex(TimexType.DATE, _weekend(m, ref, lang)))
    for m in ANY_YEAR[lang].finditer(folded):
        add(m.start(), m.end(), Timex(TimexType.DATE, m.group()))
    for m in TERMS[lang].finditer(folded):
        add(m.start(), m.end(), Timex(TimexType.DURATION, TERM_VALUES[m.group()]))
    if lang == lex.ENGLISH:
        for m in QUARTER.finditer(folded):
            if m.group("noun") == "period" and m.group("which") is None:
                continue
            if folded[max(0, m.start() - 1) : m.start()].isalnum():
                continue
            add(m.start(), m.end(), Timex(TimexType.DATE, reported_quarter(ref, m.group("which"))))
        for m in YEAR_AGO.finditer(folded):
            add(m.start(), m.end(), Timex(TimexType.DATE, reported_quarter(ref, "year-ago")))
        for m in RELATIVE.finditer(folded):
            n = _number_of(m.group("n"))
            unit = UNIT_LETTERS[m.group("u").rstrip("s")]
            back = m.group("d") in ("earlier", "before")
            add(m.start(), m.end(), Timex(TimexType.DATE, ago_date(f"P{n}{unit}", ref, back)))
        for m in FEW.finditer(folded):
            unit = UNIT_LETTERS[m.group("u").rstrip("s")]
            add(m.start(), m.end(), Timex(TimexType.DURATION, f"PX{unit}"))
        for m in DECADE.finditer(folded):
            mod = DECADE_MODS.get((m.group("p") or "").strip(" -"), "")
            add(m.start(), m.end(), Timex(TimexType.DATE, m.group("y")[:3], mod))
        for m in SPELLED_DECADE.finditer(folded):
            mod = DECADE_MODS.get((m.group("p") or "").strip(" -"), "")
            digit = m.group("d") or DECADE_WORDS[m.group("w")]
            add(m.start(), m.end(), Timex(TimexType.DATE, f"19{digit}", mod))
        for m in FISCAL_YEAR.finditer(folded):
            if m.group("ended"):  # "the year ended March 31", in a report of results or not
                add(*m.span("x"), Timex(TimexType.DURATION, "P1Y"))
            elif m.group("prep") and report:
                add(*m.span("x"), Timex(TimexType.DATE, str(ref.year)))
        for m in SPELLED_YEAR.finditer(folded):
            add(m.start(), m.end(), Timex(TimexType.DATE, _spelled_year(m)))
        for m in YEAR_END.finditer(folded):
            add(m.start(), m.end(), Timex(TimexType.DATE, str(ref.year), "END"))
        for m in THIS_YEAR.finditer(folded):
            add(m.start(), m.end(), Timex(TimexType.DATE, str(ref.year)))
        for m in LAST_NIGHT.finditer(folded):
            night = ref - dt.timedelta(days=1) if m.group("last") else ref
            add(m.start(), m.end(), Timex(TimexType.TIME, f"{night.isoformat()}TNI"))
        for m in COMING.finditer(folded):
            unit = UNIT_LETTERS[(m.group("u") or m.group("u2")).rstrip("s")]
            add(m.start(), m.end(), Timex(TimexType.DURATION, f"PX{unit}"))

        for m in HOLIDAY.finditer(folded):
            day = _holiday(m, ref)
            if m.group("w"):
                year, week, _ = day.isocalendar()
                add(m.start(), m.end(), Timex(TimexType.DATE, f"{year}-W{week:02d}"))
            else:
                add(m.start(), m.end(), Timex(TimexType.DATE, day.isoformat()), Span.day(day))
        for m in CENTURY.finditer(folded):
            century = int(m.group("n")) - 1
            add(m.start(), m.end(), Timex(TimexType.DATE, f"{century:02d}"))
        for m in YEAR_BEFORE_NOUN.finditer(folded):
            add(*m.span("x"), Timex(TimexType.DATE, m.group("x")))
    return sorted(found, key=lambda i: (i.start, i.end))
