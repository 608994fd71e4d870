"""The write path's reliability: what an import, an ingest and an append may write, and what
happens when writers race.

- an import never loses an append another process made to its destination meanwhile;
- what ingest and append accept, every reader accepts (one bad annotation cannot brick a log);
- a seed file nested too deep is one line naming the file, not a traceback;
- the library refuses a quote that is not in its source, as the command line does;
- an append without an expected sequence number never reports a conflict, and its wait for
  the lock is bounded;
- a retraction or a correction of an event that is not in the log is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.converter import unstructure_event
from timeline.errors import InputError
from timeline.identity import with_content_id
from timeline.log import EventLog, JsonlLog, LogRecord, MemoryLog, SqliteLog, open_log
from timeline.log.transfer import copy_log
from timeline.log.unindexed import Unindexed
from timeline.log.verify import check, stored_lines
from timeline.time.span import Span
from timeline.vocabulary.events import (
    Event,
    EventRetracted,
    FactCorrected,
    Reported,
    SourceRegistered,
    ValuationReported,
)

from .helpers import LOG_SUFFIXES, ROOT, run, write_seed
from .strategies.events import sourced_batches
from .strategies.hostile_fields import hostile_events
from .test_crash_safety import EVENTS_PRELUDE, batch_of

BACKENDS = [*LOG_SUFFIXES, "memory"]
"""Every log a `Timeline` can be built on: each stored backend, and the in-memory one."""


def _log(folder: Path, backend: str) -> EventLog:
    """A new, empty log of `backend` ("memory" or a file suffix) in `folder`."""
    return MemoryLog() if backend == "memory" else open_log(folder / f"log{backend}")


def _lines(events: list[Event]) -> str:
    """Events as `timeline append` reads them, one JSON object a line."""
    return "".join(json.dumps({"event": unstructure_event(e)}) + "\n" for e in events)


def _verified(log: EventLog) -> bool:
    """Whether `verify` finds the log sound: every record decodes, chains and cites."""
    return check(stored_lines(log)).ok


def _ids(path: Path) -> list[str]:
    return [r.event.id for r in open_log(path).read()]


def _sourced(tag: str, facts: int) -> tuple[SourceRegistered, list[Reported]]:
    """`batch_of(tag, facts)` typed: a document's registration and the facts quoting it."""
    registered, *reported = batch_of(tag, facts)
    assert isinstance(registered, SourceRegistered)
    return registered, [e for e in reported if isinstance(e, Reported)]


# 2. An import racing other writers -----------------------------------------------------------

SOURCE_RECORDS = 12_000
"""Records of the source an import copies while writers append: a copy long enough (about a
second) for the writers to be at work during it."""

_APPENDER = (
    EVENTS_PRELUDE
    + """
import os
import time

path, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
folder = os.path.dirname(path)
log = open_log(path)
doc = document(name)


def listing():
    found = {}
    for entry in os.scandir(folder):
        with __import__("contextlib").suppress(OSError):
            found[entry.name] = entry.stat().st_size
    return found


before = listing()
print("ready", flush=True)
sys.stdin.readline()  # the start signal: the import has been started
deadline = time.monotonic() + 3
while listing() == before and time.monotonic() < deadline:
    time.sleep(0.001)  # until the import has begun to write something
for n in range(count):
    event = registered(doc) if n == 0 else fact(doc, n)
    (record,) = log.append([event])
    print(record.event.id, flush=True)
    time.sleep(0.002)
"""
)
"""Waits until something in the log's folder changes (the import at work), then appends
`count` events one by one to the log at argv[1], printing each id once its append returned."""


def _empty_log(path: Path) -> None:
    """Create an empty log at `path`: a file of no bytes, or a store with no record."""
    if path.suffix == ".sqlite":
        SqliteLog(path).append([])
    else:
        path.touch()


