"""What `timeline log` and `timeline verify` do is the library's: `Timeline.log_records` and
`Timeline.verify`, so that a program asks them without the command line.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from timeline import InputError, Timeline
from timeline.answers import involved

from .helpers import COMMITTED_LOG, run


@pytest.fixture(scope="module")
def tl() -> Timeline:
    """The committed seed log."""
    return Timeline.open(COMMITTED_LOG)


def test_log_records_filter_by_type_entity_and_position(tl: Timeline) -> None:
    """Types, entity and `upto_seq` select the records `timeline log` prints, in log order."""
    founded = list(tl.log_records(types=["founded"]))
    assert [r.event.TYPE for r in founded] == ["founded"]
    about = list(tl.log_records(entity="Audrey Herblin-Stoop"))
    assert about
    assert all("audrey-herblin-stoop" in involved(r.event) for r in about)
    assert [r.seq for r in tl.log_records(upto_seq=5)] == [1, 2, 3, 4, 5]
    status, out, _ = run("log", "--type", "founded", "--log", str(COMMITTED_LOG))
    assert status == 0
    assert out.count("\n") == len(founded)


def test_log_records_refuse_an_unknown_type_naming_the_closest(tl: Timeline) -> None:
    """An unknown type is an InputError that suggests the closest known one."""
    with pytest.raises(InputError, match="did you mean founded"):
        list(tl.log_records(types=["foundd"]))


def test_log_records_by_recording_date(tl: Timeline) -> None:
    """`since` after every recording date gives nothing; `until` after it, everything."""
    last = tl.records()[-1].recorded_at.date()
    assert list(tl.log_records(since=f"{last.year + 1}")) == []
    assert len(list(tl.log_records(until=f"{last.year + 1}"))) == len(tl.records())


@pytest.mark.parametrize("suffix", [".jsonl", ".sqlite"])
def test_verify_says_what_the_command_says(tmp_path: Path, suffix: str) -> None:
    """A sound log verifies, with its head; a store's damaged index is a fault the records'
    verdict does not show.
    """
    path = tmp_path / f"log{suffix}"
    assert run("import", str(COMMITTED_LOG), "--log", str(path))[0] == 0
    found = Timeline.open(path, create=True).verify()
    assert found.ok
    assert found.indexed == (suffix == ".sqlite")
    assert (
        f"head: {found.verdict.last_seq} {found.verdict.head}"
        in run("verify", "--log", str(path))[1]
    )
    if suffix == ".sqlite":
        with sqlite3.connect(path) as db:
            db.execute("DELETE FROM touches WHERE seq = (SELECT MAX(seq) FROM touches)")
        damaged = Timeline.open(path, create=True).verify()
        assert damaged.verdict.ok
        assert not damaged.ok
        assert damaged.index_faults


def test_verify_finds_an_edited_record(tmp_path: Path) -> None:
    """An edited quote breaks the hash chain: the verdict is not ok and names the record."""
    path = tmp_path / "log.jsonl"
    shutil.copy(COMMITTED_LOG, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("Audrey Herblin-Stoop", "Audrey Herblin-Stoup", 1), encoding="utf-8"
    )
    found = Timeline.open(path, create=True).verify()
    assert not found.ok
    assert any(p.fatal for p in found.verdict.problems)
