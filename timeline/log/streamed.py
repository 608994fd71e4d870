"""The streamed read of a full replay: from the stored records in log order, in bounded memory,
the decoded records one entity's answer needs.

Every record is parsed from its JSON line, but only the records the answer may need are
decoded and kept: the entity registrations (for names), the merges, and the records the
selection rule of `timeline.log.selection` gives with no valid-time cut-off: the reported
events that touch the entities asked for or what they own (read from the JSON by
`log.touched.names_any`), and the corrections and retractions naming them (`selection.closure`).
Memory holds the kept records, never the log. Folding them is the projections' work
(`timeline.read.streamed`).

A product may be released by the entity after some of its own events were passed over; those
are found by a second pass over the stream, only when that happened.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any

import attrs

from timeline.errors import InputError
from timeline.log.protocol import NAMES_SEP, Stored
from timeline.log.records import (
    GENESIS,
    LogRecord,
    broken_chain,
    check_envelope,
    parse_json,
    record_from_data,
    size_problem,
)
from timeline.log.selection import closure
from timeline.log.touched import ROLES, names_any
from timeline.vocabulary.events import (
    EVENT_TAGS,
    MERGE_TYPES,
    EntityRegistered,
    EventRetracted,
    FactCorrected,
    Reported,
)

__all__ = ["Streamed", "stream_selected"]

_FIXES = frozenset({FactCorrected.TYPE, EventRetracted.TYPE})
_ENTITY = EntityRegistered.TYPE
_MAX = 1 << 62


@attrs.frozen
class Streamed:
    """What one streamed read kept, each list in log order."""

    registrations: list[LogRecord]
    """Every entity registration, whatever `upto`: names come from the whole log."""
    merges: list[LogRecord]
    """The merges and their retractions up to `upto`."""
    records: list[LogRecord]
    """The reported events up to `upto` that touch the entities asked for or what they own,
    and the corrections and retractions naming these (and those naming them)."""


def stream_selected(
    lines: Callable[[], Iterable[Stored]],
    group: Collection[str],
    upto: int | None = None,
    *,
    owned: Iterable[str] = (),
    naming: Callable[[Collection[str], int], Iterable[Stored]] | None = None,
) -> Streamed:
    """The records an answer about the entities `group` along the log as it stood at `upto`
    needs, read from the stored records `lines()` gives in log order. A torn line ends the
    log, and records after the last commit are left out, as `read` does.

    `owned` may name entities the group may own (a store that keeps ownership pairs knows
    them), so that their events are kept from the start; `lines()` is called a second time
    only when the group turns out to own something whose events were passed over, or, when
    given, `naming(names, before)`, which gives at least the records before seq `before`
    that may name one of `names` (a store that filters its rows in place, faster).
    """
    last = _MAX if upto is None else upto
    group = set(group)
    wanted = {*group, *owned}
    owned_at: dict[str, int] = {}
    merges: list[LogRecord] = []
    kept: dict[int, LogRecord] = {}
    fixes: list[tuple[Any, str]] = []
    registrations: list[LogRecord] = []

    def take(data: Any, where: str) -> None:
        seq, event = data["seq"], data["event"]
        kind = event["type"]
        if kind == _ENTITY:  # names come from the whole log, whatever `upto`
            registrations.append(record_from_data(data, where))
        elif seq > last:
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
            if seq in kept or seq > last or kind not in ROLES or kind in _FIXES:
                return
            named = {o for o in late if seq < late[o]}
            if named and names_any(event, named):
                kept[seq] = record_from_data(data, where)

        second = lines() if naming is None else naming(set(late), max(late.values()))
        _committed(second, again, set(late), before=max(late.values()))
    _take_fixes(kept, fixes)
    return Streamed(registrations, merges, [kept[seq] for seq in sorted(kept)])


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
        problem = size_problem(item.data)
        if problem:  # cut by the reader: not a torn tail
            raise InputError(item.where, problem)
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
