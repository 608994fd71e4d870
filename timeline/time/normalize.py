"""Resolve French and English date expressions to spans, relative to a reference date.

`resolve("fin février", date(2024, 3, 12))` is the span [2024-02-21, 2024-03-01), precision
part of month. Machine forms (`2024-03`, `2024-W11`...) are read first, by `parse_machine`;
then the French grammar, then the English one (or only the language asked for). The grammar
(`grammar`) turns words into a small syntax tree; `_intervals` gives the tree its meaning,
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
import re

from timeline.errors import DateError
from timeline.time._intervals import Tense, Unresolvable, resolve_node
from timeline.time.grammar import GRAMMARS, Node, normal_form
from timeline.time.machine import parse_machine
from timeline.time.span import Precision, Span

__all__ = ["Tense", "resolve", "resolve_parsed"]


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
            start, end, precision, approximate = resolve_node(node, ref, tense)
        except Unresolvable as exc:
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
        start, end, precision, approximate = resolve_node(node, ref, tense)
    except Unresolvable as exc:
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
