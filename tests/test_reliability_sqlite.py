"""The SQLite store under faults from outside: hard links, edited or broken snapshots, edited
columns, a writer running beside a reader, damaged pages, a full disk, read-only files and
folders, and another program's database. Each ends in a one-line error naming the file, an
answer rebuilt from the records, or a `verify` that names the fault.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from timeline import Timeline
from timeline.converter import converter
from timeline.errors import InputError
from timeline.identity import with_content_id
from timeline.log import SqliteLog
from timeline.log.catalogue_snapshot import encode_entities, snapshot_seal
from timeline.time.span import Span
from timeline.vocabulary.documents import Citation
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import EntityRegistered, RoleHeld, SourceRegistered

from .helpers import COMMITTED_LOG, ROOT, SEED, run
from .test_cli_reliability import _bare
from .test_crash_safety import batch_of

MORE = ROOT / "tests" / "data" / "multisource" / "wire-2024-03-01.toml"
"""A seed file that stands alone, whose events the committed log does not hold."""

ENTITY = "mistral-ai"
"""An entity of the committed log with facts naming other entities (people, products)."""


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A SQLite copy of the committed log, with its catalogue snapshot written, and no
    connection left open (so that its bytes change only when something writes).
    """
    path = tmp_path / "log.sqlite"
    assert 0 == run("import", str(COMMITTED_LOG), "--log", str(path))[0]
    tl = Timeline.open(path, create=True)
    tl.entities()  # writes the snapshot
    tl.log.close()  # type: ignore[attr-defined]
    gc.collect()  # closes the connection the command left
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_naming(path: Path, err: str) -> bool:
    """True when `err` is one line, names `path` and holds no traceback."""
    return 1 == len(err.splitlines()) and str(path) in err and "Traceback" not in err


