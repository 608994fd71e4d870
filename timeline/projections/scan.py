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
from collections.abc import Callable, Collection, Iterable
from typing import Any

import orjson

from timeline.log.keys import ROLES
from timeline.log.records import LogRecord, record_from_data
from timeline.log.sqlite import NAMES_SEP
from timeline.log.verify import RawLine
from timeline.projections.admitted import admitted
from timeline.projections.axes import Axes
from timeline.projections.catalogue import Catalogue, catalogue
from timeline.projections.state import State, fold_state
from timeline.vocabulary.events import EntityRegistered, EventRetracted, FactCorrected, Reported

__all__ = ["Stored", "scan_state"]

Stored = RawLine | str | bytes | tuple[int, str, str | None, str]
"""A stored record: a line as `raw_lines` gives it (perhaps torn), its JSON text, or a row of
an indexed store as `SqliteLog.scan_rows` gives it: (seq, type, names, JSON text), where
`names` lists the entities a reported event touches (or is None), so that the records of other
entities are passed over without being parsed. Such rows are committed, each of them."""

_FIXES = frozenset({FactCorrected.TYPE, EventRetracted.TYPE})
_ENTITY = EntityRegistered.TYPE
_MAX = 1 << 62


def scan_state(
    lines: Callable[[], Iterable[Stored]],
    entity: str,
    axes: Axes | None = None,
    *,
    owned: Iterable[str] = (),
    naming: Callable[[Collection[str], int], Iterable[Stored]] | None = None,
) -> State:
    """The state of `entity` along `axes`, replayed from the stored records that `lines()`
    gives in log order; equal to the state a full replay of the decoded log gives. A torn line
    ends the log, and records after the last commit are left out, as `read` does.

    `entity` is best an id: a name or alias is found in the registrations once the records
    have been read, and they are read a second time for the entity's id.

    `owned` may name entities the entity may own (a store that keeps ownership pairs knows
    them), so that their events are kept from the start; `lines()` is called a second time
    only when the entity turns out to own something whose events were passed over, or,
    when given, `naming(names, before)`, which gives at least the records before seq `before`
    that may name one of `names` (a store that filters its rows in place, faster).
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

    _committed(lines(), take, wanted)
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

        second = lines() if naming is None else naming(set(late), max(late.values()))
        _committed(second, again, set(late))
    ids = {r.event.id for r in kept.values()}
    for data in fixes:
        named = data["event"].get("corrects") or data["event"].get("retracts")
        if named in ids:
            kept[data["seq"]] = record_from_data(data, f"record {data['seq']}")
    records = [kept[seq] for seq in sorted(kept)]
    names: Catalogue = catalogue(registrations)
    found = names.find(entity)
    if found.id != entity:
        return scan_state(lines, found.id, axes, owned=owned, naming=naming)
    return fold_state(admitted(records, axes), names, found, axes)


def _committed(lines: Iterable[Stored], take: Callable[[Any], None], wanted: set[str]) -> None:
    """Give `take` each committed record's JSON data, in order, but for rows of an indexed
    store that hold a source registration or a reported event naming none of `wanted` (a set
    `take` may grow): neither pass of a replay reads those.
    """
    pending: list[Any] = []
    roles, fixes, sep = ROLES, _FIXES, NAMES_SEP
    for item in lines:
        if isinstance(item, tuple):
            _, kind, names, row = item
            if kind not in roles and kind not in fixes and kind != _ENTITY:
                continue  # a source registration: no replay of an entity reads it
            if (
                names is not None
                and kind in roles
                and kind not in fixes
                and wanted.isdisjoint(names.split(sep))
            ):
                continue
            take(_parse(row))  # a row of a store is committed: no batch is pending
            continue
        if isinstance(item, RawLine):
            if not item.complete:
                return
            text: str | bytes = item.data
        else:
            text = item
        data = _parse(text)
        if data.get("commit", True) is False:
            pending.append(data)
            continue
        if pending:
            for earlier in pending:
                take(earlier)
            pending = []
        take(data)


def _parse(text: str | bytes) -> Any:
    """A stored record's JSON data (by `json` when orjson refuses it: an integer beyond 64
    bits, which the canonical form allows).
    """
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


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
