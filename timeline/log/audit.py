"""The audit of a SQLite store's index: every record filed where queries look for it.

Answers on a SQLite store come through its side data: each record's `type`, `event_id`,
`hash`, `id_key` and `names` columns, the as-of index (`touches`), the reports of an event
with an identity by a hash of its key (`idents`, which tells an as-of answer the later reports
that narrow or dispute an earlier one), the corrections and retractions by the event they name
(`targets`) and who owns what (`owns`). `timeline verify` checks the records themselves; this
module checks that the side data holds what each record's event requires, so that an edited or
lost index row cannot silently hide an event from an answer.
Rows beyond what is required are not faults: the index may file an event under more entities
than a query needs, which changes no answer.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from timeline.converter import unstructure_event
from timeline.log.records import LogRecord, record_from_data
from timeline.log.selection import filing
from timeline.log.touched import raw_touched
from timeline.log.verify import Problem
from timeline.vocabulary.events import Reported

__all__ = ["Filed", "StoredRow", "index_problems"]

StoredRow = tuple[int, str, str, str, "str | None", "int | None", str, Any]
"""A record as the audit reads it: (seq, type, event_id, hash, names, id_key, the storage
class of its JSON text (SQLite's `typeof`), its decoded JSON)."""


@attrs.frozen
class Filed:
    """The side data of a store, as the audit reads it."""

    touches: Iterable[tuple[int, str, int]]
    """(seq, entity, start_key) rows, in seq order."""
    targets: Mapping[int, tuple[str, bool]]
    """By the seq of a correction or retraction: the id it names, and whether it corrects."""
    owns: set[tuple[str, str]]
    idents: Mapping[int, tuple[int, int, int, bool]]
    """By the seq of a report: its ident, span start and end, and whether it happens once."""
    ident: Callable[[tuple[str, ...]], int]
    """The store's ident of an identity key."""
    key: Callable[[str], int]
    """The store's key of an event id."""
    separator: str
    """What separates the ids of the `names` column."""


def index_problems(rows: Iterable[StoredRow], filed: Filed, where: str) -> Iterator[Problem]:
    """The faults of the side data, record by record in sequence order."""
    groups = itertools.groupby(filed.touches, key=lambda row: row[0])
    group = next(groups, None)
    for seq, kind, event_id, hashed, names, key, storage, data in rows:
        while group is not None and group[0] < seq:
            group = next(groups, None)
        under: set[tuple[str, int]] = set()
        if group is not None and group[0] == seq:
            under = {(entity, start) for _, entity, start in group[1]}
            group = next(groups, None)
        record = record_from_data(data, f"{where}: record {seq}")
        if storage != "text":
            yield Problem(seq, where, f"its record is stored as {storage}, not as text")
        if hashed != record.hash:
            yield Problem(seq, where, f"its hash column ({hashed}) is not its record's hash")
        for fault in _faults(record, (kind, event_id, names, key), under, filed):
            yield Problem(seq, where, fault)


def _faults(
    record: LogRecord,
    columns: tuple[str, str, str | None, int | None],
    under: set[tuple[str, int]],
    filed: Filed,
) -> Iterator[str]:
    """What is wrong with one record's side data: its columns, and whether it is filed as the
    selection rule files it (`selection.filing`, under the entities its JSON names).
    """
    event = record.event
    kind, event_id, names, key = columns
    if kind != event.TYPE or event_id != event.id:
        yield f"its type and event id columns ({kind}, {event_id}) are not its event's"
    if key != filed.key(event.id):
        yield f"its id key column ({key}) is not the key of {event.id}"
    if not isinstance(event, Reported):
        return
    need = raw_touched(unstructure_event(event)) or set(event.entities)
    rule = filing(record, need)
    assert rule is not None
    start, seq = rule.start, rule.seq
    missing = sorted(e for e in need if (e, start) not in under)
    if missing:
        yield f"the as-of index does not file it under {', '.join(missing)}"
    if names is not None and not need <= set(names.split(filed.separator)):
        lacking = sorted(need - set(names.split(filed.separator)))
        yield f"its names column lacks {', '.join(lacking)}"
    ident = None if rule.key is None else (filed.ident(rule.key), start, rule.end, rule.once)
    if ident is not None and filed.idents.get(seq) != ident:
        yield "the index of reports by identity does not file it with its key and span"
    named = rule.target
    if named is not None and filed.targets.get(seq) != named:
        yield f"the index does not note that it names {named[0]}"
    lost = sorted(f"{a} owns {b}" for a, b in rule.owns if (a, b) not in filed.owns)
    if lost:
        yield f"the index does not note that {', '.join(lost)}"
