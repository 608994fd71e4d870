"""The log record itself: its fields, the body its hash covers, its line, and how long a line
may be. Below both the sealing of new records (`_sealing`) and the reading of stored ones
(`records`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from timeline.converter import canonical_json, unstructure_event
from timeline.vocabulary.events import Event

__all__ = [
    "GENESIS",
    "MAX_RECORD_BYTES",
    "LogRecord",
    "digest",
    "digest_of",
    "encode_record",
    "record_body",
    "size_problem",
]

GENESIS = "0" * 64
"""The `prev` of the first record."""

MAX_RECORD_BYTES = 4 * 1024 * 1024
"""A stored record (one JSON line, UTF-8) is at most this long (4 MiB): longer ones are
refused when appended and reported as corrupt when read."""


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
        return record_body(
            self.seq,
            self.recorded_at,
            self.schema,
            unstructure_event(self.event),
            self.prev,
            self.commit,
        )

    def computed_hash(self) -> str:
        """The hash this record should carry, recomputed from its fields."""
        return digest(self.body())


def record_body(
    seq: int, recorded_at: dt.datetime, schema: int, event: dict[str, Any], prev: str, commit: bool
) -> dict[str, Any]:
    """The fields of a record that its hash covers, its event as JSON data."""
    return {
        "seq": seq,
        "recorded_at": recorded_at.isoformat(),
        "schema": schema,
        "event": event,
        "prev": prev,
        "commit": commit,
    }


def digest(body: dict[str, Any]) -> str:
    """The hash of a record's body: the SHA-256 of its canonical JSON."""
    return digest_of(canonical_json(body).encode("utf-8"))


def digest_of(canonical: bytes) -> str:
    """The hash of a record whose body's canonical JSON, in UTF-8, is `canonical`."""
    import hashlib  # on first use: reading a log for an answer hashes nothing

    return hashlib.sha256(canonical).hexdigest()


def encode_record(record: LogRecord) -> str:
    """The record as one JSON line, without the newline."""
    data = record.body()
    data["hash"] = record.hash
    return canonical_json(data)


def size_problem(line: str | bytes) -> str | None:
    """Why a stored line cannot be a record when it is longer than `MAX_RECORD_BYTES`, None
    when it is not: the one check of a line's size that every reader makes (what a record
    may take when it is written is `_sealing`'s to check).
    """
    return _TOO_LONG if len(line) > MAX_RECORD_BYTES else None


_TOO_LONG = f"record longer than {MAX_RECORD_BYTES} bytes"
