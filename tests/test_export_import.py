"""`timeline export` and `timeline import`: a log goes from JSON Lines to SQLite and back
unchanged, record for record and byte for byte.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.cli import main
from timeline.cli._progress import Progress
from timeline.errors import InputError
from timeline.log import JsonlLog, LogRecord, SqliteLog
from timeline.log.transfer import copy_log
from timeline.progress import counted
from timeline.vocabulary.events import Event

from .helpers import COMMITTED_LOG, ROOT
from .strategies.events import sourced_batches
from .test_crash_safety import batch_of

_FEW = settings(
    max_examples=max(10, settings().max_examples // 10),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def run(*argv: str) -> tuple[int, str]:
    """Run the CLI in-process; returns (exit status, stdout)."""
    out = io.StringIO()
    status = main(list(argv), out)
    return status, out.getvalue()


def test_the_committed_log_goes_to_sqlite_and_back_byte_for_byte(tmp_path: Path) -> None:
    """Export to SQLite, verify there, export back: the very same bytes as the original."""
    original = tmp_path / "log.jsonl"
    shutil.copy(COMMITTED_LOG, original)
    stored, back = tmp_path / "log.sqlite", tmp_path / "back.jsonl"
    status, out = run("export", str(stored), "--log", str(original))
    assert (0, f"copied 38 records from {original} to {stored}\n") == (status, out)
    assert 0 == run("verify", "--log", str(stored))[0]
    assert 0 == run("import", str(stored), "--log", str(back))[0]
    assert original.read_bytes() == back.read_bytes()


def test_a_sqlite_log_answers_as_its_jsonl_original(tmp_path: Path) -> None:
    """The state the README shows reads the same from the SQLite copy of the log."""
    stored = tmp_path / "log.sqlite"
    assert 0 == run("import", str(COMMITTED_LOG), "--log", str(stored))[0]
    query = ("state", "mistral-ai", "--as-of", "2024-03", "--json")
    assert run(*query, "--log", str(COMMITTED_LOG)) == run(*query, "--log", str(stored))


@_FEW
@given(batches=st.lists(sourced_batches(max_reported=3), min_size=1, max_size=4))
def test_any_log_round_trips_through_sqlite_unchanged(
    tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
) -> None:
    """Same seqs, recording times, commit marks and hashes after JSONL to SQLite to JSONL."""
    folder = tmp_path_factory.mktemp("copy")
    source = JsonlLog(folder / "a.jsonl")
    for batch in batches:
        source.append(batch)
    middle, back = SqliteLog(folder / "b.sqlite"), JsonlLog(folder / "c.jsonl")
    assert source.last_seq() == copy_log(source, middle)
    assert source.last_seq() == copy_log(middle, back)
    assert list(source.read()) == list(middle.read())
    assert source.path.read_bytes() == back.path.read_bytes()


def test_copying_into_a_log_that_holds_records_fails_and_changes_nothing(tmp_path: Path) -> None:
    """The destination must be empty: exit status 2, one line on stderr, nothing written."""
    stored = tmp_path / "log.sqlite"
    assert 0 == run("import", str(COMMITTED_LOG), "--log", str(stored))[0]
    before = [r.hash for r in SqliteLog(stored).read()]
    assert (2, "") == run("import", str(COMMITTED_LOG), "--log", str(stored))
    assert before == [r.hash for r in SqliteLog(stored).read()]
    with pytest.raises(InputError):
        copy_log(JsonlLog(COMMITTED_LOG), SqliteLog(stored))


def test_a_failed_import_leaves_no_database_behind(tmp_path: Path) -> None:
    """A source whose chain is broken stops the import, and no destination file remains."""
    lines = COMMITTED_LOG.read_bytes().splitlines(keepends=True)
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"".join(lines[:5] + lines[6:]))
    stored = tmp_path / "log.sqlite"
    assert 2 == run("import", str(broken), "--log", str(stored))[0]
    assert [] == sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("log"))


def test_the_progress_bar_is_silent_when_stderr_is_not_a_terminal() -> None:
    """Nothing is drawn on a stream that is not a terminal, such as a pipe or a file."""
    stream = io.StringIO()
    bar = Progress(100, "copied", stream)
    bar(50)
    bar.done()
    assert "" == stream.getvalue()


def test_the_progress_bar_draws_on_a_terminal() -> None:
    """On a terminal, the bar shows the count and the total, and ends its line."""

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    bar = Progress(100_000, "copied", stream)
    bar.done()
    assert stream.getvalue().endswith("] 100,000/100,000 copied\n")


def test_the_progress_bar_stays_silent_for_short_work_and_counts_unknown_totals() -> None:
    """Under 10,000 items the bar is not drawn even on a terminal; with an unknown total (0)
    it shows the count alone, ending with the count it was last told.
    """

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    short, unknown = Terminal(), Terminal()
    bar = Progress(9_999, "copied", short)
    bar(5_000)
    bar.done()
    assert "" == short.getvalue()
    bar = Progress(0, "verified", unknown)
    list(counted(range(25_000), bar))
    bar.done()
    assert unknown.getvalue().endswith("\r25,000 verified\n")


def test_counted_reports_every_ten_thousand_items_and_at_the_end() -> None:
    """`counted` passes the items through unchanged and reports 10,000, 20,000, then the total."""
    told: list[int] = []
    assert list(range(25_000)) == list(counted(range(25_000), told.append))
    assert [10_000, 20_000, 25_000] == told
    told.clear()
    assert [] == list(counted([], told.append))
    assert [0] == told


def test_export_through_the_real_entry_point_writes_nothing_on_stderr(tmp_path: Path) -> None:
    """Run as a program with stderr piped, export prints its line and no progress bar."""
    stored = tmp_path / "log.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "export", str(stored), "--log", str(COMMITTED_LOG)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert (0, "") == (done.returncode, done.stderr)
    assert 38 == Timeline.open(stored, create=True).log.last_seq()


def test_a_copy_into_sqlite_stopped_halfway_leaves_whole_batches(tmp_path: Path) -> None:
    """`append_records` ends each transaction at the end of a batch: records given in batches
    of 4, chunks of 3, and a stop after the 10th record leave the 8 records of two whole
    batches, never part of a batch; records ending inside a batch are refused.
    """
    source = JsonlLog(tmp_path / "src.jsonl")
    for n in range(3):
        source.append(batch_of(f"b{n}", 3))
    records = list(source.read())

    def stopped() -> Iterator[LogRecord]:
        yield from records[:10]
        raise KeyboardInterrupt  # the process stops here

    store = SqliteLog(tmp_path / "dest.sqlite")
    with pytest.raises(KeyboardInterrupt):
        store.append_records(stopped(), chunk=3)
    assert records[:8] == list(SqliteLog(store.path).read())
    other = SqliteLog(tmp_path / "other.sqlite")
    with pytest.raises(InputError, match="end inside a batch, at record 6"):
        other.append_records(records[:6], chunk=100)
