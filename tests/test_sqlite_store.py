"""The SQLite store beyond the shared contract: its side tables, verification, and the
canonical JSON its rows (and every hash) are written in.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

from timeline import Timeline
from timeline.cli import main
from timeline.converter import canonical_json
from timeline.errors import InputError
from timeline.identity import with_content_id
from timeline.log import SqliteLog, open_log
from timeline.log.records import MAX_RECORD_BYTES
from timeline.vocabulary.documents import Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import EntityRegistered, SourceRegistered

from .helpers import COMMITTED_LOG
from .strategies.hostile import json_values


def run(*argv: str) -> tuple[int, str]:
    """Run the CLI in-process; returns (exit status, stdout)."""
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A SQLite copy of the committed log."""
    path = tmp_path / "log.sqlite"
    assert 0 == run("import", str(COMMITTED_LOG), "--log", str(path))[0]
    return path


@given(json_values())
def test_canonical_json_is_the_standard_librarys_sorted_compact_json(data: Any) -> None:
    """Whatever the data (no floats), canonical JSON is byte for byte `json.dumps`' output."""
    expected = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert expected == canonical_json(data)


def test_open_log_chooses_sqlite_by_suffix(tmp_path: Path) -> None:
    """`.sqlite` and `.db` open a SQLite log; other suffixes are refused with a message."""
    assert isinstance(open_log(tmp_path / "a.sqlite"), SqliteLog)
    assert isinstance(open_log(tmp_path / "a.db"), SqliteLog)
    with pytest.raises(InputError):
        open_log(tmp_path / "a.csv")


def test_a_file_that_is_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    """A `.sqlite` file holding something else exits 2 with one line, not a traceback."""
    path = tmp_path / "log.sqlite"
    path.write_text("not a database\n" * 100)
    with pytest.raises(InputError):
        SqliteLog(path).last_seq()
    assert (2, "") == run("state", "mistral-ai", "--log", str(path))


def test_verify_finds_an_edited_row(stored: Path) -> None:
    """A record edited inside the database fails `verify` (exit 1), naming its place."""
    with sqlite3.connect(stored) as db:
        (text,) = db.execute("SELECT record FROM records WHERE seq = 5").fetchone()
        db.execute("UPDATE records SET record = ? WHERE seq = 5", (text.replace("a", "b", 1),))
    db.close()
    status, out = run("verify", "--log", str(stored))
    assert 1 == status
    assert "record 5" in out


def test_the_index_is_rebuilt_when_its_version_changes(stored: Path) -> None:
    """Side tables and snapshots of another index version are rebuilt from the records."""
    expected = Timeline.open(COMMITTED_LOG).state("mistral-ai", "2024-03")
    with sqlite3.connect(stored) as db:
        db.execute("DELETE FROM touches")
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'index_version'")
    db.close()
    assert expected == Timeline.open(stored, create=True).state("mistral-ai", "2024-03")


def test_a_copy_of_a_sqlite_log_is_the_same_log(stored: Path, tmp_path: Path) -> None:
    """Once imported, the database file alone holds the log: a copy of it reads the same."""
    copy = tmp_path / "copy.sqlite"
    shutil.copy(stored, copy)
    assert list(SqliteLog(stored).read()) == list(SqliteLog(copy).read())


def test_names_registered_after_the_snapshot_are_found(stored: Path) -> None:
    """A timeline opened after another appended a registration knows the new entity."""
    assert "zeta-corp" not in [
        e.id for e in Timeline.open(stored, create=True).entities()
    ]  # snapshot
    entity = Entity(id="zeta-corp", name="Zeta", aliases=("Zeta Corporation",))
    Timeline.open(stored, create=True).append([with_content_id(EntityRegistered(entity=entity))])
    assert entity == Timeline.open(stored, create=True).entity("Zeta Corporation")


def test_a_record_longer_than_the_limit_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    """As in JSON Lines, a record over `MAX_RECORD_BYTES` is refused, the batch with it."""
    log = SqliteLog(tmp_path / "log.sqlite")
    document = Document(
        id="doc-big",
        title="Big",
        publisher="Press",
        published=dt.date(2024, 1, 1),
        language="en",
        text="é" * (MAX_RECORD_BYTES // 2),
    )
    small = with_content_id(EntityRegistered(entity=Entity(id="acme", name="Acme")))
    with pytest.raises(InputError):
        log.append([small, with_content_id(SourceRegistered(document=document))])
    assert (0, []) == (log.last_seq(), list(log.read()))
