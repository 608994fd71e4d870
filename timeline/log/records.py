"""Log records: an event with its sequence number, recording time and place in the hash chain.

A record's hash is the SHA-256 of the canonical JSON of its other fields, `prev` (the hash of
the record before it) included, so editing, removing, inserting or reordering any record breaks
the chain from there on. The last record of each appended batch has `commit` set: records after
the last commit belong to a batch that never finished and are not part of the log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from typing import Any

import attrs
import cattrs

from timeline.converter import SCHEMA_VERSION, canonical_json, structure_event, unstructure_event
from timeline.errors import InputError
from timeline.vocabulary.events import Event

__all__ = [
    "GENESIS",
    "LogRecord",
    "decode_record",
    "describe",
    "encode_record",
    "record_from_data",
    "seal",
    "seal_batch",
    "utc_now",
]

GENESIS = "0" * 64
"""The `prev` of the first record."""


@attrs.frozen(kw_only=True)
class LogRecord:
    """One entry of the log: the event and where it stands."""

    seq: int
    recorded_at: dt.datetime
    schema: int
    event: Event
    prev: str
    hash: str
    commit: bool = True

    def body(self) -> dict[str, Any]:
        """The fields the hash covers, as JSON-ready data."""
        return _body(
            self.seq,
            self.recorded_at,
            self.schema,
            unstructure_event(self.event),
            self.prev,
            self.commit,
        )

    def computed_hash(self) -> str:
        """The hash this record should carry, recomputed from its fields."""
        return _digest(self.body())


def _body(
    seq: int, recorded_at: dt.datetime, schema: int, event: dict[str, Any], prev: str, commit: bool
) -> dict[str, Any]:
    return {
        "seq": seq,
        "recorded_at": recorded_at.isoformat(),
        "schema": schema,
        "event": event,
        "prev": prev,
        "commit": commit,
    }


def _digest(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def seal(event: Event, *, seq: int, prev: str, recorded_at: dt.datetime, commit: bool) -> LogRecord:
    """A new record for `event` chained after the record whose hash is `prev`."""
    body = _body(seq, recorded_at, SCHEMA_VERSION, unstructure_event(event), prev, commit)
    return LogRecord(
        seq=seq,
        recorded_at=recorded_at,
        schema=SCHEMA_VERSION,
        event=event,
        prev=prev,
        hash=_digest(body),
        commit=commit,
    )


def encode_record(record: LogRecord) -> str:
    """The record as one JSON line, without the newline."""
    data = record.body()
    data["hash"] = record.hash
    return canonical_json(data)


def decode_record(line: str | bytes, where: str) -> LogRecord:
    """The record a JSON line holds; InputError naming `where` if it does not hold one."""
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(where, f"not valid JSON ({exc})") from None
    return record_from_data(data, where)


def record_from_data(data: Any, where: str) -> LogRecord:
    """The record a decoded JSON object describes; InputError naming `where` otherwise."""
    if not isinstance(data, dict):
        raise InputError(where, "a log record must be a JSON object")
    missing = {"seq", "recorded_at", "schema", "event", "prev", "hash"} - set(data)
    if missing:
        raise InputError(where, f"log record lacks {', '.join(sorted(missing))}")
    schema = data["schema"]
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise InputError(where, f"schema version must be an integer, got {schema!r}")
    if schema > SCHEMA_VERSION:
        raise InputError(
            where, f"schema version {schema} is newer than this engine's {SCHEMA_VERSION}"
        )
    seq = data["seq"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise InputError(where, f"sequence number must be a positive integer, got {seq!r}")
    try:
        event = structure_event(data["event"])
        recorded_at = dt.datetime.fromisoformat(data["recorded_at"])
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as exc:
        raise InputError(where, f"invalid event in record {seq}: {describe(exc)}") from None
    return LogRecord(
        seq=seq,
        recorded_at=recorded_at,
        schema=schema,
        event=event,
        prev=str(data["prev"]),
        hash=str(data["hash"]),
        commit=bool(data.get("commit", True)),
    )


def describe(exc: BaseException) -> str:
    """A one-line account of a structuring error, naming the innermost cause."""
    if isinstance(exc, cattrs.BaseValidationError):
        notes = cattrs.transform_error(exc)
        return "; ".join(notes) if notes else str(exc)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def seal_batch(
    events: Sequence[Event], *, last_seq: int, last_hash: str, recorded_at: dt.datetime
) -> list[LogRecord]:
    """Records for `events` following the record (`last_seq`, `last_hash`); the last commits."""
    out: list[LogRecord] = []
    prev = last_hash
    for i, event in enumerate(events, start=1):
        record = seal(
            event, seq=last_seq + i, prev=prev, recorded_at=recorded_at, commit=i == len(events)
        )
        out.append(record)
        prev = record.hash
    return out


def utc_now() -> dt.datetime:
    """The current time in UTC, to the microsecond: the default recording clock."""
    return dt.datetime.now(dt.UTC)
