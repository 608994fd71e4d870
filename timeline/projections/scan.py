"""A full replay in bounded memory: the state of one entity from a stream of stored records.

Every record is parsed from its JSON line, but only the records the answer may need are
decoded into events and kept: the entity registrations (for names), the reported events that
touch the entity or what it owns, and the corrections and retractions naming them. Then the
same folds as everywhere, `admitted` and `fold_state`, run on those. Memory holds the kept
records and the answer, never the log.

A product may be released by the entity after some of its own events were passed over; those
are found by a second pass over the stream, only when that happened.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import orjson

from timeline.log.keys import ROLES
from timeline.log.records import LogRecord, record_from_data
from timeline.log.verify import RawLine
from timeline.projections.admitted import admitted
from timeline.projections.axes import Axes
from timeline.projections.catalogue import Catalogue, catalogue
from timeline.projections.state import State, fold_state
from timeline.vocabulary.events import EntityRegistered, EventRetracted, FactCorrected, Reported

__all__ = ["Stored", "scan_state"]

Stored = RawLine | str | bytes
"""A stored record: a line as `raw_lines` gives it (perhaps torn), or its JSON text."""

_FIXES = frozenset({FactCorrected.TYPE, EventRetracted.TYPE})
_ENTITY = EntityRegistered.TYPE
_MAX = 1 << 62


def scan_state(
    lines: Callable[[], Iterable[Stored]],
    entity: str,
    axes: Axes | None = None,
    *,
    owned: Iterable[str] = (),
) -> State:
    """The state of `entity` (an id) along `axes`, replayed from the stored records that
    `lines()` gives in log order; equal to the state a full replay of the decoded log gives.
    A torn line ends the log, and records after the last commit are left out, as `read` does.

    `owned` may name entities the entity may own (a store that keeps ownership pairs knows
    them), so that their events are kept from the start; `lines()` is called a second time
    only when the entity turns out to own something whose events were passed over.
    """
    axes = axes or Axes()
    upto = _MAX if axes.upto_seq is None else axes.upto_seq
    wanted = {entity, *owned}
    owned_at: dict[str, int] = {}
    kept: dict[int, LogRecord] = {}
    fixes: list[Any] = []
    registrations: list[LogRecord] = []

    def take(data: Any) -> None:
        seq, event = data["seq"], data["event"]
        kind = event["type"]
        if kind == _ENTITY:  # names come from the whole log, whatever `upto_seq`
            registrations.append(record_from_data(data, f"record {seq}"))
        elif seq > upto:
            return
        elif kind in _FIXES:
            fixes.append(data)
        elif kind in ROLES and _names_any(event, ROLES[kind], wanted):
            record = kept[seq] = record_from_data(data, f"record {seq}")
            assert isinstance(record.event, Reported)
            for owner, owned in record.event.owns():
                if owner == entity and owned not in wanted:
                    wanted.add(owned)
                    owned_at[owned] = seq

    _committed(lines(), take)
    late = owned_at
    if late:

        def again(data: Any) -> None:
            seq, event = data["seq"], data["event"]
            kind = event["type"]
            if seq in kept or seq > upto or kind not in ROLES or kind in _FIXES:
                return
            named = {o for o in late if seq < late[o]}
            if named and _names_any(event, ROLES[kind], named):
                kept[seq] = record_from_data(data, f"record {seq}")

        _committed(lines(), again)
    ids = {r.event.id for r in kept.values()}
    for data in fixes:
        named = data["event"].get("corrects") or data["event"].get("retracts")
        if named in ids:
            kept[data["seq"]] = record_from_data(data, f"record {data['seq']}")
    records = [kept[seq] for seq in sorted(kept)]
    names: Catalogue = catalogue(registrations)
    return fold_state(admitted(records, axes), names, names.find(entity), axes)


def _committed(lines: Iterable[Stored], take: Callable[[Any], None]) -> None:
    """Give `take` each committed record's JSON data, in order."""
    pending: list[Any] = []
    loads = orjson.loads
    for item in lines:
        if isinstance(item, RawLine):
            if not item.complete:
                return
            text: str | bytes = item.data
        else:
            text = item
        try:
            data = loads(text)
        except orjson.JSONDecodeError:
            data = json.loads(text)
        if data.get("commit", True) is False:
            pending.append(data)
            continue
        if pending:
            for earlier in pending:
                take(earlier)
            pending = []
        take(data)


def _names_any(event: dict[str, Any], roles: tuple[str, ...], wanted: set[str]) -> bool:
    """Whether the event's JSON names one of `wanted` in its entities or role fields."""
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
