"""Text as the grammar reads it (`normal_form`), and the regex alternations of words its
patterns are built from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from timeline.time import lexicon as lex

_PLAIN = str.maketrans({**lex.TYPOGRAPHY, ",": " "})
_SPACES = re.compile(r"\s+")
_APOSTROPHE = re.compile(r"\s*'\s*")


_PART_ADJECTIVE = re.compile(r"\b(first|second|third|fourth)-(quarter|half)\b")
"""A quarter or a half written as an adjective ("third-quarter revenue", "first-half
results"): the same period as "third quarter"."""

_BARE: dict[int, str] = {}
"""Each non-ASCII character `normal_form` has met, without its accents (NFKD, combining marks
out)."""


def _bare(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))


def normal_form(text: str) -> str:
    """`text` as the grammar reads it: lower case, no accents or commas, single spaces."""
    folded = text.translate(_PLAIN)
    if not folded.isascii():
        for c in set(folded):
            if ord(c) not in _BARE and not c.isascii():
                _BARE[ord(c)] = _bare(c)
        folded = folded.translate(_BARE)
    folded = _SPACES.sub(" ", folded.lower()).strip(" .;:!?")
    folded = _PART_ADJECTIVE.sub(r"\1 \2", folded)  # "third-quarter": "third quarter"
    return _APOSTROPHE.sub("'", folded)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def alt(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that a longer name wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def names(table: Iterable[tuple[str, ...]]) -> list[str]:
    """Every name of a `parserinfo` table (its months, its weekdays), as the grammar reads it."""
    return [_plain(name) for row in table for name in row]


def leading(words: Iterable[str]) -> str:
    """An alternation of words that open an expression, each followed by a space or elided."""
    words = list(words)
    spaced = alt(w for w in words if not w.endswith("'"))
    elided = alt(w for w in words if w.endswith("'"))
    return rf"(?:(?:{spaced})\s+|{elided})" if elided else rf"(?:(?:{spaced})\s+)"
