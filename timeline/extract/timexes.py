"""The TimeML view of a text: every temporal expression as a TIMEX3 with TimeML's extents.

`tag` finds the expressions the engine resolves, with the extents its drafts need; TimeML
(TempEval-3, French TimeBank) marks more and marks some differently. `timexes` starts from the
tags of `tag` and, without changing what `tag` returns (the drafts read that), gives the
TIMEX3 of TimeML's conventions:

- words for now, the past and the future ("désormais", "currently", "recently", "soon") as
  PRESENT_REF, PAST_REF and FUTURE_REF (the present day itself for "désormais");
- reporting periods ("the quarter", "third-quarter", "the year-ago quarter"), rates ("daily",
  "par an", "annually"), possessives ("Friday's"), hyphenated durations ("10-year"), halves
  ("5 1/2 hours" `PT5H30M`), bare plurals ("for years", "des années"), a year before a noun
  ("the 1996 campaign"), decades in words ("the nineties"), holidays ("Thanksgiving Day");
- English dates without their year or week read in the words of their clause where the tense
  reader defaults to the past ("will succeed him Feb. 1", "is heard in May", "issued a statement
  Friday saying ... will"); a deadline ("by Jan. 14") is the nearer of the last and the next;
- extents: a part of the day joins its day ("hier soir", "Wednesday night", "9 a.m. Tuesday")
  as a TIME on that day; a clock time is on the day last named before it in its sentence;
  leading modifiers stay in ("earlier this year", "the past two months", "environ une heure");
  "ago" makes a duration a date ("a decade ago"); the two ends of a range are two TIMEX3; an
  English "the" before a dated day or year is left out;
- what is not an expression of time is left out: ages ("87 ans", "52 years old", "the
  six-year-old boy"), rates after an amount ("$2 million a year"), an ordinal "second" ("une
  seconde fois"), "Sun" without a dot, compounds of comparison ("quarter-to-quarter").
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Iterator

import attrs
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from timeline.errors import DateError
from timeline.extract._text import fold
from timeline.extract.tagger import Tag, TagKind, TenseFinder, tag
from timeline.time import lexicon as lex
from timeline.time.normalize import Tense, resolve
from timeline.time.span import Precision, Span
from timeline.time.timeml import Timex3
from timeline.time.timex import Timex, TimexType, date_timex, duration_value, half_more

__all__ = ["timexes"]


@attrs.frozen
class _Item:
    start: int
    end: int
    timex: Timex
    span: Span | None = None
    kind: TagKind | None = None
    tense: Tense | None = None


def timexes(
    text: str, ref: dt.date, lang: str, *, tense_of: TenseFinder | None = None
) -> list[Timex3]:
    """The TIMEX3 of `text` (in language `lang`, published on `ref`), in order, not overlapping."""
    view = _view(text, lang)
    folded = fold(view)
    items = [_item(t, ref) for t in tag(view, ref, lang, tense_of=tense_of)]
    items = [x for i in items for x in _as_timeml_reads(i, folded)]
    items = [i for i in items if not _dropped(i, text, folded, lang)]
    items = list(_split_ranges(items, text, ref, lang))
    report = lang == lex.ENGLISH and _REPORT.search(folded) is not None
    items = _with_extras(items, folded, ref, lang, report)
    items = [i for i in _extended(items, text, folded, ref, lang) if not _not_time(i, folded)]
    items = [_revalued(i, text, folded, ref, lang, report) for i in items]
    items = _coordinated(items, folded, lang)
    items = _anchored(items, text)
    return [
        Timex3(
            i.start, i.end, text[i.start : i.end], i.timex.type.value, i.timex.value, i.timex.mod
        )
        for i in items
    ]


_NOW_WORDS = frozenset({"desormais", "actuellement", "currently"})
"""Words the engine dates on the day they are said, which TimeML reads as *_REF or the DCT."""


def _as_timeml_reads(item: _Item, folded: str) -> list[_Item]:
    """The tagger's words for now ("désormais", "currently", dated on the publication day)
    are left to the view's *_REF patterns, which read them as TimeML does.
    """
    return [] if folded[item.start : item.end] in _NOW_WORDS else [item]


def _item(t: Tag, ref: dt.date) -> _Item:
    return _Item(t.start, t.end, t.timex(ref), t.span, t.kind, t.tense)


# The text the tagger reads: same length, possessives and hyphenated units taken apart --------

_POSSESSIVE = re.compile(r"(?<!today)(?<=[a-z0-9])['’]s\b", re.IGNORECASE)
_NUMBER_WORDS = {w for code in lex.NUMBERS for w in lex.NUMBERS[code] if " " not in w}
_ORDINAL_WORDS = {w for code in lex.ORDINALS for w in lex.ORDINALS[code] if " " not in w}
_HYPHEN_UNIT = re.compile(
    r"(?<![\w-])(\d+|"
    + "|".join(sorted(_NUMBER_WORDS | _ORDINAL_WORDS, key=len, reverse=True))
    + r")-(?=(?:year|month|week|day|hour|minute|decade|century|quarter|half)\b)",
    re.IGNORECASE,
)


def _view(text: str, lang: str) -> str:
    """`text` with "Friday's" read as "Friday  " and "10-year" as "10 year", same offsets."""
    if lang != lex.ENGLISH:
        return text
    view = _POSSESSIVE.sub("  ", text)
    return _HYPHEN_UNIT.sub(lambda m: m.group(1) + " ", view)


# Not expressions of time -----------------------------------------------------------------------

_AGE_BEFORE = {
    lex.FRENCH: re.compile(r"(?:,|\(|-|\bage(?:e|s|es)? de|\bl'age de|\bages? de)\s*$"),
    lex.ENGLISH: re.compile(r"(?:\baged?)\s*$"),
}
_AGE_AFTER = {lex.ENGLISH: re.compile(r"^[\s-]*old\b")}
_PERSON_AGE = re.compile(
    r"[\s-]*old\s+(?:boys?|girls?|sons?|daughters?|child|children|kids?|babies|baby|infants?"
    r"|m[ae]n|wom[ae]n|brothers?|sisters?|grandsons?|granddaughters?|nephews?|nieces?)\b"
)
"""An age of a person in words ("the six-year-old boy"), not an expression of time."""
_RATE = re.compile(r"^(?:a|an|un|une)\s+(?:year|month|week|day|hour|an|mois|semaine|jour)$")
_AMOUNT = re.compile(
    r"(?:\d|\bmillion|\bbillion|\bmilliards?|\bmillions?)[\w%$€.,]*\s+(?:\w+\s+)?$"
)
_SECOND = re.compile(r"^(?:a|une)\s+second[e]?$")
_AFTER_SECOND = re.compile(r"^\s+(?:later|after|before|ago|earlier|plus tard|apres|avant)\b")
_ABBREVIATED_DAYS = frozenset({"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs"})
_ABBREVIATED_DAYS |= frozenset({"fri", "sat", "sun"})


def _dropped(item: _Item, text: str, folded: str, lang: str) -> bool:
    """True for a tag that TimeML does not count as time: an age, a rate, an ordinal..."""
    words = folded[item.start : item.end]
    before, after = folded[max(0, item.start - 12) : item.start], folded[item.end : item.end + 8]
    if item.kind is TagKind.DURATION:
        age = _AGE_BEFORE[lang].search(before) or (
            lang == lex.ENGLISH and _AGE_AFTER[lang].match(after)
        )
        if age and re.match(r"\d+\s+(?:ans|years?)$", words):
            return True
        if lang == lex.ENGLISH and _PERSON_AGE.match(folded, item.end):
            return True  # "the six-year-old boy", "their 6-month-old son": an age
        if _RATE.match(words) and _AMOUNT.search(folded[max(0, item.start - 30) : item.start]):
            return True
        if _SECOND.match(words) and not _AFTER_SECOND.match(folded[item.end : item.end + 12]):
            return True
        if lang == lex.ENGLISH and re.match(r"-(?:ago|earlier)\b", after):
            return True  # "a year-earlier loss": the adjective "year-earlier" is the date
    if item.kind is TagKind.DATE and words in _ABBREVIATED_DAYS:
        return text[item.end : item.end + 1] != "."
    return False


_COMPARISON = re.compile(r"\b(?P<w>[a-z]+)-to-(?P=w)\b")
"""A compound of comparison ("quarter-to-quarter", "year-to-year"), which names no time."""


def _not_time(item: _Item, folded: str) -> bool:
    """True for a word of a compound of comparison ("the quarter-to-quarter comparison")."""
    near = _COMPARISON.finditer(folded, max(0, item.start - 24), item.end + 24)
    return any(m.start() < item.end and item.start < m.end() for m in near)


# Ranges -----------------------------------------------------------------------------------------

_RANGE = {
    lex.FRENCH: re.compile(r"^(?:du|de|d'|entre)\s+(?P<a>.+?)\s+(?:au|a|jusqu'au|et)\s+(?P<b>.+)$"),
    lex.ENGLISH: re.compile(
        r"^(?:from|between)\s+(?P<a>.+?)\s+(?:to|until|till|through|thru|and)\s+(?P<b>.+)$"
    ),
}


def _split_ranges(items: Iterable[_Item], text: str, ref: dt.date, lang: str) -> Iterator[_Item]:
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
            ends.append(_Item(start, end, date_timex(text[start:end], span), span, TagKind.DATE))
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


# Expressions the tagger leaves to TimeML ----------------------------------------------------

_UNITS_AHEAD = r"(?:years?|months?|weeks?|days?|decades?|hours?|centur\w+|quarters?)"
_REFS = {
    lex.FRENCH: {
        "PRESENT_REF": r"maintenant|actuellement|actuel(?:le)?s?|pour le moment|en ce moment"
        r"|a l'heure actuelle|de nos jours",
        "PAST_REF": r"auparavant|autrefois|jadis|recemment|nouvellement|dernierement|naguere",
        "FUTURE_REF": r"l'avenir|avenir|prochainement|bientot|futur(?:e|s|es)?"
        r"|prochain(?:e)?s|une date ulterieure",
        "DCT": r"desormais|dorenavant",
    },
    lex.ENGLISH: {
        "PRESENT_REF": r"right now|(?<!for )(?<!until )(?<!by )(?<!from )(?<!than )now"
        r"|currently|nowadays|presently|these days|at present|at the moment",
        "PAST_REF": r"recently|formerly|lately|the past(?!\s+(?:\w+\s+)?" + _UNITS_AHEAD + ")",
        "FUTURE_REF": r"the near future|the future|the near term|a later date|the short term",
        "DCT": r"",
    },
}
_PLURAL_DIRECTION = re.compile(r"prochain(?:e)?s")
_REF_TYPE = {lex.FRENCH: TimexType.TIME, lex.ENGLISH: TimexType.DATE}
"""French TimeBank types the *_REF words as TIME, TempEval-3's English corpora as DATE."""

