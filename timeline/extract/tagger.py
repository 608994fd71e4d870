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
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from timeline.errors import DateError
from timeline.extract import _vocab as vocab
from timeline.extract._text import Sentence, fold, sentences
from timeline.extract.tense import ClauseReader
from timeline.time import lexicon as lex
from timeline.time.grammar import GRAMMARS, Node
from timeline.time.grammar import normal_form as grammar_fold
from timeline.time.machine import parse_machine
from timeline.time.normalize import Tense, resolve, resolve_parsed
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
        (TagKind.SET, [m.span("x") for m in _SETS[lang].finditer(folded)]),
        (TagKind.TIME, list(_times(folded, lang))),
    ):
        for start, end in found:
            if _free(taken, start, end):
                _hold(taken, start, end)
                tags.append(Tag(start, end, text[start:end], kind))
    sents = sentences(text)
    resolver = _Resolver(ref, lang)
    for start, end, span in _dates(text, folded, lang, taken, sents, resolver):
        tense = finder(text, start, end, lang)
        in_tense = resolver(text[start:end], tense)
        if in_tense is None:
            # The words hold only in the other tense ("le mercredi 8 janvier" said in
            # December): the tag carries that tense, so that its words resolve as tagged.
            tense = Tense.FUTURE if tense is Tense.PAST else Tense.PAST
        else:
            span = in_tense
        _hold(taken, start, end)
        tags.append(Tag(start, end, text[start:end], TagKind.DATE, span, tense))
    for m in _DURATIONS[lang].finditer(folded):
        start, end = m.span("x")
        if _free(taken, start, end):
            _hold(taken, start, end)
            tags.append(Tag(start, end, text[start:end], TagKind.DURATION))
    return sorted(tags, key=lambda t: (t.start, t.end))


def _rules_tense(text: str, folded: str) -> TenseFinder:
    reader = ClauseReader(text, folded=folded)

    def finder(_text: str, start: int, end: int, lang: str) -> Tense:
        return reader.tense(start, end, lang)

    return finder


def _free(taken: bytearray, start: int, end: int) -> bool:
    """True when no expression tagged so far overlaps `[start, end)`."""
    return taken.find(1, start, end) == -1


