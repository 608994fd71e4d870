"""Sealing: new records for events, chained after the last one, and held to what a reader
accepts of a line before anything is written. Every write path seals here (`seal_encoded`;
`seal_batch` and `seal` are it without the lines, for a whole batch or one record).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import orjson

from timeline.converter import SCHEMA_VERSION, canonical_json, unstructure_event
from timeline.errors import InputError
from timeline.log._event_data import describe
from timeline.log._record import MAX_RECORD_BYTES, LogRecord, digest_of, record_body
from timeline.log._strict_json import json_problem, may_be_deep
from timeline.vocabulary.events import Event

__all__ = ["seal", "seal_batch", "seal_encoded", "too_large", "unknown_events", "utc_now"]


def seal(
    event: Event,
    *,
    seq: int,
    prev: str,
    recorded_at: dt.datetime,
    commit: bool,
    where: str = "",
) -> LogRecord:
    """A new record for `event` chained after the record whose hash is `prev`; InputError
    naming `where` when a reader would refuse the record (see `seal_encoded`).
    """
    data = unstructure_event(event)
    return _sealed(event, data, seq, prev, recorded_at, commit, where)[0]


def seal_batch(
    events: Sequence[Event],
    *,
    last_seq: int,
    last_hash: str,
    recorded_at: dt.datetime,
    where: str = "",
) -> list[LogRecord]:
    """Records for `events` following the record (`last_seq`, `last_hash`); the last commits.
    InputError naming `where` when a reader would refuse one of them (see `seal_encoded`).
    """
    sealed = seal_encoded(
        events, last_seq=last_seq, last_hash=last_hash, recorded_at=recorded_at, where=where
    )
    return [record for record, _, _ in sealed]


def seal_encoded(
    events: Sequence[Event],
    *,
    last_seq: int,
    last_hash: str,
    recorded_at: dt.datetime,
    where: str = "",
) -> list[tuple[LogRecord, str, dict[str, Any]]]:
    """`seal_batch`, each record with its line (`encode_record`) and its event's JSON data,
    each event unstructured once: for stores that write the line and index the data.

    Every write path seals here, so here a record is held to what `decode_record` accepts
    of a line: no integer beyond 64 bits, no nesting deeper than 32 levels, no lone
    surrogate, no number that is not finite, at most `MAX_RECORD_BYTES`. InputError naming
    `where` (the log) and the event otherwise, before anything is written: one bad event
    must not make every later read of the log fail. (Whether each field has its declared
    type is `event_problem`'s to check, a decoding too costly for every append.)
    """
    out: list[tuple[LogRecord, str, dict[str, Any]]] = []
    prev = last_hash
    for i, event in enumerate(events, start=1):
        data = unstructure_event(event)
        record, raw = _sealed(event, data, last_seq + i, prev, recorded_at, i == len(events), where)
        out.append((record, _with_hash(raw.decode("utf-8"), record.hash), data))
        prev = record.hash
    return out


def _sealed(
    event: Event,
    data: dict[str, Any],
    seq: int,
    prev: str,
    recorded_at: dt.datetime,
    commit: bool,
    where: str,
) -> tuple[LogRecord, bytes]:
    """The record of `event` (whose JSON data is `data`) at `seq` after the hash `prev`, with
    the canonical JSON of its body; InputError naming `where` when a reader would refuse it.
    """
    body = record_body(seq, recorded_at, SCHEMA_VERSION, data, prev, commit)
    raw = _readable_body(body, event, where)
    record = LogRecord(
        seq=seq,
        recorded_at=recorded_at,
        schema=SCHEMA_VERSION,
        event=event,
        prev=prev,
        hash=digest_of(raw),
        commit=commit,
    )
    return record, raw


def _with_hash(unsealed: str, digest: str) -> str:
    """The record's line from the canonical JSON of its body: `"hash"` sorts just before
    `"prev"`, the first top-level key after the event, and what follows `prev` (a hash, a time,
    two integers) cannot hold the text `,"prev":"`, so the last occurrence is the key's.
    """
    at = unsealed.rindex(_PREV)
    return f'{unsealed[:at]},"hash":"{digest}"{unsealed[at:]}'


_PREV = ',"prev":"'
_HASH_FIELD = len(',"hash":""') + 64
"""What `_with_hash` adds to a record's body: the key, the quotes and the digest."""

_STRICT_CANONICAL = (
    orjson.OPT_SORT_KEYS
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_STRICT_INTEGER
)
"""The options of `canonical_json`'s fast path, and orjson's refusal of integers beyond 53
bits: whatever it writes is the canonical text, and what it refuses (a large integer, a lone
surrogate, anything not JSON) takes the slow path, which finds what is wrong."""


def _readable_body(body: dict[str, Any], event: Event, where: str) -> bytes:
    """The canonical JSON of a record's fields, as UTF-8; InputError naming `where` and
    the event when a reader would refuse the line it makes.

    The common case costs one orjson call and two byte counts; the walk of `json_problem`
    runs only when orjson refused the data or the text holds more brackets than the depth
    allowed.
    """
    try:
        raw: bytes | None = orjson.dumps(body, option=_STRICT_CANONICAL)
    except TypeError:
        raw = None
    if raw is None or may_be_deep(raw):
        problem = json_problem(body)
        if problem:
            raise InputError(where, f"{_named(event, body)}: {problem}; nothing was written")
        if raw is None:
            try:
                raw = canonical_json(body).encode("utf-8")
            except (TypeError, ValueError) as exc:
                raise InputError(
                    where, f"{_named(event, body)}: not JSON data ({describe(exc)})"
                ) from None
    size = len(raw) + _HASH_FIELD + 1
    if size > MAX_RECORD_BYTES:
        raise InputError(
            where,
            f"{_named(event, body)} would take {size} bytes, more than the "
            f"{MAX_RECORD_BYTES} a record may; nothing was written",
        )
    return raw


def _named(event: Event, body: dict[str, Any]) -> str:
    """The record and event a sealing error is about, for its message."""
    return f"record {body['seq']} ({event.TYPE} {_clip(event.id)})"


def _clip(text: object, size: int = 80) -> str:
    shown = str(text).encode("utf-8", "backslashreplace").decode("utf-8")
    return shown if len(shown) <= size else shown[: size - 3] + "..."


def unknown_events(events: Sequence[Event], known: set[str]) -> list[Event]:
    """The events whose ids are not in `known`, each once, in order (`known` gains their ids):
    what an append with `skip_known` writes.
    """
    out = []
    for event in events:
        if event.id not in known:
            known.add(event.id)
            out.append(event)
    return out


def utc_now() -> dt.datetime:
    """The current time in UTC, to the microsecond: the default recording clock."""
    return dt.datetime.now(dt.UTC)


_ENVELOPE = 1024
"""Room a record needs around its event: sequence number, time, hashes, commit mark."""


def too_large(event: Event) -> str | None:
    """Why `event` cannot fit in a record, judged before it is sealed (an input line can be
    refused by its place, before anything is appended), None when it fits: its JSON and the
    room of a record's envelope within `MAX_RECORD_BYTES`. Sealing checks the exact size.
    """
    size = len(canonical_json(unstructure_event(event)).encode("utf-8"))
    if size > MAX_RECORD_BYTES - _ENVELOPE:
        return f"event of {size} bytes; a log record holds at most {MAX_RECORD_BYTES}"
    return None
