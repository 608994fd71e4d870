"""Each log backend, driven by random appends, reads and reopenings, against a plain list.

The model is the list of records the log should hold. Every batch is self-contained (a
document's registration, then events quoting it), so the stored log must verify in full:
sequence, hash chain, ids and quotes. The in-memory log has its own machine; every backend
`open_log` knows (`LOG_SUFFIXES`) runs the same stored-log machine, which also crashes in the
middle of appends when the backend has a crash simulator in `CRASHES`, and loses power in the
middle of them when it has a power-cut simulator in `POWER_CUTS`.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import cast

import hypothesis.stateful
import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
)

from timeline.errors import ConflictError
from timeline.log import GENESIS, EventLog, LogRecord, MemoryLog, open_log
from timeline.log.records import encode_record, seal_batch, utc_now
from timeline.log.selection import ALWAYS, Filings
from timeline.log.verify import RawLine, stored_lines, verify_lines
from timeline.vocabulary.events import Event, Reported

from .helpers import LOG_SUFFIXES, REPEAT, repeated_seqs
from .strategies.events import sourced_batches

_BATCHES = sourced_batches(max_reported=3)
_BOUNDED = settings(max_examples=min(50, settings().max_examples), stateful_step_count=20)


def _line(record: LogRecord) -> bytes:
    return (encode_record(record) + "\n").encode("utf-8")


class LogMachine(RuleBasedStateMachine):
    """A log and the list of records it should hold, kept in step; subclass per backend."""

    def __init__(self) -> None:
        super().__init__()
        self.directory = Path(tempfile.mkdtemp(prefix="timeline-log-machine-"))
        self.log = self.make_log(self.directory)
        self.model: list[LogRecord] = []
        self.torn = False

    def make_log(self, directory: Path) -> EventLog:
        """A new, empty log whose storage (if any) lives in `directory`."""
        raise NotImplementedError

    def reopened(self) -> EventLog:
        """The log as a new process would open it; a log without storage is itself."""
        return self.log

    def stored(self) -> Iterator[RawLine]:
        """The stored lines of the log, for `verify_lines`; by default its records, encoded."""
        for record in self.log.read():
            yield RawLine(self.log.location, _line(record))

    def teardown(self) -> None:
        """Remove the run's directory."""
        shutil.rmtree(self.directory, ignore_errors=True)

    def _appended(self, batch: list[Event], records: list[LogRecord]) -> None:
        """Check what an append returned and add it to the model."""
        first = len(self.model) + 1
        assert list(range(first, first + len(batch))) == [r.seq for r in records]
        assert batch == [r.event for r in records]
        self.model += records
        self.torn = False

    # Rules --------------------------------------------------------------------------------

    @rule(batch=_BATCHES)
    def append(self, batch: list[Event]) -> None:
        """Append a batch unconditionally."""
        self._appended(batch, self.log.append(batch))

    @rule(batch=_BATCHES)
    def append_expecting_the_last_seq(self, batch: list[Event]) -> None:
        """Append a batch expecting the log to end where the model does."""
        self._appended(batch, self.log.append(batch, expected_seq=len(self.model)))

    @rule(batch=_BATCHES | st.just([]), offset=st.integers(-3, 3).filter(bool))
    def append_expecting_a_stale_seq(self, batch: list[Event], offset: int) -> None:
        """Append expecting another last seq: a conflict, and nothing written."""
        with pytest.raises(ConflictError):
            self.log.append(batch, expected_seq=len(self.model) + offset)

    @rule()
    def append_nothing(self) -> None:
        """Append an empty batch: no records."""
        assert [] == self.log.append([])

    @rule(data=st.data())
    def read_a_range(self, data: st.DataObject) -> None:
        """Read a range: the model's records with gt < seq <= lte."""
        bounds = st.none() | st.integers(-2, len(self.model) + 2)
        gt, lte = data.draw(bounds, label="gt"), data.draw(bounds, label="lte")
        expected = [
            r for r in self.model if (gt is None or r.seq > gt) and (lte is None or r.seq <= lte)
        ]
        assert expected == list(self.log.read(gt=gt, lte=lte))

    @rule(data=st.data())
    def select_an_entity(self, data: st.DataObject) -> None:
        """Select an entity's records along drawn cut-offs: the selection rule's records of
        the model, whatever the backend.
        """
        reported = [r.event for r in self.model if isinstance(r.event, Reported)]
        named = sorted({e for event in reported for e in event.touches()} | {"nobody"})
        entity = data.draw(st.sampled_from(named), label="entity")
        starts = sorted({event.when.start_key for event in reported} | {0})
        limit = data.draw(st.none() | st.sampled_from(starts), label="limit")
        upto = data.draw(st.none() | st.integers(0, len(self.model) + 1), label="upto")
        rule = Filings().extend(self.model)
        expected = rule.select(entity, limit=ALWAYS if limit is None else limit, upto=upto)
        assert expected == [r.seq for r in self.log.select(entity, limit=limit, upto_seq=upto)]

    @rule(data=st.data())
    def look_up_ids(self, data: st.DataObject) -> None:
        """Look ids up: those the model's records carry."""
        ids = [r.event.id for r in self.model]
        asked = data.draw(st.lists(st.sampled_from([*ids, "absent-id"]), max_size=4))
        assert {i for i in asked if i in ids} == self.log.has_ids(asked)

    @rule()
    def reopen(self) -> None:
        """Open the log again, as a new process would."""
        self.log = self.reopened()

    # Invariants ---------------------------------------------------------------------------

    @invariant()
    def last_seq_is_the_length_of_the_model(self) -> None:
        """The log ends where the model does."""
        assert len(self.model) == self.log.last_seq()

    @invariant()
    def reading_everything_gives_the_model(self) -> None:
        """The log reads back exactly the model."""
        assert self.model == list(self.log.read())

    @invariant()
    def the_stored_log_verifies(self) -> None:
        """No fatal problem ever; a warning at each reported event logged a second time, and
        another only while a torn tail awaits the next append.
        """
        problems = list(verify_lines(self.stored()))
        assert [] == [p for p in problems if p.fatal]
        assert repeated_seqs(self.model) == [p.seq for p in problems if REPEAT in p.message]
        assert self.torn or [] == [p for p in problems if REPEAT not in p.message]


