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
import math
from collections.abc import Sequence
from typing import Any

import attrs
import cattrs
import orjson

from timeline.converter import SCHEMA_VERSION, canonical_json, structure_event, unstructure_event
from timeline.errors import InputError
from timeline.vocabulary.events import EVENT_TAGS, Event, Reported

__all__ = [
    "GENESIS",
    "MAX_RECORD_BYTES",
    "LogRecord",
    "check_schema",
    "decode_record",
    "describe",
    "encode_record",
    "event_from_data",
    "event_problem",
    "parse_json",
    "record_from_data",
    "seal",
    "seal_batch",
    "seal_encoded",
    "unknown_events",
    "utc_now",
]

GENESIS = "0" * 64
"""The `prev` of the first record."""

MAX_RECORD_BYTES = 4 * 1024 * 1024
"""A stored record (one JSON line, UTF-8) is at most this long (4 MiB): longer ones are
refused when appended and reported as corrupt when read."""

_MAX_DEPTH = 32
_MAX_INT = 2**63


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
    body = _body(seq, recorded_at, SCHEMA_VERSION, unstructure_event(event), prev, commit)
    raw = _readable_body(body, event, where)
    return LogRecord(
        seq=seq,
        recorded_at=recorded_at,
        schema=SCHEMA_VERSION,
        event=event,
        prev=prev,
        hash=hashlib.sha256(raw).hexdigest(),
        commit=commit,
    )


def encode_record(record: LogRecord) -> str:
    """The record as one JSON line, without the newline."""
    data = record.body()
    data["hash"] = record.hash
    return canonical_json(data)


def decode_record(line: str | bytes, where: str) -> LogRecord:
    """The record a JSON line holds; InputError naming `where` if it does not hold one."""
    if len(line) > MAX_RECORD_BYTES:
        raise InputError(where, f"record longer than {MAX_RECORD_BYTES} bytes")
    return record_from_data(parse_json(line, where), where)


def parse_json(text: str | bytes, where: str) -> Any:
    """The JSON value of `text` (bytes must be UTF-8); InputError naming `where` otherwise.

    Stricter than `json.loads`: no NaN or Infinity, no other encoding than UTF-8, no nesting
    deeper than a record needs, no integer beyond 64 bits, no lone surrogate in a string.

    orjson parses first: it refuses all of these itself but deep nesting and long integers
    (which it turns into floats), so its answer stands unless the text holds more brackets than
    the depth allowed or a run of 19 digits; in those cases, and whenever orjson refuses the
    text, the checks below run and name the problem.
    """
    try:
        fast = orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    else:
        if not _may_be_deep_or_long(text):
            return fast
    return parse_json_strictly(text, where)


def parse_json_strictly(text: str | bytes, where: str) -> Any:
    """`parse_json` by the standard library's parser and a walk over the value: slower, and
    the one that names what is wrong.
    """
    try:
        data = json.loads(
            text.decode("utf-8") if isinstance(text, bytes) else text,
            parse_constant=_no_constant,
        )
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 at byte {exc.start}") from None
    except RecursionError:
        raise InputError(where, f"JSON nested deeper than {_MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise InputError(where, f"not valid JSON ({exc})") from None
    problem = _json_problem(data)
    if problem:
        raise InputError(where, problem)
    return data


def _may_be_deep_or_long(text: str | bytes) -> bool:
    """Whether `text` may nest deeper than `_MAX_DEPTH` (it opens more objects and arrays than
    that) or hold an integer beyond 64 bits (it has a run of 19 digits).
    """
    raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    if raw.count(b"{") + raw.count(b"[") > _MAX_DEPTH:
        return True
    return _DIGIT_RUN in raw.translate(_DIGITS_TO_ZERO)  # ten times faster than a regex


_DIGITS_TO_ZERO = bytes(ord("0") if chr(i).isdigit() and i < 128 else ord(" ") for i in range(256))
_DIGIT_RUN = b"0" * 19


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _json_problem(data: Any, depth: int = 0) -> str | None:
    """What makes decoded JSON unfit for a record, None when nothing does; `depth` is the
    level `data` stands at in its record (0 for the record, 1 for its event).
    """
    stack = [(data, depth)]
    while stack:
        value, depth = stack.pop()
        if depth > _MAX_DEPTH:
            return f"JSON nested deeper than {_MAX_DEPTH} levels"
        if isinstance(value, dict):
            stack += [(k, depth + 1) for k in value] + [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list):
            stack += [(v, depth + 1) for v in value]
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return f"string {value[:20]!r} is not valid Unicode (a lone surrogate)"
        elif isinstance(value, int) and not -_MAX_INT < value < _MAX_INT:
            return f"integer {str(value)[:20]}... does not fit in 64 bits"
        elif isinstance(value, float) and not math.isfinite(value):
            return f"number {value} is not finite (JSON has no NaN or Infinity)"
    return None


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


def event_from_data(data: Any) -> Event:
    """The event that decoded JSON describes; ValueError with a one-line reason otherwise.

    The one gate for events from outside (log records, `timeline append`): whatever `data`
    is, nothing but ValueError comes out.
    """
    if not isinstance(data, dict):
        raise ValueError(f"an event must be a JSON object, not {type(data).__name__}")
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in EVENT_TAGS:
        raise ValueError(f"unknown event type {kind!r}; known: {', '.join(sorted(EVENT_TAGS))}")
    try:
        event = structure_event(data)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, OverflowError) as exc:
        raise ValueError(f"{kind}: {describe(exc)}") from None
    if isinstance(event, Reported) and not event.entities:
        raise ValueError(f"{kind}: a reported event names at least one entity")
    return event


