"""Content-derived event ids: the same event read twice gets the same id, so ingesting is
idempotent and an id names exactly one content.
"""

from __future__ import annotations

import hashlib
from typing import TypeVar

import attrs

from timeline.converter import canonical_json, unstructure_event
from timeline.vocabulary.events import Event

__all__ = ["content_id", "with_content_id"]

E = TypeVar("E", bound=Event)


def content_id(event: Event) -> str:
    """`<type>-<16 hex digits>`: a SHA-256 of the event's content, its id left out."""
    data = unstructure_event(event)
    data.pop("id", None)
    digest = hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
    return f"{event.TYPE}-{digest[:16]}"


def with_content_id(event: E) -> E:
    """The same event carrying its content-derived id."""
    return attrs.evolve(event, id=content_id(event))