class MemoryLogMachine(LogMachine):
    """The in-memory log against the model."""

    def make_log(self, directory: Path) -> EventLog:
        """A `MemoryLog`."""
        return MemoryLog()


def _crash_jsonl(path: Path, committed: list[LogRecord], batch: list[LogRecord], cut: int) -> None:
    """Leave the first `cut` bytes of `batch` after the committed records, as a process killed
    in the middle of its write would (a cut past the batch's end leaves zeros, as a power cut
    that extended the file but lost its data can).
    """
    payload = b"".join(_line(r) for r in batch)
    torn = payload[:cut] if cut < len(payload) else payload[:-1] + b"\0" * (cut - len(payload))
    with path.open("ab") as f:
        f.truncate(sum(len(_line(r)) for r in committed))
        f.write(torn)


Crash = Callable[[Path, list[LogRecord], list[LogRecord], int], None]
"""Simulates a crash in the middle of appending `batch` to the log file at `path`, which holds
the `committed` records: `cut` says how far the write got, in bytes."""

CRASHES: dict[str, Crash] = {".jsonl": _crash_jsonl}
"""The crash simulator of each backend that has one; the others skip the crash rule."""


def _power_cut_jsonl(
    path: Path, committed: list[LogRecord], batch: list[LogRecord], zeros: range, cut: int
) -> None:
    """Leave the first `cut` bytes of `batch` after the committed records with the bytes in
    `zeros` read back as NUL, as a power cut can: the file grew, some of its pages never
    landed, and bytes after them did.
    """
    payload = bytearray(b"".join(_line(r) for r in batch))
    payload[zeros.start : zeros.stop] = bytes(len(zeros))
    with path.open("ab") as f:
        f.truncate(sum(len(_line(r)) for r in committed))
        f.write(bytes(payload[:cut]))