_SETS = {
    lex.FRENCH: (
        r"(?:par|l')\s+(?P<u>an|annee|mois|semaine|jour)|(?P<q>quotidiennement|annuellement)"
    ),
    lex.ENGLISH: r"(?P<q>daily|weekly|monthly|yearly|annually)|per\s+(?P<u>year|month|week|day)",
}
_REF_PATTERNS = {
    code: [
        (value, re.compile(rf"(?<![\w'-])(?:{words})(?![\w-])"))
        for value, words in table.items()
        if words
    ]
    for code, table in _REFS.items()
}
_SET_PATTERNS = {
    code: re.compile(rf"(?<![\w-])(?:{words})(?![\w-])") for code, words in _SETS.items()
}
_SET_VALUES = {
    "an": "P1Y",
    "annee": "P1Y",
    "mois": "P1M",
    "semaine": "P1W",
    "jour": "P1D",
    "year": "P1Y",
    "month": "P1M",
    "week": "P1W",
    "day": "P1D",
    "quotidiennement": "P1D",
    "annuellement": "P1Y",
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "quarterly": "P3M",
}
_QUARTER = re.compile(
    r"(?:the\s+)?(?P<which>latest|last|current|same|comparable|previous|prior|year-ago"
    r"|year-earlier|recent|fiscal)?(?:\s+(?:fiscal|calendar))?\s*(?P<noun>quarter|period)\b"
)
_YEAR_AGO = re.compile(r"year-(?:ago|earlier)")
_ANY_YEAR = {
    lex.ENGLISH: re.compile(
        r"(?<![\w$#.,/-])(?:19[0-9]\d|20[0-4]\d)(?![\w%/-]|[.,]\d|\s+(?:shares|people|employees"
        r"|tons|barrels|units|votes|cars|jobs|workers|acres|feet|miles|points|members))"
    ),
    # French counts put their noun after the number ("2000 manifestants"): only a year
    # followed by punctuation or a word that is no noun is read.
    lex.FRENCH: re.compile(
        r"(?<![\w$#.,/-])(?:19[0-9]\d|20[0-4]\d)(?![\w%/-]|[.,]\d|\s+(?!de\b|a\b|et\b|ou\b)[a-z])"
    ),
}
"""A year in a running English text, as HeidelTime reads one, where the tagger (reading for
drafts) waited for a word of time; not an amount ("$1990", "1995 shares")."""
_HOLIDAY = re.compile(
    r"\b(?:(?P<d>last|next|this)\s+)?(?P<h>thanksgiving(?: day)?|christmas(?: day| eve)?"
    r"|new year(?:'s|\s+) day|new year's eve|election day|independence day|easter(?: sunday)?)"
    r"(?P<w> week)?\b"
)
"""A holiday by its name ("Thanksgiving Day", "last Christmas", "Election Day"), or the week
of its day ("Easter week", the ISO week that ends on Easter Sunday)."""


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
    clause = _clause_before(m.string, m.start())
    if _FUTURE_CUE.search(clause):
        return min(d for d in days if d >= ref)
    return min(days, key=lambda d: _distance(Span.day(d), ref))


