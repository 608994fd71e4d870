"""Replay: the admitted events in timeline order, each with the facts it changes."""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from timeline.projections.admitted import Entry
from timeline.projections.catalogue import Catalogue
from timeline.vocabulary.events import Change

__all__ = ["Effect", "Op", "Step", "replay_steps"]


class Op(enum.Enum):
    """What a change does to the state it meets."""

    ADD = "+"
    SET = "="
    REPLACE = "~"
    CONFIRM = "."


@attrs.frozen
class Effect:
    """A change and what it did."""

    op: Op
    change: Change
    previous: str | None = None


@attrs.frozen
class Step:
    """One event of the replay and its effects."""

    entry: Entry
    effects: tuple[Effect, ...]


def replay_steps(
    entries: Iterable[Entry], catalogue: Catalogue, entity: str | None = None
) -> list[Step]:
    """The replay of `entries` (already in timeline order), limited to `entity` when given.

    An event is shown when it involves the entity; its effects are the changes on it.
    """
    single: dict[tuple[str, str], str] = {}
    multi: set[tuple[str, str, str]] = set()
    steps = []
    for entry in entries:
        effects = []
        for change in entry.changes(catalogue.name):
            key = (change.entity, change.attribute)
            if change.single:
                old = single.get(key)
                single[key] = change.value
                op = Op.SET if old is None else Op.CONFIRM if old == change.value else Op.REPLACE
                effect = Effect(op, change, old if op is Op.REPLACE else None)
            else:
                seen = (*key, change.value) in multi
                multi.add((*key, change.value))
                effect = Effect(Op.CONFIRM if seen else Op.ADD, change)
            if entity is None or change.entity == entity:
                effects.append(effect)
        if entity is None or entity in entry.event.entities or effects:
            steps.append(Step(entry, tuple(effects)))
    return steps
