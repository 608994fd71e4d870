"""The layout of a SQLite store's database: its tables and indexes, the migration of older
layouts (columns added since), and the rebuild of the side tables (`_sqlite_index`) when the
index version changes; with what every part of the store uses beside them: one write
transaction (`immediate`) and the record a row holds (`decode_row`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import orjson

from timeline.converter import SCHEMA_VERSION
from timeline.errors import InputError
from timeline.log._sqlite_index import file_records, id_key, names_column
from timeline.log.records import LogRecord, decode_record, record_from_data

__all__ = [
    "FETCH",
    "INDEX_VERSION",
    "check_current",
    "check_tables",
    "decode_row",
    "immediate",
    "lay_out",
]

INDEX_VERSION = f"{SCHEMA_VERSION}.3"
"""The version of the side tables and snapshots: they are rebuilt from the records when it
changes (with the record schema or with the way events are indexed)."""

FETCH = 1024
"""Rows fetched at a time by a long read."""

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


def check_tables(db: sqlite3.Connection, location: str) -> bool:
    """True when the database has no table yet; InputError naming `location`, with nothing
    written, unless it has a `records` table of the log's columns (another program's database).
    """
    tables = sorted(
        str(name) for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    )
    if not tables:
        return True
    columns = {row[1] for row in db.execute("PRAGMA table_info(records)")}
    if not _FIRST_COLUMNS <= columns:
        shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
        raise InputError(
            location,
            f"not a timeline SQLite log (its tables are {shown}); nothing was written",
        )
    return False


def lay_out(db: sqlite3.Connection, location: str) -> None:
    """The tables, columns and indexes of this layout, and side tables of this index version,
    in a database that `check_tables` found to be a log or empty.
    """
    db.executescript(_SCHEMA)
    if _missing_columns(db):
        with immediate(db):  # processes opening an older store at once: one adds them
            for column in _missing_columns(db):
                db.execute(f"ALTER TABLE records ADD COLUMN {column} {_ADDED[column]}")
    db.executescript(_INDEXES)
    _check_version(db, location)


def check_current(db: sqlite3.Connection, location: str) -> None:
    """InputError unless the store is of this layout and index version: a store written
    by an earlier version is brought up to date when first opened where it may be written.
    """
    try:
        current = _of_this_version(db)
    except sqlite3.OperationalError:
        current = False
    if not current or _missing_columns(db):
        raise InputError(
            location,
            "this store was written by an earlier version: open it once where it may be "
            "written, to bring its index up to date",
        )


def _missing_columns(db: sqlite3.Connection) -> list[str]:
    """The columns added since the first stores that `records` lacks."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(records)")}
    return [column for column in _ADDED if column not in columns]


def _of_this_version(db: sqlite3.Connection) -> bool:
    """Whether the side tables were built by this index version."""
    query = "SELECT value FROM meta WHERE key = 'index_version'"
    return bool((db.execute(query).fetchone() or (None,))[0] == INDEX_VERSION)


def _check_version(db: sqlite3.Connection, location: str) -> None:
    """Rebuild the side tables and drop the snapshots when the index version changed."""
    if _of_this_version(db):
        return
    with immediate(db):
        if _of_this_version(db):
            return  # another process rebuilt them meanwhile
        for table in ("touches", "idents", "targets", "owns", "snapshots"):
            db.execute(f"DELETE FROM {table}")
        rows = db.cursor().execute("SELECT seq, record FROM records ORDER BY seq")
        while chunk := rows.fetchmany(FETCH):
            records = [decode_row(text, f"{location}: record {seq}") for seq, text in chunk]
            file_records(db, records)
            db.executemany(
                "UPDATE records SET names = ?, id_key = ? WHERE seq = ?",
                [(names_column(r.event, None), id_key(r.event.id), r.seq) for r in records],
            )
        db.execute("INSERT OR REPLACE INTO meta VALUES ('index_version', ?)", (INDEX_VERSION,))


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
