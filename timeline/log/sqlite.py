"""The SQLite log: one row a record, in a WAL-mode database file (`.sqlite` or `.db`).

Each row stores the record's canonical JSON line, exactly as the JSON Lines log writes it, so
hashes verify identically and a log converts between the two formats losslessly. Indexed
columns beside it serve queries: the event id, the event type, and side tables filing each
reported event under the entities it touches with its span start (the as-of index), each
report of an event with an identity under a hash of its identity key with its span (the
reports that may narrow or dispute one another), the corrections and retractions by the event
they name, and who owns what.

Concurrency is the database's: an append runs in a `BEGIN IMMEDIATE` transaction (one writer
at a time), checks `expected_seq` against the last row inside it, and inserts rows whose `seq`
is the primary key (also the rowid, the record's position), so two writers can never both add
the same sequence number. A batch is one transaction: all of it lands, or none. A reader
that asks several questions for one answer wraps them in `reading()`, one read transaction, so
that they all see the log at one moment.

What the store refuses rather than risk: a file with more than one hard link (SQLite keeps its
write-ahead log beside the name it was opened by, so two names would mean two logs of one
file), and a database of other tables (nothing is written to it). A store that this user may
not write (the file or its folder) is opened read-only for reading, with no set-up written;
when its folder cannot hold the `-shm` file SQLite needs beside a write-ahead log, and no
write-ahead log is pending, it is read as an immutable file. Every SQLite failure (a damaged
page, a full disk, a read-only file) is an `InputError` naming the file.

This module holds the log itself (append, reads, selection, copies in); the opening of the
database is in `_sqlite_db`, its layout and migrations in `_sqlite_layout`, the side tables and
the SQL that selects from them in `_sqlite_index`, the snapshots in `_sqlite_snapshots`.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, MutableMapping, Sequence
from pathlib import Path

import orjson

from timeline.errors import ConflictError, InputError
from timeline.log._sqlite_db import BUSY_SECONDS, as_bytes
from timeline.log._sqlite_index import (
    SELECT,
    audit,
    file_records,
    id_key,
    ident_of,
    identity,
    names_column,
)
from timeline.log._sqlite_layout import INDEX_VERSION, decode_row, immediate
from timeline.log._sqlite_snapshots import Snapshots
from timeline.log.keys import raw_touched
from timeline.log.protocol import NAMES_SEP, ScanRow
from timeline.log.records import (
    GENESIS,
    LogRecord,
    encode_record,
    seal_encoded,
    utc_now,
)
from timeline.log.verify import Problem, RawLine
from timeline.vocabulary.events import EntityRegistered, Event, SourceRegistered

__all__ = ["INDEX_VERSION", "NAMES_SEP", "ScanRow", "SqliteLog", "id_key", "ident_of", "identity"]

_MAX = 1 << 62
_SIDE_FILES = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database, by the suffix of their names."""
_REGISTRATIONS = (EntityRegistered.TYPE, SourceRegistered.TYPE)


