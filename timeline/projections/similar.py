"""Likely duplicates among the entities of a log: the same organisation or person registered
under two ids by two articles ("Acme" and "Acme AI", "Globex" and "Globex Systems Inc.",
"M. Dupont" and "Jean Dupont").

Two entities of the same kind are likely the same when one of their names (name or alias)
equals one of the other's once both are *normalised* (case, accents, punctuation, leading
articles and titles, and trailing company forms such as "Inc", "SA", "Group" or "AI" aside), or,
for people, when both have the same surname and one is that surname alone or their first names
share an initial. The listing is a hint for a reviewer: nothing is merged by it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import attrs

from timeline.vocabulary.entities import Entity

__all__ = ["Similar", "normalised", "similar"]

_ARTICLES = frozenset({"the", "le", "la", "les", "l"})
_TITLES = frozenset(
    {"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "prof", "sir", "monsieur", "madame"}
)
_FORMS = frozenset(
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
        "plc", "sa", "sas", "sarl", "se", "ag", "gmbh", "nv", "bv", "spa", "ab", "group",
        "groupe", "holding", "holdings", "ai", "technologies", "systems", "labs",
    }
)  # fmt: skip


@attrs.frozen
class Similar:
    """Two entities that are likely the same, and why."""

    first: Entity
    second: Entity
    reason: str


def _words(text: str) -> list[str]:
    bare = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in bare if not unicodedata.combining(c)).casefold()
    return re.sub(r"[\W_]+", " ", bare).split()


def normalised(name: str) -> str:
    """A name as compared across articles: "L'Étoile SA" and "l'etoile", "M. Jean Dupont" and
    "jean dupont", "Globex Systems Inc." and "globex" are equal.
    """
    words = _words(name)
    while len(words) > 1 and words[0] in _ARTICLES | _TITLES:
        words.pop(0)
    while len(words) > 1 and words[-1] in _FORMS:
        words.pop()
    return " ".join(words)


def _names(entity: Entity) -> set[str]:
    return {normalised(n) for n in (entity.name, *entity.aliases) if normalised(n)}


def similar(entities: Iterable[Entity]) -> list[Similar]:
    """The pairs of entities (of one kind) that are likely the same, each pair once, in the
    order of the entities' ids.
    """
    ordered = sorted(entities, key=lambda e: e.id)
    by_name: dict[tuple[str, str], list[Entity]] = {}
    for e in ordered:
        for n in _names(e):
            by_name.setdefault((e.kind, n), []).append(e)
    found: dict[tuple[str, str], Similar] = {}

    def add(a: Entity, b: Entity, reason: str) -> None:
        if a.id == b.id:
            return
        first, second = (a, b) if a.id < b.id else (b, a)
        found.setdefault((first.id, second.id), Similar(first, second, reason))

    for (_, name), named in by_name.items():
        for a in named:
            for b in named:
                add(a, b, f"same name once normalised: {name!r}")
    people: dict[str, list[tuple[Entity, list[str]]]] = {}
    for e in ordered:
        if e.kind != "person":
            continue
        for n in _names(e):
            words = n.split()
            people.setdefault(words[-1], []).append((e, words))
    for surnamed in people.values():
        for a, wa in surnamed:
            for b, wb in surnamed:
                if a.id == b.id:
                    continue
                if len(wa) == 1 or len(wb) == 1 or wa[0][0] == wb[0][0]:
                    add(a, b, f"same surname: {wa[-1]!r}")
    return [found[k] for k in sorted(found)]
