"""The store interface: everything the engine asks of a log. No update, no delete.

Four methods make a log (`location`, `last_seq`, `append`, `read`); the others are what the
engine asks of a store beyond them (stored lines, selection, id lookup, snapshots, the audit of
an index). A backend with no index of its own gets them, answered from `read`, by subclassing
`timeline.log.unindexed.Unindexed`; an indexed one (SQLite) answers them from its index.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, MutableMapping, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from timeline.log.problems import Problem, RawLine
from timeline.log.records import LogRecord
from timeline.vocabulary.events import Event

__all__ = ["NAMES_SEP", "EventLog", "ScanRow", "Stored"]

ScanRow = tuple[int, str, "str | None", str]
"""A stored record as an indexed store's full scan reads it: (seq, event type, the entities
its reported event touches joined by `NAMES_SEP`, or None, JSON text)."""

NAMES_SEP = " "
"""What separates the entity ids of a `ScanRow`'s names (ids are slugs: no spaces)."""

Stored = RawLine | ScanRow
"""A stored record as a full replay reads it (`EventLog.scan_rows`): a line as `raw_lines`
gives it (perhaps torn), or a row of an indexed store (`ScanRow`), whose names let the replay
pass over the records of other entities without parsing them; such rows are committed, each
of them."""


class EventLog(Protocol):
    """An append-only, hash-chained sequence of records numbered 1, 2, 3, ..."""

    @property
    def location(self) -> str:
        """Where the log lives, for messages."""
        ...

    @property
    def indexed(self) -> bool:
        """Whether the store keeps an index of its own, so that `select`, `has_ids`,
        `of_types`, the snapshots and `index_problems` answer without reading every record
        (else they read them all, and `Timeline` keeps an index beside the records it reads).
        """
        ...

    @property
    def streams_first(self) -> bool:
        """Whether a first question is answered faster by one streamed pass over the stored
        lines than by decoding every record to index them (a file of JSON lines).
        """
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

    # Stored lines ---------------------------------------------------------------------------

    def raw_lines(self) -> Iterator[RawLine]:
        """The stored lines, torn or not, in order, for `verify` (a log without storage: its
        records encoded as a JSON Lines log would store them).
        """
        ...

    def scan_rows(self) -> Iterable[Stored]:
        """What the streamed read reads (`log.streamed`): the committed records, cheapest
        first (rows that name their entities, or undecoded lines).
        """
        ...

    def scan_rows_naming(self, names: Collection[str], before: int) -> Iterable[Stored]:
        """At least the stored records before seq `before` that may name one of `names`, as
        `scan_rows` gives them, for a replay's second pass (all of them, without an index).
        """
        ...

    # Selection and lookup -------------------------------------------------------------------

    def select(
        self,
        entity: str,
        *,
        limit: int | None = None,
        upto_seq: int | None = None,
        cache: MutableMapping[int, LogRecord] | None = None,
    ) -> Iterator[LogRecord]:
        """The records an answer about `entity` needs, in order, by the rule of
        `timeline.log.selection` for events starting before day `limit`, up to `upto_seq`.
        Records found in `cache` may be given from it; those decoded may be added to it.
        """
        ...

    def has_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` that some record's event carries."""
        ...

    def of_types(self, types: Collection[str], *, gt: int | None = None) -> Iterator[LogRecord]:
        """The records of events of these `type` tags after `gt`, in order."""
        ...

    def registrations(self, *, gt: int | None = None) -> Iterator[LogRecord]:
        """The records registering entities and sources after `gt`, in order."""
        ...

    def hash_at(self, seq: int) -> str | None:
        """The hash of record `seq`, None when there is no such record."""
        ...

    # Snapshots and the index ----------------------------------------------------------------

    def snapshot(self, name: str) -> tuple[int, bytes] | None:
        """(upto_seq, data) of the stored snapshot `name`, None when there is none."""
        ...

    def snapshots(self) -> list[tuple[str, int, bytes]]:
        """(name, upto_seq, data) of every stored snapshot, for `verify`."""
        ...

    def save_snapshot(self, name: str, upto_seq: int, data: bytes) -> None:
        """Store the snapshot `name` made at `upto_seq`, best effort (or not at all)."""
        ...

    def index_problems(self) -> Iterator[Problem]:
        """What the store's index lacks of what its records require (nothing, without one)."""
        ...

    def import_records(self, records: Iterable[LogRecord]) -> int:
        """Store `records`, sealed by another log, unchanged into this empty one, never losing
        what another process appends meanwhile (`timeline.log.transfer`); how many were
        stored. InputError when the log holds records, or cannot take a copy.
        """
        ...

    def reading(self) -> AbstractContextManager[None]:
        """One moment for the reads inside: they all see the log as it stood at the first."""
        ...
