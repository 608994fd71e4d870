"""The catalogue projection: the entities and documents a log has registered."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

import attrs

from timeline.errors import UnknownEntityError
from timeline.vocabulary.documents import Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import EntityRegistered, SourceRegistered
from timeline.vocabulary.recorded import Recorded

__all__ = ["Catalogue", "catalogue", "catalogue_changes"]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@attrs.frozen
class Catalogue:
    """Entities by id and documents by id, as registered in the log."""

    entities: Mapping[str, Entity] = attrs.field(factory=dict)
    documents: Mapping[str, Document] = attrs.field(factory=dict)

    def name(self, entity_id: str) -> str:
        """The display name of an entity, or its id when it is not registered."""
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id

    def find(self, text: str) -> Entity:
        """The entity with this id, name or alias (case and accents ignored).

        Raises UnknownEntityError with the closest known ids when there is none.
        """
        if text in self.entities:
            return self.entities[text]
        key = _fold(text)
        for entity in self.entities.values():
            if key in {_fold(entity.id), _fold(entity.name), *map(_fold, entity.aliases)}:
                return entity
        import difflib  # only to suggest names when one is unknown

        close = difflib.get_close_matches(text, list(self.entities), n=3, cutoff=0.5)
        return _raise_unknown(text, tuple(close))


def _raise_unknown(text: str, close: tuple[str, ...]) -> Entity:
    raise UnknownEntityError(text, close)


def catalogue(records: Iterable[Recorded]) -> Catalogue:
    """Fold the registrations of `records`: a later registration of an id updates its name and
    kind and adds its aliases.
    """
    entities: dict[str, Entity] = {}
    documents: dict[str, Document] = {}
    for record in records:
        event = record.event
        if isinstance(event, EntityRegistered):
            new = event.entity
            entities[new.id] = _registered_again(entities.get(new.id), new)
        elif isinstance(event, SourceRegistered):
            documents[event.document.id] = event.document
    return Catalogue(entities, documents)


def catalogue_changes(
    entities: Mapping[str, Entity], tail: Iterable[Recorded]
) -> dict[str, Entity]:
    """The entities that the registrations in `tail` put in or change in `entities` (those of
    a catalogue up to the record before them), by the catalogue's rule; only these are read
    from `entities`.
    """
    later = catalogue(tail).entities
    return {key: _registered_again(entities.get(key), new) for key, new in later.items()}


def _registered_again(old: Entity | None, new: Entity) -> Entity:
    """`new`, registered after `old` under its id: its name and kind, the aliases of both."""
    if old is None:
        return new
    return attrs.evolve(new, aliases=tuple(dict.fromkeys(old.aliases + new.aliases)))
