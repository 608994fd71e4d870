"""Crash safety: an append that returned is never lost, whether the writer is killed (SIGKILL)
or its last write is torn; a torn tail is ignored by readers, reported by `verify` as a
warning, and cut away by the next append, after which the chain goes on.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.cli import main
from timeline.log import JsonlLog, open_log
from timeline.log.jsonl import raw_lines
from timeline.log.records import decode_record
from timeline.log.verify import verify_lines
from timeline.vocabulary.events import Event

from .helpers import LOG_SUFFIXES, REPEAT, ROOT, repeated_seqs
from .strategies.events import sourced_batches

EVENTS_PRELUDE = '''
import datetime as dt
import random
import sys

from timeline.identity import with_content_id
from timeline.log import open_log
from timeline.time.span import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.events import FactAsserted, SourceRegistered

DAY = dt.date(2024, 3, 12)


def document(tag, padding=0):
    """A document stating a few facts, padded to make the write long."""
    facts = " ".join(f"Fact {i} of {tag} is {tag}-{i}." for i in range(8))
    text = f"Report {tag}. {facts} " + "lorem ipsum " * padding
    return Document(
        id=f"doc-{tag}", title=tag, publisher="Test Wire", published=DAY, language="en", text=text
    )


def registered(doc):
    return with_content_id(SourceRegistered(document=doc))


def fact(doc, i):
    """A fact asserted by `doc`, quoting it where it says so."""
    tag = doc.id[len("doc-") :]
    quote = f"Fact {i % 8} of {tag} is {tag}-{i % 8}."
    start = doc.text.index(quote)
    event = FactAsserted(
        entities=("acme",),
        when=Span.day(DAY),
        source=Citation(document=doc.id, quote=quote, start=start, end=start + len(quote)),
        known_since=DAY,
        entity="acme",
        attribute=f"fact-{i}",
        value=f"{tag}-{i}",
    )
    return with_content_id(event)
'''
"""Events a writer process builds: documents and facts quoting them, so that logs verify."""

BUILDERS: dict[str, Any] = {}
exec(EVENTS_PRELUDE, BUILDERS)
"""The same builders in this process: `document(tag)`, `registered(doc)`, `fact(doc, i)`."""


def batch_of(tag: str, facts: int) -> list[Event]:
    """A document's registration and `facts` facts quoting it."""
    doc = BUILDERS["document"](tag)
    return [BUILDERS["registered"](doc), *(BUILDERS["fact"](doc, i) for i in range(facts))]


_KILLED_WRITER = (
    EVENTS_PRELUDE
    + """
path, name, limit, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
log = open_log(path)
print("ready", flush=True)
for n in range(limit):
    doc = document(f"{name}-{n}", padding=rng.choice([0, 10, 1000, 20000]))
    batch = [registered(doc)] + [fact(doc, i) for i in range(rng.randrange(0, 6))]
    records = log.append(batch)
    print(records[0].seq, records[-1].seq, records[-1].event.id, flush=True)
sys.stdin.read()  # wait to be killed
"""
)
"""Appends batches to the log at argv[1], printing `first last id` once each append returned."""

ROUNDS = 50
"""SIGKILL rounds per backend."""


