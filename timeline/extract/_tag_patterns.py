"""The patterns of the expressions the tagger types without a span: sets ("chaque
année", "every week"), times of day ("à 17h30", "noon") and durations ("trois ans").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract import _vocab as vocab
from timeline.time import lexicon as lex

__all__ = ["DURATIONS", "SETS", "clock_times"]


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


def clock_times(folded: str, lang: str) -> Iterator[tuple[int, int]]:
    for m in _TIMES[lang].finditer(folded):
        yield next(m.span(g) for g in ("x", "x3", "x2") if m.group(g))


SETS = _set_patterns()
_TIMES = _time_patterns()
DURATIONS = _duration_patterns()
