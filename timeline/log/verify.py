"""Checking a log: sequence, hash chain, schema, ids, and every quote against its source."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from timeline.errors import InputError
from timeline.identity import content_id
from timeline.log.records import GENESIS, LogRecord, decode_record
from timeline.vocabulary.events import Reported, SourceRegistered

__all__ = ["Problem", "RawLine", "verify_lines"]


@attrs.frozen
class RawLine:
    """One stored record as bytes, with where it is and whether it was completely written."""

    where: str
    data: bytes
    complete: bool = True


@attrs.frozen
class Problem:
    """Something wrong in a log; `seq` is the first sequence number it affects."""

    seq: int
    where: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.where}: record {self.seq}: {self.message}"


def verify_lines(lines: Iterable[RawLine]) -> Iterator[Problem]:
    """Every problem in a stored log, in order; tampering is fatal, a torn tail is a warning."""
    expected_seq, prev = 1, GENESIS
    texts: dict[str, str] = {}
    uncommitted: list[LogRecord] = []
    for raw in lines:
        if not raw.complete:
            yield Problem(expected_seq, raw.where, "torn last record (a partial line)", False)
            break
        try:
            record = decode_record(raw.data, raw.where)
        except InputError as exc:
            yield Problem(expected_seq, raw.where, exc.message)
            return
        problem = _check(record, expected_seq, prev, texts)
        if problem:
            yield Problem(expected_seq, raw.where, problem)
            return
        expected_seq, prev = record.seq + 1, record.hash
        uncommitted = [] if record.commit else [*uncommitted, record]
    if uncommitted:
        yield Problem(
            uncommitted[0].seq,
            "end of log",
            f"torn last batch: {len(uncommitted)} record(s) without their commit record",
            False,
        )


def _check(record: LogRecord, seq: int, prev: str, texts: dict[str, str]) -> str | None:
    if record.seq != seq:
        return f"sequence number is {record.seq}, expected {seq}"
    if record.prev != prev:
        return "hash chain broken: prev does not match the hash of the record before"
    if record.hash != record.computed_hash():
        return "hash does not match the record's content (edited?)"
    event = record.event
    if event.id != content_id(event):
        return f"event id {event.id!r} does not match its content"
    if isinstance(event, SourceRegistered):
        texts[event.document.id] = event.document.text
    elif isinstance(event, Reported):
        cite = event.source
        text = texts.get(cite.document)
        if text is None:
            return f"event {event.id} cites document {cite.document!r}, not registered before it"
        if not cite.holds_in(text):
            place = f"{cite.start}:{cite.end} in {cite.document}"
            return f"event {event.id}: quote {cite.quote[:60]!r} is not at {place}"
    return None
