"""Catalogue and identity events: a source or an entity entered the log; two ids were
merged into one entity, or a merge was retracted. An analyst's or a source's declaration, not
a report with a span.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from timeline.vocabulary._base import Event
from timeline.vocabulary.documents import Document
from timeline.vocabulary.entities import Entity

# Catalogue --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class SourceRegistered(Event):
    """A document entered the log, with its full text so that quotes can be verified."""

    TYPE: ClassVar[str] = "source_registered"
    document: Document


@attrs.frozen(kw_only=True)
class EntityRegistered(Event):
    """An entity, its name and aliases, as declared by a source's annotations."""

    TYPE: ClassVar[str] = "entity_registered"
    entity: Entity
    document: str | None = None


# Identity ---------------------------------------------------------------------------------


def _other_than_kept(instance: EntitiesMerged, _attribute: object, value: str) -> None:
    if value == instance.kept:
        raise ValueError("an entity is not merged into itself")


@attrs.frozen(kw_only=True)
class EntitiesMerged(Event):
    """Two ids name one entity: from this record on, every event naming `merged` is read as
    naming `kept`. An analyst's decision, not a report: it holds at every valid and
    publication time, and from its place in the log on (`upto_seq` before it ignores it).
    The records of `merged` stay as they are; a `merge_retracted` undoes the merge. `nth`
    counts the merges of this id into `kept`, so that merging again after a retraction is a
    new event.
    """

    TYPE: ClassVar[str] = "entities_merged"
    kept: str
    merged: str = attrs.field(validator=_other_than_kept)
    reason: str | None = None
    nth: int = 1


@attrs.frozen(kw_only=True)
class MergeRetracted(Event):
    """An `entities_merged` event, by id, no longer holds: from this record on the two ids
    name two entities again. The merge stays in the log.
    """

    TYPE: ClassVar[str] = "merge_retracted"
    retracts: str
    reason: str | None = None
