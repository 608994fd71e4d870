"""The temporal tagger: every date expression of a running text, with offsets, span and tense.

Candidates come from compiled patterns over the normalizer's own words (`_vocab`): runs of
words around at least one *anchor* (a month, a weekday, a year, "hier"...). Inside a run the
longest stretch that `timeline.time.resolve` accepts wins; a stretch it refuses is never
guessed. A leading preposition is left out when the rest means the same ("en février" gives
"février"); articles stay ("le 26 février", "la semaine prochaine").

Each date is resolved in the tense of its clause (`tense`): "a assuré mardi" is the Tuesday on
or before the reference date, "se réunira mardi" the one on or after it. Durations ("pendant
trois ans"), times of day ("à 17h30") and sets ("chaque année") are typed, never given a span.
Words that only look like dates are dropped: a capitalised "Mars" or "Mai" inside a French
sentence, "May" after a name in English, "été" after an auxiliary, a bare "sept", a
four-digit number that counts something ("2000 personnes").
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from timeline.errors import DateError
from timeline.extract import _vocab as vocab
from timeline.extract._text import Sentence, fold, sentences
from timeline.extract.tense import clause_tense
from timeline.time import _lexicon as lex
from timeline.time.normalize import Tense, resolve
from timeline.time.span import Span

__all__ = ["Tag", "TagKind", "tag"]


class TagKind(enum.Enum):
    """What a tagged expression is: a date (with a span), a duration, a time of day or a set."""

    DATE = "date"
    DURATION = "duration"
    TIME = "time"
    SET = "set"


@attrs.frozen
class Tag:
    """A temporal expression found in a text: `text[start:end]`, its kind, span and tense."""

    start: int
    end: int
    text: str
    kind: TagKind
    span: Span | None = None
    tense: Tense | None = None

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
    taken: list[tuple[int, int]] = []
    tags: list[Tag] = []
    for kind, found in (
        (TagKind.SET, [m.span("x") for m in _SETS[lang].finditer(folded)]),
        (TagKind.TIME, list(_times(folded, lang))),
    ):
        for start, end in found:
            if not _overlaps(taken, start, end):
                taken.append((start, end))
                tags.append(Tag(start, end, text[start:end], kind))
    sents = sentences(text)
    for start, end, span in _dates(text, folded, ref, lang, taken, sents):
        tense = finder(text, start, end, lang)
        try:
            span = resolve(text[start:end], ref, lang=lang, tense=tense)
        except DateError:
            # The words hold only in the other tense ("le mercredi 8 janvier" said in
            # December): the tag carries that tense, so that its words resolve as tagged.
            tense = Tense.FUTURE if tense is Tense.PAST else Tense.PAST
        taken.append((start, end))
        tags.append(Tag(start, end, text[start:end], TagKind.DATE, span, tense))
    for m in _DURATIONS[lang].finditer(folded):
        start, end = m.span("x")
        if not _overlaps(taken, start, end):
            taken.append((start, end))
            tags.append(Tag(start, end, text[start:end], TagKind.DURATION))
    return sorted(tags, key=lambda t: (t.start, t.end))


def _rules_tense(text: str, folded: str) -> TenseFinder:
    def finder(_text: str, start: int, end: int, lang: str) -> Tense:
        return clause_tense(text, start, end, lang, folded=folded)

    return finder


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < b and a < end for a, b in taken)


# Tokens --------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"
    r"|\d{4}-(?:w\d{2}|q[1-4]|h[12]|\d{2}(?:-\d{2})?)(?![\w-])"
    r"|\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\w/.-]\d)"
    r"|(?<![\w.,])\d+(?:er|ere|eme|e|st|nd|rd|th)?(?![\w,.]\d)(?!\w)"
    r"|(?<!\w)[tsqh][1-4](?!\w)"
    r"|aujourd'hui"
    r"|[^\W\d_]+(?:-[^\W\d_]+)*'?"
)
_ANCHOR, _GLUE, _OTHER = 2, 1, 0


@attrs.frozen
class _Token:
    start: int
    end: int
    word: str
    cls: int


def _classify(word: str, lang: str) -> int:
    anchors, glue = vocab.ANCHORS[lang], vocab.GLUE[lang]
    if word[0].isdigit():
        if word.isdigit() and len(word) == 4:
            return _ANCHOR
        if "-" in word or "/" in word or (word.count(".") == 2):
            return _ANCHOR
        return _GLUE if len(word.rstrip("abcdefghijklmnopqrstuvwxyz")) <= 2 else _OTHER
    if len(word) == 2 and word[1].isdigit():
        return _ANCHOR
    if word in anchors:
        return _ANCHOR
    if word in glue:
        return _GLUE
    if "-" in word:
        parts = word.split("-")
        if any(p in anchors for p in parts) and all(p in anchors or p in glue for p in parts):
            return _ANCHOR
    return _OTHER


def _tokens(text: str, folded: str, lang: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(folded):
        word = m.group()
        cls = _classify(word, lang)
        after_y = bool(out) and out[-1].word == "y"
        if word == "a" and lang == lex.FRENCH and text[m.start()] in "aA" and not after_y:
            cls = _OTHER  # "a" is the verb avoir; the preposition is written "à"
        out.append(_Token(m.start(), m.end(), word, cls))
    return out


_SPACE = re.compile(r"[ \t]+|")
_COMMA = re.compile(r",[ \t]+")
_DOT = re.compile(r"\.[ \t]+")


def _joined(folded: str, a: _Token, b: _Token, lang: str) -> bool:
    gap = folded[a.end : b.start]
    if _SPACE.fullmatch(gap):
        return True
    if _DOT.fullmatch(gap) and a.word in vocab.ABBREVIATED_MONTHS[lang]:
        return True
    if _COMMA.fullmatch(gap) and lang == lex.ENGLISH:
        day_or_name = a.word.isdigit() or a.word in vocab.WEEKDAYS[lang]
        return day_or_name and (b.word[0].isdigit() or b.word in vocab.MONTHS[lang])
    return False


def _runs(tokens: list[_Token], folded: str, lang: str) -> Iterator[list[_Token]]:
    run: list[_Token] = []
    for token in tokens:
        if token.cls == _OTHER:
            if run:
                yield run
            run = []
            continue
        if run and not _joined(folded, run[-1], token, lang):
            yield run
            run = []
        run.append(token)
        if len(run) == _MAX_RUN:
            yield run
            run = []
    if run:
        yield run


_MAX_RUN = 12
_NO_END = {
    lex.FRENCH: frozenset({"le", "la", "les", "l'", "de", "d'", "du", "en", "au", "aux", "a"})
    | frozenset({"et", "entre", "il", "y", "dans", "ce", "cet", "cette", "jusqu'"}),
    lex.ENGLISH: frozenset({"the", "of", "in", "on", "at", "and", "from", "between", "to", "a"})
    | frozenset({"an", "this", "last", "next", "until", "till", "through", "within"}),
}
_NO_START = {
    lex.FRENCH: frozenset({"et", "y", "ci", "a", "jusqu'", "cours"}),
    lex.ENGLISH: frozenset({"and", "of", "ago", "now", "to", "until", "till", "through"}),
}


# Dates ---------------------------------------------------------------------------------------


def _dates(
    text: str,
    folded: str,
    ref: dt.date,
    lang: str,
    taken: list[tuple[int, int]],
    sents: list[Sentence],
) -> Iterator[tuple[int, int, Span]]:
    tokens = _tokens(text, folded, lang)
    cache: dict[str, Span | None] = {}

    def attempt(first: int, last: int) -> Span | None:
        words = text[tokens[first].start : tokens[last - 1].end]
        if words not in cache:
            cache[words] = None
            # A weekday written with a year-less date may only agree in one of the tenses.
            for tense in (Tense.PAST, Tense.FUTURE):
                try:
                    cache[words] = resolve(words, ref, lang=lang, tense=tense)
                    break
                except DateError:
                    continue
        return cache[words]

    index = {id(t): i for i, t in enumerate(tokens)}
    for run in _runs(tokens, folded, lang):
        lo = index[id(run[0])]
        for first, last, span in _best(lo, lo + len(run), tokens, lang, attempt):
            first, span = _strip(first, last, span, tokens, lang, attempt)
            start, end = tokens[first].start, tokens[last - 1].end
            if _overlaps(taken, start, end):
                continue
            if _looks_like_date(first, last, tokens, text, lang, sents):
                yield start, end, span


def _best(
    lo: int,
    hi: int,
    tokens: list[_Token],
    lang: str,
    attempt: Callable[[int, int], Span | None],
) -> Iterator[tuple[int, int, Span]]:
    """The longest stretches of `tokens[lo:hi]` that resolve, left to right, not overlapping."""
    if lo >= hi or not any(t.cls == _ANCHOR for t in tokens[lo:hi]):
        return
    for length in range(hi - lo, 0, -1):
        for first in range(lo, hi - length + 1):
            last = first + length
            if tokens[first].word in _NO_START[lang] or tokens[last - 1].word in _NO_END[lang]:
                continue
            if not any(t.cls == _ANCHOR for t in tokens[first:last]):
                continue
            span = attempt(first, last)
            if span is not None:
                yield from _best(lo, first, tokens, lang, attempt)
                yield first, last, span
                yield from _best(last, hi, tokens, lang, attempt)
                return


def _strip(
    first: int,
    last: int,
    span: Span,
    tokens: list[_Token],
    lang: str,
    attempt: Callable[[int, int], Span | None],
) -> tuple[int, Span]:
    """Leave out the leading prepositions when the rest resolves to the same days."""
    best = first, span
    cut = first
    while cut + 1 < last and tokens[cut].word in vocab.PREPOSITIONS[lang]:
        cut += 1
        rest = attempt(cut, last)
        if rest is not None and (rest.start, rest.end) == (span.start, span.end):
            best = cut, rest
    return best


_WEAK_YEAR_CONTEXT = frozenset({"de", "d'", "des", "a", "et", "and", "of", "to", "from"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "the", "en", "in", "au", "on", "of"})


def _looks_like_date(
    first: int,
    last: int,
    tokens: list[_Token],
    text: str,
    lang: str,
    sents: list[Sentence],
) -> bool:
    """False for a lone word that is only spelt like a date word here (see the module doc)."""
    core = [i for i in range(first, last) if tokens[i].word not in _ARTICLES]
    if len(core) != 1:
        return True
    index = core[0]
    word = tokens[index]
    before = tokens[index - 1].word if index > 0 else ""
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    original = text[word.start : word.end]
    if word.word in vocab.MONTHS[lang]:
        return _month_ok(word, original, before, after, text, lang, sents)
    if word.word in vocab.SEASONS[lang]:
        return before in vocab.SEASON_CONTEXT[lang]
    if word.word.isdigit() and len(word.word) == 4:
        year = int(word.word)
        follows = text[word.end : word.end + 2].lstrip(" ")
        counts = follows[:1].islower() or follows[:1] in "%€$"  # "2000 personnes"
        if before in vocab.YEAR_CONTEXT[lang] and (before not in _WEAK_YEAR_CONTEXT or not counts):
            return 1000 <= year <= 2999
        return 1900 <= year <= 2100 and not counts
    return True


def _month_ok(
    word: _Token,
    original: str,
    before: str,
    after: _Token | None,
    text: str,
    lang: str,
    sents: list[Sentence],
) -> bool:
    if word.word in vocab.ABBREVIATED_MONTHS[lang] and text[word.end : word.end + 1] != ".":
        return False
    capital = original[:1].isupper()
    if lang == lex.FRENCH:
        if not capital:
            return True
        initial = any(s.start == word.start for s in sents) or text[
            max(0, word.start - 2) : word.start
        ].strip() in ("«", '"', "(")
        named = after is not None and text[after.start : after.start + 1].isupper()
        return initial and not named
    if not capital:
        return False
    return word.word not in vocab.AMBIGUOUS_MONTHS or before in _MONTH_CONTEXT


_MONTH_CONTEXT = frozenset(
    {"in", "since", "until", "till", "by", "early", "mid", "late", "last", "next", "this", "of"}
    | {"from", "through", "to", "before", "after", "during", "around", "between", "and"}
)


# Sets, times of day and durations ------------------------------------------------------------


def _alt(words: set[str] | frozenset[str] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _set_patterns() -> dict[str, re.Pattern[str]]:
    out = {}
    for code, heads, extra in (
        (lex.FRENCH, r"chaque|tous les|toutes les", "matins?|soirs?|nuits?|week-ends?|ans"),
        (lex.ENGLISH, r"every|each", "mornings?|evenings?|nights?|weekends?|days?"),
    ):
        nouns = vocab.UNITS[code] | set(lex.PERIODS[code]) | vocab.WEEKDAYS[code]
        nouns |= vocab.MONTHS[code] | vocab.SEASONS[code] | {"trimestre", "semestre", "quarter"}
        plural = {w + "s" for w in nouns if not w.endswith(("s", "x"))} | nouns
        count = _alt([w for w in lex.NUMBERS[code] if " " not in w]) + r"|\d+|other"
        weekdays = _alt({w for w in vocab.WEEKDAYS[code] if len(w) > 3})
        out[code] = re.compile(
            rf"(?<!\w)(?P<x>(?:{heads})\s+(?:(?:{count})\s+)?(?:{_alt(plural)}|{extra})"
            rf"|(?:{weekdays})s)(?!\w)"
        )
    return out


def _time_patterns() -> dict[str, re.Pattern[str]]:
    clock = (
        r"\d{1,2}\s?h\s?\d{2}|\d{1,2}h|\d{1,2}:\d{2}(?:\s?(?:a\.m\.|p\.m\.|am|pm))?"
        r"|\d{1,2}\s?(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}\s+o'clock"
    )
    return {
        lex.FRENCH: re.compile(
            rf"(?<![\w:])(?P<x>{clock}|midi|minuit)(?!\w)"
            r"|(?<!\w)(?:a|vers|des|avant|apres|jusqu'a)\s+(?P<x2>\d{1,2}\s+heures?(?:\s+\d{2})?)"
        ),
        lex.ENGLISH: re.compile(rf"(?<![\w:])(?P<x>{clock}|noon|midnight)(?![\w])(?P<x2>)"),
    }


def _duration_patterns() -> dict[str, re.Pattern[str]]:
    out = {}
    for code, more, vague in (
        (
            lex.FRENCH,
            "heures?|minutes?|secondes?|siecles?|decennies?",
            "quelques|plusieurs",
        ),
        (lex.ENGLISH, "hours?|minutes?|seconds?|decades?|centuries|century", "several|a few"),
    ):
        count = _alt([w for w in lex.NUMBERS[code] if " " not in w]) + rf"|\d+|{vague}"
        out[code] = re.compile(
            rf"(?<![\w'])(?P<x>(?:{count})\s+(?:{_alt(vocab.UNITS[code])}|{more}))(?!\w)"
        )
    return out


def _times(folded: str, lang: str) -> Iterator[tuple[int, int]]:
    for m in _TIMES[lang].finditer(folded):
        yield m.span("x") if m.group("x") else m.span("x2")


_SETS = _set_patterns()
_TIMES = _time_patterns()
_DURATIONS = _duration_patterns()
