"""A log held in a Python list: the reference model, and the fake the tests use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

from timeline.errors import ConflictError
from timeline.log.records import GENESIS, LogRecord, seal_batch, unknown_events, utc_now
from timeline.log.unindexed import Unindexed
from timeline.vocabulary.events import Event

__all__ = ["MemoryLog"]


class MemoryLog(Unindexed):
    """An in-memory `EventLog`, with no index (`Unindexed`)."""

    def __init__(self, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._records: list[LogRecord] = []
        self._clock = clock

    @property
    def location(self) -> str:
        """Where the log lives, for messages."""
        return "<memory>"

    def last_seq(self) -> int:
        """The sequence number of the last record, 0 when empty."""
        return len(self._records)

    def append(
        self,
        events: Sequence[Event],
        *,
        expected_seq: int | None = None,
        skip_known: bool = False,
    ) -> list[LogRecord]:
        """Append `events` as one batch (with `skip_known`, those whose ids are not in the
        log nor earlier in the batch).
        """
        if expected_seq is not None and expected_seq != self.last_seq():
            raise ConflictError(expected_seq, self.last_seq())
        if skip_known:
            known = {r.event.id for r in self._records}
            events = unknown_events(events, known)
        if not events:
            return []
        last_hash = self._records[-1].hash if self._records else GENESIS
        new = seal_batch(
            events,
            last_seq=self.last_seq(),
            last_hash=last_hash,
            recorded_at=self._clock(),
            where=self.location,
        )
        self._records.extend(new)
        return new

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The records with `gt < seq <= lte`."""
        lo = 0 if gt is None else max(gt, 0)
        hi = len(self._records) if lte is None else max(min(lte, len(self._records)), lo)
        return iter(self._records[lo:hi])
