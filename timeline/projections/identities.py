"""Which ids name one entity: the merges of the log, folded in log order.

An `entities_merged` record says that from its place in the log on, `merged` is read as
`kept`; a `merge_retracted` record undoes one from its place on. Merges hold whatever the
valid and publication times asked (identity is an analyst's reading of the reports, not a
report), so the only axis they follow is the log's: the merges of `upto_seq` are those of
the records up to it. Merges chain (an id merged into one that is merged in turn is read as
the last), and a merge that the merges before it make meaningless is ignored, so that any
log folds to one answer: a merge of an id already merged elsewhere, or one that would close
a cycle. `Timeline.merge` refuses to write such a merge in the first place.

Reading an event "as merged" renames the ids of its `entities` and of its role fields
(`Event.ROLES`), dropping the repeats a rename makes; nothing else of the event changes, its
id and quote included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import MERGE_TYPES, EntitiesMerged, Event, MergeRetracted, Reported
from timeline.vocabulary.recorded import Recorded

__all__ = ["MERGE_TYPES", "Identities", "identities"]


E = TypeVar("E", bound=Event)


R = TypeVar("R", bound=Recorded)


@attrs.frozen
class Identities:
    """The merges in force: `merges[merged]` is the merge event that files `merged` under
    another id (`EntitiesMerged.kept`, perhaps itself merged).
    """

    merges: Mapping[str, EntitiesMerged] = attrs.field(factory=dict)

    def __bool__(self) -> bool:
        return bool(self.merges)

    def resolve(self, entity: str) -> str:
        """The id `entity` is read as: itself, or the end of its chain of merges."""
        seen = {entity}
        while entity in self.merges:
            entity = self.merges[entity].kept
            if entity in seen:  # cannot happen: `identities` never folds a cycle in
                break
            seen.add(entity)
        return entity

    def group(self, entity: str) -> frozenset[str]:
        """Every id read as the same entity as `entity`, `entity`'s own id included."""
        kept = self.resolve(entity)
        return frozenset({kept, *(m for m in self.merges if self.resolve(m) == kept)})

    def merge_of(self, entity: str) -> EntitiesMerged | None:
        """The merge in force that files `entity` under another id, if any."""
        return self.merges.get(entity)

    def renamed(self, event: E) -> E:
        """`event` read with every merged id replaced by the id it is read as."""
        if not self.merges or not isinstance(event, Reported):
            return event
        changes: dict[str, Any] = {}
        entities = _unique(self.resolve(e) for e in event.entities)
        if entities != event.entities:
            changes["entities"] = entities
        for role in event.ROLES:
            value = getattr(event, role)
            if isinstance(value, str):
                if self.resolve(value) != value:
                    changes[role] = self.resolve(value)
            elif isinstance(value, tuple):
                names = _unique(self.resolve(v) for v in value)
                if names != value:
                    changes[role] = names
        return attrs.evolve(event, **changes) if changes else event

    def records(self, records: Iterable[R]) -> list[R]:
        """`records` (attrs values holding an `event`, such as log records) with their events
        read as merged; the same objects when there is no merge.
        """
        if not self.merges:
            return list(records)
        out: list[R] = []
        for record in records:
            event = self.renamed(record.event)
            out.append(record if event is record.event else attrs.evolve(record, event=event))  # type: ignore[misc]
        return out

    def kept(self, entity: Entity, entities: Mapping[str, Entity]) -> Entity:
        """The entity `entity` is read as, the names of the ids merged into it among its
        aliases.
        """
        kept = entities.get(self.resolve(entity.id), entity)
        others = sorted(self.group(kept.id) - {kept.id})
        if not others:
            return kept
        names = [*kept.aliases]
        for other in others:
            if other in entities:
                names += [entities[other].name, *entities[other].aliases]
        aliases = tuple(n for n in dict.fromkeys(names) if n != kept.name)
        return attrs.evolve(kept, aliases=aliases)


def identities(events: Iterable[Event]) -> Identities:
    """The merges in force after `events`, taken in log order (events of other types are
    passed over).
    """
    merges: dict[str, EntitiesMerged] = {}
    by_id: dict[str, EntitiesMerged] = {}
    for event in events:
        if isinstance(event, EntitiesMerged):
            current = Identities(merges)
            if event.merged in merges or current.resolve(event.kept) == event.merged:
                continue
            merges[event.merged] = by_id[event.id] = event
        elif isinstance(event, MergeRetracted):
            undone = by_id.pop(event.retracts, None)
            if undone is not None and merges.get(undone.merged) is undone:
                del merges[undone.merged]
    return Identities(merges)


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))
