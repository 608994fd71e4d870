"""The state of an entity: a pure fold of the admitted events, in replay order, into facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from timeline.projections.admitted import Entry
from timeline.projections.axes import Axes, Certainty
from timeline.projections.catalogue import Catalogue
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity

__all__ = ["Evidence", "Fact", "State", "fold_state"]


@attrs.frozen(kw_only=True)
class Evidence:
    """One source behind a fact: the event, the document, the exact quote, when it was published."""

    event: str
    seq: int
    document: str
    quote: str
    published: dt.date
    when: Span


@attrs.frozen(kw_only=True)
class Fact:
    """An attribute of an entity with a value, how certain it is, when, and why we believe it."""

    attribute: str
    value: str
    certainty: Certainty
    when: Span
    sources: tuple[Evidence, ...]
    single: bool = False

    def merged(self, other: Fact) -> Fact:
        """The same value reported again: sources accumulate; definite if either is."""
        certainty = (
            Certainty.DEFINITE
            if Certainty.DEFINITE in (self.certainty, other.certainty)
            else Certainty.POSSIBLE
        )
        return attrs.evolve(self, certainty=certainty, sources=self.sources + other.sources)


@attrs.frozen(kw_only=True)
class State:
    """The facts about one entity along the three axes of a query."""

    entity: Entity
    axes: Axes
    facts: tuple[Fact, ...]

    def values(self, attribute: str) -> list[str]:
        """The values of one attribute, in order."""
        return [f.value for f in self.facts if f.attribute == attribute]

    def attributes(self) -> list[str]:
        """The attributes that have facts, in the order they first appear."""
        return list(dict.fromkeys(f.attribute for f in self.facts))


def fold_state(entries: Sequence[Entry], catalogue: Catalogue, entity: Entity, axes: Axes) -> State:
    """Fold admitted entries (in replay order) into the state of `entity`.

    Multi-valued attributes accumulate distinct values, merging the sources of repeats.
    A single-valued attribute keeps the latest definite value in replay order, followed by a
    later possible value if there is one. The facts of what the entity owns (the products it
    released) are included, their attributes prefixed with the owned entity's name.
    """
    owned = {thing for e in entries for owner, thing in e.event.owns() if owner == entity.id}
    facts: dict[str, list[Fact]] = {}
    for entry in entries:
        for change in entry.changes(catalogue.name):
            if change.entity == entity.id:
                attribute = change.attribute
            elif change.entity in owned:
                attribute = f"{catalogue.name(change.entity)} {change.attribute}"
            else:
                continue
            fact = Fact(
                attribute=attribute,
                value=change.value,
                certainty=entry.certainty,
                when=entry.when,
                sources=(_evidence(entry),),
                single=change.single,
            )
            held = facts.setdefault(attribute, [])
            if change.single:
                facts[attribute] = _set_single(held, fact)
            else:
                _add_multi(held, fact)
    return State(entity=entity, axes=axes, facts=tuple(f for held in facts.values() for f in held))


def _evidence(entry: Entry) -> Evidence:
    cite = entry.event.source
    return Evidence(
        event=entry.event.id,
        seq=entry.seq,
        document=cite.document,
        quote=cite.quote,
        published=entry.event.known_since,
        when=entry.when,
    )


def _add_multi(held: list[Fact], fact: Fact) -> None:
    for i, old in enumerate(held):
        if old.value == fact.value:
            held[i] = old.merged(fact)
            return
    held.append(fact)


def _set_single(held: list[Fact], fact: Fact) -> list[Fact]:
    same = [f for f in held if f.value == fact.value]
    if same:
        merged = attrs.evolve(same[0].merged(fact), when=fact.when)
        others = [f for f in held if f.value != fact.value]
        if fact.certainty is Certainty.DEFINITE:
            return [merged]
        return [*others, merged]
    if fact.certainty is Certainty.DEFINITE:
        return [fact]
    return [f for f in held if f.certainty is Certainty.DEFINITE] + [fact]
