"""The store interface of a backend with no index: every answer read from `read()`.

A backend subclasses `Unindexed` and writes the four methods of a log (`location`,
`last_seq`, `append`, `read`); what the engine asks beyond them (`timeline.log.protocol`) is
answered here by reading every record: the selection by the rule of `timeline.log.selection`
itself, no snapshot, an index with no fault. A backend that stores lines overrides
`raw_lines` and `scan_rows`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterable, Iterator, MutableMapping
from contextlib import AbstractContextManager

from timeline.errors import InputError
from timeline.log.problems import Problem, RawLine
from timeline.log.protocol import Stored
from timeline.log.records import LogRecord, encode_record
from timeline.log.selection import ALWAYS, Filings
from timeline.vocabulary.events import EntityRegistered, SourceRegistered

__all__ = ["Unindexed"]

_REGISTRATIONS = frozenset({EntityRegistered.TYPE, SourceRegistered.TYPE})


class Unindexed:
    """The store interface beyond a log's four methods, for a backend with no index."""

    @property
    def location(self) -> str:
        """Where the log lives, for messages."""
        raise NotImplementedError

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The committed records with `gt < seq <= lte`, in sequence order."""
        raise NotImplementedError

    indexed = False
    """No index: `Timeline` keeps one beside the records it reads."""
    streams_first = False
    """Records held decoded: a first question reads them as they are."""

    def raw_lines(self) -> Iterator[RawLine]:
        """The records encoded as a JSON Lines log would store them."""
        for record in self.read():
            yield RawLine(self.location, (encode_record(record) + "\n").encode("utf-8"))

    def scan_rows(self) -> Iterable[Stored]:
        """The records encoded as the lines they would be (`raw_lines`)."""
        return self.raw_lines()

    def scan_rows_naming(self, names: Collection[str], before: int) -> Iterable[Stored]:
        """Every record, as `scan_rows` gives them (no index tells which name what)."""
        return self.scan_rows()

    def select(
        self,
        entity: str,
        *,
        limit: int | None = None,
        upto_seq: int | None = None,
        cache: MutableMapping[int, LogRecord] | None = None,
    ) -> Iterator[LogRecord]:
        """The records the rule of `timeline.log.selection` selects, from every record read."""
        records = {r.seq: r for r in self.read()}  # ownership is read from every record
        filings = Filings().extend(records.values())
        chosen = filings.select(entity, limit=ALWAYS if limit is None else limit, upto=upto_seq)
        return (records[seq] for seq in chosen)

    def has_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` that some record's event carries."""
        wanted = set(ids)
        return {r.event.id for r in self.read() if r.event.id in wanted}

    def of_types(self, types: Collection[str], *, gt: int | None = None) -> Iterator[LogRecord]:
        """The records of events of these `type` tags after `gt`, in order."""
        wanted = frozenset(types)
        return (r for r in self.read(gt=gt) if r.event.TYPE in wanted)

    def registrations(self, *, gt: int | None = None) -> Iterator[LogRecord]:
        """The records registering entities and sources after `gt`, in order."""
        return self.of_types(_REGISTRATIONS, gt=gt)

    def hash_at(self, seq: int) -> str | None:
        """The hash of record `seq`, None when there is no such record."""
        found = next(self.read(gt=seq - 1, lte=seq), None)
        return None if found is None else found.hash

    def snapshot(self, name: str) -> tuple[int, bytes] | None:
        """No snapshot is stored."""
        return None

    def snapshots(self) -> list[tuple[str, int, bytes]]:
        """No snapshot is stored."""
        return []

    def save_snapshot(self, name: str, upto_seq: int, data: bytes) -> None:
        """Nothing is stored: the answers are folded from the records."""

    def index_problems(self) -> Iterator[Problem]:
        """No index, no fault of one."""
        return iter(())

    def import_records(self, records: Iterable[LogRecord]) -> int:
        """InputError: a log that is no file takes no copy (`log.transfer`)."""
        raise InputError(self.location, "cannot copy into this kind of log")

    def reading(self) -> AbstractContextManager[None]:
        """Each read sees the log as it stands (a file's `read` holds a moment of its own)."""
        return contextlib.nullcontext()
