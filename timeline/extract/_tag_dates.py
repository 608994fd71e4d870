"""The dates of a text: in each run of tokens, the longest stretches (of at most
`MAX_STRETCH` tokens) that `resolve` accepts, without a leading preposition that changes
nothing, less the words that are only spelt like dates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator

from timeline.errors import DateError
from timeline.extract import _vocab as vocab
from timeline.extract._tag_tokens import ANCHOR, NO_END, NO_START, Counts, Token, runs_of, tokens_of
from timeline.extract._text import Sentence
from timeline.time import lexicon as lex
from timeline.time.grammar import GRAMMARS, Node
from timeline.time.grammar import normal_form as grammar_fold
from timeline.time.machine import parse_machine
from timeline.time.normalize import Tense, resolve, resolve_parsed
from timeline.time.span import Span

__all__ = ["MAX_STRETCH", "Resolver", "find_dates", "free", "hold"]


def free(taken: bytearray, start: int, end: int) -> bool:
    """True when no expression tagged so far overlaps `[start, end)`."""
    return taken.find(1, start, end) == -1


def hold(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


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


# Dates ---------------------------------------------------------------------------------------


class Resolver:
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


def find_dates(
    text: str,
    folded: str,
    lang: str,
    taken: bytearray,
    sents: list[Sentence],
    resolver: Resolver,
) -> Iterator[tuple[int, int, Span]]:
    tokens = tokens_of(text, folded, lang)

    def attempt(first: int, last: int) -> Span | None:
        return resolver.either(text[tokens[first].start : tokens[last - 1].end])

    starts = {s.start for s in sents}
    lo = 0
    for run in runs_of(tokens, folded, lang):
        while tokens[lo] is not run[0]:
            lo += 1
        for first, last, span in _best(lo, lo + len(run), tokens, lang, attempt):
            first, span = _strip(first, last, span, tokens, lang, attempt)
            if tokens[first].word == "plus" and first > 0 and tokens[first - 1].word == "au":
                # "au plus tard cette année": a deadline within the year, not its rest
                first += 2
                again = attempt(first, last) if first < last else None
                if again is None:
                    continue
                span = again
            start, end = tokens[first].start, tokens[last - 1].end
            if not free(taken, start, end):
                continue
            if _looks_like_date(first, last, tokens, text, lang, starts):
                yield start, end, span


def _best(
    lo: int,
    hi: int,
    tokens: list[Token],
    lang: str,
    attempt: Callable[[int, int], Span | None],
) -> list[tuple[int, int, Span]]:
    """The longest stretches of `tokens[lo:hi]` that resolve, in order, not overlapping.

    The longest stretch wins, the leftmost of equally long ones; then the same on each side of
    it. That is one pass per length, from `MAX_STRETCH` down, over the tokens no stretch
    chosen so far holds: at most `MAX_STRETCH` tries per token. A stretch that cannot be a date
    (it starts or ends on a word no expression starts or ends on, or `Counts` rules it out)
    is not tried.
    """
    if not any(t.cls == ANCHOR for t in tokens[lo:hi]):
        return []
    size = hi - lo
    counts = Counts(tokens[lo:hi], lang)
    no_start = [t.word in NO_START[lang] for t in tokens[lo:hi]]
    no_end = [t.word in NO_END[lang] for t in tokens[lo:hi]]
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
    tokens: list[Token],
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


_PERIOD_FIGURE = re.compile(
    r"\s+(?:revenues?|sales|earnings|results|profits?|loss(?:es)?|net income|turnover"
    r"|guidance|budget|outlook|forecasts?|ebitda|dividends?|chiffre d'affaires)\b",
    re.IGNORECASE,
)
"""A figure of a period after a year ("2019 revenue", "2023 earnings"): the year is a date,
where "2000 employees" counts."""
_WEAK_YEAR_CONTEXT = frozenset({"de", "d'", "des", "a", "et", "and", "of", "to", "from"})
_ARTICLES = frozenset({"le", "la", "les", "l'", "the", "en", "in", "au", "on", "of"})


def _looks_like_date(
    first: int,
    last: int,
    tokens: list[Token],
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
        if counts and _PERIOD_FIGURE.match(text, word.end):
            return 1900 <= year <= 2100  # "generated 2019 revenue of $1.5 billion"
        if before in vocab.YEAR_CONTEXT[lang] and (before not in _WEAK_YEAR_CONTEXT or not counts):
            return 1000 <= year <= 2999
        return 1900 <= year <= 2100 and not counts
    return True


def _month_ok(
    word: Token,
    original: str,
    before: str,
    after: Token | None,
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
