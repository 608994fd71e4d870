"""The log interface: append and read, nothing else. No update, no delete."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from timeline.log.records import LogRecord
from timeline.vocabulary.events import Event

__all__ = ["EventLog"]


class EventLog(Protocol):
    """An append-only, hash-chained sequence of records numbered 1, 2, 3, ..."""

    @property
    def location(self) -> str:
        """Where the log lives, for messages."""
        ...

    def last_seq(self) -> int:
        """The sequence number of the last committed record, 0 for an empty log."""
        ...

    def append(
        self, events: Sequence[Event], *, expected_seq: int | None = None
    ) -> list[LogRecord]:
        """Append `events` as one atomic batch; ConflictError if the log does not end at
        `expected_seq` (when given). Returns the new records.
        """
        ...

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The committed records with `gt < seq <= lte`, in sequence order."""
        ...