_CENTURY = re.compile(r"\b(?:the\s+)?(?P<n>1?\d)(?:st|nd|rd|th)[\s-]+century\b")
_YEAR_BEFORE_NOUN = re.compile(
    r"\b(?:the|a|an|its|his|her|their|that|this) (?P<x>1[89]\d\d|20\d\d)(?= [a-z])"
)
_EN_NUMBERS = {w: n for w, n in lex.NUMBERS[lex.ENGLISH].items() if " " not in w}
_RELATIVE = re.compile(
    r"\b(?P<n>a|an|\d+|" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + r")"
    r"\s+(?P<u>years?|months?|weeks?|days?|decades?)\s+(?P<d>earlier|before|later|after)\b"
)
_UNIT_LETTERS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "quarter": "Q"}
_WEEKEND = {
    lex.ENGLISH: re.compile(r"\b(?:the|(?P<this>this)|(?P<w>last|next))\s+weekend\b"),
    lex.FRENCH: re.compile(
        r"(?<![\w-])(?:le|(?P<this>ce))\s+week-end(?:\s+(?P<w>dernier|prochain))?(?![\w-])"
    ),
}
_TERMS = {
    lex.FRENCH: re.compile(r"(?<![\w-])(?:quinquennat|septennat|biennale)s?(?![\w-])"),
    lex.ENGLISH: re.compile(r"(?!)"),
}
_TERM_VALUES = {"quinquennat": "P5Y", "septennat": "P7Y", "quinquennats": "P5Y"}
_TERM_VALUES |= {"septennats": "P7Y", "biennale": "P2Y", "biennales": "P2Y"}


