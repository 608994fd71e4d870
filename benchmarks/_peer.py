"""The eventsourcing peer: an aggregate per subject entity, saved by an Application."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event


class Subject(Aggregate):
    """An entity (or the catalogue) and the events reported about it."""

    @event("Registered")
    def __init__(self, name: str) -> None:
        self.name = name
        self.facts: dict[str, Any] = {}

    @event("Reported")
    def report(self, kind: str, data: dict[str, Any]) -> None:
        """Record what a source reported: the event's type and its JSON data."""
        self.facts[kind] = data


class Newsroom(Application[UUID]):
    """The application the peer saves through and rebuilds from."""
