"""The tokens the tagger reads and their runs: a token is an anchor (it can carry a date), glue
(it can only stand inside one) or other; a run is a sequence of anchors and glue joined by
spaces (`_vocab` has the words). `Counts` rules out the stretches of a run the grammar cannot
read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from timeline.extract import _vocab as vocab
from timeline.extract._text import fold
from timeline.time import lexicon as lex

__all__ = ["ANCHOR", "NO_END", "NO_START", "Counts", "Token", "runs_of", "tokens_of"]


# Tokens --------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"
    r"|(?<![\w.,/-])\d{4}(?:[-/]\d{4}|/\d{2})(?![\w/-])"  # two years: "2018-2019", "2018/19"
    r"|\d{4}-(?:w\d{2}|q[1-4]|h[12]|\d{2}(?:-\d{2})?)(?![\w-])"
    r"|\d{1,2}([/.-])\d{1,2}\1\d{4}(?![\w/.-]\d)"
    r"|(?<![\w.,])\d+(?:er|ere|eme|e|st|nd|rd|th)?(?![\w,.]\d)(?!\w)"
    r"|(?<!\w)[tsqh][1-4](?!\w)"
    r"|aujourd'hui"
    r"|[^\W\d_]+(?:-[^\W\d_]+)*(?:'(?!s\b))?"
)
"""A word keeps its elided apostrophe ("l'", "d'") but not an English possessive: "last
June's round" holds the date "last June"."""
ANCHOR, _GLUE, _OTHER = 2, 1, 0


@attrs.frozen
class Token:
    start: int
    end: int
    word: str
    cls: int


def _classify(word: str, lang: str) -> int:
    anchors, glue = vocab.ANCHORS[lang], vocab.GLUE[lang]
    if word[0].isdigit():
        if word.isdigit() and len(word) == 4:
            return ANCHOR
        if "-" in word or "/" in word or (word.count(".") == 2):
            return ANCHOR
        return _GLUE if len(word.rstrip("abcdefghijklmnopqrstuvwxyz")) <= 2 else _OTHER
    if len(word) == 2 and word[1].isdigit():
        return ANCHOR
    if word in anchors:
        return ANCHOR
    if word in glue:
        return _GLUE
    if "-" in word:
        parts = word.split("-")
        if any(p in anchors for p in parts) and all(p in anchors or p in glue for p in parts):
            return ANCHOR
    return _OTHER


def tokens_of(text: str, folded: str, lang: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(folded):
        word = m.group()
        cls = _classify(word, lang)
        after_y = bool(out) and out[-1].word == "y"
        if word == "a" and lang == lex.FRENCH and text[m.start()] in "aA" and not after_y:
            cls = _OTHER  # "a" is the verb avoir; the preposition is written "à"
        out.append(Token(m.start(), m.end(), word, cls))
    return out


_SPACE = re.compile(r"[ \t]+|")
_COMMA = re.compile(r",[ \t]+")
_DOT = re.compile(r"\.[ \t]+")


_YEAR = re.compile(r"(?:19|20)\d\d")
"""A year after a month and a comma."""


def _joined(folded: str, a: Token, b: Token, lang: str) -> bool:
    gap = folded[a.end : b.start]
    if _SPACE.fullmatch(gap):
        return True
    if _DOT.fullmatch(gap) and a.word in vocab.ABBREVIATED_MONTHS[lang]:
        return True
    if _COMMA.fullmatch(gap) and lang == lex.ENGLISH:
        day_or_name = a.word.isdigit() or a.word in vocab.WEEKDAYS[lang]
        if a.word in vocab.MONTHS[lang] and _YEAR.fullmatch(b.word):
            return True  # "in June, 1995": the month of that year
        return day_or_name and (b.word[0].isdigit() or b.word in vocab.MONTHS[lang])
    return False


def runs_of(tokens: list[Token], folded: str, lang: str) -> Iterator[list[Token]]:
    run: list[Token] = []
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


class Counts:
    """Counts over the tokens of a run, to rule out stretches the grammar cannot read.

    What the grammar reads, point by point: each of its rules reads one month name at most,
    and one four-digit year, or two for a season ("l'hiver 2023-2024"); a range, which opens
    with its head word ("du 28 février au 1er mars", "between 2019 and 2021"), joins two
    points. A stretch with more months or years than that is never a date, and it is not tried.
    """

    def __init__(self, tokens: list[Token], lang: str) -> None:
        self._heads = [t.word in _RANGE_HEADS[lang] for t in tokens]
        self._anchors = _prefix_sums(t.cls == ANCHOR for t in tokens)
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


NO_END = {
    lex.FRENCH: frozenset({"le", "la", "les", "l'", "de", "d'", "du", "en", "au", "aux", "a"})
    | frozenset({"et", "entre", "il", "y", "dans", "ce", "cet", "cette", "jusqu'"}),
    lex.ENGLISH: frozenset({"the", "of", "in", "on", "at", "and", "from", "between", "to", "a"})
    | frozenset({"an", "this", "last", "next", "until", "till", "through", "within"}),
}
NO_START = {
    lex.FRENCH: frozenset({"et", "y", "ci", "a", "jusqu'", "cours"}),
    lex.ENGLISH: frozenset({"and", "of", "ago", "now", "to", "until", "till", "through"}),
}