def _opens_sentence(folded: str, start: int) -> bool:
    before = folded[:start].rstrip(" \t\"'`(")
    return not before or before[-1] in ".!?\n"


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


_FEW = re.compile(
    r"\b(?:the\s+)?(?:next|past|last|coming)\s+(?:few|several|couple of)\s+"
    r"(?P<u>years|months|weeks|days|decades)\b"
)
_DECADE = re.compile(r"\b(?:the\s+)?(?P<p>early\s+|mid-?|late\s+)?(?P<y>1[5-9]\d0|20[0-9]0)'?s\b")


_DECADE_MODS = {"early": "START", "mid": "MID", "late": "END"}
_SPELLED_DECADE = re.compile(
    r"\bthe\s+(?P<p>early\s+|mid-?|late\s+)?(?:'?(?P<d>[2-9])0s|(?P<w>twenties|thirties|forties"
    r"|fifties|sixties|seventies|eighties|nineties))\b"
)
"""A decade of the 1900s in words or shortened ("the nineties", "the late '80s"); with "the",
which "in his nineties" (an age) has not."""
_DECADE_WORDS = {
    w: str(n)
    for n, w in enumerate(
        (
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ),
        start=2,
    )
}


_TENS = {"ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_TENS |= {"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS_WORDS = {w: n for w, n in _EN_NUMBERS.items() if 1 <= n <= 9 and w not in ("a", "an")}
_SPELLED_YEAR = re.compile(
    r"\b(?:the year )?(?:(?P<c>nineteen|eighteen) (?P<t>"
    + "|".join(_TENS)
    + r")(?:[- ](?P<u>"
    + "|".join(_UNITS_WORDS)
    + r"))?|(?P<k>two thousand)(?: and (?P<u2>"
    + "|".join(_UNITS_WORDS)
    + r"))?)\b(?!\s+(?:dollars|people|years|times|of)\b)"
)
"""Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand"."""
_YEAR_END = re.compile(r"\b(?:year(?:-|\s+)end|year's end|the end of the year)\b")
"""The end of the year, also "year's end" as the view reads it ("year   end")."""
_THIS_YEAR = re.compile(
    r"\bthe (?:full|current|current fiscal|latest fiscal|current calendar) year\b"
)
_LAST_NIGHT = re.compile(r"\b(?:(?P<last>last) night|tonight)\b")
_COMING = re.compile(
    r"\b(?:the )?(?:coming|recent|the next few|the past few)"
    r" (?P<u>months|weeks|quarters|days|years)\b|\bthe (?P<u2>weeks|months|days) ahead\b"
)


def _spelled_year(m: re.Match[str]) -> str:
    if m.group("k"):
        return str(2000 + (_UNITS_WORDS[m.group("u2")] if m.group("u2") else 0))
    century = 1900 if m.group("c") == "nineteen" else 1800
    return str(century + _TENS[m.group("t")] + (_UNITS_WORDS[m.group("u")] if m.group("u") else 0))


def _number_of(word: str) -> int:
    return 1 if word in ("a", "an") else int(word) if word.isdigit() else _EN_NUMBERS[word]


_VAGUE_SPANS = {
    lex.FRENCH: re.compile(
        r"(?<![\w'])(?P<x>(?:des|ces dernier(?:e)?s|ces|quelques)\s+"
        r"(?P<u>annees|mois|semaines|jours|siecles|decennies))(?!\w)"
    ),
    lex.ENGLISH: re.compile(
        r"\b(?:for|in|over|within|than) (?P<x>(?:the (?:past|last) |recent )?"
        r"(?P<u>years|months|weeks|days|hours|decades|centuries))\b"
    ),
}
_PARTS_ALONE = {
    lex.FRENCH: re.compile(
        r"(?<![\w'-])(?:ce|cette|cet)\s+(?P<p>soir|matin|nuit|apres-midi)(?![\w-])"
    ),
    lex.ENGLISH: re.compile(
        r"\bthis\s+(?P<p>morning|afternoon|evening|night)\b|\b(?P<t>tonight)\b"
    ),
}


def _with_extras(
    items: list[_Item], folded: str, ref: dt.date, lang: str, report: bool = False
) -> list[_Item]:
    """`items` with the expressions the tagger does not give, where no item stands."""
    taken = bytearray(len(folded))
    for i in items:
        taken[i.start : i.end] = b"\x01" * (i.end - i.start)
    found = list(items)

    def add(start: int, end: int, timex: Timex, span: Span | None = None) -> None:
        if start < end and taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            found.append(_Item(start, end, timex, span))

    for m in _PARTS_ALONE[lang].finditer(folded):
        part = _PART_CODES.get(m.group("p") or "night", "XX")
        add(m.start(), m.end(), Timex(TimexType.TIME, f"{ref.isoformat()}T{part}"))
    for value, pattern in _REF_PATTERNS[lang]:
        for m in pattern.finditer(folded):
            before = len(folded[: m.start()].rstrip())
            if _PLURAL_DIRECTION.fullmatch(m.group()) and before and taken[before - 1]:
                continue  # "les 6 et 13 avril prochains": the date's own word
            if m.group() == "now" and _opens_sentence(folded, m.start()):
                continue  # "Now, he says...": a word of discourse, not of time
            if value == "DCT":
                add(m.start(), m.end(), Timex(TimexType.DATE, ref.isoformat()), Span.day(ref))
            else:
                add(m.start(), m.end(), Timex(_REF_TYPE[lang], value))
    for m in _SET_PATTERNS[lang].finditer(folded):
        key = m.group("q") or m.group("u")
        if key == "annually" and re.search(r"%\s*$", folded[max(0, m.start() - 4) : m.start()]):
            continue  # "to rise 8.5% annually": a rate of growth
        add(m.start(), m.end(), Timex(TimexType.SET, _SET_VALUES[key]))
    for m in _VAGUE_SPANS[lang].finditer(folded):
        value = duration_value("plusieurs " + m.group("u"))
        add(*m.span("x"), Timex(TimexType.DURATION, value))
    for m in _WEEKEND[lang].finditer(folded):
        add(m.start(), m.end(), Timex(TimexType.DATE, _weekend(m, ref, lang)))
    for m in _ANY_YEAR[lang].finditer(folded):
        add(m.start(), m.end(), Timex(TimexType.DATE, m.group()))
    for m in _TERMS[lang].finditer(folded):
        add(m.start(), m.end(), Timex(TimexType.DURATION, _TERM_VALUES[m.group()]))
    if lang == lex.ENGLISH:
        for m in _QUARTER.finditer(folded):
            if m.group("noun") == "period" and m.group("which") is None:
                continue
            if folded[max(0, m.start() - 1) : m.start()].isalnum():
                continue
            add(m.start(), m.end(), Timex(TimexType.DATE, _quarter(ref, m.group("which"))))
        for m in _YEAR_AGO.finditer(folded):
            add(m.start(), m.end(), Timex(TimexType.DATE, _quarter(ref, "year-ago")))
        for m in _RELATIVE.finditer(folded):
            n = _number_of(m.group("n"))
            unit = _UNIT_LETTERS[m.group("u").rstrip("s")]
            back = m.group("d") in ("earlier", "before")
            add(m.start(), m.end(), Timex(TimexType.DATE, _ago(f"P{n}{unit}", ref, back)))
        for m in _FEW.finditer(folded):
            unit = _UNIT_LETTERS[m.group("u").rstrip("s")]
            add(m.start(), m.end(), Timex(TimexType.DURATION, f"PX{unit}"))
        for m in _DECADE.finditer(folded):
            mod = _DECADE_MODS.get((m.group("p") or "").strip(" -"), "")
            add(m.start(), m.end(), Timex(TimexType.DATE, m.group("y")[:3], mod))
        for m in _SPELLED_DECADE.finditer(folded):
            mod = _DECADE_MODS.get((m.group("p") or "").strip(" -"), "")
            digit = m.group("d") or _DECADE_WORDS[m.group("w")]
            add(m.start(), m.end(), Timex(TimexType.DATE, f"19{digit}", mod))
        for m in _FISCAL_YEAR.finditer(folded):
            if m.group("ended"):  # "the year ended March 31", in a report of results or not
                add(*m.span("x"), Timex(TimexType.DURATION, "P1Y"))
            elif m.group("prep") and report:
                add(*m.span("x"), Timex(TimexType.DATE, str(ref.year)))
        for m in _SPELLED_YEAR.finditer(folded):
            add(m.start(), m.end(), Timex(TimexType.DATE, _spelled_year(m)))
        for m in _YEAR_END.finditer(folded):
            add(m.start(), m.end(), Timex(TimexType.DATE, str(ref.year), "END"))
        for m in _THIS_YEAR.finditer(folded):
            add(m.start(), m.end(), Timex(TimexType.DATE, str(ref.year)))
        for m in _LAST_NIGHT.finditer(folded):
            night = ref - dt.timedelta(days=1) if m.group("last") else ref
            add(m.start(), m.end(), Timex(TimexType.TIME, f"{night.isoformat()}TNI"))
        for m in _COMING.finditer(folded):
            unit = _UNIT_LETTERS[(m.group("u") or m.group("u2")).rstrip("s")]
            add(m.start(), m.end(), Timex(TimexType.DURATION, f"PX{unit}"))

        for m in _HOLIDAY.finditer(folded):
            day = _holiday(m, ref)
            if m.group("w"):
                year, week, _ = day.isocalendar()
                add(m.start(), m.end(), Timex(TimexType.DATE, f"{year}-W{week:02d}"))
            else:
                add(m.start(), m.end(), Timex(TimexType.DATE, day.isoformat()), Span.day(day))
        for m in _CENTURY.finditer(folded):
            century = int(m.group("n")) - 1
            add(m.start(), m.end(), Timex(TimexType.DATE, f"{century:02d}"))
        for m in _YEAR_BEFORE_NOUN.finditer(folded):
            add(*m.span("x"), Timex(TimexType.DATE, m.group("x")))
    return sorted(found, key=lambda i: (i.start, i.end))


def _quarter(ref: dt.date, which: str | None) -> str:
    """The quarter a report of results means: the last one ended by `ref` (the year before)."""
    last = dt.date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1) - relativedelta(months=3)
    if which == "current":
        last = last + relativedelta(months=3)
    year = last.year - (1 if which in ("year-ago", "year-earlier") else 0)
    return f"{year}-Q{(last.month - 1) // 3 + 1}"