def describe(exc: BaseException) -> str:
    """A one-line account of a structuring error, naming the innermost cause."""
    if isinstance(exc, cattrs.BaseValidationError):
        notes = cattrs.transform_error(exc, format_exception=_reason)
        return "; ".join(notes) if notes else str(exc)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _reason(exc: BaseException, type_: Any) -> str:
    """A structuring error's own message when it has one (a date out of range, a span
    ending before it starts), else cattrs' account of it.
    """
    if type(exc) is ValueError and str(exc):
        return str(exc).splitlines()[0]
    return cattrs.v.format_exception(exc, type_)


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
        seq, commit, data = last_seq + i, i == len(events), unstructure_event(event)
        body = _body(seq, recorded_at, SCHEMA_VERSION, data, prev, commit)
        raw = _readable_body(body, event, where)
        unsealed = raw.decode("utf-8")
        digest = hashlib.sha256(raw).hexdigest()
        record = LogRecord(
            seq=seq,
            recorded_at=recorded_at,
            schema=SCHEMA_VERSION,
            event=event,
            prev=prev,
            hash=digest,
            commit=commit,
        )
        out.append((record, _with_hash(unsealed, digest), data))
        prev = digest
    return out


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

    The common case costs one orjson call and two byte counts; the walk of `_json_problem`
    runs only when orjson refused the data or the text holds more brackets than the depth
    allowed.
    """
    try:
        raw: bytes | None = orjson.dumps(body, option=_STRICT_CANONICAL)
    except TypeError:
        raw = None
    if raw is None or raw.count(b"{") + raw.count(b"[") > _MAX_DEPTH:
        problem = _json_problem(body)
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


def event_problem(event: Event) -> str | None:
    """What would make the record of `event` unreadable, None when nothing would: the limits
    of `decode_record` (an integer beyond 64 bits, nesting deeper than 32 levels, a lone
    surrogate, a number that is not finite) and the types of `event_from_data` (a field of
    another type than its class declares, which the attrs classes do not check).

    For the library's front door (`Timeline.append`), which takes events built in code:
    events decoded from JSON or a seed file have their types already.
    """
    try:
        data = unstructure_event(event)
    except Exception as exc:  # a value the field's unstructuring cannot take: any error
        return f"{event.TYPE}: a field holds what it cannot ({describe(exc)})"
    problem = _json_problem(data, depth=1)
    if problem:
        return f"{event.TYPE}: {problem}"
    try:
        decoded = event_from_data(data)
    except ValueError as exc:
        return str(exc)
    if decoded != event:  # a value of another type that converts silently ("0" for ("0",))
        for field in attrs.fields(type(event)):
            given, read = getattr(event, field.name), getattr(decoded, field.name)
            if given != read:
                return f"{event.TYPE}: field {field.name!r} holds {given!r}, read back as {read!r}"
        return f"{event.TYPE}: does not read back as it was given"
    return None


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
