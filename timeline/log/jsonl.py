"""The JSON Lines log: one record a line, appended under an exclusive file lock.

Durability: a batch is written with one `write`, then flushed and `fsync`ed before `append`
returns, so an acknowledged append survives a crash (the directory is fsynced when the file is
created). A crash mid-write leaves a torn tail: a partial line, or whole lines of a batch whose
last (`commit`) record never landed. Readers ignore such a tail and the next append cuts it
away under the lock before writing.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from timeline.errors import ConflictError
from timeline.log.records import (
    GENESIS,
    LogRecord,
    decode_record,
    encode_record,
    seal_batch,
    utc_now,
)
from timeline.log.verify import RawLine
from timeline.vocabulary.events import Event

__all__ = ["JsonlLog", "raw_lines"]

_CHUNK = 1 << 16


class JsonlLog:
    """An `EventLog` in a JSON Lines file."""

    def __init__(self, path: str | os.PathLike[str], clock: Callable[[], dt.datetime] = utc_now):
        self.path = Path(path)
        self._clock = clock

    @property
    def location(self) -> str:
        """The file's path."""
        return str(self.path)

    def last_seq(self) -> int:
        """The sequence number of the last committed record, 0 when empty or absent."""
        if not self.path.exists():
            return 0
        with self.path.open("rb") as f:
            return self._tail(f)[0]

    def append(
        self, events: Sequence[Event], *, expected_seq: int | None = None
    ) -> list[LogRecord]:
        """Append `events` as one batch, durably, under an exclusive lock."""
        created = not self.path.exists()
        with self.path.open("a+b") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                last_seq, last_hash, valid_end = self._tail(f)
                if expected_seq is not None and expected_seq != last_seq:
                    raise ConflictError(expected_seq, last_seq)
                if not events:
                    return []
                records = seal_batch(
                    events, last_seq=last_seq, last_hash=last_hash, recorded_at=self._clock()
                )
                payload = "".join(encode_record(r) + "\n" for r in records).encode("utf-8")
                if f.seek(0, os.SEEK_END) != valid_end:
                    f.truncate(valid_end)
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)
        if created:
            _fsync_dir(self.path.parent)
        return records

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The committed records with `gt < seq <= lte`, in order."""
        if not self.path.exists():
            return
        pending: list[LogRecord] = []
        with self.path.open("rb") as f:
            for lineno, line in enumerate(f, start=1):
                if not line.endswith(b"\n"):
                    break  # a torn last line
                record = decode_record(line, f"{self.path}:{lineno}")
                pending.append(record)
                if not record.commit:
                    continue
                for r in pending:
                    if (gt is None or r.seq > gt) and (lte is None or r.seq <= lte):
                        yield r
                if lte is not None and record.seq >= lte:
                    return
                pending = []

    def _tail(self, f: BinaryIO) -> tuple[int, str, int]:
        """(seq, hash, byte offset of its end) of the last committed record."""
        for start, line in _lines_backwards(f):
            if not line.endswith(b"\n"):
                continue  # a torn last line
            record = decode_record(line, f"{self.path}: record at byte {start}")
            if record.commit:
                return record.seq, record.hash, start + len(line)
        return 0, GENESIS, 0


def _lines_backwards(f: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """The lines of `f` from last to first, each with the offset where it starts."""
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
    if carry:
        yield 0, carry


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def raw_lines(path: Path) -> Iterator[RawLine]:
    """The stored lines of a JSON Lines log, for `verify`, torn or not."""
    if not path.exists():
        return
    with path.open("rb") as f:
        for lineno, line in enumerate(f, start=1):
            yield RawLine(f"{path}:{lineno}", line, line.endswith(b"\n"))