# Values -----------------------------------------------------------------------------------------

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
_PAST_VERB = re.compile(
    r"\b(?:\w+ed|said|told|met|made|held|took|gave|began|came|went|left|sent|saw|found|won"
    r"|lost|rose|fell|spoke|wrote|paid|sold|bought|hit|struck|quit|shot)\s+(?:on\s+)?$"
)
"""An English verb in the past just before a weekday: "announced Wednesday" is the one past,
as is a weekday's own event ("Wednesday's ruling")."""
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|as soon as|as early as|is to|are to|scheduled|due|effective"
    r"|expect(?:s|ed)?|(?<!the )(?<!a )plan(?:s|ned|ning)?)\b|'ll\b"
)
"""Words of an English clause that put its weekday ahead ("as soon as Tuesday", "will meet
Monday"), where the tense reader finds no verb of the future."""
_BY = re.compile(r"\b(?:by|until|till|due)\b")
"""Words of a deadline, which the rule of deadlines reads (`_revalued`)."""
_FISCAL_YEAR = re.compile(
    r"(?:\b(?P<prep>for|of|in)\s+)?\b(?P<x>the (?:fiscal )?year)\b(?P<ended>\s+end(?:ed|ing)\b)?"
)
"""In a report of results, "the year ended Sept. 30" is a year's DURATION, "for the year" the
reporting year."""
_REPORT = re.compile(r"\bquarter\b")
"""A text about a quarter's results: "a year ago" there is the same quarter a year before."""
_A_YEAR_BACK = re.compile(r"(?:a|one) year (?:ago|earlier|before)")
_THIS = re.compile(r"(?:this|ce|cet|cette)\s")
_MONTH_OR_SEASON = re.compile(r"\d{4}(?P<rest>-(?:\d{2}|SP|SU|FA|WI))")


