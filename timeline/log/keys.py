"""What an index needs to know of an event: the entities it touches, what it owns, its span
start, and the earlier event it corrects or retracts.

An event *touches* every entity it names (its `entities`, its typed role fields), every entity
whose facts it changes and every entity that owns something through it. An index that files an
event under each entity it touches loses nothing a projection of one entity can see.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from timeline.vocabulary.events import (
    REPORTED_TYPES,
    Event,
    EventRetracted,
    FactCorrected,
    Reported,
)

__all__ = ["ROLES", "raw_touched", "target", "touched"]

ROLES: dict[str, tuple[str, ...]] = {cls.TYPE: cls.ROLES for cls in REPORTED_TYPES}
"""The role fields of each reported event type, by its `type` tag."""


def _same(entity_id: str) -> str:
    return entity_id


def touched(event: Reported) -> tuple[str, ...]:
    """Every entity `event` names, changes a fact of, or owns through, in a stable order."""
    ids: dict[str, None] = dict.fromkeys(event.entities)
    for role in event.ROLES:
        _collect(ids, getattr(event, role))
    for change in event.changes(_same):
        ids[change.entity] = None
    for owner, owned in event.owns():
        ids[owner] = None
        ids[owned] = None
    return tuple(ids)


def raw_touched(event: Mapping[str, Any]) -> set[str] | None:
    """The entities a reported event touches, read from its JSON data without decoding it:
    its `entities` and role fields. None when the data is not a reported event of a known type
    (the caller then decodes it to find out).
    """
    roles = ROLES.get(event.get("type"))  # type: ignore[arg-type]
    if roles is None:
        return None
    ids: dict[str, None] = {}
    _collect(ids, event.get("entities", ()))
    for role in roles:
        _collect(ids, event.get(role))
    return set(ids)


def target(event: Event) -> tuple[str, bool] | None:
    """(the id of the event this one corrects or retracts, whether it is a correction)."""
    if isinstance(event, FactCorrected):
        return event.corrects, True
    if isinstance(event, EventRetracted):
        return event.retracts, False
    return None


def _collect(ids: dict[str, None], value: Any) -> None:
    if isinstance(value, str):
        ids[value] = None
    elif isinstance(value, (list, tuple)):
        for item in value:
            if isinstance(item, str):
                ids[item] = None
