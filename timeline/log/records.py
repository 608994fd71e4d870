"""Log records: an event with its sequence number, recording time and place in the hash chain.

A record's hash is the SHA-256 of the canonical JSON of its other fields, `prev` (the hash of
the record before it) included, so editing, removing, inserting or reordering any record breaks
the chain from there on. The last record of each appended batch has `commit` set: records after
the last commit belong to a batch that never finished and are not part of the log.

This module reads a stored record back (`decode_record`, the schema version a reader accepts)
and is where the rest of the record's names are imported from: the record and its line
(`_record`), the sealing of new records (`_sealing`), the strict JSON a log reads
(`_strict_json`) and the events that JSON holds (`_event_data`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.converter import SCHEMA_VERSION
from timeline.errors import InputError
from timeline.log._event_data import describe, event_from_data, event_problem
from timeline.log._record import (
    GENESIS,
    MAX_RECORD_BYTES,
    LogRecord,
    encode_record,
    size_problem,
)
from timeline.log._sealing import seal, seal_batch, seal_encoded, too_large, unknown_events, utc_now
from timeline.log._strict_json import parse_json, parse_json_strictly

__all__ = [
    "GENESIS",
    "MAX_RECORD_BYTES",
    "LogRecord",
    "broken_chain",
    "check_envelope",
    "check_schema",
    "decode_record",
    "describe",
    "encode_record",
    "event_from_data",
    "event_problem",
    "parse_json",
    "parse_json_strictly",
    "record_from_data",
    "seal",
    "seal_batch",
    "seal_encoded",
    "size_problem",
    "too_large",
    "unknown_events",
    "utc_now",
]


def decode_record(line: str | bytes, where: str) -> LogRecord:
    """The record a JSON line holds; InputError naming `where` if it does not hold one."""
    problem = size_problem(line)
    if problem:
        raise InputError(where, problem)
    return record_from_data(parse_json(line, where), where)


_RECORD_KEYS = frozenset({"seq", "recorded_at", "schema", "event", "prev", "hash"})


def record_from_data(data: Any, where: str) -> LogRecord:
    """The record a decoded JSON object describes; InputError naming `where` otherwise."""
    seq, schema, recorded_at = check_envelope(data, where)
    try:
        event = event_from_data(data["event"])
    except (ValueError, TypeError) as exc:
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


def broken_chain(where: str, seq: int, after: int) -> InputError:
    """The error of a record `seq` read after record `after` whose `prev` is not its hash."""
    return InputError(
        where,
        f"record {seq} does not follow record {after} in the hash chain: the log was edited "
        "(`timeline verify` finds the first change)",
    )


def check_schema(schema: Any, where: str) -> int:
    """`schema`, a record's format version, when this engine reads it: an integer no newer
    than `SCHEMA_VERSION`; InputError naming `where` otherwise.
    """
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise InputError(where, f"schema version must be an integer, got {schema!r}")
    if schema > SCHEMA_VERSION:
        raise InputError(
            where, f"schema version {schema} is newer than this engine's {SCHEMA_VERSION}"
        )
    return schema


def check_envelope(data: Any, where: str) -> tuple[int, int, dt.datetime]:
    """(seq, schema, recorded_at) of a decoded record, all but its event checked: an object
    with every key, a positive integer `seq`, a `schema` no newer than this engine's, an ISO
    `recorded_at`; InputError naming `where` otherwise.
    """
    if not isinstance(data, dict):
        raise InputError(where, "a log record must be a JSON object")
    if not _RECORD_KEYS.issubset(data):
        missing = _RECORD_KEYS - set(data)
        raise InputError(where, f"log record lacks {', '.join(sorted(missing))}")
    schema = check_schema(data["schema"], where)
    seq = data["seq"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise InputError(where, f"sequence number must be a positive integer, got {seq!r}")
    try:
        recorded_at = dt.datetime.fromisoformat(data["recorded_at"])
    except (ValueError, TypeError) as exc:
        raise InputError(where, f"invalid event in record {seq}: {describe(exc)}") from None
    return seq, schema, recorded_at
