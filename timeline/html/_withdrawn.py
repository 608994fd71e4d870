"""The facts of an entity that a later source retracted or corrected, for the page to show when
asked: the value each withdrawn report gave, over its own span, and what withdrew it.

They are read with `why`'s own rule (`timeline.projections.why`), over every record and along
every axis (as of everything, known at everything): a retracted report is shown as retracted,
the report a correction replaced as corrected. They are never part of an answer: the sliders
do not move them, and `state` does not count them.
"""

from __future__ import annotations

import datetime as dt

import attrs

from timeline.api import Timeline
from timeline.projections.why import explain
from timeline.vocabulary.events import Reported

__all__ = ["Withdrawn", "withdrawn"]


@attrs.frozen(kw_only=True)
class Withdrawn:
    """A value a report gave that a later source withdrew."""

    attribute: str
    value: str
    start: dt.date | None
    end: dt.date | None
    text: str
    kind: str
    """"retracted" or "corrected"."""
    by: str
    """The document of the retraction or correction."""


def withdrawn(tl: Timeline, entity: str) -> list[Withdrawn]:
    """The withdrawn facts of `entity`, by attribute in order of first change, then by log order."""
    records = tl.merged_records()
    catalogue = tl.catalogue
    found = tl.kept_entity(entity)
    attributes: dict[str, None] = {}
    for record in records:
        if isinstance(record.event, Reported):
            for change in record.event.changes(catalogue.name):
                if change.entity == found.id:
                    attributes.setdefault(change.attribute, None)
    if not attributes:
        return []
    axes = tl.axes(None, None, None, None)
    out: list[Withdrawn] = []
    for attribute in attributes:
        why = explain(records, [], catalogue, found, attribute, axes)
        for kind, withdrawals in (("retracted", why.retracted), ("corrected", why.corrected)):
            for w in withdrawals:
                for change in w.event.changes(catalogue.name):
                    if change.entity == found.id and change.attribute == attribute:
                        span = w.event.when
                        out.append(
                            Withdrawn(
                                attribute=attribute,
                                value=change.value,
                                start=span.start,
                                end=span.end,
                                text=span.text,
                                kind=kind,
                                by=w.by.source.document,
                            )
                        )
    return out
