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
        self,
        events: Sequence[Event],
        *,
        expected_seq: int | None = None,
        skip_known: bool = False,
    ) -> list[LogRecord]:
        """Append `events` as one atomic batch; ConflictError if the log does not end at
        `expected_seq` (when given). Returns the new records.

        With `skip_known`, the events whose ids the log already holds, or that come earlier
        in `events`, are left out, under the same lock or transaction as the write: writers
        racing to append the same events store each once, with no conflict to retry. An
        InputError, with nothing written, when a reader would refuse one of the records.
        """
        ...

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The committed records with `gt < seq <= lte`, in sequence order."""
        ...