PowerCut = Callable[[Path, list[LogRecord], list[LogRecord], range, int], None]
"""Simulates a power cut in the middle of appending `batch` to the log file at `path`, which
holds the `committed` records: the bytes of the batch in `zeros` are lost, and the write got
`cut` bytes far."""

POWER_CUTS: dict[str, PowerCut] = {".jsonl": _power_cut_jsonl}
"""The power-cut simulator of each backend that has one; the others skip the power-cut rule."""


class StoredLogMachine(LogMachine):
    """A backend of `open_log` against the model, reopened at random, crashing mid-append
    where the backend has a crash simulator; subclassed per suffix.
    """

    suffix = ".jsonl"

    @property
    def path(self) -> Path:
        """The log's file."""
        return self.directory / f"log{self.suffix}"

    def make_log(self, directory: Path) -> EventLog:
        """The log `open_log` gives for a file not yet created."""
        return open_log(directory / f"log{self.suffix}")

    def reopened(self) -> EventLog:
        """The log `open_log` gives for the same file, as a new process would open it."""
        return open_log(self.path)

    def stored(self) -> Iterator[RawLine]:
        """The stored lines, torn or not, as `timeline verify` sees them."""
        return stored_lines(self.log)

    def can_crash(self) -> bool:
        """True when this backend has a crash simulator."""
        return self.suffix in CRASHES

    @precondition(can_crash)
    @rule(batch=_BATCHES, data=st.data())
    def crash_mid_append(self, batch: list[Event], data: st.DataObject) -> None:
        """Write part of a batch and stop, as a crash would: the records must not count."""
        last_hash = self.model[-1].hash if self.model else GENESIS
        records = seal_batch(
            batch, last_seq=len(self.model), last_hash=last_hash, recorded_at=utc_now()
        )
        size = sum(len(_line(r)) for r in records)
        cut = data.draw(st.integers(1, size - 1) | st.sampled_from([size + 1, size + 4096]))
        CRASHES[self.suffix](self.path, self.model, records, cut)
        self.torn = True

    def can_power_cut(self) -> bool:
        """True when this backend has a power-cut simulator."""
        return self.suffix in POWER_CUTS

    @precondition(can_power_cut)
    @rule(batch=_BATCHES, data=st.data())
    def power_cut_mid_append(self, batch: list[Event], data: st.DataObject) -> None:
        """Write a batch as a power cut can leave it: a run of its bytes zeros, bytes after
        them landed, its commit record never whole and sound: the records must not count.
        """
        last_hash = self.model[-1].hash if self.model else GENESIS
        records = seal_batch(
            batch, last_seq=len(self.model), last_hash=last_hash, recorded_at=utc_now()
        )
        size = sum(len(_line(r)) for r in records)
        commit_starts = size - len(_line(records[-1]))
        lost = data.draw(st.integers(0, size - 2), label="zeros from")
        landed = data.draw(st.integers(lost + 1, size - 1), label="zeros to")
        cut = data.draw(st.integers(landed + 1, size), label="cut")
        if cut == size and landed <= commit_starts:
            cut -= 1  # else the commit record landed whole: corruption, not a torn tail
        POWER_CUTS[self.suffix](self.path, self.model, records, range(lost, landed), cut)
        self.torn = True


# Older Hypothesis releases leave run_state_machine_as_test unannotated; name its type once
# here so mypy accepts the call whichever release is installed.
_run_machine = cast("Callable[..., None]", hypothesis.stateful.run_state_machine_as_test)


def test_a_memory_log_behaves_like_a_list() -> None:
    """Under any sequence of operations, a MemoryLog holds what a list of records would."""
    _run_machine(MemoryLogMachine, settings=_BOUNDED)


@pytest.mark.parametrize("suffix", LOG_SUFFIXES)
def test_a_stored_log_behaves_like_a_list_even_across_crashes(suffix: str) -> None:
    """Under any operations, reopenings and (where simulated) crashes, every backend holds
    what a list of records would, and its stored form verifies.
    """
    machine = type(f"StoredLogMachine{suffix}", (StoredLogMachine,), {"suffix": suffix})
    _run_machine(machine, settings=_BOUNDED)