def _count(path: Path) -> int:
    """The records of a store, read with the standard library."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT count(*) FROM records").fetchone()[0])


def _facts() -> str:
    """Five new events as bare JSON lines, for `timeline append`."""
    return _bare(batch_of("more", 4))


# 1. Hard links --------------------------------------------------------------------------------


def test_a_store_with_a_second_hard_link_is_refused_before_anything_is_written(
    stored: Path,
) -> None:
    """Through either name, a store with two hard links is refused (exit 2, one line saying
    why), and its bytes stay as they were.
    """
    other = stored.with_name("other.sqlite")
    os.link(stored, other)
    before = _digest(stored)
    for name in (stored, other):
        status, _, err = run("append", "--log", str(name), stdin=_facts())
        assert (2, True) == (status, _one_line_naming(name, err))
        assert "2 hard links" in err
        assert 2 == run("state", ENTITY, "--log", str(name))[0]
    with pytest.raises(InputError, match="2 hard links"):
        SqliteLog(other).last_seq()
    assert before == _digest(stored)
    other.unlink()
    assert 0 == run("append", "--log", str(stored), stdin=_facts())[0]


# 4 and 5. Catalogue snapshots -----------------------------------------------------------------


def _snapshot(path: Path) -> tuple[int, bytes]:
    with contextlib.closing(sqlite3.connect(path)) as db:
        upto, data = db.execute("SELECT upto_seq, data FROM snapshots").fetchone()
    return int(upto), bytes(data)


def _entities_of(data: bytes) -> list[dict[str, Any]]:
    """The entities of a snapshot, in whatever form it keeps them."""
    found: list[dict[str, Any]] = orjson.loads(data[data.index(b"[") :])
    return found


def _rename(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**e, "name": "Someone Else"} if e["id"] == "arthur-mensch" else e for e in items]


def _hijack(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**e, "aliases": ["Mistral AI"]} if e["id"] == "meta" else e for e in items]


def _drop(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in items if e["id"] != "arthur-mensch"]


def _ghost(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [*items, {**items[0], "id": "ghost", "name": "Ghost"}]


EDITS: dict[str, Callable[[list[dict[str, Any]]], list[dict[str, Any]]]] = {
    "renamed": _rename,
    "hijacked alias": _hijack,
    "dropped": _drop,
    "ghost": _ghost,
}


def _write_snapshot(path: Path, data: bytes) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("UPDATE snapshots SET data = ?", (data,))


def _edit_snapshot(path: Path, edit: str, *, resealed: bool) -> None:
    """Edit the stored snapshot's entities; `resealed` also recomputes its checksum, as one who
    knows the format would.
    """
    upto, data = _snapshot(path)
    items = EDITS[edit](_entities_of(data))
    if resealed:
        with contextlib.closing(sqlite3.connect(path)) as db:
            (head,) = db.execute("SELECT hash FROM records WHERE seq = ?", (upto,)).fetchone()
        entities = {e["id"]: converter.structure(e, Entity) for e in items}
        new = encode_entities(entities, seal=snapshot_seal(upto, head))
    else:
        new = orjson.dumps(items, option=orjson.OPT_SORT_KEYS)
        new = data[: data.index(b"[")] + new
    _write_snapshot(path, new)


def _answers(path: Path) -> tuple[int, str, str]:
    """What `state ENTITY` and `entities` print, and the exit status of the second."""
    state = run("state", ENTITY, "--log", str(path))
    entities = run("entities", "--log", str(path))
    assert 0 == state[0]
    return entities[0], state[1], entities[1]


@pytest.fixture
def reference() -> tuple[int, str, str]:
    """The answers of the committed JSON Lines log, which has no snapshot."""
    return _answers(COMMITTED_LOG)


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_edited_snapshot_is_not_trusted_but_rebuilt_from_the_records(
    stored: Path, edit: str, reference: tuple[int, str, str]
) -> None:
    """A snapshot whose entities were edited (renamed, an alias hijacked, one dropped, a ghost
    added) fails its checksum: `state` and `entities` answer from the records.
    """
    _edit_snapshot(stored, edit, resealed=False)
    assert reference == _answers(stored)
    assert reference == _answers(stored)  # and again, from the snapshot rebuilt


@pytest.mark.parametrize("resealed", [False, True])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_verify_names_a_snapshot_that_differs_from_the_records(
    stored: Path, edit: str, resealed: bool
) -> None:
    """An edited snapshot, its checksum recomputed or not, fails `verify` (exit 1) with the
    snapshot named and the way to rebuild it.
    """
    _edit_snapshot(stored, edit, resealed=resealed)
    status, out, _ = run("verify", "--log", str(stored))
    assert 1 == status
    assert "catalogue snapshot" in out
    assert "timeline export" in out


def test_verify_passes_a_sound_snapshot(stored: Path) -> None:
    """A store whose snapshot holds what its records give verifies."""
    status, out, _ = run("verify", "--log", str(stored))
    assert (0, True) == (status, out.startswith("ok: "))


@pytest.mark.parametrize("blob", [b"not json at all", b"\xff\xfe", b"", b"{}", b"[1, 2]"])
def test_a_snapshot_that_is_not_one_is_rebuilt_without_a_traceback(
    stored: Path, blob: bytes, reference: tuple[int, str, str]
) -> None:
    """A snapshot blob that is not a snapshot (not JSON, not UTF-8, empty, of another form)
    gives the answers of the records, and `verify` names it.
    """
    _write_snapshot(stored, blob)
    status, out, _ = run("verify", "--log", str(stored))
    assert (1, True) == (status, "catalogue snapshot" in out)
    assert reference == _answers(stored)


# 6. Denormalised columns ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "value"),
    [("hash", "0" * 64), ("event_id", "fact_asserted-0000000000000000"), ("type", "founded")],
)
def test_verify_names_an_edited_column_of_the_last_record(
    stored: Path, column: str, value: str
) -> None:
    """An edited `hash`, `event_id` or `type` column of the last row fails `verify` (exit 1)
    naming the record, although the record's JSON is intact.
    """
    last = _count(stored)
    with contextlib.closing(sqlite3.connect(stored)) as db, db:
        db.execute(f"UPDATE records SET {column} = ? WHERE seq = ?", (value, last))
    status, out, _ = run("verify", "--log", str(stored))
    assert (1, True) == (status, f"record {last}:" in out)
    assert column.replace("_", " ") in out


def test_an_append_after_an_edited_hash_column_names_it_and_writes_nothing(stored: Path) -> None:
    """An append does not chain from an edited `hash` column: it is refused (exit 2) naming
    the record whose column is wrong, and nothing is written.
    """
    last = _count(stored)
    with contextlib.closing(sqlite3.connect(stored)) as db, db:
        db.execute("UPDATE records SET hash = ? WHERE seq = ?", ("0" * 64, last))
    status, _, err = run("append", "--log", str(stored), stdin=_facts())
    assert (2, True) == (status, _one_line_naming(stored, err))
    assert f"record {last}" in err
    assert last == _count(stored)


# 7. A reader beside a writer ------------------------------------------------------------------

_REGISTRAR = """
import sys

