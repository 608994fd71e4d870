"""What an index needs to know of an event, read from its JSON data without decoding it: the
entities it names, and the earlier event it corrects or retracts.

What a decoded event touches is its own method, `Reported.touches()`; the functions here read
the same role fields (`Reported.ROLES`) from an undecoded record, for the readers that pass
over the records of other entities without decoding them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from timeline.vocabulary.events import REPORTED_TYPES, Event, EventRetracted, FactCorrected

__all__ = ["ROLES", "names_any", "raw_touched", "target"]

ROLES: dict[str, tuple[str, ...]] = {cls.TYPE: cls.ROLES for cls in REPORTED_TYPES}
"""The role fields of each reported event type, by its `type` tag."""


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


def names_any(event: Mapping[str, Any], wanted: set[str]) -> bool:
    """Whether a reported event's JSON data names one of `wanted` in its `entities` or role
    fields (False for data of another type): `raw_touched` meets `wanted`, with no set built.
    """
    roles = ROLES.get(event.get("type"))  # type: ignore[arg-type]
    if roles is None:
        return False
    for name in event.get("entities", ()):
        if name in wanted:
            return True
    for role in roles:
        value = event.get(role)
        if isinstance(value, str):
            if value in wanted:
                return True
        elif isinstance(value, list):
            for name in value:
                if name in wanted:
                    return True
    return False


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
