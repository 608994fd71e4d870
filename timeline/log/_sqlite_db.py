"""The database under a SQLite store: opening it (for writing, read-only, or as an immutable
file), its layout and the migration of older ones, and SQLite's failures in words.

`Database` holds the connection of one store (`timeline.log.sqlite.SqliteLog` is one): it opens
it on first use, sets up the tables and columns of this version, and rebuilds the side tables
(`timeline.log._sqlite_index`) when the index version changed.
"""

from __future__ import annotations

import itertools
import os
import random
import sqlite3
import time
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from timeline.converter import SCHEMA_VERSION
from timeline.errors import InputError
from timeline.log._sqlite_index import file_records, id_key, names_column
from timeline.log.records import LogRecord, decode_record, record_from_data

__all__ = [
    "BUSY_SECONDS",
    "FETCH",
    "INDEX_VERSION",
    "Database",
    "as_bytes",
    "decode_row",
    "immediate",
    "in_words",
]

INDEX_VERSION = f"{SCHEMA_VERSION}.3"
"""The version of the side tables and snapshots: they are rebuilt from the records when it
changes (with the record schema or with the way events are indexed)."""

FETCH = 1024

BUSY_SECONDS = 30

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


class Database:
    """The connection to a store's database file, opened and set up on first use."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None
        self._writes = False
        """Whether `_db` may write (it is read-only when this user may not write the store)."""

    @property
    def location(self) -> str:
        """The database file's path."""
        return str(self.path)

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
            raise InputError(self.location, f"cannot {doing}: {in_words(exc)}") from None

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
            while rows := cursor.fetchmany(FETCH):
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
                raise InputError(self.location, f"cannot open the log: {in_words(exc)}") from None
            try:
                db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
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
                    self.location, f"cannot read the log here: {in_words(exc)}"
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
            raise InputError(
                str(self.path), f"cannot open the database ({in_words(exc)})"
            ) from None
        deadline = time.monotonic() + BUSY_SECONDS
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
                        str(self.path), f"cannot open the log ({in_words(exc)})"
                    ) from None
                time.sleep(0.005 + 0.02 * random.random())
            except sqlite3.DatabaseError as exc:
                db.close()
                name = getattr(exc, "sqlite_errorname", "")
                damaged = name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))
                reason = in_words(exc) if damaged else f"not a timeline SQLite log ({exc})"
                raise InputError(str(self.path), f"cannot open the log: {reason}") from None
            except InputError:
                db.close()
                raise
        return db

    def _set_up(self, db: sqlite3.Connection) -> None:
        """Settings, tables, and side tables of this index version; nothing is written to a
        database that is not a log.
        """
        db.execute(f"PRAGMA busy_timeout = {BUSY_SECONDS * 1000}")
        self._check_schema(db)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute(f"PRAGMA cache_size = {-_CACHE_KIB}")
        db.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
        db.executescript(_SCHEMA)
        if self._missing_columns(db):
            with immediate(db):  # processes opening an older store at once: one adds them
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
        with immediate(db):
            if (db.execute(query).fetchone() or (None,))[0] == INDEX_VERSION:
                return  # another process rebuilt them meanwhile
            for table in ("touches", "idents", "targets", "owns", "snapshots"):
                db.execute(f"DELETE FROM {table}")
            rows = db.cursor().execute("SELECT seq, record FROM records ORDER BY seq")
            while chunk := rows.fetchmany(FETCH):
                records = [decode_row(text, self._where(seq)) for seq, text in chunk]
                file_records(db, records)
                db.executemany(
                    "UPDATE records SET names = ?, id_key = ? WHERE seq = ?",
                    [(names_column(r.event, None), id_key(r.event.id), r.seq) for r in records],
                )
            db.execute("INSERT OR REPLACE INTO meta VALUES ('index_version', ?)", (INDEX_VERSION,))

    def close(self) -> None:
        """Close the connection (it reopens on the next call)."""
        if self._db is not None:
            self._db.close()
            self._db = None
            self._writes = False


def decode_row(text: str | bytes, where: str) -> LogRecord:
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


def as_bytes(text: object) -> bytes:
    """A stored record as the bytes of its line (a BLOB as it is; the audit names it)."""
    if isinstance(text, bytes):
        return text
    if isinstance(text, str):
        return text.encode("utf-8", "surrogatepass")
    return repr(text).encode("utf-8")


def in_words(exc: sqlite3.Error) -> str:
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
def immediate(db: sqlite3.Connection) -> Iterator[None]:
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