def _revalued(
    item: _Item,
    text: str,
    folded: str,
    ref: dt.date,
    lang: str,
    report: bool,
    lead: int | None = None,
) -> _Item:
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
        return attrs.evolve(item, timex=Timex(TimexType.DATE, _quarter(ref, "year-ago")))
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
        chosen = min([span, *ahead], key=lambda o: abs(_distance(o, ref, ahead=1)))
    elif ahead and _FUTURE_CUE.search(_clause_before(folded, item.start).rsplit(",", 1)[-1]):
        chosen = ahead[0]  # "will succeed him Feb. 1", written in November
    else:
        chosen = min(other or [span], key=lambda o: _distance(o, ref))
    if chosen == span:
        return item
    return attrs.evolve(item, timex=date_timex(text[item.start : item.end], chosen), span=chosen)


_CLOCK_LEAD = re.compile(
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|noon|midnight)"
    r"(?:\s+(?:[a-z]{2,3}t|gmt|utc))?,?\s+(?:on\s+)?(?=\w)"
)
"""The clock time before its day in "10 p.m. Wednesday", "5 p.m. EST, Nov. 9"."""


def _clock_revalued(
    item: _Item, at: int, text: str, folded: str, ref: dt.date, lang: str, report: bool
) -> _Item:
    """A clock time on a day ("until 9 a.m. Tuesday"): the day revalued as if alone, with the
    words before the clock for its deadline, and the clock kept.
    """
    assert item.span is not None
    start = item.start + at
    day = _Item(start, item.end, date_timex(text[start : item.end], item.span), item.span)
    day = _revalued(
        attrs.evolve(day, tense=item.tense), text, folded, ref, lang, report, item.start
    )
    if day.span == item.span or day.span is None or day.span.start is None:
        return item
    value = f"{day.span.start.isoformat()}T{item.timex.value.partition('T')[2]}"
    return attrs.evolve(item, timex=attrs.evolve(item.timex, value=value), span=day.span)


