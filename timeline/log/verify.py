"""Checking a log: sequence, hash chain, schema, ids, and every quote against its source.

Tampering (an edited, deleted, inserted or reordered record) is fatal and named by the first
sequence number it affects. A crash's torn tail is only a warning: readers ignore it and the
next append cuts it away. Removing whole committed records from the end of a log looks like
nothing at all from inside the log; an anchor kept elsewhere detects it: `check` with
`expect_head`, the hash of a record the log must still hold (as `verify` printed it earlier).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import attrs

from timeline.errors import InputError
from timeline.identity import content_id
from timeline.log.problems import Problem, RawLine
from timeline.log.records import GENESIS, LogRecord, decode_record, size_problem
from timeline.vocabulary.events import Event, Reported, SourceRegistered

if TYPE_CHECKING:
    from timeline.log.protocol import EventLog

__all__ = [
    "Problem",
    "RawLine",
    "Verdict",
    "check",
    "citation_problem",
    "stored_lines",
    "verify_lines",
]


@attrs.frozen
class Verdict:
    """What `check` found: the problems, and the last committed record that verified."""

    problems: tuple[Problem, ...]
    last_seq: int
    head: str

    @property
    def ok(self) -> bool:
        """True when no problem is fatal (a torn tail is only a warning)."""
        return not any(p.fatal for p in self.problems)


def stored_lines(log: EventLog) -> Iterator[RawLine]:
    """The stored lines of `log`, torn or not (`EventLog.raw_lines`: a log without storage
    gives its committed records, encoded as a JSON Lines log would store them).
    """
    return log.raw_lines()


def verify_lines(lines: Iterable[RawLine]) -> Iterator[Problem]:
    """Every problem in a stored log, in order; tampering is fatal, a torn tail is a warning."""
    walk = _Walk()
    yield from walk.run(lines)


def check(lines: Iterable[RawLine], *, expect_head: str | None = None) -> Verdict:
    """Verify a stored log; with `expect_head`, also that its committed records include the
    record with that hash, so that records cut from its end are caught.
    """
    walk = _Walk(expect_head)
    problems = list(walk.run(lines))
    if expect_head is not None and walk.anchored is None and not any(p.fatal for p in problems):
        problems.append(
            Problem(
                walk.last_seq + 1,
                "end of log",
                f"the expected head {expect_head} is not in the log, which ends at record "
                f"{walk.last_seq}: records were removed from its end, or rewritten",
            )
        )
    return Verdict(tuple(problems), walk.last_seq, walk.head)


def citation_problem(event: Event, texts: dict[str, str]) -> str | None:
    """What is wrong with the quote of `event`, given the texts of the documents registered
    before it (by id); None when it stands where it says in a registered document.
    """
    if not isinstance(event, Reported):
        return None
    cite = event.source
    text = texts.get(cite.document)
    if text is None:
        return f"event {event.id} cites document {cite.document!r}, not registered before it"
    if not cite.holds_in(text):
        place = f"{cite.start}:{cite.end} in {cite.document}"
        return f"event {event.id}: quote {cite.quote[:60]!r} is not at {place}"
    return None


class _Walk:
    """One pass over the stored lines, remembering the last committed record."""

    def __init__(self, expect_head: str | None = None) -> None:
        self.expect_head = expect_head
        self.anchored: int | None = None
        self.last_seq, self.head = 0, GENESIS

    def run(self, lines: Iterable[RawLine]) -> Iterator[Problem]:
        expected_seq, prev = 1, GENESIS
        texts: dict[str, str] = {}
        torn_from, torn = 0, 0  # the first seq and the count of records after the last commit
        seen: set[str] = set()  # reported events' ids so far: about 100 bytes a record
        batch: list[tuple[int, str, str]] = []  # (seq, where, id) of those of this batch
        rest = iter(lines)
        for raw in rest:
            too_long = size_problem(raw.data)
            if too_long:
                yield Problem(expected_seq, raw.where, too_long)
                return
            if not raw.complete:
                yield Problem(expected_seq, raw.where, "torn last record (a partial line)", False)
                break
            try:
                record = decode_record(raw.data, raw.where)
            except InputError as exc:
                if b"\0" in raw.data and not _corrupt_after(rest):
                    yield Problem(expected_seq, raw.where, _ZEROS, False)
                    break
                yield Problem(expected_seq, raw.where, exc.message)
                return
            problem = _check(record, expected_seq, prev, texts)
            if problem:
                yield Problem(expected_seq, raw.where, problem)
                return
            expected_seq, prev = record.seq + 1, record.hash
            if isinstance(record.event, Reported):
                batch.append((record.seq, raw.where, record.event.id))
            if record.commit:
                torn = 0
                yield from _repeats(batch, seen)
                batch = []
            else:
                torn_from, torn = (torn_from, torn + 1) if torn else (record.seq, 1)
            if record.hash == self.expect_head:
                self.anchored = record.seq
            if record.commit:
                self.last_seq, self.head = record.seq, record.hash
        if torn:
            yield Problem(
                torn_from,
                "end of log",
                f"torn last batch: {torn} record(s) without their commit record",
                False,
            )
        if self.anchored is not None and self.anchored > self.last_seq:
            self.anchored = None  # only in the torn tail: not part of the log


_ZEROS = "torn last batch: zeros where a power cut lost bytes, and no commit record after them"


def _corrupt_after(lines: Iterator[RawLine]) -> bool:
    """True when a commit record, or a line too long to be a record, is among `lines`: then
    the damaged line before them is corruption, not a crash's torn tail (as `JsonlLog` reads
    it), for the batch that record ends may have been acknowledged.
    """
    for raw in lines:
        if size_problem(raw.data):
            return True
        if raw.complete and b"\0" not in raw.data:
            try:
                if decode_record(raw.data, raw.where).commit:
                    return True
            except InputError:
                pass
    return False


def _repeats(batch: list[tuple[int, str, str]], seen: set[str]) -> Iterator[Problem]:
    """Warnings for the reported events of a committed batch already logged before (the log
    stays sound, but the event counts twice: a bare `EventLog.append` does not skip known ids).
    """
    for seq, where, event_id in batch:
        if event_id in seen:
            yield Problem(seq, where, f"event {event_id} was logged before: it counts twice", False)
        seen.add(event_id)


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
    return citation_problem(event, texts)
