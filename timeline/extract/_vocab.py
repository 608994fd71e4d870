"""The words the tagger looks for, taken from the normalizer's lexicon (`timeline.time.lexicon`).

A word is an *anchor* when it can carry a date (a month, a weekday, a year, "hier", "été", a
unit of "il y a trois jours"...) and *glue* when it can only stand inside one ("le", "fin",
"dernier", "deux", "entre", "of"...). Candidate expressions are runs of such words around at
least one anchor; `resolve` decides which of them are dates.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.time import lexicon as lex
from timeline.time.grammar import normal_form

__all__ = [
    "ABBREVIATED_MONTHS",
    "AMBIGUOUS_MONTHS",
    "ANCHORS",
    "GLUE",
    "MONTHS",
    "PREPOSITIONS",
    "SEASONS",
    "SEASON_CONTEXT",
    "UNITS",
    "WEEKDAYS",
    "YEAR_CONTEXT",
]

LANGS = (lex.FRENCH, lex.ENGLISH)


def _words(items: Iterable[str]) -> set[str]:
    """Every single word of `items`, folded ("au cours de" gives "au", "cours", "de")."""
    out: set[str] = set()
    for item in items:
        for word in normal_form(item).replace("'", "' ").split():
            out.add(word)
    return out


def _names(table: Iterable[tuple[str, ...]]) -> set[str]:
    return {normal_form(name) for names in table for name in names}


_INFO = {lex.FRENCH: lex.FrenchInfo, lex.ENGLISH: lex.EnglishInfo}

MONTHS: dict[str, set[str]] = {c: _names(_INFO[c].MONTHS) for c in LANGS}
WEEKDAYS: dict[str, set[str]] = {c: _names(_INFO[c].WEEKDAYS) for c in LANGS}
SEASONS: dict[str, set[str]] = {c: set(lex.SEASONS[c]) for c in LANGS}
UNITS: dict[str, set[str]] = {c: set(lex.UNITS[c]) for c in LANGS}

# Month names that are abbreviations: alone ("sept", "mar") they are other words.
ABBREVIATED_MONTHS: dict[str, set[str]] = {
    c: {
        normal_form(short)
        for names in _INFO[c].MONTHS
        for short in names
        if any(
            len(long) > len(short) and normal_form(long).startswith(normal_form(short))
            for long in names
        )
    }
    for c in LANGS
}

# English month names that are also common words or names ("May", "March"): alone they need a
# word of time before them ("in May", "since March").
AMBIGUOUS_MONTHS = {"may", "march"}

_TIME_NOUNS = {
    lex.FRENCH: {"trimestre", "semestre", "annee", "an", "mois", "semaine", "ci", "cours"},
    lex.ENGLISH: {"quarter", "half", "year", "month", "week"},
}
_EXTRA_GLUE = {
    lex.FRENCH: {"il", "y", "a", "dans", "de", "d'", "l'", "du", "et", "er", "premier", "annee"},
    lex.ENGLISH: {"ago", "from", "now", "in", "within", "of", "the", "and", "day", "a", "an"},
}


def _anchors(code: str) -> set[str]:
    return (
        (
            MONTHS[code]
            | WEEKDAYS[code]
            | SEASONS[code]
            | {w for k in lex.DAY_OFFSETS[code] for w in normal_form(k).split()}
            | UNITS[code]
            | set(lex.PERIODS[code])
            | _TIME_NOUNS[code]
        )
        - {"a", "day", "avant", "apres", "before", "after"}
        - ({"an"} if code == lex.ENGLISH else set())
    )


def _glue(code: str) -> set[str]:
    ranges = [w for heads, seps in lex.RANGES[code] for w in (*heads, *seps)]
    return (
        _words(lex.FILLERS[code])
        | _words(ranges)
        | _words(lex.DIRECTIONS[code])
        | _words(lex.CURRENT[code])
        | _words(lex.SIDES[code])
        | _words(lex.PARTS[code])
        | _words(w for w in lex.NUMBERS[code] if " " not in w)
        | _words(lex.ORDINALS[code])
        | _words(lex.DAY_OFFSETS[code])
        | _EXTRA_GLUE[code]
    )


ANCHORS: dict[str, frozenset[str]] = {c: frozenset(_anchors(c)) for c in LANGS}
GLUE: dict[str, frozenset[str]] = {c: frozenset(_glue(c) - _anchors(c)) for c in LANGS}

# Leading words an expression does not need: prepositions, not articles ("le 26 février" keeps
# its article, "en février" loses its preposition).
PREPOSITIONS: dict[str, frozenset[str]] = {
    lex.FRENCH: frozenset(
        {"en", "au", "aux", "a", "courant", "pendant", "durant", "cours", "de", "du", "d'"}
        | {"dans"}
    ),
    lex.ENGLISH: frozenset({"in", "on", "at", "during", "of", "by", "since", "until"}),
}

# Words before a bare season that make it one ("l'été", "cet hiver", "au printemps").
SEASON_CONTEXT: dict[str, frozenset[str]] = {
    lex.FRENCH: frozenset({"l'", "le", "cet", "cette", "ce", "en", "au", "pendant", "durant"}),
    lex.ENGLISH: frozenset({"the", "this", "in", "during", "last", "next", "by", "until", "since"}),
}

# Words before a bare four-digit number that make it a year ("en 2021", "since 2015").
YEAR_CONTEXT: dict[str, frozenset[str]] = {
    lex.FRENCH: frozenset(
        {"en", "depuis", "de", "d'", "des", "avant", "apres", "jusqu'en", "annee", "l'", "a"}
        | {"entre", "et", "vers", "fin", "debut", "mi", "ici", "budget", "saison", "exercice"}
    ),
    lex.ENGLISH: frozenset(
        {"in", "since", "by", "until", "before", "after", "of", "from", "to", "year", "between"}
        | {"and", "early", "mid", "late", "around", "through", "budget", "season", "fiscal"}
    ),
}