def _hold(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


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
    if run:
        yield run


MAX_STRETCH = 16
"""The most tokens a stretch of a run may have to be tried as one date expression.

Runs are unbounded ("mardi 12 mars 2024 fin février avril 2023 ..." is one run however long),
but expressions are short: the longest in the gold lists (`benchmarks/expressions.tsv`,
`benchmarks/expressions_heldout.tsv`) and the labelled set (`tests/data/tagger/labelled.jsonl`)
has 7 tokens ("du 28 février au 1er mars 2024", "from March 1 to March 3, 2024"); a range of
two full dates has 12 to 14 ("entre le lundi 1er janvier 2024 et le mardi 2 janvier 2024",
"entre la fin de l'année 2023 et le début de l'année 2024"). Sixteen is twice the longest gold
expression and covers those ranges; what the grammar reads beyond it are piles of fillers ("en
en en mars") that no text writes, of which the longest readable part is tagged. Trying every
stretch of an unbounded run was quadratic; with the bound it is linear.
"""


def _lone_months(code: str) -> frozenset[str]:
    """The month names that are no other word of the grammar ("sept" is also seven)."""
    tables: list[Iterable[str]] = [
        lex.NUMBERS[code],
        lex.ORDINALS[code],
        lex.UNITS[code],
        lex.PERIODS[code],
        lex.SEASONS[code],
        lex.DAY_OFFSETS[code],
        lex.PARTS[code],
        lex.DIRECTIONS[code],
        lex.CURRENT[code],
        lex.FILLERS[code],
        vocab.WEEKDAYS[code],
        [w for heads, seps in lex.RANGES[code] for w in (*heads, *seps)],
    ]
    other = {word for table in tables for item in table for word in fold(item).split()}
    return frozenset(vocab.MONTHS[code] - other)


_LONE_MONTHS = {code: _lone_months(code) for code in vocab.LANGS}
_RANGE_HEADS = {
    code: frozenset(fold(w) for heads, _seps in lex.RANGES[code] for w in heads)
    for code in vocab.LANGS
}


class _Counts:
    """Counts over the tokens of a run, to rule out stretches the grammar cannot read.

    What the grammar reads, point by point: each of its rules reads one month name at most,
    and one four-digit year, or two for a season ("l'hiver 2023-2024"); a range, which opens
    with its head word ("du 28 février au 1er mars", "between 2019 and 2021"), joins two
    points. A stretch with more months or years than that is never a date, and it is not tried.
    """

    def __init__(self, tokens: list[_Token], lang: str) -> None:
        self._heads = [t.word in _RANGE_HEADS[lang] for t in tokens]
        self._anchors = _prefix_sums(t.cls == _ANCHOR for t in tokens)
        self._months = _prefix_sums(t.word in _LONE_MONTHS[lang] for t in tokens)
        self._years = _prefix_sums(len(t.word) == 4 and t.word.isdigit() for t in tokens)
        self._seasons = _prefix_sums(t.word in vocab.SEASONS[lang] for t in tokens)

    def could_be_date(self, first: int, last: int) -> bool:
        """False when `[first, last)` cannot be a date: no anchor, too many months or years."""
        if self._anchors[last] == self._anchors[first]:
            return False
        points = 2 if self._heads[first] else 1
        seasons = self._seasons[last] > self._seasons[first]
        months = self._months[last] - self._months[first]
        years = self._years[last] - self._years[first]
        return months <= points and years <= points * (2 if seasons else 1)


def _prefix_sums(flags: Iterable[bool]) -> list[int]:
    out = [0]
    for flag in flags:
        out.append(out[-1] + flag)
    return out


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


class _Resolver:
    """`resolve` against one reference date in one language, each (words, tense) read once."""

    def __init__(self, ref: dt.date, lang: str) -> None:
        self._ref = ref
        self._lang = lang
        self._grammar = GRAMMARS[lang]
        self._past: dict[str, Span | None] = {}
        self._future: dict[str, Span | None] = {}
        self._readable: dict[str, bool] = {}
        self._nodes: dict[str, Node] = {}
        """The grammar's parse of the words `_reads` parsed (machine forms have none)."""

    def __call__(self, words: str, tense: Tense) -> Span | None:
        """The span of `words` in `tense`, None when `resolve` refuses them."""
        spans = self._past if tense is Tense.PAST else self._future
        if words not in spans:
            span = None
            if self._reads(words):
                with contextlib.suppress(DateError):
                    node = self._nodes.get(words)
                    if node is None:
                        span = resolve(words, self._ref, lang=self._lang, tense=tense)
                    else:
                        span = resolve_parsed(node, words, self._ref, self._lang, tense)
            spans[words] = span
        return spans[words]

    def either(self, words: str) -> Span | None:
        """The span of `words` in the past tense, else in the future, else None.

        A weekday written with a year-less date may only agree in one of the tenses.
        """
        if not self._reads(words):
            return None
        span = self(words, Tense.PAST)
        return span if span is not None else self(words, Tense.FUTURE)

    def _reads(self, words: str) -> bool:
        """False for words `resolve` refuses in any tense: no machine form, no parse."""
        readable = self._readable.get(words)
        if readable is None:
            try:
                machine = parse_machine(words) is not None
            except DateError:
                readable = False
            else:
                node = None if machine else self._grammar.parse(grammar_fold(words))
                if node is not None:
                    self._nodes[words] = node
                readable = machine or node is not None
            self._readable[words] = readable
        return readable


def _dates(
    text: str,
    folded: str,
    lang: str,
    taken: bytearray,
    sents: list[Sentence],
    resolver: _Resolver,
) -> Iterator[tuple[int, int, Span]]:
    tokens = _tokens(text, folded, lang)

    def attempt(first: int, last: int) -> Span | None:
        return resolver.either(text[tokens[first].start : tokens[last - 1].end])

    starts = {s.start for s in sents}
    lo = 0
    for run in _runs(tokens, folded, lang):
        while tokens[lo] is not run[0]:
            lo += 1
        for first, last, span in _best(lo, lo + len(run), tokens, lang, attempt):
            first, span = _strip(first, last, span, tokens, lang, attempt)
            start, end = tokens[first].start, tokens[last - 1].end
            if not _free(taken, start, end):
                continue
            if _looks_like_date(first, last, tokens, text, lang, starts):
                yield start, end, span


def _best(
    lo: int,
    hi: int,
    tokens: list[_Token],
    lang: str,
    attempt: Callable[[int, int], Span | None],
) -> list[tuple[int, int, Span]]:
    """The longest stretches of `tokens[lo:hi]` that resolve, in order, not overlapping.

    The longest stretch wins, the leftmost of equally long ones; then the same on each side of
    it. That is one pass per length, from `MAX_STRETCH` down, over the tokens no stretch
    chosen so far holds: at most `MAX_STRETCH` tries per token. A stretch that cannot be a date
    (it starts or ends on a word no expression starts or ends on, or `_Counts` rules it out)
    is not tried.
    """
    if not any(t.cls == _ANCHOR for t in tokens[lo:hi]):
        return []
    size = hi - lo
    counts = _Counts(tokens[lo:hi], lang)
    no_start = [t.word in _NO_START[lang] for t in tokens[lo:hi]]
    no_end = [t.word in _NO_END[lang] for t in tokens[lo:hi]]
    held = bytearray(size)  # 1 under a chosen stretch
    chosen: list[tuple[int, int, Span]] = []
    for length in range(min(size, MAX_STRETCH), 0, -1):
        first = 0
        while first + length <= size:
            last = first + length
            blocked = held.find(1, first, last)
            if blocked != -1:
                first = held.find(0, blocked)
                if first == -1:
                    break
                continue
            if no_start[first] or no_end[last - 1] or not counts.could_be_date(first, last):
                first += 1
                continue
            span = attempt(lo + first, lo + last)
            if span is None:
                first += 1
                continue
            chosen.append((lo + first, lo + last, span))
            held[first:last] = b"\x01" * length
            first = last
    return sorted(chosen, key=lambda c: c[0])


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
    starts: set[int],
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
        return _month_ok(word, original, before, after, text, lang, starts)
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
    starts: set[int],
) -> bool:
    if word.word in vocab.ABBREVIATED_MONTHS[lang] and text[word.end : word.end + 1] != ".":
        return False
    capital = original[:1].isupper()
    if lang == lex.FRENCH:
        if not capital:
            return True
        initial = word.start in starts or text[max(0, word.start - 2) : word.start].strip() in (
            "«",
            '"',
            "(",
        )
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
            rf"(?<![\w:])(?P<x>{clock}|\d{{1,2}}\s?h(?!\w))(?!\w)|(?<![\w:-])(?P<x3>midi|minuit)(?!\w)"
            r"|(?<!\w)(?:a|vers|des|avant|apres|jusqu'a)\s+(?P<x2>\d{1,2}\s+heures?(?:\s+\d{2})?)"
        ),
        lex.ENGLISH: re.compile(rf"(?<![\w:])(?P<x>{clock}|noon|midnight)(?![\w])(?P<x2>)(?P<x3>)"),
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
        count = _alt([w for w in lex.NUMBERS[code] if " " not in w]) + rf"|\d+(?:[.,]\d+)?|{vague}"
        out[code] = re.compile(
            rf"(?<![\w'])(?P<x>(?:{count})\s+(?:{_alt(vocab.UNITS[code])}|{more}))(?!\w)"
        )
    return out


def _times(folded: str, lang: str) -> Iterator[tuple[int, int]]:
    for m in _TIMES[lang].finditer(folded):
        yield next(m.span(g) for g in ("x", "x3", "x2") if m.group(g))


_SETS = _set_patterns()
_TIMES = _time_patterns()
_DURATIONS = _duration_patterns()
