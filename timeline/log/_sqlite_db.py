"""The connection of a SQLite store: opening its database (for writing, read-only, or as an
immutable file), the settings of a connection, and SQLite's failures in words.

`Database` holds the connection of one store (`timeline.log.sqlite.SqliteLog` is one): it opens
it on first use and lays out the tables and columns of this version (`_sqlite_layout`), which
rebuilds the side tables (`timeline.log._sqlite_index`) when the index version changed.
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

from timeline.errors import InputError
from timeline.log._sqlite_layout import FETCH, check_current, check_tables, lay_out

__all__ = ["BUSY_SECONDS", "Database", "as_bytes", "in_words"]

BUSY_SECONDS = 30
"""How long a connection waits for another's lock before SQLite says the log is busy."""

_CHECKPOINT_PAGES = 16_384
"""Pages the write-ahead log may hold before a commit copies them into the database (64 MiB of
4 KiB pages; SQLite's default is 1,000): a page of an index that many batches write to is
copied once for all of them, which takes a third off the time of appending."""

_CACHE_KIB = 64 * 1024
"""Page cache of a connection: the indexes of a million-record log stay in memory while it
grows (SQLite's default of 2 MiB makes each insert into a large index a read from disk)."""


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
                if check_tables(db, self.location):
                    raise InputError(self.location, "no such log (the database is empty)")
                check_current(db, self.location)
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
        check_tables(db, self.location)
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        db.execute(f"PRAGMA cache_size = {-_CACHE_KIB}")
        db.execute(f"PRAGMA wal_autocheckpoint = {_CHECKPOINT_PAGES}")
        lay_out(db, self.location)

    def close(self) -> None:
        """Close the connection (it reopens on the next call)."""
        if self._db is not None:
            self._db.close()
            self._db = None
            self._writes = False


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
    for prefix, meaning in _MEANINGS:
        if name.startswith(prefix):
            return meaning.format(said)
    return said


_MEANINGS = (
    ("SQLITE_FULL", "the disk is full ({}); nothing of this write was stored"),
    ("SQLITE_CORRUPT", "the database is damaged ({})"),
    ("SQLITE_NOTADB", "not a SQLite database, or its first page is damaged ({})"),
    ("SQLITE_READONLY", "this user may not write it or its folder ({})"),
    ("SQLITE_CANTOPEN", "it cannot be opened ({})"),
    ("SQLITE_IOERR", "reading or writing the file failed ({})"),
)
"""What each kind of SQLite failure means, by the prefix of its error name (the first that
matches), SQLite's own message in the braces."""
