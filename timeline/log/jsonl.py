"""The JSON Lines log: one record a line, appended under an exclusive file lock.

Durability: an append takes an exclusive `flock` on the file, cuts away any torn tail, writes
its whole batch, `fsync`s the file and, when the file held no record before, its directory,
all before it returns: an append that returned survives a crash of the process or of the
machine. A crash mid-write leaves a torn tail: a partial line, or whole lines of a batch whose
last (`commit`) record never landed, with runs of zeros among them after a power cut. Readers
ignore such a tail, `verify` reports it as a warning, and the next append cuts it away under
the lock before writing.

Readers take a shared lock only long enough to find the end of the last committed record,
then read up to there: committed bytes never change, so a read sees one consistent prefix of
the log however many writers run meanwhile, and never blocks them for long. Readers check that
sequence numbers and `prev` hashes follow on (cheap); `verify` also recomputes every hash and
checks every quote.

Every line is at most `MAX_RECORD_BYTES`; a longer line, or a complete line that is not a
record and not in a torn tail (`JsonlLog._tail` says which), is corruption: reading raises
`InputError` naming `file:line`, and appends refuse to write after it (only a crash's tail is
ever cut away).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs
import orjson

from timeline.errors import ConflictError, InputError
from timeline.log.problems import RawLine
from timeline.log.protocol import Stored
from timeline.log.records import (
    GENESIS,
    MAX_RECORD_BYTES,
    LogRecord,
    broken_chain,
    decode_record,
    seal_encoded,
    size_problem,
    unknown_events,
    utc_now,
)
from timeline.log.unindexed import Unindexed
from timeline.vocabulary.events import Event

__all__ = ["BUSY_SECONDS", "JsonlLog", "lock_exclusively", "raw_lines"]

_CHUNK = 1 << 16
BUSY_SECONDS = 30.0
"""How long an append waits for another process's lock before it gives up ("log busy"), as
long as the SQLite store's busy timeout."""


@attrs.frozen
class _Tail:
    """The last committed record: its seq and hash, and the byte offset where it ends."""

    seq: int = 0
    hash: str = GENESIS
    end: int = 0


