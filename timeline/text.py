"""Text folded for matching without moving offsets: what the extractors and `search` compare.

`fold` maps every character to exactly one character (lower case, no accents, plain apostrophes
and dashes, plain spaces), so an offset in the folded text is the same offset in the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from timeline.time.lexicon import TYPOGRAPHY

__all__ = ["fold"]

_PLAIN = {**TYPOGRAPHY, "\u00a0": " ", "\u202f": " ", "\u2009": " "}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in _PLAIN:
        return _PLAIN[c]
    low = c.lower()
    if len(low) != 1:
        return c
    if low.isascii():
        return low
    base = "".join(x for x in unicodedata.normalize("NFKD", low) if not unicodedata.combining(x))
    return base if len(base) == 1 else low


_TABLE: dict[int, str] = {}
"""Each character `fold` has met, and what it becomes (a `str.translate` table)."""


def fold(text: str) -> str:
    """`text` in lower case, without accents, with plain apostrophes; same length as `text`."""
    if text.isascii():
        return text.lower()
    for c in set(text):
        if ord(c) not in _TABLE:
            _TABLE[ord(c)] = _fold_char(c)
    return text.translate(_TABLE)
