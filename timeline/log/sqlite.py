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

This module holds the log itself and its writes (append, copies in); its reads (records,
scans, selection, lookups) are in `_sqlite_reads`, the snapshots in `_sqlite_snapshots`, the
opening of the database in `_sqlite_db`, its layout and migrations in `_sqlite_layout`, the side
tables and the SQL that selects from them in `_sqlite_index`.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import orjson

from timeline.errors import ConflictError, InputError
from timeline.log._sqlite_db import BUSY_SECONDS
from timeline.log._sqlite_index import file_records, id_key, ident_of, identity, names_column
from timeline.log._sqlite_layout import INDEX_VERSION, decode_row, immediate
from timeline.log._sqlite_reads import Reads
from timeline.log.protocol import NAMES_SEP, ScanRow
from timeline.log.records import (
    GENESIS,
    LogRecord,
    encode_record,
    seal_encoded,
    unknown_events,
    utc_now,
)
from timeline.log.touched import raw_touched
from timeline.vocabulary.events import Event

__all__ = ["INDEX_VERSION", "NAMES_SEP", "ScanRow", "SqliteLog", "id_key", "ident_of", "identity"]

_SIDE_FILES = ("-wal", "-shm", "-journal")
"""The files SQLite keeps beside a database, by the suffix of their names."""


class SqliteLog(Reads):
    """An `EventLog` in a SQLite database file (the connection and its set-up: `Database`;
    the side tables and their SQL: `timeline.log._sqlite_index`; snapshots: `Snapshots`;
    the reads: `Reads`).
    """

    def __init__(self, path: str | os.PathLike[str], clock: Callable[[], dt.datetime] = utc_now):
        super().__init__(path)
        self._clock = clock

    indexed = True
    """The side tables answer selections, id lookups, and types; snapshots are kept."""

    streams_first = False
    """A first question is answered through the index, like every other."""

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
            busy = f"log busy: another writer held it for {BUSY_SECONDS} s"
            with _busy(self.location, busy), immediate(db):
                last_seq, last_hash = self._last(db)
                if expected_seq is not None and expected_seq != last_seq:
                    raise ConflictError(expected_seq, last_seq)
                if skip_known and events:
                    events = unknown_events(events, self.has_ids(e.id for e in events))
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
        return [r for r, _, _ in sealed]

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
            with _busy(self.location, "log busy: another writer holds it"):
                db = self._connect(create=True)
                assert db is not None
                with immediate(db):
                    if self.last_seq() != 0:
                        raise InputError(self.location, "the destination log is not empty")
                    return self.append_records(records, chunk=STEP)
        finally:
            self.close()  # the last connection to close folds the WAL into the file

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


@contextmanager
def _busy(where: str, said: str) -> Iterator[None]:
    """Turn SQLite's "database is locked" inside, once its busy timeout ran out, into an
    InputError naming `where` that says `said` ("log busy: ...").
    """
    try:
        yield
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY"):
            raise InputError(where, said) from None
        raise
