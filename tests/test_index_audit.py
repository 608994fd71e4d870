"""The audit of a SQLite store's index (`timeline verify` on a `.sqlite` log): a sound store
passes, and every index row or column a record needs, once lost or edited, is named.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.log import SqliteLog
from timeline.vocabulary.events import Event

from .helpers import COMMITTED_LOG
from .strategies.worlds import rich_worlds
from .test_cli import run

_SQLITE = settings(
    max_examples=max(10, settings().max_examples // 3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

_DAMAGES = {
    "touches": "DELETE FROM touches WHERE (entity, start_key, seq) IN "
    "(SELECT entity, start_key, seq FROM touches LIMIT 1 OFFSET ?)",
    "targets": "DELETE FROM targets WHERE (target, seq) IN "
    "(SELECT target, seq FROM targets LIMIT 1 OFFSET ?)",
    "idents": "DELETE FROM idents WHERE seq = (SELECT seq FROM idents LIMIT 1 OFFSET ?)",
    "ident end": "UPDATE idents SET end_key = end_key - 1 WHERE seq = "
    "(SELECT seq FROM idents LIMIT 1 OFFSET ?)",
    "owns": "DELETE FROM owns WHERE (owner, owned) IN "
    "(SELECT owner, owned FROM owns LIMIT 1 OFFSET ?)",
    "names": "UPDATE records SET names = 'nobody' WHERE seq = "
    "(SELECT seq FROM records WHERE names IS NOT NULL LIMIT 1 OFFSET ?)",
    "id_key": "UPDATE records SET id_key = id_key + 1 WHERE seq = "
    "(SELECT seq FROM records LIMIT 1 OFFSET ?)",
    "type": "UPDATE records SET type = 'founded' WHERE seq = "
    "(SELECT seq FROM records WHERE type != 'founded' LIMIT 1 OFFSET ?)",
}
"""One lost or edited piece of side data each; `?` picks which row."""


def _stored(path: Path, events: list[Event]) -> SqliteLog:
    log = SqliteLog(path)
    for start in range(0, len(events), 7):
        log.append(events[start : start + 7])
    return log


@_SQLITE
@given(rich_worlds())
def test_a_store_as_appended_or_as_rebuilt_has_a_sound_index(
    tmp_path_factory: pytest.TempPathFactory, events: list[Event]
) -> None:
    """The side data of a store holds all its records need, as appended and as rebuilt after
    an index version change (the rebuild files events from the decoded event, not its JSON).
    """
    path = tmp_path_factory.mktemp("log") / "log.sqlite"
    log = _stored(path, events)
    assert [] == list(log.index_problems())
    log.close()
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'index_version'")
    assert [] == list(SqliteLog(path).index_problems())


@_SQLITE
@given(rich_worlds(), st.sampled_from(sorted(_DAMAGES)), st.integers(0, 200))
def test_each_lost_or_edited_piece_of_the_index_is_named(
    tmp_path_factory: pytest.TempPathFactory, events: list[Event], damage: str, pick: int
) -> None:
    """Deleting a row of the as-of index, of the reports by identity, of the corrections or
    of ownership (as appended, each is required by some record), or editing a record's names,
    id key or type column or the span a report is filed with by identity, makes the audit name
    a record; the records themselves are untouched.
    """
    path = tmp_path_factory.mktemp("log") / "log.sqlite"
    log = _stored(path, events)
    records = list(log.read())
    log.close()
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        before = db.total_changes
        db.execute(_DAMAGES[damage], (pick,))
        changed = db.total_changes - before
    problems = list(SqliteLog(path).index_problems())
    assert records == list(SqliteLog(path).read())
    assert bool(changed) == bool(problems)
    for problem in problems:
        assert 1 <= problem.seq <= len(records)


def test_verify_names_a_damaged_index_and_says_how_to_rebuild_it(tmp_path: Path) -> None:
    """`timeline verify` on a store whose as-of index lost a row exits 1, names the record
    and the entities, and says how to rebuild; a sound store says the index was verified.
    """
    store = tmp_path / "log.sqlite"
    assert 0 == run("import", str(COMMITTED_LOG), "--log", str(store))[0]
    status, out = run("verify", "--log", str(store))
    assert 0 == status
    assert "quotes and index verified" in out
    with contextlib.closing(sqlite3.connect(store)) as db, db:
        seq = db.execute("SELECT max(seq) FROM touches").fetchone()[0]
        db.execute("DELETE FROM touches WHERE seq = ?", (seq,))
    status, out = run("verify", "--log", str(store))
    assert 1 == status
    assert f"record {seq}: the as-of index does not file it under" in out
    assert "timeline export" in out