def _verify(path: Path) -> tuple[int, str]:
    """`timeline verify` on `path`: (exit status, what it printed on stdout and stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["verify", "--log", str(path)], out)
    return status, out.getvalue() + err.getvalue()


def _kill_round(path: Path, name: str, rng: random.Random) -> list[tuple[int, int, str]]:
    """Start a writer, kill it at a random moment; what it acknowledged, as (first, last, id)."""
    writer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(path), name, "25", str(rng.randrange(1 << 30))],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None
    assert writer.stdout is not None
    assert "ready\n" == writer.stdout.readline()
    time.sleep(rng.choice([0.0, rng.uniform(0, 0.005), rng.uniform(0, 0.05)]))
    writer.send_signal(signal.SIGKILL)
    acknowledged = writer.stdout.read()
    writer.wait()
    writer.stdin.close()
    writer.stdout.close()
    assert -signal.SIGKILL == writer.returncode
    out = []
    for line in acknowledged.splitlines(keepends=True):
        if line.endswith("\n"):  # a line cut short by the kill acknowledged nothing
            first, last, event_id = line.split()
            out.append((int(first), int(last), event_id))
    return out


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_an_acknowledged_append_survives_sigkill_at_any_moment(tmp_path: Path, suffix: str) -> None:
    """Writers killed at random moments, round after round, lose nothing they acknowledged:
    every acknowledged record is in the log once, the log verifies, and appends go on.
    """
    path = tmp_path / f"log{suffix}"
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    acknowledged: list[tuple[int, int, str]] = []
    for round_ in range(ROUNDS):
        acknowledged += _kill_round(path, f"r{round_}", rng)
        records = list(open_log(path).read())
        context = f"seed {seed}, round {round_}"
        assert list(range(1, len(records) + 1)) == [r.seq for r in records], context
        assert len(records) == len({r.event.id for r in records}), context
        for first, last, event_id in acknowledged:
            assert (event_id, True) == (records[last - 1].event.id, records[last - 1].commit)
            assert [False] * (last - first) == [r.commit for r in records[first - 1 : last - 1]]
        if path.exists():  # a writer killed before it created the log leaves none
            status, report = _verify(path)
            assert 0 == status, f"{context}: {report}"
    log = open_log(path)
    before = log.last_seq()
    records = log.append(batch_of("after", 3))
    assert before + 1 == records[0].seq
    status, report = _verify(path)
    assert 0 == status
    assert "warning" not in report


# A torn write, simulated ------------------------------------------------------------------------


@settings(max_examples=max(10, settings().max_examples // 3))
@given(
    batches=st.lists(sourced_batches(max_reported=2), min_size=2, max_size=4),
    more=sourced_batches(max_reported=2),
    data=st.data(),
)
def test_a_torn_last_batch_is_ignored_warned_about_and_cut_by_the_next_append(
    tmp_path_factory: pytest.TempPathFactory,
    batches: list[list[Event]],
    more: list[Event],
    data: st.DataObject,
) -> None:
    """A log truncated at any byte inside its last batch (and maybe padded with the zeros a
    power cut can leave) loses only that batch: readers skip it, `verify` only warns, and the
    next append replaces it and verifies clean.
    """
    log = JsonlLog(tmp_path_factory.mktemp("log") / "log.jsonl")
    committed = [r for batch in batches[:-1] for r in log.append(batch)]
    start = log.path.stat().st_size
    log.append(batches[-1])
    end = log.path.stat().st_size
    with log.path.open("r+b") as f:
        f.truncate(data.draw(st.integers(start + 1, end - 1), label="cut"))
        f.seek(0, os.SEEK_END)
        f.write(b"\0" * data.draw(st.sampled_from([0, 0, 1, 4096]), label="zeros"))
    stored = log.path.read_bytes()[:start]
    assert committed == list(log.read())
    assert committed == [decode_record(line.data, line.where) for line in log.committed_lines()]
    assert len(committed) == log.last_seq()
    lines = log.committed_lines()  # a full replay begun before the next append ...
    first = next(lines, None)
    problems = list(verify_lines(raw_lines(log.path)))
    assert repeated_seqs(committed) == [p.seq for p in problems if REPEAT in p.message]
    assert len(committed) + 1 == min(p.seq for p in problems if REPEAT not in p.message)
    assert [] == [p for p in problems if p.fatal]
    appended = log.append(more)
    rest = [] if first is None else [first, *lines]  # ... reads what it began on, no more
    assert committed == [decode_record(line.data, line.where) for line in rest]
    assert len(committed) + 1 == appended[0].seq
    assert committed + appended == list(JsonlLog(log.path).read())
    assert stored == log.path.read_bytes()[:start]
    problems = list(verify_lines(raw_lines(log.path)))
    assert repeated_seqs(committed + appended) == [p.seq for p in problems]


def test_an_append_fsyncs_the_file_and_a_new_files_directory_before_returning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The durability policy: every append fsyncs the log file; the first also its directory."""
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.fstat(fd).st_ino)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    log = JsonlLog(tmp_path / "log.jsonl")
    log.append(batch_of("first", 2))
    file_inode, dir_inode = log.path.stat().st_ino, tmp_path.stat().st_ino
    assert [file_inode, dir_inode] == synced
    log.append(batch_of("second", 1))
    assert [file_inode, dir_inode, file_inode] == synced