def _weekday_in_tense(item: _Item, text: str, folded: str, ref: dt.date) -> Span | None:
    """An English weekday in the tense its words show, where the tense reader missed it.

    Past after a verb in the past or for the weekday's own event ("announced Wednesday",
    "Wednesday's ruling"); else ahead after a word of the future ("as soon as Tuesday").
    """
    clause = _clause_before(folded, item.start, 48)
    if _PAST_VERB.search(clause[-24:]) or text.startswith(("'s", "’s"), item.end):
        tense = Tense.PAST
    elif _FUTURE_CUE.search(clause):
        tense = Tense.FUTURE
    elif _ANY_PAST_VERB.search(clause) and not _BY.search(clause[-20:]):
        tense = Tense.PAST  # "issued a joint statement Friday saying ... will"
    else:
        return None
    try:
        return resolve(text[item.start : item.end], ref, lang=lex.ENGLISH, tense=tense)
    except DateError:
        return None


_ANY_PAST_VERB = re.compile(
    r"\b(?:\w+ed|said|told|met|made|held|took|gave|began|came|went|left|sent|saw|found|won"
    r"|lost|rose|fell|spoke|wrote|paid|sold|bought|hit|struck|quit|shot|was|were|had)\b"
)


_CLAUSE_END = re.compile(r"(?<![\s.][a-z])(?<!\bmr)(?<!\bmrs)(?<!\bms)(?<!\bdr)[.;:!?](?=\s|$)")
"""The end of a sentence or clause, which "a.m.", an initial ("Daniel P. Davison") and a title
("Mr.") are not."""


def _clause_before(folded: str, start: int, width: int = 64) -> str:
    """The words of the clause before `start`, up to `width` characters."""
    return _CLAUSE_END.split(folded[max(0, start - width) : start])[-1]


def _month_in_tense(item: _Item, text: str, folded: str, ref: dt.date) -> Span | None:
    """A year-less English month ("in January") where its clause shows no tense, the nearer
    of the last and the next, a month ahead counting as three behind (`_distance`).

    The tense reader defaults to the past, which would put "is heard in May", written in
    March, ten months back. After a word of the future in its clause ("would be paid ... in
    January") the month is the next one. A month read in the future, or after a verb in the
    past in its clause ("changed ... in December"), or opening a sentence ("In January, the
    company ..."), keeps the tense it was read in: None then.
    """
    clause = _clause_before(folded, item.start)
    if item.tense is Tense.FUTURE:
        return None
    words = text[item.start : item.end]
    if _FUTURE_CUE.search(clause):
        with contextlib.suppress(DateError):
            return resolve(words, ref, lang=lex.ENGLISH, tense=Tense.FUTURE)
        return None
    lead = re.search(r"(?:\bin\s+)?$", folded[max(0, item.start - 8) : item.start])
    assert lead is not None
    opening = _opens_sentence(folded, item.start - len(lead.group()))
    if _ANY_PAST_VERB.search(clause) or opening:
        return None
    other = []
    for tense in (Tense.PAST, Tense.FUTURE):
        with contextlib.suppress(DateError):
            other.append(resolve(words, ref, lang=lex.ENGLISH, tense=tense))
    chosen = min(other, key=lambda o: _distance(o, ref), default=None)
    return None if chosen is None or chosen == item.span else chosen


