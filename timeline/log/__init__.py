"""The append-only log: records, the `EventLog` interface and its backends."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from timeline._files import regular_file
from timeline._lazy import lazy_names
from timeline.errors import InputError

if TYPE_CHECKING:
    from timeline.log.jsonl import JsonlLog
    from timeline.log.memory import MemoryLog
    from timeline.log.protocol import EventLog
    from timeline.log.records import GENESIS, LogRecord
    from timeline.log.sqlite import SqliteLog

__all__ = ["GENESIS", "EventLog", "JsonlLog", "LogRecord", "MemoryLog", "SqliteLog", "open_log"]

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
SQLITE_SUFFIXES = (".sqlite", ".db")

_LAZY = {
    "GENESIS": "timeline.log.records",
    "EventLog": "timeline.log.protocol",
    "JsonlLog": "timeline.log.jsonl",
    "LogRecord": "timeline.log.records",
    "MemoryLog": "timeline.log.memory",
    "SqliteLog": "timeline.log.sqlite",
}
"""The module of each name, imported on first use: importing one part of the log (a record,
the JSON Lines backend) does not import SQLite's.
"""

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _LAZY)


def open_log(path: str | os.PathLike[str]) -> EventLog:
    """The log at `path`, its backend chosen by the suffix: `.jsonl` for JSON Lines, `.sqlite`
    or `.db` for SQLite. InputError when `path` names something other than a regular file
    (a named pipe would block every read).
    """
    p = regular_file(path)
    if p.suffix in JSONL_SUFFIXES:
        from timeline.log.jsonl import JsonlLog

        return JsonlLog(p)
    if p.suffix in SQLITE_SUFFIXES:
        from timeline.log.sqlite import SqliteLog

        return SqliteLog(p)
    raise InputError(str(p), f"unknown log format {p.suffix!r}; use a .jsonl or .sqlite file")
