"""The SQLite log: one row a record, in a WAL-mode database file (`.sqlite` or `.db`).

Each row stores the record's canonical JSON line, exactly as the JSON Lines log writes it, so
hashes verify identically and a log converts between the two formats losslessly. Indexed
columns beside it serve queries: the event id, the event type, and side tables filing each
reported event under the entities it touches with its span start (the as-of index), the
corrections and retractions by the event they name, and who owns what.

Concurrency is the database's: an append runs in a `BEGIN IMMEDIATE` transaction (one writer
at a time), checks `expected_seq` against the last row inside it, and inserts rows whose `seq`
is the primary key (also the rowid, the record's position), so two writers can never both add
the same sequence number. A batch is one transaction: all of it lands, or none.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import time
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import orjson

from timeline.converter import SCHEMA_VERSION
from timeline.errors import ConflictError, InputError
from timeline.log.audit import Filed, index_problems
from timeline.log.keys import raw_touched, target, touched
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
from timeline.log.verify import Problem, RawLine
from timeline.vocabulary.events import EntityRegistered, Event, Reported, SourceRegistered

__all__ = ["INDEX_VERSION", "NAMES_SEP", "ScanRow", "SqliteLog"]

ScanRow = tuple[int, str, "str | None", str]
"""A stored record as a full scan reads it: (seq, event type, names or None, JSON text)."""

NAMES_SEP = " "
"""What separates the entity ids in a record's `names` column (ids are slugs: no spaces)."""

INDEX_VERSION = f"{SCHEMA_VERSION}.2"
"""The version of the side tables and snapshots: they are rebuilt from the records when it
changes (with the record schema or with the way events are indexed)."""

