"""The fold of one column of a page's answers (one *known at* position, every *as of*
position) split into independent groups of entries, each folded again only where one of its
entries comes in or becomes definite (`Split`; `_answers`'s docstring says why this gives the
engine's answer), and each distinct fact and answer held once (`Held`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import orjson

from timeline.answers import fact_json
from timeline.projections import Axes, Catalogue, Entry, Fact, fold_state
from timeline.projections.state import TOTAL_RAISED
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import FundingRaised

_EVERYTHING = Span.unknown()


class Held:
    """Each distinct fact (as `state --json` writes it) and each distinct answer, held once."""

    def __init__(self) -> None:
        self.facts: dict[bytes, int] = {}
        self.answers: dict[tuple[int, ...], int] = {}
        self._ids: dict[Fact, int] = {}

    def fact(self, fact: Fact) -> int:
        """The index of `fact` among the distinct facts."""
        found = self._ids.get(fact)
        if found is None:
            found = self.facts.setdefault(_key(fact_json(fact)), len(self.facts))
            self._ids[fact] = found
        return found

    def answer(self, ids: tuple[int, ...]) -> int:
        """The index of the answer made of the facts `ids` among the distinct answers."""
        return self.answers.setdefault(ids, len(self.answers))


def entries_as_of(entries: Iterable[Entry], axes: Axes) -> list[Entry]:
    """The entries (admitted as of everything) that `axes` admit, with their certainty."""
    out = []
    for entry in entries:
        certainty = axes.certainty(entry.when)
        if certainty is not None:
            out.append(
                entry if certainty is entry.certainty else attrs.evolve(entry, certainty=certainty)
            )
    return out


class Split:
    """The fold of a column's entries split into independent groups (see `_answers`'s
    docstring), each folded again only when its entries change, in the order of `whole`.
    """

    def __init__(
        self,
        entries: Sequence[Entry],
        catalogue: Catalogue,
        entity: Entity,
        whole: Sequence[Fact],
        held: Held,
    ) -> None:
        self._entries, self._held = entries, held
        self._catalogue, self._entity = catalogue, entity
        groups, self._coarse = _groups(entries, catalogue, entity)
        self._groups = groups
        self._attribute = {a: i for i, a in enumerate(dict.fromkeys(f.attribute for f in whole))}
        self._value = {(f.attribute, f.value): i for i, f in enumerate(whole)}
        # A group's certainties change when the as-of limit passes the day after an entry's
        # first day (it comes in) or its end (it becomes definite): `Axes.certainty`.
        self._thresholds = sorted(
            (t, g)
            for g, members in enumerate(groups)
            for i in members
            for t in (entries[i].when.start_key + 1, entries[i].when.end_key)
        )
        self._next = 0
        self._limit: int | None = None
        self._keys: list[list[int]] = [[] for _ in groups]
        self._current: dict[int, int] = {}
        self._last: tuple[int, ...] | None = None
        self.doubtful = False
        """True when a fact came out of no place in `whole`'s order (the split's premise
        failed: the column must be folded whole)."""

    def answer(self, axes: Axes) -> tuple[int, ...]:
        """The facts (their `Held` indices) `fold_state` gives along `axes`, asked in as-of
        order.
        """
        limit = (axes.as_of or _EVERYTHING).end_key
        if self._limit is not None and limit < self._limit:
            raise ValueError("as-of positions must come in order")
        self._limit = limit
        changed = set()
        while self._next < len(self._thresholds) and self._thresholds[self._next][0] <= limit:
            changed.add(self._thresholds[self._next][1])
            self._next += 1
        if self._last is not None and not changed:
            return self._last
        current = self._current
        for g in changed:
            for key in self._keys[g]:
                del current[key]
            self._keys[g] = []
            for key, fact in self._fold(g, axes):
                self.doubtful |= key in current
                current[key] = fact
                self._keys[g].append(key)
        self._last = tuple(map(current.__getitem__, sorted(current)))
        return self._last

    def _fold(self, group: int, axes: Axes) -> list[tuple[int, int]]:
        """The facts of one group along `axes`, each with its place in the answer."""
        present = entries_as_of((self._entries[i] for i in self._groups[group]), axes)
        if not present:
            return []
        out = []
        for j, fact in enumerate(fold_state(present, self._catalogue, self._entity, axes).facts):
            attribute = self._attribute.get(fact.attribute)
            place = (
                j
                if fact.attribute in self._coarse
                else self._value.get((fact.attribute, fact.value))
            )
            if attribute is None or place is None:
                self.doubtful = True
                attribute, place = len(self._attribute), j
            out.append((attribute << 32 | place, self._held.fact(fact)))
        return out


def _groups(
    entries: Sequence[Entry], catalogue: Catalogue, entity: Entity
) -> tuple[list[list[int]], set[str]]:
    """The independent groups of `entries` (indices, in replay order) and the attributes held
    whole by one group (single-valued, or about what the entity owns or its funding).

    Entries that change none of the entity's facts, own nothing of it and are not its funding
    are in no group: `fold_state` gives nothing from them.
    """
    name = catalogue.name
    me = entity.id
    changes = [e.changes(name) for e in entries]
    owned = {thing for e in entries for owner, thing in e.event.owns() if owner == me}
    whole = {"funding rounds", TOTAL_RAISED}
    special = [
        any(owner == me for owner, _ in e.event.owns())
        or (isinstance(e.event, FundingRaised) and e.event.organization == me)
        or any(c.entity in owned or (c.entity == me and c.attribute in whole) for c in cs)
        for e, cs in zip(entries, changes, strict=True)
    ]
    coarse = set(whole)
    for cs, odd in zip(changes, special, strict=True):
        for c in cs:
            if c.entity == me and (c.single or odd):
                coarse.add(c.attribute)
            elif c.entity in owned:
                coarse.add(f"{name(c.entity)} {c.attribute}")
    parent: dict[int, int] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[tuple[str, ...], int] = {}
    for i, (cs, odd) in enumerate(zip(changes, special, strict=True)):
        keys: list[tuple[str, ...]] = [("special",)] if odd else []
        for c in cs:
            if c.entity == me:
                keys.append(("attribute", c.attribute))
                if c.attribute not in coarse:
                    keys[-1] = ("value", c.attribute, c.value)
            elif c.entity in owned:
                keys.append(("attribute", f"{name(c.entity)} {c.attribute}"))
        if not keys:
            continue
        parent[i] = i
        for key in keys:
            j = first.setdefault(key, i)
            parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in parent:
        groups.setdefault(root(i), []).append(i)
    return [sorted(g) for g in groups.values()], coarse


def _key(fact: dict[str, Any]) -> bytes:
    """`fact` as canonical JSON, to hold each distinct fact once (orjson: a page of 2,000
    facts asks for millions of these; json, for an integer beyond orjson's 64 bits).
    """
    try:
        return orjson.dumps(fact, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(fact, sort_keys=True).encode("utf-8")
