"""Provenance: why the engine believes a fact, and what superseded, disputes or withdrew it."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from timeline.projections.admitted import Entry
from timeline.projections.axes import Axes
from timeline.projections.catalogue import Catalogue
from timeline.projections.state import Fact, candidates, is_single, settle
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import EventRetracted, FactCorrected, Reported
from timeline.vocabulary.recorded import Recorded

__all__ = ["Explanation", "Withdrawal", "explain"]


@attrs.frozen
class Withdrawal:
    """An earlier event on the attribute, and the later event that retracted or corrected it."""

    event: Reported
    seq: int
    by: Reported
    by_seq: int


@attrs.frozen
class Explanation:
    """The current facts of an attribute, the values they beat, and what was withdrawn."""

    entity: Entity
    attribute: str
    axes: Axes
    current: tuple[Fact, ...]
    superseded: tuple[Fact, ...]
    retracted: tuple[Withdrawal, ...]
    corrected: tuple[Withdrawal, ...]


def explain(
    records: Sequence[Recorded],
    entries: Sequence[Entry],
    catalogue: Catalogue,
    entity: Entity,
    attribute: str,
    axes: Axes,
) -> Explanation:
    """Why `entity.attribute` has the values it has along `axes`."""
    held = candidates(entries, catalogue, entity).get(attribute, [])
    current = settle(held) if is_single(held) else list(held)
    shown = {f.value for f in current}
    superseded = [f for f in held if f.value not in shown]
    retracted, corrected = _withdrawals(records, catalogue, entity, attribute, axes)
    return Explanation(
        entity=entity,
        attribute=attribute,
        axes=axes,
        current=tuple(current),
        superseded=tuple(superseded),
        retracted=tuple(retracted),
        corrected=tuple(corrected),
    )


def _withdrawals(
    records: Sequence[Recorded],
    catalogue: Catalogue,
    entity: Entity,
    attribute: str,
    axes: Axes,
) -> tuple[list[Withdrawal], list[Withdrawal]]:
    seen = [
        (r.seq, r.event)
        for r in records
        if axes.recorded(r)
        and isinstance(r.event, Reported)
        and axes.known(r.event.known_since.toordinal())
    ]
    touching = {
        event.id: (seq, event)
        for seq, event in seen
        if any(
            c.entity == entity.id and c.attribute == attribute
            for c in event.changes(catalogue.name)
        )
    }
    retracted: list[Withdrawal] = []
    corrected: list[Withdrawal] = []
    for seq, event in seen:
        if isinstance(event, EventRetracted) and event.retracts in touching:
            old_seq, old = touching[event.retracts]
            retracted.append(Withdrawal(old, old_seq, event, seq))
        elif isinstance(event, FactCorrected) and event.corrects in touching:
            old_seq, old = touching[event.corrects]
            corrected.append(Withdrawal(old, old_seq, event, seq))
    return retracted, corrected