class SqliteLog(Snapshots):
    """An `EventLog` in a SQLite database file (the connection and its set-up: `Database`;
    the side tables and their SQL: `timeline.log._sqlite_index`; snapshots: `Snapshots`).
    """

    def __init__(self, path: str | os.PathLike[str], clock: Callable[[], dt.datetime] = utc_now):
        super().__init__(path)
        self._clock = clock

    indexed = True
    """The side tables answer selections, id lookups, and types; snapshots are kept."""
    streams_first = False
    """A first question is answered through the index, like every other."""

    def last_seq(self) -> int:
        """The sequence number of the last record, 0 when empty or absent."""
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return 0
            row = db.execute("SELECT max(seq) FROM records").fetchone()
        return int(row[0] or 0)

    def append(
        self,
        events: Sequence[Event],
        *,
        expected_seq: int | None = None,
        skip_known: bool = False,
    ) -> list[LogRecord]:
        """Append `events` as one batch in one transaction; ConflictError if stale. With
        `skip_known`, the events whose ids the log holds (found through the `id_key` index,
        inside the transaction) or that come earlier in the batch are left out. InputError
        when a reader would refuse a record (see `seal_encoded`); InputError ("log busy")
        when other writers hold the database for longer than its busy timeout.
        """
        with self._failing("append to the log"):
            db = self._connect(create=True)
            assert db is not None
            try:
                with immediate(db):
                    last_seq, last_hash = self._last(db)
                    if expected_seq is not None and expected_seq != last_seq:
                        raise ConflictError(expected_seq, last_seq)
                    if skip_known and events:
                        known = self.has_ids(e.id for e in events)
                        fresh: list[Event] = []
                        for event in events:
                            if event.id not in known:
                                known.add(event.id)
                                fresh.append(event)
                        events = fresh
                    if not events:
                        return []
                    sealed = seal_encoded(
                        events,
                        last_seq=last_seq,
                        last_hash=last_hash,
                        recorded_at=self._clock(),
                        where=self.location,
                    )
                    rows = [(r, line, raw_touched(data)) for r, line, data in sealed]
                    self._insert(db, rows, last_seq)
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY"):
                    raise InputError(
                        self.location, f"log busy: another writer held it for {BUSY_SECONDS} s"
                    ) from None
                raise
        return [r for r, _, _ in sealed]

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

    def append_records(self, records: Iterable[LogRecord], *, chunk: int = 10_000) -> int:
        """Store records sealed elsewhere, unchanged (same seq, recorded_at, hash), in chunks
        of one transaction each; InputError unless each follows the last in seq and chain.
        Returns how many were stored.

        A chunk ends at a commit record (the last of a batch) once it holds `chunk` records, so
        that a copy killed halfway leaves whole batches, as an append would; records that end
        inside a batch are refused.
        """
        count = 0
        batch: list[LogRecord] = []
        for record in records:
            batch.append(record)
            if len(batch) >= chunk and record.commit:
                count += self._append_sealed(batch)
                batch = []
        if batch and not batch[-1].commit:
            raise InputError(
                str(self.path), f"the records end inside a batch, at record {batch[-1].seq}"
            )
        if batch:
            count += self._append_sealed(batch)
        return count

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

    def import_records(self, records: Iterable[LogRecord]) -> int:
        """Store records sealed elsewhere, unchanged, into this empty store (`log.transfer`):
        an absent database is built beside it and linked into place; an existing empty one is
        written in one write transaction, and left empty on any error.
        """
        from timeline.log.transfer import STEP, build_beside  # only when a copy runs

        if not os.path.lexists(self.path):
            for suffix in _SIDE_FILES:
                if os.path.lexists(f"{self.path}{suffix}"):
                    raise InputError(
                        f"{self.path}{suffix}",
                        "left beside an absent database (by a crash?): SQLite would apply it "
                        "to the new one; move it away first",
                    )

            def build(temporary: Path) -> int:
                built = SqliteLog(temporary)
                try:
                    return built.append_records(records, chunk=STEP)
                finally:
                    built.close()  # the last connection to close folds the WAL into the file

            return build_beside(self.path, build, side_files=_SIDE_FILES)
        try:
            db = self._connect(create=True)
            assert db is not None
            with immediate(db):
                if self.last_seq() != 0:
                    raise InputError(self.location, "the destination log is not empty")
                return self.append_records(records, chunk=STEP)
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY"):
                raise InputError(self.location, "log busy: another writer holds it") from None
            raise
        finally:
            self.close()  # the last connection to close folds the WAL into the file

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

    def _last(self, db: sqlite3.Connection) -> tuple[int, str]:
        """The last record's seq and hash, to chain the next one from; InputError when its
        `hash` column is not the hash its record holds (the column was edited: chaining from
        it would blame the next, honest record).
        """
        row = db.execute(
            "SELECT seq, hash, record FROM records ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if row is None:
            return 0, GENESIS
        seq, column = int(row[0]), str(row[1])
        try:
            held = orjson.loads(row[2])["hash"]
        except (orjson.JSONDecodeError, TypeError, KeyError):
            held = decode_row(row[2], self._where(seq)).hash  # names what is wrong with it
        if held != column:
            raise InputError(
                self._where(seq),
                "its hash column is not its record's hash (edited?); nothing was appended: "
                "`timeline verify` names the fault",
            )
        return seq, column

    def _insert(
        self,
        db: sqlite3.Connection,
        rows: list[tuple[LogRecord, str, set[str] | None]],
        last_seq: int,
    ) -> None:
        """Insert records with their lines, and file them in the index under the entities
        given (or, when None, under those their decoded events touch).
        """
        try:
            db.executemany(
                "INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        r.seq,
                        r.event.id,
                        r.event.TYPE,
                        r.hash,
                        line,
                        names_column(r.event, entities),
                        id_key(r.event.id),
                    )
                    for r, line, entities in rows
                ],
            )
        except sqlite3.IntegrityError:
            raise ConflictError(last_seq, self._last(db)[0]) from None
        file_records(db, [r for r, _, _ in rows], [entities for _, _, entities in rows])

    def _append_sealed(self, records: list[LogRecord]) -> int:
        with self._failing("append to the log"):
            db = self._connect(create=True)
            assert db is not None
            with immediate(db):
                last_seq, last_hash = self._last(db)
                for record in records:
                    if record.seq != last_seq + 1 or record.prev != last_hash:
                        raise InputError(
                            str(self.path),
                            f"record {record.seq} does not follow record {last_seq} of the log",
                        )
                    last_seq, last_hash = record.seq, record.hash
                rows: list[tuple[LogRecord, str, set[str] | None]] = [
                    (r, encode_record(r), None) for r in records
                ]
                self._insert(db, rows, records[0].seq - 1)
        return len(records)
