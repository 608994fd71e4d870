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
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from timeline.errors import InputError
from timeline.log.protocol import EventLog
from timeline.log.records import LogRecord, encode_record
from timeline.progress import counted

__all__ = ["STEP", "build_beside", "copy_log", "write_lines"]

Progress = Callable[[int], None]
"""Told how many records have been copied so far."""

STEP = 10_000
"""Records a copy writes at once (a SQLite store: in one transaction)."""


def copy_log(source: EventLog, destination: EventLog, progress: Progress | None = None) -> int:
    """Copy the committed records of `source` into the empty log `destination`; returns how
    many were copied (`EventLog.import_records`: SQLite and JSON Lines logs take them).
    InputError when the destination holds records, or when another process creates it during
    the copy.
    """
    if destination.last_seq() != 0:
        raise InputError(destination.location, "the destination log is not empty")
    return destination.import_records(counted(source.read(), progress))


def build_beside(
    path: Path, build: Callable[[Path], int], *, side_files: Iterable[str] = ()
) -> int:
    """Build a log in a new file beside the absent `path` (`build(temporary)` writes it and
    returns how many records it holds), then link it into place unless `path` has appeared
    meanwhile. `side_files` are the suffixes of the files a backend keeps beside its own,
    removed with the temporary one.
    """
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(fd)
    temporary = Path(name)
    try:
        count = build(temporary)
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
        for suffix in ("", *side_files):
            Path(f"{temporary}{suffix}").unlink(missing_ok=True)
    return count


def write_lines(f: BinaryIO, records: Iterable[LogRecord]) -> int:
    """Write the records' lines to `f` from where it stands, and make them durable."""
    count = 0
    chunk: list[str] = []
    for record in records:
        chunk.append(encode_record(record) + "\n")
        count += 1
        if len(chunk) >= STEP:
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
