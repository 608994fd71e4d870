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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import random
import sqlite3
import time
import urllib.parse
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from timeline.converter import SCHEMA_VERSION
from timeline.errors import ConflictError, InputError
from timeline.log.audit import Filed, index_problems
from timeline.log.keys import raw_touched
from timeline.log.protocol import NAMES_SEP, ScanRow
from timeline.log.records import (
    GENESIS,
    MAX_RECORD_BYTES,
    LogRecord,
    decode_record,
    encode_record,
    record_from_data,
    seal_encoded,
    utc_now,
)
from timeline.log.selection import filing
from timeline.log.selection import identity as identity_of
from timeline.log.verify import Problem, RawLine
from timeline.vocabulary.events import EntityRegistered, Event, Reported, SourceRegistered

__all__ = ["INDEX_VERSION", "NAMES_SEP", "ScanRow", "SqliteLog", "identity"]

INDEX_VERSION = f"{SCHEMA_VERSION}.3"
"""The version of the side tables and snapshots: they are rebuilt from the records when it
changes (with the record schema or with the way events are indexed)."""

_MAX = 1 << 62
_SIDE_FILES = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database, by the suffix of their names."""
_REGISTRATIONS = (EntityRegistered.TYPE, SourceRegistered.TYPE)
_FETCH = 1024
_BUSY_SECONDS = 30
_CHECKPOINT_PAGES = 16_384
"""Pages the write-ahead log may hold before a commit copies them into the database (64 MiB of
4 KiB pages; SQLite's default is 1,000): a page of an index that many batches write to is
copied once for all of them, which takes a third off the time of appending."""
_CACHE_KIB = 64 * 1024
"""Page cache of a connection: the indexes of a million-record log stay in memory while it
grows (SQLite's default of 2 MiB makes each insert into a large index a read from disk)."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    hash TEXT NOT NULL,
    record TEXT NOT NULL,
    names TEXT,
    id_key INTEGER
);
CREATE TABLE IF NOT EXISTS touches (
    entity TEXT NOT NULL,
    start_key INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (entity, start_key, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS idents (
    seq INTEGER PRIMARY KEY,
    ident INTEGER NOT NULL,
    start_key INTEGER NOT NULL,
    end_key INTEGER NOT NULL,
    once INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS idents_by_ident ON idents (ident, start_key);
CREATE TABLE IF NOT EXISTS targets (
    target TEXT NOT NULL,
    seq INTEGER NOT NULL,
    fix INTEGER NOT NULL,
    PRIMARY KEY (target, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS owns (
    owner TEXT NOT NULL,
    owned TEXT NOT NULL,
    PRIMARY KEY (owner, owned)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS snapshots (
    name TEXT PRIMARY KEY,
    version TEXT NOT NULL,
    upto_seq INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_INDEXES = """
DROP INDEX IF EXISTS records_by_event;
CREATE INDEX IF NOT EXISTS records_by_key ON records (id_key);
CREATE INDEX IF NOT EXISTS registrations ON records (type)
    WHERE type IN ('entity_registered', 'source_registered');
CREATE INDEX IF NOT EXISTS merges ON records (type)
    WHERE type IN ('entities_merged', 'merge_retracted');
"""
"""Event ids are found through `id_key`, a 32-bit checksum of the id, rather than through an
index of the ids themselves: content ids are random, so each insert lands on its own page of
the index, and an index of small integers has a third as many pages to write back a batch.
A lookup compares the ids of the rows it finds."""

_ADDED = {"names": "TEXT", "id_key": "INTEGER"}
"""Columns added to `records` since the first stores: filled by the rebuild that follows."""

_FIRST_COLUMNS = frozenset({"seq", "event_id", "type", "hash", "record"})
"""The columns of `records` in every layout: a database whose `records` lacks one is not a log."""

_SELECT = """
WITH RECURSIVE ents(e) AS (SELECT :entity UNION SELECT owned FROM owns WHERE owner = :entity),
later(seq, start_key, ident) AS (
    SELECT t.seq, t.start_key, i.ident FROM touches t JOIN ents ON t.entity = ents.e
    JOIN idents i ON i.seq = t.seq
    WHERE t.seq <= :upto AND t.start_key >= :limit
),
bounds(ident, bound) AS (
    SELECT x.ident, max(
        CASE
            WHEN x.start_key < :limit AND x.once = 1 THEN :always
            WHEN EXISTS (
                SELECT 1 FROM targets g
                WHERE g.fix = 1 AND g.seq <= :upto
                  AND g.target = (SELECT r.event_id FROM records r WHERE r.seq = x.seq)
            ) THEN :always
            WHEN x.start_key < :limit THEN x.end_key
            ELSE :never
        END
    )
    FROM idents x
    WHERE x.ident IN (SELECT ident FROM later) AND x.seq <= :upto
    GROUP BY x.ident
),
sel(seq) AS (
    SELECT t.seq FROM touches t JOIN ents ON t.entity = ents.e
    WHERE t.seq <= :upto AND (
        t.start_key < :limit OR EXISTS (
            SELECT 1 FROM targets g
            WHERE g.fix = 1 AND g.seq <= :upto
              AND g.target = (SELECT r.event_id FROM records r WHERE r.seq = t.seq)
        )
    )
    UNION
    SELECT l.seq FROM later l JOIN bounds b ON b.ident = l.ident WHERE l.start_key < b.bound
),
fixes(seq) AS (
    SELECT g.seq FROM targets g
    WHERE g.seq <= :upto
      AND g.target IN (SELECT r.event_id FROM records r WHERE r.seq IN (SELECT seq FROM sel))
    UNION
    SELECT g.seq FROM fixes f JOIN records r ON r.seq = f.seq JOIN targets g
      ON g.target = r.event_id
    WHERE g.seq <= :upto
)
SELECT seq, record FROM records
WHERE seq IN (SELECT seq FROM sel UNION SELECT seq FROM fixes)
ORDER BY seq
"""
"""The records `select` gives: the rule of `timeline.log.selection` in SQL (held to
`selection.Filings` by `tests/test_selection.py`). The reported events filed under the entity
or what it owns that start before `:limit` or are corrected; those that start later and before
the `bound` of their `ident` (`selection.later_bound`: every day once a report of it is
corrected, or starts before `:limit` and happens `once`; else the latest end of its reports
that start before `:limit`); then the corrections and retractions naming them (`closure`).
The bound is taken over every report of the `ident` in `idents` (so over the reports of
another key whose hash is the same, and over a row's own `once`): that only selects more,
which changes no answer."""


class SqliteLog:
    """An `EventLog` in a SQLite database file."""

    def __init__(self, path: str | os.PathLike[str], clock: Callable[[], dt.datetime] = utc_now):
        self.path = Path(path)
        self._clock = clock
        self._db: sqlite3.Connection | None = None
        self._writes = False
        """Whether `_db` may write (it is read-only when this user may not write the store)."""
        self._pending: dict[str, tuple[int, bytes]] = {}
        """Snapshots to store once the read transaction that made them ends."""

    @property
    def location(self) -> str:
        """The database file's path."""
        return str(self.path)

    @property
    def indexed(self) -> bool:
        """The side tables answer selections, id lookups, and types; snapshots are kept."""
        return True

    @property
    def streams_first(self) -> bool:
        """A first question is answered through the index, like every other."""
        return False

    # The EventLog interface ----------------------------------------------------------------

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
                with _immediate(db):
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
                        self.location, f"log busy: another writer held it for {_BUSY_SECONDS} s"
                    ) from None
                raise
        return [r for r, _, _ in sealed]

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The records with `gt < seq <= lte`, in order, decoded as they are fetched."""
        for seq, text in self._rows(gt, lte):
            yield _decode(text, self._where(seq))

    # Beyond the interface: raw rows, copying, and the index -------------------------------

    def raw_lines(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[RawLine]:
        """The stored records as JSON lines, in sequence order, for `verify` and for scans."""
        for seq, text in self._rows(gt, lte):
            yield RawLine(self._where(seq), _as_bytes(text), True)

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
            filed = Filed(
                touches=db.execute("SELECT seq, entity, start_key FROM touches ORDER BY seq"),
                targets={
                    seq: (name, bool(fix))
                    for name, seq, fix in db.execute("SELECT target, seq, fix FROM targets")
                },
                owns={(a, b) for a, b in db.execute("SELECT owner, owned FROM owns")},
                idents={
                    seq: (ident, start, end, bool(once))
                    for seq, ident, start, end, once in db.execute(
                        "SELECT seq, ident, start_key, end_key, once FROM idents"
                    )
                },
                ident=ident_of,
                key=id_key,
                separator=NAMES_SEP,
            )
            rows = db.cursor().execute(
                "SELECT seq, type, event_id, hash, names, id_key, typeof(record), record "
                "FROM records ORDER BY seq"
            )
            stored = ((*row[:7], orjson.loads(row[7])) for row in rows)
            yield from index_problems(stored, filed, str(self.path))

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
            found = db.execute(_SELECT, params).fetchall()
        for seq, text in found:
            record = None if cache is None else cache.get(seq)
            if record is None:
                record = _decode(text, self._where(seq))
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
            with _immediate(db):
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
            yield _decode(text, self._where(seq))

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

    def snapshot(self, name: str) -> tuple[int, bytes] | None:
        """(upto_seq, data) of the stored snapshot `name`, if it is of this index version."""
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return None
            row = db.execute(
                "SELECT upto_seq, data FROM snapshots WHERE name = ? AND version = ?",
                (name, INDEX_VERSION),
            ).fetchone()
        if row is None or not isinstance(row[0], int) or not isinstance(row[1], bytes | str):
            return None
        data = row[1].encode("utf-8", "surrogatepass") if isinstance(row[1], str) else row[1]
        return int(row[0]), data

    def snapshots(self) -> list[tuple[str, int, bytes]]:
        """(name, upto_seq, data) of every stored snapshot of this index version, for `verify`
        (snapshots of other versions are never read).
        """
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return []
            rows = db.execute(
                "SELECT name FROM snapshots WHERE version = ? ORDER BY name", (INDEX_VERSION,)
            ).fetchall()
        found = [(str(name), self.snapshot(str(name))) for (name,) in rows]
        return [(name, *snap) for name, snap in found if snap is not None]

    def hash_at(self, seq: int) -> str | None:
        """The `hash` column of record `seq`, None when there is no such record."""
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return None
            row = db.execute("SELECT hash FROM records WHERE seq = ?", (seq,)).fetchone()
        return None if row is None else str(row[0])

    def save_snapshot(self, name: str, upto_seq: int, data: bytes) -> None:
        """Store the snapshot `name` of what a projection held at `upto_seq` (best effort: a
        read-only or busy database keeps the old one). Inside `reading()` it is stored when
        the read transaction ends, so that a read never becomes a write.
        """
        if self._db is not None and self._db.in_transaction:
            self._pending[name] = (upto_seq, data)
            return
        db = self._connect(create=False)
        if db is None or not self._writes:
            return
        try:
            with _immediate(db):
                db.execute(
                    "INSERT OR REPLACE INTO snapshots VALUES (?, ?, ?, ?)",
                    (name, INDEX_VERSION, upto_seq, data),
                )
        except sqlite3.Error:
            pass

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read transaction around the reads inside: they all see the log as it stood at
        the first of them, whatever writers commit meanwhile (nested calls join it).
        """
        with self._failing("read the log"):
            db = self._connect(create=False)
        if db is None or db.in_transaction:
            yield
            return
        with self._failing("read the log"):
            db.execute("BEGIN")
        try:
            yield
        finally:
            if db.in_transaction:
                with self._failing("read the log"):
                    db.execute("COMMIT")
            pending, self._pending = self._pending, {}
            for name, (upto_seq, data) in pending.items():
                self.save_snapshot(name, upto_seq, data)

    def close(self) -> None:
        """Close the connection (it reopens on the next call)."""
        if self._db is not None:
            self._db.close()
            self._db = None
            self._writes = False

    # Internals -----------------------------------------------------------------------------

    def _check_size(self, record: LogRecord, line: str) -> None:
        """InputError when a record's line is longer than a record may be (as in JSON Lines)."""
        if 4 * len(line) >= MAX_RECORD_BYTES and len(line.encode("utf-8")) + 1 > MAX_RECORD_BYTES:
            raise InputError(
                self.location,
                f"record {record.seq} ({record.event.TYPE}) would take more than the "
                f"{MAX_RECORD_BYTES} bytes a record may",
            )

    def _where(self, seq: int) -> str:
        return f"{self.path}: record {seq}"

    @contextmanager
    def _failing(self, doing: str) -> Iterator[None]:
        """Turn SQLite's failures inside into an InputError naming the file: `cannot DOING`,
        and why, in words (a damaged page, a full disk, a read-only file).
        """
        try:
            yield
        except sqlite3.Error as exc:
            raise InputError(self.location, f"cannot {doing}: {_reason(exc)}") from None

    def _chunked(self, query: str, params: Sequence[object]) -> Iterator[Any]:
        """The rows of a query, fetched a thousand at a time, SQLite's failures as InputError
        (a chain of lists, so that a row costs no more than the cursor's own).
        """
        return itertools.chain.from_iterable(self._chunks(query, params))

    def _chunks(self, query: str, params: Sequence[object]) -> Iterator[list[Any]]:
        with self._failing("read the log"):
            db = self._connect(create=False)
            if db is None:
                return
            cursor = db.cursor().execute(query, params)
            while rows := cursor.fetchmany(_FETCH):
                yield rows

    def _connect(self, *, create: bool) -> sqlite3.Connection | None:
        """The connection, opened and set up on first use: for writing when `create` (the
        file is made if need be), else for reading (None when there is no file; read-only,
        with nothing written, when this user may not write the file or its folder).
        """
        if self._db is not None and (self._writes or not create):
            return self._db
        self.close()  # a read-only connection, and now a write
        exists = self.path.exists()
        if not exists and not create:
            return None
        if exists:
            self._check_links()
        writable = self._writable()
        if create and exists and not writable:
            raise InputError(
                self.location,
                "cannot write the log: this user may not write the file or its folder",
            )
        db = self._open_for_writing() if writable or create else self._open_read_only()
        self._db, self._writes = db, writable or create
        return db

    def _check_links(self) -> None:
        """InputError when the file has other names: SQLite keeps the write-ahead log beside
        the name a connection opened, so appends through one name are lost to the other.
        """
        links = os.stat(self.path).st_nlink
        if links > 1:
            raise InputError(
                self.location,
                f"has {links} hard links; a SQLite log must have one name, or appends through "
                "another name are lost",
            )

    def _writable(self) -> bool:
        """Whether this user may write the file (if there is one) and its folder."""
        folder = self.path.parent
        if not os.access(folder, os.W_OK, effective_ids=True):
            return False
        return not self.path.exists() or os.access(self.path, os.W_OK, effective_ids=True)

    def _open_read_only(self) -> sqlite3.Connection:
        """A read-only connection, checked to hold a log of this layout and index version.

        SQLite reads a write-ahead-log database through a `-shm` file beside it; when the
        folder cannot hold one and no `-wal` file is pending, the file is read as immutable
        (no writer can change it: a writer would need the folder too).
        """
        uri = "file:" + urllib.parse.quote(str(self.path.absolute()))
        wal = self.path.with_name(self.path.name + "-wal")
        tries = [f"{uri}?mode=ro"]
        if not wal.exists():
            tries.append(f"{uri}?mode=ro&immutable=1")
        for n, address in enumerate(tries):
            try:
                db = sqlite3.connect(
                    address, uri=True, isolation_level=None, check_same_thread=False
                )
            except sqlite3.Error as exc:
                raise InputError(self.location, f"cannot open the log: {_reason(exc)}") from None
            try:
                db.execute(f"PRAGMA busy_timeout = {_BUSY_SECONDS * 1000}")
                db.execute(f"PRAGMA cache_size = {-_CACHE_KIB}")
                if self._check_schema(db):
                    raise InputError(self.location, "no such log (the database is empty)")
                self._check_current(db)
                return db
            except sqlite3.Error as exc:
                db.close()
                if n + 1 < len(tries):
                    continue
                if wal.exists():
                    raise InputError(
                        self.location,
                        f"cannot read the log here ({exc}): its pending write-ahead log "
                        f"{wal.name} needs a {self.path.name}-shm file that this user may not "
                        "create; open it once where it may be written, which folds that in",
                    ) from None
                raise InputError(
                    self.location, f"cannot read the log here: {_reason(exc)}"
                ) from None
            except InputError:
                db.close()
                raise
        raise AssertionError("unreachable")

    def _open_for_writing(self) -> sqlite3.Connection:
        """A connection that may write, with the tables, columns and index of this version."""
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise InputError(str(self.path), f"cannot open the database ({_reason(exc)})") from None
        deadline = time.monotonic() + _BUSY_SECONDS
        while True:
            try:
                self._set_up(db)
                break
            except sqlite3.OperationalError as exc:
                # Processes creating one database at once: switching it to WAL does not wait
                # for the other's lock, so wait here.
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    db.close()
                    raise InputError(
                        str(self.path), f"cannot open the log ({_reason(exc)})"
                    ) from None
                time.sleep(0.005 + 0.02 * random.random())
            except sqlite3.DatabaseError as exc:
                db.close()
                name = getattr(exc, "sqlite_errorname", "")
                damaged = name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
                reason = _reason(exc) if damaged else f"not a timeline SQLite log ({exc})"
                raise InputError(str(self.path), f"cannot open the log: {reason}") from None
            except InputError:
                db.close()
                raise
        return db

    def _set_up(self, db: sqlite3.Connection) -> None:
        """Settings, tables, and side tables of this index version; nothing is written to a
        database that is not a log.
        """
        db.execute(f"PRAGMA busy_timeout = {_BUSY_SECONDS * 1000}")
        self._check_schema(db)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute(f"PRAGMA cache_size = {-_CACHE_KIB}")
        db.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
        db.executescript(_SCHEMA)
        if self._missing_columns(db):
            with _immediate(db):  # processes opening an older store at once: one adds them
                for column in self._missing_columns(db):
                    db.execute(f"ALTER TABLE records ADD COLUMN {column} {_ADDED[column]}")
        db.executescript(_INDEXES)
        self._check_version(db)

    def _check_schema(self, db: sqlite3.Connection) -> bool:
        """True when the database has no table yet; InputError, with nothing written, unless
        it has a `records` table of the log's columns (another program's database).
        """
        tables = sorted(
            str(name)
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
        if not tables:
            return True
        columns = {row[1] for row in db.execute("PRAGMA table_info(records)")}
        if not _FIRST_COLUMNS <= columns:
            shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise InputError(
                self.location,
                f"not a timeline SQLite log (its tables are {shown}); nothing was written",
            )
        return False

    def _check_current(self, db: sqlite3.Connection) -> None:
        """InputError unless the store is of this layout and index version: a store written
        by an earlier version is brought up to date when first opened where it may be written.
        """
        query = "SELECT value FROM meta WHERE key = 'index_version'"
        try:
            current = (db.execute(query).fetchone() or (None,))[0] == INDEX_VERSION
        except sqlite3.OperationalError:
            current = False
        if not current or self._missing_columns(db):
            raise InputError(
                self.location,
                "this store was written by an earlier version: open it once where it may be "
                "written, to bring its index up to date",
            )

    @staticmethod
    def _missing_columns(db: sqlite3.Connection) -> list[str]:
        """The columns added since the first stores that `records` lacks."""
        columns = {row[1] for row in db.execute("PRAGMA table_info(records)")}
        return [column for column in _ADDED if column not in columns]

    def _check_version(self, db: sqlite3.Connection) -> None:
        """Rebuild the side tables and drop the snapshots when the index version changed."""
        query = "SELECT value FROM meta WHERE key = 'index_version'"
        if (db.execute(query).fetchone() or (None,))[0] == INDEX_VERSION:
            return
        with _immediate(db):
            if (db.execute(query).fetchone() or (None,))[0] == INDEX_VERSION:
                return  # another process rebuilt them meanwhile
            for table in ("touches", "idents", "targets", "owns", "snapshots"):
                db.execute(f"DELETE FROM {table}")
            rows = db.cursor().execute("SELECT seq, record FROM records ORDER BY seq")
            while chunk := rows.fetchmany(_FETCH):
                records = [_decode(text, self._where(seq)) for seq, text in chunk]
                self._index(db, records)
                db.executemany(
                    "UPDATE records SET names = ?, id_key = ? WHERE seq = ?",
                    [(_names(r.event, None), id_key(r.event.id), r.seq) for r in records],
                )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('index_version', ?)", (INDEX_VERSION,))

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
            held = _decode(row[2], self._where(seq)).hash  # names what is wrong with it
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
                        _names(r.event, entities),
                        id_key(r.event.id),
                    )
                    for r, line, entities in rows
                ],
            )
        except sqlite3.IntegrityError:
            raise ConflictError(last_seq, self._last(db)[0]) from None
        self._index(db, [r for r, _, _ in rows], [entities for _, _, entities in rows])

    @staticmethod
    def _index(
        db: sqlite3.Connection,
        records: list[LogRecord],
        entities: Sequence[set[str] | None] = (),
    ) -> None:
        """File reported events under the entities they touch, with their span start, and
        those with an identity under their `ident` with their span; note what they correct or
        retract and who owns what.
        """
        touches: list[tuple[str, int, int]] = []
        idents: list[tuple[int, int, int, int, bool]] = []
        targets: list[tuple[str, int, bool]] = []
        owns: list[tuple[str, str]] = []
        for i, record in enumerate(records):
            filed = filing(record, (entities[i] if i < len(entities) else None) or None)
            if filed is None:
                continue
            seq, start = filed.seq, filed.start
            touches += [(e, start, seq) for e in filed.touches]
            if filed.key is not None:
                idents.append((seq, ident_of(filed.key), start, filed.end, filed.once))
            if filed.target is not None:
                targets.append((filed.target[0], seq, filed.target[1]))
            owns += filed.owns
        db.executemany("INSERT OR IGNORE INTO touches VALUES (?, ?, ?)", touches)
        db.executemany("INSERT OR IGNORE INTO idents VALUES (?, ?, ?, ?, ?)", idents)
        db.executemany("INSERT OR IGNORE INTO targets VALUES (?, ?, ?)", targets)
        db.executemany("INSERT OR IGNORE INTO owns VALUES (?, ?)", owns)

    def _append_sealed(self, records: list[LogRecord]) -> int:
        with self._failing("append to the log"):
            db = self._connect(create=True)
            assert db is not None
            with _immediate(db):
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


def id_key(event_id: str) -> int:
    """The `id_key` column of a record: the CRC-32 of its event id (ids sharing one are told
    apart by comparing the ids themselves).
    """
    return zlib.crc32(event_id.encode("utf-8"))


def identity(event: Event) -> tuple[int, bool] | None:
    """The `ident` and `once` of a report in the `idents` table: a signed 64-bit hash of its
    `identity_key`, and whether its type happens once (`corroboration.ONCE`); None for an event
    without an identity.
    """
    found = identity_of(event)
    return None if found is None else (ident_of(found[0]), found[1])


def ident_of(key: tuple[str, ...]) -> int:
    """The `ident` of an identity key in the `idents` table: a signed 64-bit hash of it."""
    digest = hashlib.blake2b("\x1f".join(key).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _names(event: Event, entities: set[str] | None) -> str | None:
    """The `names` column of a record: the entities its reported event touches (`entities`,
    or found from the event), joined by NAMES_SEP; None for other events, or when a name
    holds the separator.
    """
    if not isinstance(event, Reported):
        return None
    names = event.touches() if entities is None else entities
    if any(NAMES_SEP in name for name in names):
        return None
    return NAMES_SEP.join(sorted(names))


def _decode(text: str | bytes, where: str) -> LogRecord:
    """The record a stored row holds. Rows were checked when they were written, so the JSON
    is parsed by orjson without `decode_record`'s extra checks, which still name the fault
    when the fast path fails (`verify` reads with `decode_record` throughout).
    """
    if not isinstance(text, str | bytes):
        raise InputError(where, f"the record is stored as {type(text).__name__}, not as text")
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return decode_record(text, where)
    return record_from_data(data, where)


def _as_bytes(text: object) -> bytes:
    """A stored record as the bytes of its line (a BLOB as it is; the audit names it)."""
    if isinstance(text, bytes):
        return text
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    return repr(text).encode("utf-8")


def _reason(exc: sqlite3.Error) -> str:
    """What SQLite's failure means, in words, with SQLite's own message."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    said = str(exc) or name
    if name.startswith("SQLITE_FULL"):
        return f"the disk is full ({said}); nothing of this write was stored"
    if name.startswith("SQLITE_CORRUPT"):
        return f"the database is damaged ({said})"
    if name.startswith("SQLITE_NOTADB"):
        return f"not a SQLite database, or its first page is damaged ({said})"
    if name.startswith("SQLITE_READONLY"):
        return f"this user may not write it or its folder ({said})"
    if name.startswith("SQLITE_CANTOPEN"):
        return f"it cannot be opened ({said})"
    if name.startswith("SQLITE_IOERR"):
        return f"reading or writing the file failed ({said})"
    return said


@contextmanager
def _immediate(db: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: BEGIN IMMEDIATE, then COMMIT, or ROLLBACK on any error."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:  # the work failed, or the commit did: nothing of it stays
            db.execute("ROLLBACK")
        raise
