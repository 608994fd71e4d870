"""The temporal tagger: every date expression of a running text, with offsets, span and tense.

Candidates come from compiled patterns over the normalizer's own words (`_vocab`): runs of
words around at least one *anchor* (a month, a weekday, a year, "hier"...). Inside a run the
longest stretch (of at most `MAX_STRETCH` tokens) that `timeline.time.resolve` accepts wins; a
stretch it refuses is never guessed. A leading preposition is left out when the rest means the
same ("en février" gives "février"); articles stay ("le 26 février", "la semaine prochaine").

Each date is resolved in the tense of its clause (`tense`): "a assuré mardi" is the Tuesday on
or before the reference date, "se réunira mardi" the one on or after it. Durations ("pendant
trois ans"), times of day ("à 17h30") and sets ("chaque année") are typed, never given a span.
Words that only look like dates are dropped: a capitalised "Mars" or "Mai" inside a French
sentence, "May" after a name in English, "été" after an auxiliary, a bare "sept", a
four-digit number that counts something ("2000 personnes").

Beside this module: the tokens of a text and their runs (`_tag_tokens`), the dates found in
them (`_tag_dates`), the patterns of sets, times of day and durations (`_tag_patterns`).
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable
from typing import Any

import attrs

from timeline.errors import DateError
from timeline.extract import _vocab as vocab
from timeline.extract._tag_dates import MAX_STRETCH, Resolver, find_dates, free, hold
from timeline.extract._tag_patterns import DURATIONS, SETS, clock_times
from timeline.extract._text import fold, sentences
from timeline.extract.tense import ClauseReader, told_before
from timeline.time.normalize import Tense
from timeline.time.span import Span
from timeline.time.timex import Timex, TimexType, timex

__all__ = ["MAX_STRETCH", "Tag", "TagKind", "TenseFinder", "tag"]


class TagKind(enum.Enum):
    """What a tagged expression is: a date (with a span), a duration, a time of day or a set."""

    DATE = "date"
    DURATION = "duration"
    TIME = "time"
    SET = "set"

    @property
    def timex_type(self) -> TimexType:
        """The TIMEX3 type of expressions of this kind."""
        return _TIMEX_TYPES[self]


_TIMEX_TYPES = {
    TagKind.DATE: TimexType.DATE,
    TagKind.DURATION: TimexType.DURATION,
    TagKind.TIME: TimexType.TIME,
    TagKind.SET: TimexType.SET,
}


@attrs.frozen
class Tag:
    """A temporal expression found in a text: `text[start:end]`, its kind, span and tense."""

    start: int
    end: int
    text: str
    kind: TagKind
    span: Span | None = None
    tense: Tense | None = None

    def timex(self, ref: dt.date) -> Timex:
        """The TIMEX3 type, value and mod of the tag, which was read against `ref`."""
        return timex(self.kind.timex_type, self.text, self.span, ref)

    def to_json(self) -> dict[str, Any]:
        """The tag as `timeline tag --json` prints it (ISO dates, `end` exclusive)."""
        span = self.span
        return {
            "offset": [self.start, self.end],
            "text": self.text,
            "kind": self.kind.value,
            "start": None if span is None or span.start is None else span.start.isoformat(),
            "end": None if span is None or span.end is None else span.end.isoformat(),
            "precision": None if span is None else span.precision.value,
            "approximate": None if span is None else span.approximate,
            "tense": None if self.tense is None else self.tense.value,
        }


TenseFinder = Callable[[str, int, int, str], Tense]
"""The tense of the clause around `text[start:end]`: called as (text, start, end, lang)."""


def tag(text: str, ref: dt.date, lang: str, *, tense_of: TenseFinder | None = None) -> list[Tag]:
    """The temporal expressions of `text` in order, dates resolved against `ref`.

    `lang` is "fr" or "en". `tense_of` gives the tense of a clause; by default the rules of
    `timeline.extract.tense` (the spaCy adapter passes its own).
    """
    if lang not in vocab.LANGS:
        raise DateError(lang, "unknown language for the tagger")
    folded = fold(text)
    finder = tense_of or _rules_tense(text, folded)
    taken = bytearray(len(text))  # 1 under an expression already tagged
    tags: list[Tag] = []
    for kind, found in (
        (TagKind.SET, [m.span("x") for m in SETS[lang].finditer(folded)]),
        (TagKind.TIME, list(clock_times(folded, lang))),
    ):
        for start, end in found:
            if free(taken, start, end):
                hold(taken, start, end)
                tags.append(Tag(start, end, text[start:end], kind))
    sents = sentences(text)
    resolver = Resolver(ref, lang)
    for start, end, span in find_dates(text, folded, lang, taken, sents, resolver):
        if _names_a_company(text, folded, start, end):
            continue  # "Sun Initech": a day's abbreviation that opens a name
        tense = Tense.PAST if told_before(folded, start) else finder(text, start, end, lang)
        in_tense = resolver(text[start:end], tense)
        if in_tense is None:
            # The words hold only in the other tense ("le mercredi 8 janvier" said in
            # December): the tag carries that tense, so that its words resolve as tagged.
            tense = Tense.FUTURE if tense is Tense.PAST else Tense.PAST
        else:
            span = in_tense
        hold(taken, start, end)
        tags.append(Tag(start, end, text[start:end], TagKind.DATE, span, tense))
    for m in DURATIONS[lang].finditer(folded):
        start, end = m.span("x")
        if free(taken, start, end):
            hold(taken, start, end)
            tags.append(Tag(start, end, text[start:end], TagKind.DURATION))
    return sorted(tags, key=lambda t: (t.start, t.end))


_SHORT_DAYS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})
"""Abbreviated English weekdays, folded."""
_CAPITALISED_NEXT = re.compile(
    r" (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\b)[A-Z][a-z]"
)
"""A capitalised word after one space that is no month."""


def _names_a_company(text: str, folded: str, start: int, end: int) -> bool:
    """True for a date that is only a day's abbreviation written with a capital and followed
    by a capitalised word that is no month ("Sun Initech", "Sat Global"): the start of a
    name, not a day ("Sun, Dec 18" and "Sun. 12 May" stay dates).
    """
    if folded[start:end] not in _SHORT_DAYS or not text[start : start + 1].isupper():
        return False
    return _CAPITALISED_NEXT.match(text, end) is not None


def _rules_tense(text: str, folded: str) -> TenseFinder:
    reader = ClauseReader(text, folded=folded)

    def finder(_text: str, start: int, end: int, lang: str) -> Tense:
        return reader.tense(start, end, lang)

    return finder
