"""Copying a log from one backend to another, record for record, in bounded memory.

The copy keeps every record as it is: the same sequence numbers, recording times, commit marks
and hashes, so the copy verifies like the original and converts back to the same bytes. Only
committed records are copied (a torn tail is left behind).

The destination must hold no record, and whatever other processes append to it while the copy
runs is never lost, for the copy deletes or replaces no file it did not create:

- an absent destination is built in a new file of the copy's own beside it, which is linked
  into place, once complete, only if the destination is still absent (a hard link never
  replaces a file). If another process created the destination meanwhile, the copy is refused
  with an InputError, its own file removed, and the other process's records stay as they are;
- an existing destination with no record is held for the whole copy: under the JSON Lines
  log's exclusive file lock, or in one write transaction of the SQLite store. Other writers
  wait for the copy to end (their wait is bounded: "log busy" past it) and append after it.
  On any error it is left as it was, empty.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from timeline.errors import InputError
from timeline.log.jsonl import JsonlLog, lock_exclusively
from timeline.log.protocol import EventLog
from timeline.log.records import LogRecord, encode_record
from timeline.log.sqlite import SqliteLog, _immediate
from timeline.progress import counted

__all__ = ["copy_log"]

Progress = Callable[[int], None]
"""Told how many records have been copied so far."""

_STEP = 10_000
_SIDE_FILES = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database, by the suffix of their names."""


def copy_log(source: EventLog, destination: EventLog, progress: Progress | None = None) -> int:
    """Copy the committed records of `source` into the empty log `destination`; returns how
    many were copied. Supported destinations: SQLite and JSON Lines logs. InputError when the
    destination holds records, or when another process creates it during the copy.
    """
    if destination.last_seq() != 0:
        raise InputError(destination.location, "the destination log is not empty")
    if not isinstance(destination, SqliteLog | JsonlLog):
        raise InputError(destination.location, "cannot copy into this kind of log")
    records = counted(source.read(), progress)
    if os.path.lexists(destination.path):
        if isinstance(destination, SqliteLog):
            return _into_store(destination, records)
        return _into_file(destination, records)
    return _beside(destination, records)


def _beside(destination: SqliteLog | JsonlLog, records: Iterable[LogRecord]) -> int:
    """Build the log in a new file beside the absent `destination`, then link it into place
    unless the destination has appeared meanwhile.
    """
    path = destination.path
    store = isinstance(destination, SqliteLog)
    if store:
        for suffix in _SIDE_FILES:
            if os.path.lexists(f"{path}{suffix}"):
                raise InputError(
                    f"{path}{suffix}",
                    "left beside an absent database (by a crash?): SQLite would apply it to "
                    "the new one; move it away first",
                )
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    temporary = Path(name)
    try:
        if store:
            built = SqliteLog(temporary)
            try:
                count = built.append_records(records, chunk=_STEP)
            finally:
                built.close()  # the last connection to close folds the WAL into the file
        else:
            with temporary.open("r+b") as f:
                count = _write(f, records)
        with temporary.open("rb") as f:
            os.fsync(f.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise InputError(
                str(path),
                "another process created the log while it was being copied into: its "
                "records are kept and nothing was copied",
            ) from None
        temporary.unlink()
        _fsync_dir(path.parent)
    finally:
        for suffix in ("", *_SIDE_FILES):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    return count


def _into_file(destination: JsonlLog, records: Iterable[LogRecord]) -> int:
    """Copy into an existing JSON Lines file that holds nothing, under its lock throughout."""
    with destination.path.open("r+b") as f:
        lock_exclusively(f, destination.location, destination.busy_seconds)
        try:
            if f.seek(0, os.SEEK_END) != 0:
                raise InputError(destination.location, "the destination log is not empty")
            try:
                return _write(f, records)
            except BaseException:
                f.truncate(0)  # as empty as it was
                f.flush()
                os.fsync(f.fileno())
                raise
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _into_store(destination: SqliteLog, records: Iterable[LogRecord]) -> int:
    """Copy into an existing SQLite store that holds no record, in one write transaction."""
    try:
        db = destination._connect(create=True)
        assert db is not None
        with _immediate(db):
            if destination.last_seq() != 0:
                raise InputError(destination.location, "the destination log is not empty")
            return destination.append_records(records, chunk=_STEP)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY"):
            raise InputError(destination.location, "log busy: another writer holds it") from None
        raise
    finally:
        destination.close()  # the last connection to close folds the WAL into the file


def _write(f: BinaryIO, records: Iterable[LogRecord]) -> int:
    """Write the records' lines to `f` from where it stands, and make them durable."""
    count = 0
    chunk: list[str] = []
    for record in records:
        chunk.append(encode_record(record) + "\n")
        count += 1
        if len(chunk) >= _STEP:
            f.write("".join(chunk).encode("utf-8"))
            chunk = []
    f.write("".join(chunk).encode("utf-8"))
    f.flush()
    os.fsync(f.fileno())
    return count


def _fsync_dir(path: Path) -> None:
    """Make a new directory entry durable (where the platform allows it)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)
