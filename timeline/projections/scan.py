"""A full replay in bounded memory: the state of one entity from a stream of stored records.

Every record is parsed from its JSON line, but only the records the answer may need are
decoded into events and kept: the entity registrations (for names), the merges, and the
records the selection rule of `timeline.log.selection` gives with no valid-time cut-off: the
reported events that touch the entity or what it owns (read from the JSON by
`log.keys.names_any`), and the corrections and retractions naming them (`selection.closure`).
Then the same folds as everywhere, `admitted` and `fold_state`, run on those. Memory holds the
kept records and the answer, never the log.

A product may be released by the entity after some of its own events were passed over; those
are found by a second pass over the stream, only when that happened.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any

from timeline.errors import InputError
from timeline.log.keys import ROLES, names_any
from timeline.log.protocol import NAMES_SEP, Stored
from timeline.log.records import (
    GENESIS,
    MAX_RECORD_BYTES,
    LogRecord,
    broken_chain,
    check_envelope,
    parse_json,
    record_from_data,
)
from timeline.log.selection import closure
from timeline.projections.admitted import admitted
from timeline.projections.axes import Axes
from timeline.projections.catalogue import Catalogue, catalogue
from timeline.projections.identities import MERGE_TYPES, identities
from timeline.projections.state import State, fold_state
from timeline.vocabulary.events import (
    EVENT_TAGS,
    EntityRegistered,
    EventRetracted,
    FactCorrected,
    Reported,
)

__all__ = ["Stored", "scan_state"]

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
    members: Collection[str] = (),
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

    Merges (`projections.identities`) are folded from the same pass: when the entity turns
    out to be one of several merged ids, the records are read again for all of them
    (`members`), and its events are read as merged.
    """
    axes = axes or Axes()
    upto = _MAX if axes.upto_seq is None else axes.upto_seq
    group = {entity, *members}
    wanted = {*group, *owned}
    owned_at: dict[str, int] = {}
    merges: list[LogRecord] = []
    kept: dict[int, LogRecord] = {}
    fixes: list[tuple[Any, str]] = []
    registrations: list[LogRecord] = []

    def take(data: Any, where: str) -> None:
        seq, event = data["seq"], data["event"]
        kind = event["type"]
        if kind == _ENTITY:  # names come from the whole log, whatever `upto_seq`
            registrations.append(record_from_data(data, where))
        elif seq > upto:
            return
        elif kind in MERGE_TYPES:
            merges.append(record_from_data(data, where))
        elif kind in _FIXES:
            fixes.append((data, where))
        elif kind in ROLES and names_any(event, wanted):
            record = kept[seq] = record_from_data(data, where)
            assert isinstance(record.event, Reported)
            for owner, owned in record.event.owns():
                if owner in group and owned not in wanted:
                    wanted.add(owned)
                    owned_at[owned] = seq

    _committed(lines(), take, wanted)
    late = owned_at
    if late:

        def again(data: Any, where: str) -> None:
            seq, event = data["seq"], data["event"]
            kind = event["type"]
            if seq in kept or seq > upto or kind not in ROLES or kind in _FIXES:
                return
            named = {o for o in late if seq < late[o]}
            if named and names_any(event, named):
                kept[seq] = record_from_data(data, where)

        second = lines() if naming is None else naming(set(late), max(late.values()))
        _committed(second, again, set(late), before=max(late.values()))
    _take_fixes(kept, fixes)
    names: Catalogue = catalogue(registrations)
    found = names.find(entity)
    merged = identities(r.event for r in merges)
    kept_id = merged.resolve(found.id)
    if kept_id != entity or not merged.group(kept_id) <= group:
        others = merged.group(kept_id) - {kept_id}
        return scan_state(lines, kept_id, axes, owned=owned, naming=naming, members=others)
    records = merged.records(kept[seq] for seq in sorted(kept))
    found = merged.kept(found, names.entities)
    return fold_state(admitted(records, axes), names, found, axes)