class JsonlLog(Unindexed):
    """An `EventLog` in a JSON Lines file."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        clock: Callable[[], dt.datetime] = utc_now,
        *,
        busy_seconds: float = BUSY_SECONDS,
    ):
        self.path = Path(path)
        self._clock = clock
        self.busy_seconds = busy_seconds

    @property
    def location(self) -> str:
        """The file's path."""
        return str(self.path)

    def last_seq(self) -> int:
        """The sequence number of the last committed record, 0 when empty or absent."""
        return self._committed().seq

    def append(
        self,
        events: Sequence[Event],
        *,
        expected_seq: int | None = None,
        skip_known: bool = False,
    ) -> list[LogRecord]:
        """Append `events` as one batch, durably, under an exclusive lock.

        ConflictError, and nothing written, when the log does not end at `expected_seq`;
        InputError, and nothing written, when a reader would refuse one of the records (see
        `seal_encoded`). With `skip_known`, the events whose ids the log holds, or that come
        earlier in the batch, are left out under the lock, so that writers racing with the
        same events store each once. The ids are read before the lock is taken and only the
        records appended meanwhile under it. InputError ("log busy") when another process holds
        the lock for longer than `busy_seconds`.
        """
        if not self.path.exists() and (not events or expected_seq not in (None, 0)):
            if expected_seq not in (None, 0):
                raise ConflictError(expected_seq, 0)
            return []  # nothing to write: do not create the file
        reading = skip_known and events and self.path.exists()
        known, known_end = self._known_ids() if reading else (set(), 0)
        with self.path.open("a+b") as f:
            lock_exclusively(f, self.location, self.busy_seconds)
            try:
                tail = self._tail(f)
                if expected_seq is not None and expected_seq != tail.seq:
                    raise ConflictError(expected_seq, tail.seq)
                if skip_known and events:
                    if tail.end < known_end:  # the file is not the one read: read it all
                        known, known_end = set(), 0
                    known |= self._ids_between(f, known_end, tail.end)
                    events = unknown_events(events, known)
                if not events:
                    return []
                sealed = seal_encoded(
                    events,
                    last_seq=tail.seq,
                    last_hash=tail.hash,
                    recorded_at=self._clock(),
                    where=self.location,
                )
                payload = "".join(f"{line}\n" for _, line, _ in sealed).encode("utf-8")
                if f.seek(0, os.SEEK_END) != tail.end:
                    f.truncate(tail.end)
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
                if tail.end == 0:
                    _fsync_dir(self.path.parent)
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)
        return [record for record, _, _ in sealed]

    def import_records(self, records: Iterable[LogRecord]) -> int:
        """Store records sealed elsewhere, unchanged, into this empty log (`log.transfer`):
        an absent file is built beside it and linked into place; an existing empty one is
        written under its exclusive lock throughout, and left empty on any error.
        """
        from timeline.log.transfer import build_beside, write_lines  # only when a copy runs

        if not os.path.lexists(self.path):

            def build(temporary: Path) -> int:
                with temporary.open("r+b") as f:
                    return write_lines(f, records)

            return build_beside(self.path, build)
        with self.path.open("r+b") as f:
            lock_exclusively(f, self.location, self.busy_seconds)
            try:
                if f.seek(0, os.SEEK_END) != 0:
                    raise InputError(self.location, "the destination log is not empty")
                try:
                    return write_lines(f, records)
                except BaseException:
                    f.truncate(0)  # as empty as it was
                    f.flush()
                    os.fsync(f.fileno())
                    raise
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def _known_ids(self) -> tuple[set[str], int]:
        """The event ids of the committed records, and the offset where they end, read under
        a shared lock held only long enough to find that end.
        """
        with self.path.open("rb") as f:
            end = self._committed_in(f).end
            return self._ids_between(f, 0, end), end

    def _ids_between(self, f: BinaryIO, start: int, end: int) -> set[str]:
        """The event ids of the committed lines from byte `start` to byte `end` of `f`."""
        ids: set[str] = set()
        f.seek(start)
        pos = start
        while pos < end:
            line = f.readline(MAX_RECORD_BYTES + 1)
            if not line:
                break
            try:
                ids.add(orjson.loads(line)["event"]["id"])
            except (orjson.JSONDecodeError, KeyError, TypeError):
                ids.add(decode_record(line, self._where(f, pos)).event.id)  # names the fault
                f.seek(pos + len(line))
            pos += len(line)
        return ids

    def committed_lines(self) -> Iterator[RawLine]:
        """The lines of the committed records, undecoded, as the log stood when the reading
        began (the prefix `read` reads: a torn tail, or one another writer cuts meanwhile, is
        never reached), for a full replay.
        """
        if not self.path.exists():
            return
        with self.path.open("rb") as f:
            end = self._committed_in(f).end
            f.seek(0)
            pos, lineno = 0, 0
            while pos < end:
                line = f.readline(MAX_RECORD_BYTES + 1)
                if not line:
                    return  # the file was cut short behind our back: what was read stands
                pos, lineno = pos + len(line), lineno + 1
                yield RawLine(f"{self.path}:{lineno}", line, line.endswith(b"\n"))

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The committed records with `gt < seq <= lte`, in order, as the log stood when the
        reading began.
        """
        prev = _Tail()
        for line in self.committed_lines():
            record = decode_record(line.data, line.where)
            if record.seq != prev.seq + 1 or record.prev != prev.hash:
                raise broken_chain(line.where, record.seq, prev.seq)
            prev = _Tail(record.seq, record.hash)
            if (gt is None or record.seq > gt) and (lte is None or record.seq <= lte):
                yield record
            if lte is not None and record.seq >= lte:
                return

    def raw_lines(self) -> Iterator[RawLine]:
        """The stored lines, torn or not, for `verify`."""
        return raw_lines(self.path)

    streams_first = True
    """A first question is one streamed pass over the lines (`committed_lines`)."""

    def scan_rows(self) -> Iterable[Stored]:
        """The committed lines, undecoded (`committed_lines`)."""
        return self.committed_lines()

    def _committed(self) -> _Tail:
        """The last committed record, found under a shared lock."""
        if not self.path.exists():
            return _Tail()
        with self.path.open("rb") as f:
            return self._committed_in(f)

    def _committed_in(self, f: BinaryIO) -> _Tail:
        """The last committed record of `f`, found under a shared lock held only long enough
        to find it (`_tail`).
        """
        fcntl.flock(f, fcntl.LOCK_SH)
        try:
            return self._tail(f)
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)

    def _tail(self, f: BinaryIO) -> _Tail:
        """The last committed record, skipping a torn tail; InputError on a corrupt line.

        A torn tail is what a crash in the middle of an append can leave after the last
        commit record: a prefix of the batch's lines, the last one maybe partial (a process
        killed mid-write), in which runs of bytes may read as zeros (a power cut that grew the
        file but lost some of its pages, anywhere in the batch, the bytes after them landed).
        So everything after the last commit record is a torn tail when no commit record
        follows it and each complete line in it is a record, holds a NUL byte, or comes after
        one that does. Anything else is corruption, never cut away: a commit record after
        a damaged line (the batch it ends may have been acknowledged; readers stop at the
        damaged line), or a complete line that is not a record with no zeros at or before
        it, which no crash writes.
        """
        suspect: tuple[int, str] | None = None  # the earliest line no crash explains, so far
        for start, line in _lines_backwards(f):
            too_long = size_problem(line)
            if too_long:
                raise InputError(self._where(f, start), too_long)
            if b"\0" in line:
                suspect = None  # zeros: what follows them is the rest of the torn batch
                continue
            if not line.endswith(b"\n"):
                continue  # a torn last line
            try:
                record = decode_record(line, "")
            except InputError as exc:
                suspect = (start, exc.message)
                continue
            if record.commit:
                if suspect is not None:
                    break
                return _Tail(record.seq, record.hash, start + len(line))
        if suspect is not None:
            raise InputError(self._where(f, suspect[0]), suspect[1])
        return _Tail()

    def _where(self, f: BinaryIO, offset: int) -> str:
        """`path:line` of the line starting at byte `offset`."""
        f.seek(0)
        newlines, pos = 0, 0
        while pos < offset:
            block = f.read(min(_CHUNK, offset - pos))
            newlines += block.count(b"\n")
            pos += len(block)
        return f"{self.path}:{newlines + 1}"


def lock_exclusively(f: BinaryIO, where: str, seconds: float = BUSY_SECONDS) -> None:
    """Take the exclusive `flock` on `f`, waiting at most `seconds` for other holders;
    InputError ("log busy") naming `where` if they hold it longer.

    The wait polls, at intervals that grow from a tenth of a millisecond to 20 ms, with a
    little jitter, so that no waiter is starved for long behind the others.
    """
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    deadline = time.monotonic() + seconds
    pause = 0.0001
    while True:
        time.sleep(pause * (0.5 + random.random()))
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise InputError(
                    where, f"log busy: another writer held it for {seconds:g} s"
                ) from None
        pause = min(pause * 2, 0.02)


def _lines_backwards(f: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """The lines of `f` from last to first, each with the offset where it starts.

    A line longer than `MAX_RECORD_BYTES` comes out cut to just over that length, so that a
    corrupt file never makes this hold more than that in memory.
    """
    end = f.seek(0, os.SEEK_END)
    pos = end
    carry = b""
    while pos > 0:
        step = min(_CHUNK, pos)
        pos -= step
        f.seek(pos)
        block = f.read(step) + carry
        cut = block.rfind(b"\n", 0, len(block) - 1)
        while cut >= 0:
            line = block[cut + 1 :]
            yield pos + cut + 1, line
            block = block[: cut + 1]
            cut = block.rfind(b"\n", 0, len(block) - 1)
        carry = block
        if len(carry) > MAX_RECORD_BYTES:
            yield pos, carry
            return
    if carry:
        yield 0, carry


def _fsync_dir(path: Path) -> None:
    """Make the directory entry of a new file durable (where the platform allows it)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def raw_lines(path: Path) -> Iterator[RawLine]:
    """The stored lines of a JSON Lines log, for `verify`, torn or not.

    A line longer than `MAX_RECORD_BYTES` comes out cut to just over that length (and the
    rest of it skipped), so that `verify` reports it without holding it in memory.
    """
    if not path.exists():
        return
    with path.open("rb") as f:
        lineno = 0
        while line := f.readline(MAX_RECORD_BYTES + 1):
            lineno += 1
            complete = line.endswith(b"\n")
            while not complete and len(line) > MAX_RECORD_BYTES and (rest := f.readline(_CHUNK)):
                complete = rest.endswith(b"\n")
            yield RawLine(f"{path}:{lineno}", line, complete)
