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

The passes live beside this module: what is no time (`_timeml_drops`), the expressions the
tagger leaves to TimeML (`_timeml_words`, `_timeml_extras`), TimeML's values
(`_timeml_values`) and extents (`_timeml_extents`), ranges, coordinations and clock times on a
day (`_timeml_days`), on what they share (`_timeml_base`).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extract._text import fold
from timeline.extract._timeml_base import Item
from timeline.extract._timeml_days import anchored, coordinated, split_ranges
from timeline.extract._timeml_drops import dropped, not_time
from timeline.extract._timeml_extents import extended
from timeline.extract._timeml_extras import with_extras
from timeline.extract._timeml_values import revalued
from timeline.extract.tagger import Tag, TenseFinder, tag
from timeline.time import lexicon as lex
from timeline.time.timeml import Timex3

__all__ = ["timexes"]


def timexes(
    text: str, ref: dt.date, lang: str, *, tense_of: TenseFinder | None = None
) -> list[Timex3]:
    """The TIMEX3 of `text` (in language `lang`, published on `ref`), in order, not overlapping."""
    view = _view(text, lang)
    folded = fold(view)
    items = [_item(t, ref) for t in tag(view, ref, lang, tense_of=tense_of)]
    items = [x for i in items for x in _as_timeml_reads(i, folded)]
    items = [i for i in items if not dropped(i, text, folded, lang)]
    items = list(split_ranges(items, text, ref, lang))
    report = lang == lex.ENGLISH and _REPORT.search(folded) is not None
    items = with_extras(items, folded, ref, lang, report)
    items = [i for i in extended(items, text, folded, ref, lang) if not not_time(i, folded)]
    items = [revalued(i, text, folded, ref, lang, report) for i in items]
    items = coordinated(items, folded, lang)
    items = anchored(items, text)
    return [
        Timex3(
            i.start, i.end, text[i.start : i.end], i.timex.type.value, i.timex.value, i.timex.mod
        )
        for i in items
    ]


_REPORT = re.compile(r"\bquarter\b")
"""A text about a quarter's results: "a year ago" there is the same quarter a year before."""


_NOW_WORDS = frozenset({"desormais", "actuellement", "currently"})
"""Words the engine dates on the day they are said, which TimeML reads as *_REF or the DCT."""


def _as_timeml_reads(item: Item, folded: str) -> list[Item]:
    """The tagger's words for now ("désormais", "currently", dated on the publication day)
    are left to the view's *_REF patterns, which read them as TimeML does.
    """
    return [] if folded[item.start : item.end] in _NOW_WORDS else [item]


def _item(t: Tag, ref: dt.date) -> Item:
    return Item(t.start, t.end, t.timex(ref), t.span, t.kind, t.tense)


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