def _distance(span: Span, ref: dt.date, ahead: int = 3) -> int:
    """How far `span` is from `ref`, a day ahead counting as `ahead` behind (three).

    News mostly tells what has happened: a year-less date is the past one unless the next is
    much nearer ("March 12" written on 2 March, "Jan. 14" in late December).
    """
    assert span.start is not None
    days = (span.start - ref).days
    return ahead * days if days > 0 else -days


# Extents ---------------------------------------------------------------------------------------

_PART_CODES = {
    "matin": "MO",
    "matinee": "MO",
    "morning": "MO",
    "apres-midi": "AF",
    "afternoon": "AF",
    "soir": "EV",
    "soiree": "EV",
    "evening": "EV",
    "nuit": "NI",
    "night": "NI",
}
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


def _extended(items: list[_Item], text: str, folded: str, ref: dt.date, lang: str) -> list[_Item]:
    """TimeML's extents: leading modifiers, parts of day, "ago", no English "the" before a day."""
    out: list[_Item] = []
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
        grown = _Item(start, end, timex, item.span, item.kind, item.tense)
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


def _trailing(item: _Item, after: str, ref: dt.date, lang: str) -> tuple[int, Timex]:
    """The end and TIMEX3 with the words after the expression that TimeML counts in it.

    A part of the day after a day ("hier soir"), a plural "prochains" after a date ("les 6 et
    13 avril prochains"), "ago" after a duration ("a decade ago", then a date).
    """
    end, timex, span = item.end, item.timex, item.span
    part = _PART_AFTER[lang].match(after) if timex.type is TimexType.DATE else None
    day = span.start if span is not None and span.precision is Precision.DAY else None
    if part is not None and day is not None:
        value = f"{day.isoformat()}T{_PART_CODES[part.group('p')]}"
        return end + part.end(), Timex(_PART_TYPE[lang], value)
    period = _PERIOD_AFTER.match(after) if timex.value.isdigit() and lang == lex.ENGLISH else None
    if period is not None:
        quarter = _ORDINAL_QUARTERS.get(period.group("q") or "", _quarter(ref, None)[-1])
        return end + period.end(), Timex(TimexType.DATE, f"{timex.value}-Q{quarter}")
    direction = _DIRECTION_AFTER[lang].match(after)
    if direction is not None and timex.type is TimexType.DATE:
        return end + direction.end(), timex
    ago = _AGO[lang].match(after) if timex.type is TimexType.DURATION else None
    if ago is not None:
        return end + ago.end(), Timex(TimexType.DATE, _ago(timex.value, ref))
    return end, timex


def _joined(a: _Item, b: _Item, folded: str, lang: str) -> bool:
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


def _join(a: _Item, b: _Item, lang: str) -> _Item:
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
    return _Item(a.start, b.end, Timex(kind, value), b.span, TagKind.TIME, b.tense)


_YEAR_OF = re.compile(
    r"(?:this|last|next) year|l'an (?:dernier|prochain)|l'annee (?:derniere|prochaine)"
)
_QUARTER_VALUE = re.compile(r"\d{4}-[QH][1-4]")
_IN_YEAR = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")


def _same_day(a: _Item, b: _Item) -> bool:
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


def _ago(duration: str, ref: dt.date, back: bool = True) -> str:
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


# Shortened coordinations ------------------------------------------------------------------------

_DAY_BEFORE = {
    lex.FRENCH: re.compile(r"(?<![\w'])(?P<x>(?:les?\s+)?(?P<d>\d{1,2})(?:er)?)\s+et\s+$"),
    lex.ENGLISH: re.compile(r"(?!)"),
}
_DAY_AFTER = {
    lex.FRENCH: re.compile(r"(?!)"),
    lex.ENGLISH: re.compile(r"^\s+and\s+(?P<x>(?P<d>\d{1,2}))(?![\w,.]\d)(?!\w)"),
}


def _coordinated(items: list[_Item], folded: str, lang: str) -> list[_Item]:
    """The day a shortened coordination leaves bare: "les 6 et 13 avril", "April 24 and 25"."""
    out: list[_Item] = []
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


def _bare_day(day: dt.date, m: re.Match[str], shift: int) -> _Item:
    start, end = m.start("x") + shift, m.end("x") + shift
    try:
        other = day.replace(day=int(m.group("d")))
    except ValueError:
        return _Item(start, end, Timex(TimexType.DATE, _UNKNOWN_DAY))
    return _Item(start, end, Timex(TimexType.DATE, other.isoformat()), Span.day(other))


_UNKNOWN_DAY = "XXXX-XX-XX"


# Times on the day last named --------------------------------------------------------------------

_SAME_SENTENCE = 400
"""How far back (in characters) a clock time looks for its day, so that the search is bounded."""
_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-Ý]|\n")


def _anchored(items: list[_Item], text: str) -> list[_Item]:
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