_MAX = 1 << 62
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
"""
"""Event ids are found through `id_key`, a 32-bit checksum of the id, rather than through an
index of the ids themselves: content ids are random, so each insert lands on its own page of
the index, and an index of small integers has a third as many pages to write back a batch.
A lookup compares the ids of the rows it finds."""

_ADDED = {"names": "TEXT", "id_key": "INTEGER"}
"""Columns added to `records` since the first stores: filled by the rebuild that follows."""

_SELECT = """
WITH RECURSIVE ents(e) AS (SELECT :entity UNION SELECT owned FROM owns WHERE owner = :entity),
sel(seq) AS (
    SELECT t.seq FROM touches t JOIN ents ON t.entity = ents.e
    WHERE t.seq <= :upto AND (
        t.start_key < :limit OR EXISTS (
            SELECT 1 FROM targets g
            WHERE g.fix = 1 AND g.seq <= :upto
              AND g.target = (SELECT r.event_id FROM records r WHERE r.seq = t.seq)
        )
    )
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


class SqliteLog:
    """An `EventLog` in a SQLite database file."""

    def __init__(self, path: str | os.PathLike[str], clock: Callable[[], dt.datetime] = utc_now):
        self.path = Path(path)
        self._clock = clock
        self._db: sqlite3.Connection | None = None

    @property
    def location(self) -> str:
        """The database file's path."""
        return str(self.path)

    # The EventLog interface ----------------------------------------------------------------

    def last_seq(self) -> int:
        """The sequence number of the last record, 0 when empty or absent."""
        db = self._connect(create=False)
        if db is None:
            return 0
        row = db.execute("SELECT max(seq) FROM records").fetchone()
        return int(row[0] or 0)

    def append(
        self, events: Sequence[Event], *, expected_seq: int | None = None
    ) -> list[LogRecord]:
        """Append `events` as one batch in one transaction; ConflictError if stale."""
        db = self._connect(create=True)
        assert db is not None
        with _immediate(db):
            last_seq, last_hash = self._last(db)
            if expected_seq is not None and expected_seq != last_seq:
                raise ConflictError(expected_seq, last_seq)
            if not events:
                return []
            sealed = seal_encoded(
                events, last_seq=last_seq, last_hash=last_hash, recorded_at=self._clock()
            )
            for record, line, _ in sealed:
                self._check_size(record, line)
            self._insert(db, [(r, line, raw_touched(data)) for r, line, data in sealed], last_seq)
        return [r for r, _, _ in sealed]

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        """The records with `gt < seq <= lte`, in order, decoded as they are fetched."""
        for seq, text in self._rows(gt, lte):
            yield _decode(text, self._where(seq))

    # Beyond the interface: raw rows, copying, and the index -------------------------------

    def raw_lines(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[RawLine]:
        """The stored records as JSON lines, in sequence order, for `verify` and for scans."""
        for seq, text in self._rows(gt, lte):
            yield RawLine(self._where(seq), text.encode("utf-8"), True)

    def scan_rows(self) -> Iterator[ScanRow]:
        """Every stored record as `(seq, type, names, JSON text)`, in sequence order: the
        cheapest full scan. `names` holds the entities a reported event touches, separated
        by `NAMES_SEP`, so that a scan can pass over the records of other entities without
        parsing them; it is None when the scan must parse the record to know (an event that
        is not reported, or a name holding the separator).
        """
        db = self._connect(create=False)
        if db is None:
            return iter(())
        rows: Iterator[ScanRow] = db.execute(
            "SELECT seq, type, names, record FROM records ORDER BY seq"
        )
        return rows

    def scan_rows_naming(self, names: Collection[str], before: int) -> Iterator[ScanRow]:
        """The rows before seq `before` whose records may name one of `names`, as `scan_rows`
        gives them: a full scan filtered by SQLite on the `names` column (rows without it
        are all given), for a second pass that looks for a few entities only.
        """
        db = self._connect(create=False)
        if db is None or not names:
            return iter(())
        padded = [f"{NAMES_SEP}{name}{NAMES_SEP}" for name in names]
        sep = NAMES_SEP.replace("'", "''")
        tests = " OR ".join([f"instr('{sep}' || names || '{sep}', ?) > 0"] * len(padded))
        rows: Iterator[ScanRow] = db.execute(
            "SELECT seq, type, names, record FROM records "
            f"WHERE seq < ? AND (names IS NULL OR {tests}) ORDER BY seq",
            (before, *padded),
        )
        return rows

    def append_records(self, records: Iterable[LogRecord], *, chunk: int = 10_000) -> int:
        """Store records sealed elsewhere, unchanged (same seq, recorded_at, hash), in chunks
        of one transaction each; InputError unless each follows the last in seq and chain.
        Returns how many were stored.

        A chunk ends at a commit record (the last of a batch) once it holds `chunk` records, so
        that a copy killed halfway leaves whole batches, as an append would; records that end
        inside a batch are refused.
        """
        db = self._connect(create=True)
        assert db is not None
        count = 0
        batch: list[LogRecord] = []
        for record in records:
            batch.append(record)
            if len(batch) >= chunk and record.commit:
                count += self._append_sealed(db, batch)
                batch = []
        if batch and not batch[-1].commit:
            raise InputError(
                str(self.path), f"the records end inside a batch, at record {batch[-1].seq}"
            )
        if batch:
            count += self._append_sealed(db, batch)
        return count

    def index_problems(self) -> Iterator[Problem]:
        """What the side data (columns, as-of index, corrections, ownership) lacks of what
        each record's event requires, record by record (see `timeline.log.audit`).
        """
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
            key=id_key,
            separator=NAMES_SEP,
        )
        rows = db.cursor().execute(
            "SELECT seq, type, event_id, names, id_key, record FROM records ORDER BY seq"
        )
        stored = ((*row[:5], orjson.loads(row[5])) for row in rows)
        yield from index_problems(stored, filed, str(self.path))

    def select(
        self,
        entity: str,
        *,
        limit: int | None = None,
        upto_seq: int | None = None,
        cache: MutableMapping[int, LogRecord] | None = None,
    ) -> Iterator[LogRecord]:
        """The records a projection of `entity` may need, in sequence order: the reported
        events touching it or what it owns that start before `limit` (a day ordinal) or that
        were corrected, and the corrections and retractions naming them, up to `upto_seq`.
        Records found in `cache` are not decoded again; those decoded are added to it.
        """
        db = self._connect(create=False)
        if db is None:
            return
        params = {
            "entity": entity,
            "limit": _MAX if limit is None else limit,
            "upto": _MAX if upto_seq is None else upto_seq,
        }
        for seq, text in db.execute(_SELECT, params).fetchall():
            record = None if cache is None else cache.get(seq)
            if record is None:
                record = _decode(text, self._where(seq))
                if cache is not None:
                    cache[seq] = record
            yield record

    def registrations(self, *, gt: int | None = None) -> Iterator[LogRecord]:
        """The records registering entities and sources after `gt`, in sequence order."""
        db = self._connect(create=False)
        if db is None:
            return
        rows = db.execute(
            "SELECT seq, record FROM records WHERE type IN (?, ?) AND seq > ? ORDER BY seq",
            (*_REGISTRATIONS, gt or 0),
        )
        for seq, text in rows:
            yield _decode(text, self._where(seq))

    def owned_by(self, entity: str) -> set[str]:
        """What `entity` owns (the products it released), in any record."""
        db = self._connect(create=False)
        if db is None:
            return set()
        rows = db.execute("SELECT owned FROM owns WHERE owner = ?", (entity,))
        return {r[0] for r in rows}

    def has_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` that some record's event already carries."""
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
        db = self._connect(create=False)
        if db is None:
            return None
        row = db.execute(
            "SELECT upto_seq, data FROM snapshots WHERE name = ? AND version = ?",
            (name, INDEX_VERSION),
        ).fetchone()
        return None if row is None else (int(row[0]), bytes(row[1]))

    def save_snapshot(self, name: str, upto_seq: int, data: bytes) -> None:
        """Store the snapshot `name` of what a projection held at `upto_seq` (best effort: a
        read-only database keeps the old one).
        """
        db = self._connect(create=False)
        if db is None:
            return
        try:
            with _immediate(db):
                db.execute(
                    "INSERT OR REPLACE INTO snapshots VALUES (?, ?, ?, ?)",
                    (name, INDEX_VERSION, upto_seq, data),
                )
        except sqlite3.OperationalError:
            pass

    def close(self) -> None:
        """Close the connection (it reopens on the next call)."""
        if self._db is not None:
            self._db.close()
            self._db = None

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

    def _connect(self, *, create: bool) -> sqlite3.Connection | None:
        if self._db is not None:
            return self._db
        if not create and not self.path.exists():
            return None
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise InputError(str(self.path), f"cannot open the database ({exc})") from None
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
                    raise InputError(str(self.path), f"cannot open the log ({exc})") from None
                time.sleep(0.005 + 0.02 * random.random())
            except sqlite3.DatabaseError as exc:
                db.close()
                raise InputError(str(self.path), f"not a timeline SQLite log ({exc})") from None
        self._db = db
        return db

    def _set_up(self, db: sqlite3.Connection) -> None:
        """Settings, tables, and side tables of this index version."""
        db.execute(f"PRAGMA busy_timeout = {_BUSY_SECONDS * 1000}")
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
            for table in ("touches", "targets", "owns", "snapshots"):
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

    def _rows(self, gt: int | None, lte: int | None) -> Iterator[tuple[int, str]]:
        db = self._connect(create=False)
        if db is None:
            return
        cursor = db.execute(
            "SELECT seq, record FROM records WHERE seq > ? AND seq <= ? ORDER BY seq",
            (gt if gt is not None else -_MAX, lte if lte is not None else _MAX),
        )
        while rows := cursor.fetchmany(_FETCH):
            yield from rows

    @staticmethod
    def _last(db: sqlite3.Connection) -> tuple[int, str]:
        row = db.execute("SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
        return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))

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
        note what they correct or retract and who owns what.
        """
        touches: list[tuple[str, int, int]] = []
        targets: list[tuple[str, int, bool]] = []
        owns: list[tuple[str, str]] = []
        for i, record in enumerate(records):
            event = record.event
            if not isinstance(event, Reported):
                continue
            start = event.when.start_key
            known = entities[i] if i < len(entities) else None
            touches += [(e, start, record.seq) for e in known or touched(event)]
            names = target(event)
            if names is not None:
                targets.append((names[0], record.seq, names[1]))
            owns += event.owns()
        db.executemany("INSERT OR IGNORE INTO touches VALUES (?, ?, ?)", touches)
        db.executemany("INSERT OR IGNORE INTO targets VALUES (?, ?, ?)", targets)
        db.executemany("INSERT OR IGNORE INTO owns VALUES (?, ?)", owns)

    def _append_sealed(self, db: sqlite3.Connection, records: list[LogRecord]) -> int:
        with _immediate(db):
            last_seq, last_hash = self._last(db)
            for record in records:
                if record.seq != last_seq + 1 or record.prev != last_hash:
                    raise InputError(
                        str(self.path),
                        f"record {record.seq} does not follow record {last_seq} of the log",
                    )
                last_seq, last_hash = record.seq, record.hash
            self._insert(db, [(r, encode_record(r), None) for r in records], records[0].seq - 1)
        return len(records)


def id_key(event_id: str) -> int:
    """The `id_key` column of a record: the CRC-32 of its event id (ids sharing one are told
    apart by comparing the ids themselves).
    """
    return zlib.crc32(event_id.encode("utf-8"))


def _names(event: Event, entities: set[str] | None) -> str | None:
    """The `names` column of a record: the entities its reported event touches (`entities`,
    or found from the event), joined by NAMES_SEP; None for other events, or when a name
    holds the separator.
    """
    if not isinstance(event, Reported):
        return None
    names = touched(event) if entities is None else entities
    if any(NAMES_SEP in name for name in names):
        return None
    return NAMES_SEP.join(sorted(names))


def _decode(text: str, where: str) -> LogRecord:
    """The record a stored row holds. Rows were checked when they were written, so the JSON
    is parsed by orjson without `decode_record`'s extra checks, which still name the fault
    when the fast path fails (`verify` reads with `decode_record` throughout).
    """
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return decode_record(text, where)
    return record_from_data(data, where)


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
