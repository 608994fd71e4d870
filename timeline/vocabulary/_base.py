"""The bases of every event: `Event`, `Reported` (who, when, the quote, when known) and the
`Change` a reported event makes, with the money and period labels the facts are written in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ClassVar

import attrs

from timeline.time.span import Span
from timeline.vocabulary.documents import Citation

Names = Callable[[str], str]
"""Looks up the display name of an entity id (the id itself when unknown)."""


@attrs.frozen(kw_only=True)
class Change:
    """One fact an event sets or adds: `entity.attribute` gets `value`."""

    entity: str
    attribute: str
    value: str
    single: bool = False


@attrs.frozen(kw_only=True)
class Event:
    """Base of every event; `TYPE` is the tag that names the class in JSON."""

    TYPE: ClassVar[str] = ""
    ROLES: ClassVar[tuple[str, ...]] = ()
    id: str = ""


def _same(entity_id: str) -> str:
    return entity_id


def _some_entity(_instance: object, _attribute: object, value: tuple[str, ...]) -> None:
    if not value:
        raise ValueError("a reported event names at least one entity")


@attrs.frozen(kw_only=True)
class Reported(Event):
    """An event read from a source: who, when, the exact quote, and when it became known."""

    entities: tuple[str, ...] = attrs.field(validator=_some_entity)
    when: Span
    source: Citation
    known_since: dt.date

    @property
    def subject(self) -> str:
        """The entity the event is mainly about: the first one listed."""
        return self.entities[0]

    def changes(self, name: Names) -> tuple[Change, ...]:
        """The facts this event sets or adds."""
        return ()

    def owns(self) -> tuple[tuple[str, str], ...]:
        """(owner, owned) entity pairs this event establishes, such as a maker and its product.

        The state of an owner includes the facts of what it owns, named after the owned entity.
        """
        return ()

    def touches(self) -> tuple[str, ...]:
        """Every entity the event names (its `entities` and role fields, `ROLES`), changes a
        fact of, or owns through, in a stable order: an index that files the event under
        each of them loses nothing a projection of one entity can see.
        """
        ids: dict[str, None] = dict.fromkeys(self.entities)
        for role in self.ROLES:
            value = getattr(self, role)
            if isinstance(value, str):
                ids[value] = None
            elif isinstance(value, tuple):
                ids.update(dict.fromkeys(v for v in value if isinstance(v, str)))
        for change in self.changes(_same):
            ids[change.entity] = None
        for owner, owned in self.owns():
            ids[owner] = None
            ids[owned] = None
        return tuple(ids)


def period_label(span: Span) -> str:
    """A period as a label: a quarter as `2024-Q1`, a half-year as `2024-H2`, else as
    `Span.label` gives it.
    """
    s, e = span.start, span.end
    if s is not None and e is not None and s.day == 1 and e.day == 1:
        months = (e.year * 12 + e.month) - (s.year * 12 + s.month)
        if months == 3 and s.month % 3 == 1:
            return f"{s.year:04d}-Q{s.month // 3 + 1}"
        if months == 6 and s.month in (1, 7):
            return f"{s.year:04d}-H{1 if s.month == 1 else 2}"
    return span.label()


def _money(amount: int) -> str:
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if amount >= size and amount % (size // 100) == 0:
            return f"{amount / size:g} {word}"
    return f"{amount:,}"


def money(amount: int) -> str:
    """An amount as the facts write it: `50 million`, `2.5 billion`, `1,234`, `-3 million`."""
    return "-" + _money(-amount) if amount < 0 else _money(amount)
