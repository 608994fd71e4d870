"""The as-of index and the catalogue snapshot: they choose and cache, the folds stay the same.

A state of one entity needs only some records: the reported events that touch the entity or
what it owns and that start before the as-of date (a later start is never admitted) or were
corrected (a correction may move the span), plus the corrections and retractions naming them.
`AsOfIndex` finds those records; `admitted` and `fold_state` then run on them unchanged, so an
indexed answer is exactly the full replay's.

Both structures are projections keyed by log sequence: built from records up to some `upto`,
they are brought up to date by folding only the records after it (the tail).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs
import orjson

from timeline.converter import canonical_json, converter
from timeline.log.keys import target, touched
from timeline.log.records import LogRecord
from timeline.projections.axes import Axes
from timeline.projections.catalogue import catalogue
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import Reported

__all__ = [
    "AsOfIndex",
    "advance_catalogue",
    "decode_entities",
    "encode_entities",
    "limit_of",
]

_EVERYTHING = Span.unknown()


def limit_of(axes: Axes) -> int:
    """The day ordinal an event must start before to be admitted along `axes`."""
    return (axes.as_of or _EVERYTHING).end_key


class AsOfIndex:
    """Reported events filed by entity with their span start, ownership, and corrections and
    retractions by the event they name; `upto` is the last sequence number folded in.
    """

    def __init__(self) -> None:
        self.upto = 0
        self._by_entity: dict[str, list[tuple[int, int]]] = {}
        self._owns: dict[str, set[str]] = {}
        self._targets: dict[str, list[tuple[int, bool]]] = {}
        self._ids: dict[int, str] = {}

    def extend(self, records: Iterable[LogRecord]) -> AsOfIndex:
        """Fold in the records after `upto` (earlier ones are skipped); returns the index."""
        for record in records:
            if record.seq <= self.upto:
                continue
            self.upto = record.seq
            event = record.event
            if not isinstance(event, Reported):
                continue
            self._ids[record.seq] = event.id
            start = event.when.start_key
            for entity in touched(event):
                self._by_entity.setdefault(entity, []).append((start, record.seq))
            names = target(event)
            if names is not None:
                self._targets.setdefault(names[0], []).append((record.seq, names[1]))
            for owner, owned in event.owns():
                self._owns.setdefault(owner, set()).add(owned)
        return self

    def select(self, entity: str, axes: Axes) -> list[int]:
        """The sequence numbers, in order, of the records a projection of `entity` along
        `axes` may need (see the module's docstring).
        """
        limit = limit_of(axes)
        upto = self.upto if axes.upto_seq is None else min(axes.upto_seq, self.upto)
        chosen: set[int] = set()
        for name in {entity, *self._owns.get(entity, ())}:
            for start, seq in self._by_entity.get(name, ()):
                if seq <= upto and (start < limit or self._corrected(self._ids[seq], upto)):
                    chosen.add(seq)
        todo = list(chosen)
        while todo:  # the corrections and retractions naming them, and those naming these
            for seq, _ in self._targets.get(self._ids[todo.pop()], ()):
                if seq <= upto and seq not in chosen:
                    chosen.add(seq)
                    todo.append(seq)
        return sorted(chosen)

    def _corrected(self, event_id: str, upto: int) -> bool:
        return any(fix and seq <= upto for seq, fix in self._targets.get(event_id, ()))


# The catalogue snapshot ---------------------------------------------------------------------


def encode_entities(entities: Mapping[str, Entity]) -> bytes:
    """A snapshot of the catalogue's entities, as JSON."""
    data = [converter.unstructure(e) for e in entities.values()]
    return canonical_json(data).encode("utf-8")


def decode_entities(data: bytes) -> Mapping[str, Entity]:
    """The entities of a snapshot made by `encode_entities`, each decoded when first asked
    for: a query names a handful of the thousands of entities a large log registers.
    """
    return _SnapshotEntities({item["id"]: item for item in orjson.loads(data)})


class _SnapshotEntities(Mapping[str, Entity]):
    """The entities of a catalogue snapshot by id, decoded by the converter on first use."""

    def __init__(self, raw: dict[str, Any], decoded: dict[str, Entity] | None = None) -> None:
        self._raw = raw
        self._decoded: dict[str, Entity] = decoded or {}

    def updated(self, changed: Mapping[str, Entity]) -> _SnapshotEntities:
        """These entities with `changed` put in or replaced, the others still undecoded."""
        raw = {**self._raw, **{key: converter.unstructure(e) for key, e in changed.items()}}
        return _SnapshotEntities(raw, {**self._decoded, **changed})

    def __getitem__(self, key: str) -> Entity:
        entity = self._decoded.get(key)
        if entity is None:
            entity = self._decoded[key] = converter.structure(self._raw[key], Entity)
        return entity

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def advance_catalogue(
    entities: Mapping[str, Entity],
    tail: Iterable[LogRecord],
) -> Mapping[str, Entity]:
    """The entities of a snapshot brought up to date with the registrations in `tail`, by the
    catalogue's rule: a later registration of an id updates its name and kind and adds its
    aliases after those already known.
    """
    later = catalogue(tail).entities
    if not later:
        return entities
    changed: dict[str, Entity] = {}
    for entity_id, new in later.items():
        old = entities.get(entity_id)  # only these are decoded
        if old is not None:
            new = attrs.evolve(new, aliases=tuple(dict.fromkeys(old.aliases + new.aliases)))
        changed[entity_id] = new
    if isinstance(entities, _SnapshotEntities):
        return entities.updated(changed)
    return {**entities, **changed}