def _take_fixes(kept: dict[int, LogRecord], fixes: list[tuple[Any, str]]) -> None:
    """Keep the corrections and retractions naming kept events, and those naming these
    (`selection.closure`), decoded from their JSON `fixes` only when they are kept.
    """
    if not fixes:
        return
    named: dict[str, list[int]] = {}
    found: dict[int, tuple[Any, str]] = {}
    for data, where in fixes:
        event = data["event"]
        name = event.get("corrects") or event.get("retracts")
        if isinstance(name, str):
            named.setdefault(name, []).append(data["seq"])
            found[data["seq"]] = (data, where)

    def naming(seq: int) -> list[int]:
        record = kept.get(seq)
        event_id = record.event.id if record is not None else found[seq][0]["event"].get("id")
        return named.get(event_id, []) if isinstance(event_id, str) else []

    for seq in sorted(closure(kept, naming) - kept.keys()):
        kept[seq] = record_from_data(*found[seq])


def _committed(
    lines: Iterable[Stored],
    take: Callable[[Any, str], None],
    wanted: set[str],
    *,
    before: int | None = None,
) -> None:
    """Give `take` each committed record's JSON data and place, in order, but for rows of an
    indexed store that hold a source registration or a reported event naming none of `wanted`
    (a set `take` may grow): neither pass of a replay reads those.

    Lines are held to what `read` holds them to: JSON objects with a record's envelope, each
    following the one before in sequence and hash chain; InputError naming the line otherwise.
    Rows of a store were checked when the store wrote them; their envelope is checked again.
    With `before`, the lines stop at the first commit at or after that seq.
    """
    pending: list[tuple[Any, str]] = []
    roles, fixes, sep, merge = ROLES, _FIXES, NAMES_SEP, MERGE_TYPES
    last_seq, last_hash = 0, GENESIS
    for item in lines:
        if isinstance(item, tuple):
            seq, kind, names, row = item
            if kind not in roles and kind not in fixes and kind != _ENTITY and kind not in merge:
                continue  # a source registration: no replay of an entity reads it
            if (
                names is not None
                and kind in roles
                and kind not in fixes
                and wanted.isdisjoint(names.split(sep))
            ):
                continue
            where = f"record {seq}"
            take(_envelope(parse_json(row, where), where), where)  # a row is committed
            continue
        if len(item.data) > MAX_RECORD_BYTES:  # cut by the reader: not a torn tail
            raise InputError(item.where, f"record longer than {MAX_RECORD_BYTES} bytes")
        if not item.complete:
            return
        where = item.where
        data = _envelope(parse_json(item.data, where), where)
        if data["seq"] != last_seq + 1 or data["prev"] != last_hash:
            raise broken_chain(where, data["seq"], last_seq)
        last_seq, last_hash = data["seq"], data["hash"]
        if not data.get("commit", True):  # as `read` takes it: bool(commit)
            pending.append((data, where))
            continue
        for earlier in pending:
            take(*earlier)
        pending = []
        take(data, where)
        if before is not None and last_seq >= before:
            return  # a second pass needs nothing from here on (its batch is whole)


def _envelope(data: Any, where: str) -> Any:
    """`data` when it holds a record's envelope as reading checks it (`check_envelope`), with
    string `prev` and `hash` and an event object with a string `type`; InputError naming
    `where` otherwise. The event itself is checked when it is decoded, if the replay needs it.
    """
    seq, _, _ = check_envelope(data, where)
    if not isinstance(data["prev"], str) or not isinstance(data["hash"], str):
        raise InputError(where, f"record {seq} lacks its prev or hash string")
    event = data["event"]
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        raise InputError(where, f"record {seq} holds no event object with a type")
    if event["type"] not in EVENT_TAGS:  # as reading refuses it, whether the answer needs it or not
        raise InputError(
            where, f"invalid event in record {seq}: unknown event type {event['type']!r}"
        )
    return data
