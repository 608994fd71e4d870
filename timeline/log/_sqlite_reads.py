"""The reads of a SQLite store: records by sequence number, the stored lines and the rows of a
full scan, the selection for an entity (the SQL of `_sqlite_index`), lookups by id and type,
and the audit of the side tables. `timeline.log.sqlite.SqliteLog` adds the writes.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, MutableMapping

from timeline.log._sqlite_db import as_bytes
from timeline.log._sqlite_index import SELECT, audit, id_key
from timeline.log._sqlite_layout import decode_row
from timeline.log._sqlite_snapshots import Snapshots
from timeline.log.problems import Problem, RawLine
from timeline.log.protocol import NAMES_SEP, ScanRow
from timeline.log.records import LogRecord
from timeline.vocabulary.events import EntityRegistered, SourceRegistered

__all__ = ["Reads"]

_MAX = 1 << 62
_REGISTRATIONS = (EntityRegistered.TYPE, SourceRegistered.TYPE)


class Reads(Snapshots):
    """A SQLite store's database, read: every question of `EventLog` but the writes."""

    def last_seq(self) -> int:
        """The sequence number of the last record, 0 when empty or absent."""
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return 0
            row = db.execute("SELECT max(seq) FROM records").fetchone()
        return int(row[0] or 0)

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The records with `gt < seq <= lte`, in order, decoded as they are fetched."""
        for seq, text in self._rows(gt, lte):
            yield decode_row(text, self._where(seq))

    def raw_lines(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[RawLine]:
        """The stored records as JSON lines, in sequence order, for `verify` and for scans."""
        for seq, text in self._rows(gt, lte):
            yield RawLine(self._where(seq), as_bytes(text), True)

    def scan_rows(self) -> Iterator[ScanRow]:
        """Every stored record as `(seq, type, names, JSON text)`, in sequence order: the
        cheapest full scan. `names` holds the entities a reported event touches, separated
        by `NAMES_SEP`, so that a scan can pass over the records of other entities without
        parsing them; it is None when the scan must parse the record to know (an event that
        is not reported, or a name holding the separator).
        """
        return self._chunked("SELECT seq, type, names, record FROM records ORDER BY seq", ())

    def scan_rows_naming(self, names: Collection[str], before: int) -> Iterator[ScanRow]:
        """The rows before seq `before` whose records may name one of `names`, as `scan_rows`
        gives them: a full scan filtered by SQLite on the `names` column (rows without it
        are all given), for a second pass that looks for a few entities only.
        """
        if not names:
            return iter(())
        padded = [f"{NAMES_SEP}{name}{NAMES_SEP}" for name in names]
        sep = NAMES_SEP.replace("'", "''")
        tests = " OR ".join([f"instr('{sep}' || names || '{sep}', ?) > 0"] * len(padded))
        return self._chunked(
            "SELECT seq, type, names, record FROM records "
            f"WHERE seq < ? AND (names IS NULL OR {tests}) ORDER BY seq",
            (before, *padded),
        )

    def index_problems(self) -> Iterator[Problem]:
        """What the side data (columns, as-of index, corrections, ownership) lacks of what
        each record's event requires, record by record (see `timeline.log.audit`).
        """
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return
            yield from audit(db, self.location)

    def select(
        self,
        entity: str,
        *,
        limit: int | None = None,
        upto_seq: int | None = None,
        cache: MutableMapping[int, LogRecord] | None = None,
    ) -> Iterator[LogRecord]:
        """The records a projection of `entity` may need, in sequence order, by the rule of
        `timeline.log.selection` for events starting before `limit` (a day ordinal), up to
        `upto_seq`.
        Records found in `cache` are not decoded again; those decoded are added to it.
        """
        params = {
            "entity": entity,
            "limit": _MAX if limit is None else limit,
            "upto": _MAX if upto_seq is None else upto_seq,
            "always": _MAX,
            "never": -_MAX,
        }
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return
            found = db.execute(SELECT, params).fetchall()
        for seq, text in found:
            record = None if cache is None else cache.get(seq)
            if record is None:
                record = decode_row(text, self._where(seq))
                if cache is not None:
                    cache[seq] = record
            yield record

    def registrations(self, *, gt: int | None = None) -> Iterator[LogRecord]:
        """The records registering entities and sources after `gt`, in sequence order."""
        return self.of_types(_REGISTRATIONS, gt=gt)

    def of_types(self, types: Collection[str], *, gt: int | None = None) -> Iterator[LogRecord]:
        """The records of events of these `type` tags after `gt`, in sequence order (through
        the index on `type`: no other record is read).
        """
        # The types are written into the query, not bound: SQLite uses a partial index on
        # `type` (`registrations`, `merges`) only when the query names its very types.
        if not all(t.isidentifier() for t in types):
            raise ValueError(f"not event type tags: {sorted(types)}")
        named = ", ".join(f"'{t}'" for t in sorted(types))
        rows = self._chunked(
            f"SELECT seq, record FROM records WHERE type IN ({named}) AND seq > ? ORDER BY seq",
            (gt or 0,),
        )
        for seq, text in rows:
            yield decode_row(text, self._where(seq))

    def owned_by(self, entity: str) -> set[str]:
        """What `entity` owns (the products it released), in any record."""
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return set()
            return {r[0] for r in db.execute("SELECT owned FROM owns WHERE owner = ?", (entity,))}

    def has_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` that some record's event already carries."""
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return set()
            wanted = list(dict.fromkeys(ids))
            wanted_set = set(wanted)
            found: set[str] = set()
            for i in range(0, len(wanted), 500):
                part = wanted[i : i + 500]
                marks = ",".join("?" * len(part))
                rows = db.execute(
                    f"SELECT event_id FROM records WHERE id_key IN ({marks})",
                    [id_key(i) for i in part],
                )
                found.update(r[0] for r in rows if r[0] in wanted_set)
        return found

    def hash_at(self, seq: int) -> str | None:
        """The `hash` column of record `seq`, None when there is no such record."""
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return None
            row = db.execute("SELECT hash FROM records WHERE seq = ?", (seq,)).fetchone()
        return None if row is None else str(row[0])

    def _rows(self, gt: int | None, lte: int | None) -> Iterator[tuple[int, str | bytes]]:
        rows: Iterator[tuple[int, str | bytes]] = self._chunked(
            "SELECT seq, record FROM records WHERE seq > ? AND seq <= ? ORDER BY seq",
            (gt if gt is not None else -_MAX, lte if lte is not None else _MAX),
        )
        return rows