from timeline.identity import with_content_id
from timeline.log import open_log
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import EntityRegistered, RoleHeld

path, count = sys.argv[1], int(sys.argv[2])
log = open_log(path)
(template,) = [r.event for r in log.read() if isinstance(r.event, RoleHeld)][:1]
for n in range(count):
    person = f"person-{n}"
    entity = Entity(id=person, name=f"Person {n}", kind="person")
    role = template.__class__(
        entities=(person, "acme"), when=template.when, source=template.source,
        known_since=template.known_since, person=person, organization="acme", role="member",
    )
    log.append([with_content_id(EntityRegistered(entity=entity))])
    log.append([with_content_id(role)])
    if n == 0:
        print("ready", flush=True)
print("done", flush=True)
"""
"""Registers `person-N` ("Person N") and, in the next append, the fact that N is a member of
acme: a state of acme read between or after shows "Person N", never "person-N". Says "ready"
once the first member is in."""

READS = 150
"""States read while the writer runs (the test stops earlier once the writer is done)."""


def _acme_store(path: Path) -> None:
    """A store of acme and one role fact, which the registrar copies."""
    (registration,) = batch_of("acme", 0)
    assert isinstance(registration, SourceRegistered)
    doc = registration.document
    quote = "Report acme."
    role = RoleHeld(
        entities=("boss", "acme"),
        when=Span.day(doc.published),
        source=Citation(document=doc.id, quote=quote, start=0, end=len(quote)),
        known_since=doc.published,
        person="boss",
        organization="acme",
        role="chief",
    )
    registered = [
        with_content_id(EntityRegistered(entity=Entity(id="acme", name="Acme"))),
        with_content_id(EntityRegistered(entity=Entity(id="boss", name="Boss", kind="person"))),
    ]
    SqliteLog(path).append([registration, *registered, with_content_id(role)])


def test_a_reader_beside_a_writer_sees_names_and_facts_of_one_moment(tmp_path: Path) -> None:
    """While a writer registers people and then their roles in acme, every state of acme read
    (by new timelines and by one kept open) shows each member by name, not by id.
    """
    path = tmp_path / "log.sqlite"
    _acme_store(path)
    writer = subprocess.Popen(
        [sys.executable, "-c", _REGISTRAR, str(path), "400"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    kept = Timeline.open(path, create=True)
    wrong: list[str] = []
    members = 0
    try:
        assert writer.stdout is not None
        assert "ready\n" == writer.stdout.readline()
        deadline = time.monotonic() + 20
        for n in range(READS):
            tl = kept if n % 2 else Timeline.open(path, create=True)
            values = tl.state("acme").values("member")
            members = max(members, len(values))
            wrong += [v for v in values if not v.startswith("Person ")]
            if writer.poll() is not None or time.monotonic() > deadline:
                break
    finally:
        writer.kill()
        writer.wait()
    assert 0 < members
    assert [] == wrong


# 11. Damaged pages, blobs, a full disk, read-only files and folders ---------------------------


def _overwrite_page(path: Path, table: str) -> None:
    """Overwrite the middle page of `table` with garbage (found through SQLite's `dbstat`)."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = int(db.execute("PRAGMA page_size").fetchone()[0])
        try:
            pages = [
                int(n) for (n,) in db.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))
            ]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")
    with open(path, "r+b") as f:
        f.seek((pages[len(pages) // 2] - 1) * size)
        f.write(bytes((i * 37) % 256 for i in range(size)))


@pytest.mark.parametrize("table", ["records", "sqlite_schema"])
def test_a_garbage_page_is_a_one_line_error_naming_the_file(stored: Path, table: str) -> None:
    """A page of the records (or of the schema) overwritten with garbage makes `log`, `state`,
    `entities` and `verify` fail with one line naming the file (exit 2), never a traceback.
    """
    _overwrite_page(stored, table)
    for argv in (["log"], ["state", ENTITY], ["verify"]):
        status, _, err = run(*argv, "--log", str(stored))
        assert (2, True) == (status, _one_line_naming(stored, err)), (argv, err)
        assert "damaged" in err


def test_a_record_stored_as_a_blob_is_named_by_verify(stored: Path) -> None:
    """A record column holding a BLOB rather than text fails `verify` (exit 1) naming the
    record; reading it still works.
    """
    with contextlib.closing(sqlite3.connect(stored)) as db, db:
        db.execute("UPDATE records SET record = CAST(record AS BLOB) WHERE seq = 3")
    status, out, err = run("verify", "--log", str(stored))
    assert (1, True, "") == (status, "record 3:" in out, err)
    assert 0 == run("log", "--log", str(stored))[0]


def test_a_record_that_is_not_text_is_named_by_verify(stored: Path) -> None:
    """A record column holding a number fails `verify` (exit 1) naming the record, and reads
    give one line naming it (exit 2).
    """
    with contextlib.closing(sqlite3.connect(stored)) as db, db:
        db.execute("UPDATE records SET record = 12 WHERE seq = 3")
    status, out, _ = run("verify", "--log", str(stored))
    assert (1, True) == (status, "record 3" in out)
    status, _, err = run("log", "--log", str(stored))
    assert (2, True) == (status, _one_line_naming(stored, err))


@pytest.fixture
def full_disk(stored: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every store connection may grow its database by two pages only: SQLite's own 'database
    or disk is full' (SQLITE_FULL), as a full disk gives it.
    """
    original = SqliteLog._set_up

    def set_up(self: SqliteLog, db: sqlite3.Connection) -> None:
        original(self, db)
        pages = int(db.execute("PRAGMA page_count").fetchone()[0])
        db.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(SqliteLog, "_set_up", set_up)


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_is_a_one_line_error_and_writes_nothing(stored: Path) -> None:
    """An ingest or an append that fills the disk exits 2 with one line naming the file, and
    the store holds what it held.
    """
    before = _count(stored)
    status, _, err = run("append", "--log", str(stored), stdin=_bare(batch_of("big", 60)))
    assert (2, True) == (status, _one_line_naming(stored, err))
    assert "full" in err
    fresh = stored.with_name("fresh.sqlite")
    status, _, err = run("ingest", str(SEED), "--log", str(fresh))
    assert (2, True) == (status, _one_line_naming(fresh, err))
    assert before == _count(stored)


READ_ONLY = ["folder", "file", "folder and file"]
"""What may be read-only: the store's folder, the store, or both."""


@contextlib.contextmanager
def _read_only(path: Path, what: str) -> Iterator[None]:
    """Make the folder of `path`, or its files, or both read-only for this process: by mode
    bits, and, when running as root (which ignores them), by running as nobody meanwhile.
    """
    folder = path.parent
    files = list(folder.iterdir()) if "file" in what else []
    for p in files:
        p.chmod(0o444)
    if "folder" in what:
        folder.chmod(0o555)
    root = os.geteuid() == 0
    try:
        if root:
            os.seteuid(65534)
        yield
    finally:
        if root:
            os.seteuid(0)
        folder.chmod(0o755)
        for p in folder.iterdir():
            p.chmod(0o644)


@pytest.fixture
def shared(stored: Path) -> Iterator[Path]:
    """The store copied into a folder others may read (a root test's tmp_path is private)."""
    folder = Path(tempfile.mkdtemp(prefix="timeline-ro-"))
    folder.chmod(0o755)
    path = folder / "log.sqlite"
    path.write_bytes(stored.read_bytes())
    path.chmod(0o644)
    yield path
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


@pytest.mark.parametrize("what", READ_ONLY)
def test_a_read_only_store_answers_queries(
    shared: Path, what: str, reference: tuple[int, str, str]
) -> None:
    """A store this user cannot write (its folder, the file, or both) answers `state`,
    `entities`, `log` and `verify` as a writable one does, and leaves its bytes unchanged.
    """
    before = _digest(shared)
    with _read_only(shared, what):
        answers = _answers(shared)
        logged = run("log", "--log", str(shared))
        verified = run("verify", "--log", str(shared))
    assert reference == answers
    assert (0, "") == (logged[0], logged[2])
    assert (0, True) == (verified[0], verified[1].startswith("ok: "))
    assert before == _digest(shared)


def test_a_store_with_a_pending_write_ahead_log_in_a_read_only_folder_is_read(
    shared: Path, reference: tuple[int, str, str]
) -> None:
    """A store whose write-ahead log (and its `-shm` index) were left beside it, in a folder
    this user cannot write, answers from its records and its write-ahead log alike.
    """
    writer = sqlite3.connect(shared)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    status = run("append", "--log", str(shared), stdin=_facts())[0]
    expected = run("log", "--log", str(shared))
    kept = shared.with_name("kept.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{kept}{suffix}").write_bytes(Path(f"{shared}{suffix}").read_bytes())
    writer.close()
    for p in shared.parent.iterdir():
        if not p.name.startswith("kept"):
            p.unlink()
    with _read_only(kept, "folder"):
        logged = run("log", "--log", str(kept))
    assert 0 == status
    assert expected == logged


def test_a_pending_write_ahead_log_without_its_index_in_a_read_only_folder_is_one_line(
    shared: Path,
) -> None:
    """A store whose write-ahead log was left beside it without its `-shm` index, in a folder
    this user cannot write, is a one-line error (exit 2) saying what to do: SQLite cannot read
    the write-ahead log without one, and reading the file alone would miss its records.
    """
    writer = sqlite3.connect(shared)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    assert 0 == run("append", "--log", str(shared), stdin=_facts())[0]
    kept = shared.with_name("kept.sqlite")
    for suffix in ("", "-wal"):
        Path(f"{kept}{suffix}").write_bytes(Path(f"{shared}{suffix}").read_bytes())
    writer.close()
    for p in shared.parent.iterdir():
        if not p.name.startswith("kept"):
            p.unlink()
    with _read_only(kept, "folder"):
        status, _, err = run("log", "--log", str(kept))
    assert (2, True) == (status, _one_line_naming(kept, err))
    assert "kept.sqlite-shm" in err


@pytest.mark.parametrize("what", READ_ONLY)
def test_writing_a_read_only_store_is_a_one_line_error(shared: Path, what: str) -> None:
    """`append` and `ingest` on a store this user cannot write (its folder, the file, or both)
    exit 2 with one line naming the file, and write nothing.
    """
    before = _digest(shared)
    with _read_only(shared, what):
        appended = run("append", "--log", str(shared), stdin=_facts())
        ingested = run("ingest", str(MORE), "--log", str(shared))
    for status, _, err in (appended, ingested):
        assert (2, True) == (status, _one_line_naming(shared, err)), err
    assert before == _digest(shared)


# 14. Another program's database ---------------------------------------------------------------


@pytest.mark.parametrize("command", [["state", ENTITY], ["append"], ["verify"], ["log"]])
def test_another_programs_database_is_refused_and_left_unchanged(
    tmp_path: Path, command: list[str]
) -> None:
    """A SQLite database of other tables is refused as "not a timeline SQLite log" (exit 2, one
    line naming it) by reads and writes, with its bytes and journal mode unchanged.
    """
    path = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        db.execute("INSERT INTO users VALUES (1, 'someone')")
    before = _digest(path)
    status, _, err = run(*command, "--log", str(path), stdin=_facts())
    assert (2, True) == (status, _one_line_naming(path, err))
    assert "not a timeline SQLite log" in err
    assert before == _digest(path)
    assert ["other.sqlite"] == sorted(p.name for p in tmp_path.iterdir())
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert "delete" == db.execute("PRAGMA journal_mode").fetchone()[0]
        assert [("users",)] == db.execute("SELECT name FROM sqlite_master").fetchall()


def test_a_database_with_a_records_table_of_other_columns_is_refused(tmp_path: Path) -> None:
    """A database whose `records` table is not the log's is refused too, and left unchanged."""
    path = tmp_path / "other.db"
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("CREATE TABLE records (id INTEGER PRIMARY KEY, payload TEXT)")
    before = _digest(path)
    with pytest.raises(InputError, match="not a timeline SQLite log"):
        SqliteLog(path).append(batch_of("x", 1))
    assert before == _digest(path)


def test_an_empty_database_file_becomes_a_log(tmp_path: Path) -> None:
    """An empty file (or a database without tables) is made a log on the first append."""
    path = tmp_path / "empty.sqlite"
    path.touch()
    assert 0 == run("append", "--log", str(path), stdin=_facts())[0]
    assert 5 == _count(path)


def test_a_read_only_store_of_an_earlier_index_version_says_what_to_do(shared: Path) -> None:
    """A store whose index an earlier version wrote, which this user may not bring up to
    date, is a one-line error (exit 2) saying to open it once where it may be written.
    """
    with contextlib.closing(sqlite3.connect(shared)) as db, db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'index_version'")
    with _read_only(shared, "folder and file"):
        status, _, err = run("state", ENTITY, "--log", str(shared))
    assert (2, True) == (status, _one_line_naming(shared, err))
    assert "earlier version" in err
