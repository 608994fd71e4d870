"""Copying a log from one backend to another, record for record, in bounded memory.

The copy keeps every record as it is: the same sequence numbers, recording times, commit marks
and hashes, so the copy verifies like the original and converts back to the same bytes. Only
committed records are copied (a torn tail is left behind). The destination must be empty;
nothing of it is left behind on any error.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline.errors import InputError
from timeline.log.jsonl import JsonlLog
from timeline.log.protocol import EventLog
from timeline.log.records import LogRecord, encode_record
from timeline.log.sqlite import SqliteLog
from timeline.progress import counted

__all__ = ["copy_log"]

Progress = Callable[[int], None]
"""Told how many records have been copied so far."""

_STEP = 10_000


def copy_log(source: EventLog, destination: EventLog, progress: Progress | None = None) -> int:
    """Copy the committed records of `source` into the empty log `destination`; returns how
    many were copied. Supported destinations: SQLite and JSON Lines logs.
    """
    if destination.last_seq() != 0:
        raise InputError(destination.location, "the destination log is not empty")
    records = counted(source.read(), progress)
    if isinstance(destination, SqliteLog):
        try:
            return destination.append_records(records, chunk=_STEP)
        except BaseException:
            destination.close()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{destination.path}{suffix}").unlink(missing_ok=True)
            raise
        finally:
            destination.close()  # the last connection to close folds the WAL into the file
    if isinstance(destination, JsonlLog):
        return _write_jsonl(destination.path, records)
    raise InputError(destination.location, "cannot copy into this kind of log")


def _write_jsonl(path: Path, records: Iterable[LogRecord]) -> int:
    """Write the records' lines to a new file beside `path`, then move it into place."""
    temporary = path.with_name(f".{path.name}.part")
    count = 0
    try:
        with temporary.open("wb") as f:
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
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return count
