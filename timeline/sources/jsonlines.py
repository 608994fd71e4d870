"""Events given as JSON lines (`timeline append`): bare events, or records as `timeline log
--json` prints them, each checked as it is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, BinaryIO, TextIO

from timeline.converter import SCHEMA_VERSION
from timeline.errors import InputError
from timeline.identity import with_content_id
from timeline.log.records import (
    MAX_RECORD_BYTES,
    check_schema,
    event_from_data,
    parse_json,
    too_large,
)
from timeline.vocabulary.events import Event

__all__ = ["MAX_LINE", "read_events"]

MAX_LINE = 2 * MAX_RECORD_BYTES
"""`append` refuses an input line longer than this (8 MiB): twice a record's limit, as a line
of `log --json` repeats a few of its event's fields."""


def read_events(stream: TextIO | BinaryIO) -> list[tuple[str, Event]]:
    """The events of JSON lines (bare, or records as `log --json` prints them), each with the
    place it was read from; InputError naming `<stdin>:LINE` at the first bad line.
    """
    events = []
    for where, line in _input_lines(stream):
        if not line.strip():
            continue
        data = parse_json(line, where)
        if isinstance(data, dict) and isinstance(data.get("event"), dict):
            check_schema(data.get("schema", SCHEMA_VERSION), where)
            data = data["event"]
        try:
            event = event_from_data(data)
        except ValueError as exc:
            raise InputError(where, f"not an event: {exc}") from None
        identified = with_content_id(event)
        if event.id and event.id != identified.id:
            raise InputError(
                where, f"id {event.id!r} does not match the event's content ({identified.id})"
            )
        problem = too_large(event)
        if problem:
            raise InputError(where, problem)
        events.append((where, identified))
    return events


def _input_lines(stream: TextIO | BinaryIO) -> Iterator[tuple[str, str]]:
    """The lines of `stream` (its bytes when it has them, decoded as UTF-8), each at most
    `MAX_LINE` long, with their place.
    """
    source: Any = getattr(stream, "buffer", stream)
    lineno = 0
    while line := source.readline(MAX_LINE + 1):
        lineno += 1
        where = f"<stdin>:{lineno}"
        if len(line) > MAX_LINE:
            raise InputError(where, f"line longer than {MAX_LINE} bytes")
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(where, f"not UTF-8 at byte {exc.start}") from None
        yield where, line
