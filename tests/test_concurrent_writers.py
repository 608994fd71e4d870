"""Concurrent writers: processes appending to one log never interleave records, never repeat or
skip a sequence number, and a writer whose expected sequence number is stale gets a
ConflictError and writes nothing.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.converter import unstructure_event
from timeline.errors import ConflictError
from timeline.log import LogRecord, open_log

from .helpers import LOG_SUFFIXES, ROOT
from .test_crash_safety import EVENTS_PRELUDE, batch_of

WRITERS = 4
APPENDS = 200
"""Each of `WRITERS` processes appends `APPENDS` single-event batches."""
OPTIMISTIC_APPENDS = 50

_WRITER = (
    EVENTS_PRELUDE
    + """
from timeline.errors import ConflictError

path, name, count, optimistic = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
log = open_log(path)
doc = document(name)
print("ready", flush=True)
sys.stdin.readline()  # the start signal, so that all writers run at once
conflicts = 0
for n in range(count):
    event = registered(doc) if n == 0 else fact(doc, n)
    while True:
        expected = log.last_seq() if optimistic else None
        try:
            (record,) = log.append([event], expected_seq=expected)
            break
        except ConflictError:
            conflicts += 1
    print(record.seq, record.event.id, flush=True)
print("conflicts", conflicts, flush=True)
"""
)
"""Appends `count` events one by one to the log at argv[1]; with optimistic concurrency, each
append expects the last seq it just read and is retried on conflict. Prints `seq id` for each."""


def _verify(path: Path) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stderr(io.StringIO()):
        status = main(["verify", "--log", str(path)], out)
    return status, out.getvalue()


def _run_writers(path: Path, count: int, optimistic: bool) -> dict[str, list[tuple[int, str]]]:
    """Run `WRITERS` writer processes at once; what each acknowledged, as (seq, id) pairs."""
    writers = {
        f"w{n}": subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path), f"w{n}", str(count), str(int(optimistic))],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    }
    for writer in writers.values():
        assert writer.stdout is not None
        assert "ready\n" == writer.stdout.readline()
    for writer in writers.values():
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.close()
    acknowledged = {}
    for name, writer in writers.items():
        assert writer.stdout is not None
        out = writer.stdout.read()
        writer.stdout.close()
        assert 0 == writer.wait(timeout=120)
        lines = out.splitlines()
        assert lines[-1].startswith("conflicts ")
        acknowledged[name] = [(int(seq), event_id) for seq, event_id in map(str.split, lines[:-1])]
    return acknowledged


def _created(path: Path) -> Path:
    """`path` holding one first record, so that the writers start on an existing log (starting
    together on an absent log is a test of its own).
    """
    open_log(path).append(batch_of("genesis", 0))
    return path


def _check(path: Path, acknowledged: dict[str, list[tuple[int, str]]], before: int) -> None:
    """After `before` records, the log holds exactly the writers' records, numbered on without
    a gap, verifying without a warning, each where and in the order its writer was told.
    """
    records = list(open_log(path).read())
    total = before + sum(len(acks) for acks in acknowledged.values())
    assert list(range(1, total + 1)) == [r.seq for r in records]
    status, report = _verify(path)
    assert (0, "ok: ") == (status, report[:4])
    assert "warning" not in report
    by_id = {r.event.id: r for r in records}
    assert total == len(by_id)
    for acks in acknowledged.values():
        assert acks == [(by_id[event_id].seq, event_id) for _, event_id in acks]
        assert sorted(acks) == acks


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_writers_appending_at_once_get_one_contiguous_chain(tmp_path: Path, suffix: str) -> None:
    """Four processes appending 200 events each after a first record leave seqs 1..801 in one
    chain that verifies, each writer's events present once, in its order.
    """
    path = _created(tmp_path / f"log{suffix}")
    acknowledged = _run_writers(path, APPENDS, optimistic=False)
    assert [APPENDS] * WRITERS == [len(acks) for acks in acknowledged.values()]
    _check(path, acknowledged, before=1)


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_optimistic_writers_retrying_on_conflict_all_succeed_once(
    tmp_path: Path, suffix: str
) -> None:
    """Writers that append expecting the last seq they read, and retry on conflict, all get
    every event in exactly once.
    """
    path = _created(tmp_path / f"log{suffix}")
    acknowledged = _run_writers(path, OPTIMISTIC_APPENDS, optimistic=True)
    assert [OPTIMISTIC_APPENDS] * WRITERS == [len(acks) for acks in acknowledged.values()]
    _check(path, acknowledged, before=1)


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_writers_starting_together_on_an_absent_log_create_it_once(
    tmp_path: Path, suffix: str
) -> None:
    """Four processes whose first appends create the log at once all succeed, in one chain."""
    path = tmp_path / f"log{suffix}"
    acknowledged = _run_writers(path, 5, optimistic=True)
    _check(path, acknowledged, before=0)


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_a_stale_expected_seq_conflicts_and_writes_nothing(tmp_path: Path, suffix: str) -> None:
    """After another process appended, an append expecting the old last seq raises
    ConflictError naming both numbers, and the log is exactly as the other process left it.
    """
    path = tmp_path / f"log{suffix}"
    log = open_log(path)
    mine = log.append(batch_of("mine", 1))
    _run_writers(path, 3, optimistic=False)
    theirs: list[LogRecord] = list(log.read())
    with pytest.raises(ConflictError) as conflict:
        log.append(batch_of("stale", 2), expected_seq=len(mine))
    assert (len(mine), len(theirs)) == (conflict.value.expected, conflict.value.actual)
    assert theirs == list(open_log(path).read())


def _append_process(path: Path) -> subprocess.Popen[str]:
    """`timeline append --log path`, started, waiting for its input."""
    return subprocess.Popen(
        [sys.executable, "-m", "timeline", "append", "--log", str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_concurrent_append_commands_with_overlapping_input_store_each_event_once(
    tmp_path: Path, suffix: str
) -> None:
    """`timeline append` run by four processes at once on overlapping inputs stores every
    event exactly once: each skips what another already wrote.
    """
    events = batch_of("shared", 40)
    lines = [json.dumps({"event": unstructure_event(e)}) for e in events]
    inputs = [[lines[0], *lines[1 + 10 * n : 1 + 10 * n + 20]] for n in range(WRITERS)]
    path = _created(tmp_path / f"log{suffix}")
    genesis = [r.event.id for r in open_log(path).read()]
    processes = [_append_process(path) for _ in inputs]
    for process, chunk in zip(processes, inputs, strict=True):
        assert process.stdin is not None
        process.stdin.write("\n".join(chunk) + "\n")
    results = [process.communicate(timeout=120) for process in processes]
    assert [0] * WRITERS == [p.returncode for p in processes], [err for _, err in results]
    records = list(open_log(path).read())
    assert sorted(genesis + [e.id for e in events]) == sorted(r.event.id for r in records)
    printed = sorted(int(seq) for out, _ in results for seq in out.split())
    assert list(range(len(genesis) + 1, len(records) + 1)) == printed
    assert 0 == _verify(path)[0]


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_concurrent_ingests_of_one_seed_store_each_event_once(tmp_path: Path, suffix: str) -> None:
    """Four `timeline ingest` processes racing on one seed file leave each event in the log once."""
    from .helpers import SEED

    path = tmp_path / f"log{suffix}"
    command = [sys.executable, "-m", "timeline", "ingest", str(SEED), "--log", str(path)]
    processes = [
        subprocess.Popen(
            command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(WRITERS)
    ]
    for process in processes:
        _, err = process.communicate(timeout=120)
        assert 0 == process.returncode, err
    ids = [r.event.id for r in open_log(path).read()]
    assert sorted(set(ids)) == sorted(ids)
    assert 0 == _verify(path)[0]


def test_writers_opening_a_store_of_the_first_layout_at_once_all_succeed(tmp_path: Path) -> None:
    """Four processes opening a SQLite store of the first layout (no `names` or `id_key`
    columns, index version 1.1) at once, and appending to it, all succeed: one of them adds
    the columns, and the log holds every record once, its columns filled.
    """
    path = _created(tmp_path / "log.sqlite")
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        db.execute("DROP INDEX records_by_key")
        db.execute("ALTER TABLE records DROP COLUMN names")
        db.execute("ALTER TABLE records DROP COLUMN id_key")
        db.execute("CREATE INDEX records_by_event ON records (event_id)")
        db.execute("UPDATE meta SET value = '1.1' WHERE key = 'index_version'")
    acknowledged = _run_writers(path, 5, optimistic=False)
    _check(path, acknowledged, before=1)
    with contextlib.closing(sqlite3.connect(path)) as db:
        empty = db.execute("SELECT count(*) FROM records WHERE id_key IS NULL").fetchone()[0]
    assert 0 == empty