def _source(folder: Path) -> JsonlLog:
    """A JSON Lines log of `SOURCE_RECORDS` records in batches of a hundred."""
    source = JsonlLog(folder / "source.jsonl")
    for n in range(SOURCE_RECORDS // 100):
        source.append(batch_of(f"s{n}", 99))
    return source


@pytest.mark.parametrize("existing", [False, True], ids=["absent", "empty"])
@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_an_import_racing_writers_loses_no_acknowledged_append(
    tmp_path: Path, suffix: str, existing: bool
) -> None:
    """Three processes appending to the destination of a running `timeline import` (absent,
    or an empty log) lose nothing: every append they were told of is in the log, which
    verifies; the import either copied everything first or refused (exit 2, one line).
    """
    source = _source(tmp_path)
    folder = tmp_path / "dest"
    folder.mkdir()
    path = folder / f"log{suffix}"
    if existing:
        _empty_log(path)
    command = [sys.executable, "-c", _APPENDER, str(path)]
    writers = [
        subprocess.Popen(
            [*command, f"w{n}", "150"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(3)
    ]
    for writer in writers:
        assert writer.stdout is not None
        assert "ready\n" == writer.stdout.readline()
    importer = subprocess.Popen(
        [sys.executable, "-m", "timeline", "import", str(source.path), "--log", str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.close()
    acknowledged = []
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stderr is not None
        out, err = writer.stdout.read(), writer.stderr.read()
        assert 0 == writer.wait(timeout=120), err
        acknowledged += out.split()
    _, err = importer.communicate(timeout=120)
    stored = _ids(path)
    assert [] == [event_id for event_id in acknowledged if event_id not in stored]
    assert len(acknowledged) + (SOURCE_RECORDS if importer.returncode == 0 else 0) == len(stored)
    if importer.returncode == 0:
        copied = [r.hash for r in open_log(path).read()][:SOURCE_RECORDS]
        assert [r.hash for r in source.read()] == copied
    else:
        assert (2, 1) == (importer.returncode, len(err.splitlines()))
    assert _verified(open_log(path))


class _Meddled(Unindexed):
    """A source log whose reading appends `event` to `destination` after its third record:
    another process writing to the destination while an import copies into it.
    """

    def __init__(self, source: EventLog, destination: Path, event: Event) -> None:
        self.source, self.destination, self.event = source, destination, event
        self.acknowledged: list[LogRecord] = []
        self.writer: threading.Thread | None = None

    @property
    def location(self) -> str:
        return self.source.location

    def last_seq(self) -> int:
        return self.source.last_seq()

    def append(
        self,
        events: Sequence[Event],
        *,
        expected_seq: int | None = None,
        skip_known: bool = False,
    ) -> list[LogRecord]:
        raise NotImplementedError

    def read(self, *, gt: int | None = None, lte: int | None = None) -> Iterator[LogRecord]:
        for n, record in enumerate(self.source.read(gt=gt, lte=lte), start=1):
            if n == 3:
                self.writer = threading.Thread(target=self._write)
                self.writer.start()
                self.writer.join(timeout=0.5)  # done at once, unless the import holds the log
            yield record

    def _write(self) -> None:
        self.acknowledged += open_log(self.destination).append([self.event])


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_an_import_refuses_a_destination_another_writer_created_meanwhile(
    tmp_path: Path, suffix: str
) -> None:
    """An append that creates the destination while an import copies into it is kept: the
    import raises InputError, leaves the destination with that append alone, and leaves no
    file of its own behind.
    """
    source = JsonlLog(tmp_path / "source.jsonl")
    source.append(batch_of("a", 9))
    path = tmp_path / "dest" / f"log{suffix}"
    path.parent.mkdir()
    (event,) = batch_of("theirs", 0)
    meddled = _Meddled(source, path, event)
    with pytest.raises(InputError, match="another process"):
        copy_log(meddled, open_log(path))
    assert [event.id] == [r.event.id for r in meddled.acknowledged] == _ids(path)
    assert [path.name] == [p.name for p in path.parent.iterdir() if p.suffix == suffix]
    assert [] == [p.name for p in path.parent.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_an_import_into_an_existing_empty_log_holds_it_for_its_whole_run(
    tmp_path: Path, suffix: str
) -> None:
    """An append to an existing empty destination during an import waits for the import to
    end, then lands after the copied records: nothing is lost or replaced.
    """
    source = JsonlLog(tmp_path / "source.jsonl")
    copied = source.append(batch_of("a", 9))
    path = tmp_path / f"log{suffix}"
    _empty_log(path)
    (event,) = batch_of("theirs", 0)
    meddled = _Meddled(source, path, event)
    assert len(copied) == copy_log(meddled, open_log(path))
    assert meddled.writer is not None
    meddled.writer.join(timeout=60)
    assert [*(r.event.id for r in copied), event.id] == _ids(path)
    assert _verified(open_log(path))


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_a_failed_import_into_an_existing_empty_log_leaves_it_empty_in_place(
    tmp_path: Path, suffix: str
) -> None:
    """A source that breaks off mid-copy leaves an existing empty destination where it was,
    as empty as it was: the import deletes and replaces nothing it did not create.
    """
    lines = (ROOT / "events" / "mistral-ai.jsonl").read_bytes().splitlines(keepends=True)
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b"".join(lines[:5] + lines[6:]))
    path = tmp_path / f"log{suffix}"
    _empty_log(path)
    inode = path.stat().st_ino
    status, _, err = run("import", str(broken), "--log", str(path))
    assert (2, 1) == (status, len(err.splitlines()))
    assert (inode, 0) == (path.stat().st_ino, open_log(path).last_seq())


# 3. What ingest and append accept, every reader accepts -------------------------------------


_BEYOND = {
    "type": "valuation_reported",
    "organization": "acme",
    "amount": 2**64,
    "currency": "USD",
    "anchor": "published",
    "quote": "Acme Corp was founded in March 2021",
}


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_a_seed_amount_beyond_64_bits_is_refused_naming_its_line_and_the_log_stays_readable(
    tmp_path: Path, suffix: str
) -> None:
    """Ingesting a seed whose amount is 2**64 exits 2 with one line naming the seed file and
    writes nothing; the log it was ingested into still reads and verifies.
    """
    text = "Acme Corp was founded in March 2021."
    source = {
        "id": "s",
        "title": "T",
        "publisher": "P",
        "published": "2024-03-12",
        "language": "en",
    }
    good = write_seed(tmp_path / "seeds", "good", text, source, [{"id": "acme", "name": "Acme"}])
    bad = write_seed(tmp_path / "seeds", "bad", text, {**source, "id": "t"}, [], [_BEYOND])
    log = tmp_path / f"log{suffix}"
    assert 0 == run("ingest", str(good), "--log", str(log))[0]
    before = _ids(log)
    status, _, err = run("ingest", str(bad), "--log", str(log))
    assert (2, 1) == (status, len(err.splitlines()))
    header = bad.read_text("utf-8").splitlines().index("[[event]]") + 1
    assert err.startswith(f"timeline ingest: error: {bad}:{header}: invalid valuation_reported")
    assert "does not fit in 64 bits" in err
    assert before == _ids(log)
    assert 0 == run("state", "acme", "--log", str(log))[0]
    assert 0 == run("verify", "--log", str(log))[0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_bare_append_refuses_a_record_a_reader_would_refuse(tmp_path: Path, backend: str) -> None:
    """Every backend's own `append` refuses, writing nothing, an event with an amount of
    2**64, a lone surrogate, a list nested 40 deep or a text of 5 MiB: the limits of reading.
    """
    log = _log(tmp_path, backend)
    registered, (fact,) = _sourced("a", 1)
    valuation = with_content_id(
        ValuationReported(
            organization="acme", amount=1, currency="USD", **_cited(fact), entities=("acme",)
        )
    )
    log.append([registered])
    deep: Any = "x"
    for _ in range(40):
        deep = [deep]
    hostile = [
        attrs.evolve(valuation, amount=2**64),
        attrs.evolve(valuation, amount=-(2**63)),
        attrs.evolve(valuation, currency="\ud800"),
        attrs.evolve(valuation, currency=deep),
        attrs.evolve(valuation, currency="x" * (5 * 1024 * 1024)),
    ]
    for event in hostile:
        with pytest.raises(InputError, match=f"{log.location}: record 3 "):
            log.append([fact, event])
    assert 1 == log.last_seq()
    assert _verified(log)


def test_a_field_that_converts_silently_to_another_value_is_refused(tmp_path: Path) -> None:
    """A string where a tuple of ids belongs ("acme" for ("acme",)) would be stored and read
    back as another event: `Timeline.append` refuses it, naming the field, and writes nothing.
    """
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    registered, (fact,) = _sourced("a", 1)
    valuation = with_content_id(
        ValuationReported(
            organization="acme", amount=1, currency="USD", **_cited(fact), entities=("acme",)
        )
    )
    tl.append([registered])
    one_id: Any = "acme"  # the wrong type on purpose, as a caller without mypy may give it
    with pytest.raises(InputError, match="field 'entities'"):
        tl.append([attrs.evolve(valuation, entities=one_id)])
    assert tl.log.last_seq() == 1


def _cited(event: Reported) -> dict[str, Any]:
    """The fields a reported event borrows from `event`: when, source, publication date."""
    return {"when": event.when, "source": event.source, "known_since": event.known_since}


_HOSTILE = settings(
    max_examples=max(10, settings().max_examples // 4),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    deadline=None,
)


@_HOSTILE
@given(batch=sourced_batches(max_reported=2), backend=st.sampled_from(BACKENDS), data=st.data())
def test_whatever_the_library_appends_reads_back(
    tmp_path_factory: pytest.TempPathFactory,
    batch: list[Event],
    backend: str,
    data: st.DataObject,
) -> None:
    """`Timeline.append` of an event with a hostile field (beyond 64 bits, NaN, a lone
    surrogate, deep nesting, a value of another type), after a sound batch, either refuses
    it with InputError, writing nothing, or stores what every reader reads back and verify
    accepts.
    """
    registered, *reported = batch
    assert isinstance(registered, SourceRegistered)
    sound = [
        registered,
        *(e for e in reported if not isinstance(e, FactCorrected | EventRetracted)),
    ]
    hostile = data.draw(hostile_events(registered.document))
    log = _log(tmp_path_factory.mktemp("log"), backend)
    tl = Timeline(log)
    tl.append(sound)
    before = list(log.read())
    try:
        appended = tl.append([hostile])
    except InputError:
        appended = []
    again = log if backend == "memory" else open_log(log.location)
    assert before + appended == list(again.read())
    assert _verified(again)


_SEED_TEXT = "Acme Corp was founded in March 2021. It is worth a lot."


@_HOSTILE
@given(
    value=st.one_of(
        st.integers(),
        st.integers(min_value=2**62),
        st.integers(max_value=-(2**62)),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=5),
        st.lists(st.integers(), max_size=3),
        st.booleans(),
    )
)
def test_whatever_ingest_accepts_reads_back(
    tmp_path_factory: pytest.TempPathFactory, value: Any
) -> None:
    """A seed whose amount is any TOML value either ingests into a log that reads and
    verifies, or is refused with InputError and nothing written.
    """
    folder = tmp_path_factory.mktemp("seed")
    source = {
        "id": "s",
        "title": "T",
        "publisher": "P",
        "published": "2024-03-12",
        "language": "en",
    }
    entities = [{"id": "acme", "name": "Acme"}]
    event = {**_BEYOND, "quote": "It is worth a lot"}
    seed = write_seed(folder, "seed", _SEED_TEXT, source, entities, [event])
    text = seed.read_text("utf-8").replace(f"amount = {2**64}", f"amount = {_toml(value)}")
    seed.write_text(text, "utf-8")
    tl = Timeline.open(folder / "log.jsonl", create=True)
    try:
        tl.ingest([seed])
    except InputError:
        assert not (folder / "log.jsonl").exists()
        return
    assert 3 == len(list(JsonlLog(folder / "log.jsonl").read()))
    assert _verified(JsonlLog(folder / "log.jsonl"))


def _toml(value: Any) -> str:
    """`value` written as TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(str(value), repr(value))
    if isinstance(value, list):
        return "[" + ", ".join(map(_toml, value)) + "]"
    return json.dumps(value)


# 10. A seed nested too deep --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["arrays", "inline tables"])
def test_a_seed_nested_500_deep_is_one_line_naming_the_file(tmp_path: Path, kind: str) -> None:
    """A seed TOML whose value nests arrays (or inline tables) 500 deep is refused with exit
    status 2 and one line naming the file, not a traceback.
    """
    seed = write_seed(tmp_path, "deep", "Some text.", {"id": "s", "title": "T"})
    deep = "[" * 500 + "]" * 500 if kind == "arrays" else "{a = " * 500 + "1" + "}" * 500
    seed.write_text(seed.read_text("utf-8") + f"extra = {deep}\n", "utf-8")
    status, _, err = run("ingest", str(seed), "--log", str(tmp_path / "log.jsonl"))
    assert (2, 1) == (status, len(err.splitlines()))
    assert err.startswith(f"timeline ingest: error: {seed}")
    assert not (tmp_path / "log.jsonl").exists()


# 15. The library checks quotes ----------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_library_refuses_an_event_whose_quote_is_not_in_its_source(
    tmp_path: Path, backend: str
) -> None:
    """`Timeline.append` refuses, with InputError and nothing written, an event whose quote is
    not where it says in its registered source, as `timeline append` does.
    """
    tl = Timeline(_log(tmp_path, backend))
    registered, (fact,) = _sourced("a", 1)
    tl.append([registered])
    moved = attrs.evolve(fact.source, start=fact.source.start + 1, end=fact.source.end + 1)
    with pytest.raises(InputError, match="is not at"):
        tl.append([with_content_id(attrs.evolve(fact, source=moved))])
    assert 1 == tl.log.last_seq()


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_library_refuses_an_event_citing_a_document_not_registered(
    tmp_path: Path, backend: str
) -> None:
    """An event citing a document that neither the log nor the batch before it registers is
    refused; registering the document earlier in the same batch makes it acceptable.
    """
    tl = Timeline(_log(tmp_path, backend))
    registered, (fact,) = _sourced("a", 1)
    with pytest.raises(InputError, match="not registered before it"):
        tl.append([fact, registered])
    assert 0 == tl.log.last_seq()
    assert [1, 2] == [r.seq for r in tl.append([registered, fact])]
    assert _verified(tl.log)


def test_the_command_line_names_the_input_line_of_a_quote_the_library_refuses(
    tmp_path: Path,
) -> None:
    """`timeline append` reports the library's refusal of a quote at its `<stdin>:LINE`."""
    registered, (fact,) = _sourced("a", 1)
    wrong = with_content_id(attrs.evolve(fact, source=attrs.evolve(fact.source, quote="Fact X")))
    status, _, err = run(
        "append", "--log", str(tmp_path / "log.jsonl"), stdin=_lines([registered, wrong])
    )
    assert (2, "timeline append: error: <stdin>:2: event") == (status, err[:40])
    assert not (tmp_path / "log.jsonl").exists()


# 17. Appends without an expected sequence number never conflict -------------------------------

_HAMMER = (
    EVENTS_PRELUDE
    + """
import threading
import time

path, limit = sys.argv[1], int(sys.argv[2])
log = open_log(path)
doc = document("hammer")
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
log.append([registered(doc)])
print("started", flush=True)
n = 0
while not stop.is_set() and n < limit:
    n += 1
    log.append([fact(doc, n)])
    time.sleep(0.001)
print(n, flush=True)
"""
)
"""Appends facts one by one to the log at argv[1], a millisecond apart, until its stdin closes
(or `limit` appends), then prints how many it appended after its first."""


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_append_commands_racing_a_busy_writer_never_conflict_and_store_each_event_once(
    tmp_path: Path, suffix: str
) -> None:
    """Four `timeline append` processes without --expect-seq, on overlapping input, while
    another process appends every millisecond: all exit 0, and each event is stored once.
    """
    path = tmp_path / f"log{suffix}"
    hammer = subprocess.Popen(
        [sys.executable, "-c", _HAMMER, str(path), "20000"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert hammer.stdout is not None
    assert "started\n" == hammer.stdout.readline()
    events = batch_of("shared", 40)
    chunks = [[events[0], *events[1 + 10 * n : 1 + 10 * n + 20]] for n in range(4)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "timeline", "append", "--log", str(path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in chunks
    ]
    results = [
        p.communicate(_lines(chunk), timeout=120)
        for p, chunk in zip(processes, chunks, strict=True)
    ]
    out, _ = hammer.communicate("", timeout=60)
    assert [0] * 4 == [p.returncode for p in processes], [err for _, err in results]
    ids = _ids(path)
    assert 1 + int(out) + len(events) == len(ids)
    assert sorted(set(ids)) == sorted(ids)
    assert set(e.id for e in events) <= set(ids)
    assert _verified(open_log(path))


@pytest.mark.parametrize("backend", BACKENDS)
def test_skipping_known_events_inside_the_lock_needs_no_retry(tmp_path: Path, backend: str) -> None:
    """Two handles on one log append overlapping batches with `skip_known`: the second stores
    only what the first did not, with no conflict, whatever each read before.
    """
    log = _log(tmp_path, backend)
    other = log if backend == "memory" else open_log(log.location)
    events = batch_of("a", 5)
    first = log.append(events[:4], skip_known=True)
    second = other.append([events[2], *events[3:], events[5]], skip_known=True)
    assert [e.id for e in events[:4]] == [r.event.id for r in first]
    assert [e.id for e in events[4:]] == [r.event.id for r in second]
    assert [] == other.append(events, skip_known=True)


def test_a_jsonl_append_behind_a_lock_held_too_long_says_the_log_is_busy(tmp_path: Path) -> None:
    """An append that waits longer than its bound for another holder of the lock raises
    InputError "log busy", naming the log and the wait, and writes nothing.
    """
    log = JsonlLog(tmp_path / "log.jsonl", busy_seconds=0.2)
    log.append(batch_of("a", 0))
    with log.path.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(
            InputError, match=r"log\.jsonl: log busy: another writer held it for 0.2 s"
        ):
            log.append(batch_of("b", 0))
    assert 1 == log.last_seq()


def test_a_sqlite_append_behind_a_writer_held_too_long_says_the_log_is_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite, an append waiting longer than the busy timeout says "log busy", not a
    traceback, and writes nothing.
    """
    import timeline.log._sqlite_db as database

    monkeypatch.setattr(database, "BUSY_SECONDS", 0.2)
    path = tmp_path / "log.sqlite"
    SqliteLog(path).append(batch_of("a", 0))
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as held:
        held.execute("BEGIN IMMEDIATE")
        with pytest.raises(InputError, match=r"log\.sqlite: log busy: another writer held it"):
            SqliteLog(path).append(batch_of("b", 0))
        held.execute("ROLLBACK")
    assert 1 == SqliteLog(path).last_seq()


# 18. Retractions and corrections name events in the log -------------------------------------


def _withdrawal(kind: str, target: str, cite: Reported) -> Reported:
    """A retraction or a correction (by `kind`) of the event `target`, citing as `cite` does."""
    common: dict[str, Any] = {
        "entities": ("acme",),
        "when": Span.day(dt.date(2024, 3, 12)),
        "source": cite.source,
        "known_since": cite.known_since,
    }
    if kind == "retraction":
        return with_content_id(EventRetracted(retracts=target, **common))
    return with_content_id(
        FactCorrected(corrects=target, entity="acme", attribute="fact-1", value="z", **common)
    )


@pytest.mark.parametrize("kind", ["retraction", "correction"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_withdrawing_an_event_not_in_the_log_is_refused_naming_its_id(
    tmp_path: Path, backend: str, kind: str
) -> None:
    """A retraction or a correction of an id that neither the log nor the batch before it
    holds is refused with InputError naming that id, and nothing is written.
    """
    tl = Timeline(_log(tmp_path, backend))
    registered, (fact, later) = _sourced("a", 2)
    tl.append([registered])
    withdrawal = _withdrawal(kind, "fact_asserted-0123456789abcdef", fact)
    with pytest.raises(InputError, match="'fact_asserted-0123456789abcdef'"):
        tl.append([fact, withdrawal])
    with pytest.raises(InputError, match=later.id):
        tl.append([_withdrawal(kind, later.id, fact), later])
    assert 1 == tl.log.last_seq()


@pytest.mark.parametrize("kind", ["retraction", "correction"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_withdrawing_an_event_of_the_log_or_earlier_in_the_batch_is_accepted(
    tmp_path: Path, backend: str, kind: str
) -> None:
    """A retraction or a correction of an event stored before, or given earlier in the same
    batch, is appended, and the log verifies.
    """
    tl = Timeline(_log(tmp_path, backend))
    registered, (fact, other) = _sourced("a", 2)
    tl.append([registered, fact])
    appended = tl.append(
        [_withdrawal(kind, fact.id, fact), other, _withdrawal(kind, other.id, fact)]
    )
    assert [3, 4, 5] == [r.seq for r in appended]
    assert _verified(tl.log)


def test_the_command_line_refuses_a_retraction_of_an_unknown_id_with_exit_2(tmp_path: Path) -> None:
    """`timeline append` of a retraction naming an id the log does not hold exits 2 with one
    line naming the id and its input line, writing nothing.
    """
    registered, (fact,) = _sourced("a", 1)
    log = tmp_path / "log.jsonl"
    assert 0 == run("append", "--log", str(log), stdin=_lines([registered, fact]))[0]
    retraction = _withdrawal("retraction", "founded-0000000000000000", fact)
    status, _, err = run("append", "--log", str(log), stdin=_lines([retraction]))
    assert 2 == status
    assert err.startswith("timeline append: error: <stdin>:1: ")
    assert "'founded-0000000000000000'" in err
    assert 2 == len(_ids(log))


def test_ingesting_a_retraction_before_the_report_it_retracts_is_refused(tmp_path: Path) -> None:
    """`timeline ingest` of a source retracting an event of a source not yet ingested exits 2
    naming the id; once that source is in the log, the same ingest goes through.
    """
    data = ROOT / "tests" / "data" / "multisource"
    log = str(tmp_path / "log.jsonl")
    status, _, err = run("ingest", str(data / "courier-2024-05-02.toml"), "--log", log)
    assert (2, 1) == (status, len(err.splitlines()))
    assert "retracts 'partnership_announced-078769424a3cedd4'" in err
    assert not (tmp_path / "log.jsonl").exists()
    assert 0 == run("ingest", str(data / "wire-2024-03-01.toml"), "--log", log)[0]
    assert 0 == run("ingest", str(data / "courier-2024-05-02.toml"), "--log", log)[0]
    assert 0 == run("verify", "--log", log)[0]
