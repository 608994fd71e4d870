"""The snapshots a SQLite store keeps beside its records, and the read transaction that puts
their writing off until it ends (so that a read never becomes a write).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from timeline.log._sqlite_db import Database
from timeline.log._sqlite_layout import INDEX_VERSION, immediate

__all__ = ["Snapshots"]


class Snapshots(Database):
    """A database that keeps snapshots of what projections held at some record."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(path)
        self._pending: dict[str, tuple[int, bytes]] = {}
        """Snapshots to store once the read transaction that made them ends."""

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
            with immediate(db):
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
