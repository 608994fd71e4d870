"""The contract every `EventLog` backend keeps, proven once for each backend.

`LogContract` states the contract against the `EventLog` protocol alone; a backend's test class
subclasses it and says how to make a log (and, when it has storage, how to open it again).
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import ConflictError, InputError
from timeline.identity import with_content_id
from timeline.log import GENESIS, EventLog, JsonlLog, LogRecord, MemoryLog, SqliteLog
from timeline.log.jsonl import _CHUNK
from timeline.log.records import encode_record
from timeline.log.selection import Filings
from timeline.projections import Axes, admitted, catalogue, fold_state
from timeline.read.streamed import streamed_state
from timeline.vocabulary.documents import Document
from timeline.vocabulary.events import EVENT_TAGS, EntityRegistered, Event, SourceRegistered

from .strategies.events import event_batches
from .strategies.worlds import query_axes, rich_worlds

_BATCHES = st.lists(event_batches(max_size=3), max_size=4)
_BOUNDS = st.none() | st.integers(-2, 20)
_SHARED = settings(
    max_examples=max(10, settings().max_examples // 4),
    suppress_health_check=[*settings().suppress_health_check, HealthCheck.differing_executors],
)
"""Settings for the contract's properties, which every backend's test class inherits and runs.

A quarter of the profile's examples: each draws a dozen events, and the state machine in
`test_log_state_machine.py` explores longer histories of every backend.
"""
_INTERFACE = settings(
    _SHARED, suppress_health_check=[*_SHARED.suppress_health_check, HealthCheck.too_slow]
)
"""The contract's settings for the store interface beyond the four methods, whose worlds take
longer to draw."""


def _fill(log: EventLog, batches: list[list[Event]]) -> list[LogRecord]:
    """Append each batch in turn; all the records appended."""
    records: list[LogRecord] = []
    for batch in batches:
        records += log.append(batch)
    return records


def _in_range(records: list[LogRecord], gt: int | None, lte: int | None) -> list[LogRecord]:
    """The slice of `records` that `read(gt=gt, lte=lte)` should return."""
    return [r for r in records if (gt is None or r.seq > gt) and (lte is None or r.seq <= lte)]


def _cut(events: list[Event], cuts: list[int]) -> list[list[Event]]:
    """`events` in batches, cut at the given places."""
    bounds = sorted({0, len(events), *(c % (len(events) + 1) for c in cuts)})
    return [events[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def _registered(text: str) -> Event:
    """The registration of a document holding `text`."""
    document = Document(
        id="doc-long",
        title="Long",
        publisher="Le Monde",
        published=dt.date(2024, 3, 12),
        language="fr",
        text=text,
    )
    return with_content_id(SourceRegistered(document=document))


class LogContract:
    """The behaviour shared by every `EventLog`; subclass it and define `make_log`."""

    def make_log(self, directory: Path) -> EventLog:
        """A new, empty log whose storage (if any) lives in `directory`."""
        raise NotImplementedError

    def reopen(self, log: EventLog) -> EventLog:
        """The same log as a new process would open it; a log without storage is itself."""
        return log

    @pytest.fixture
    def log(self, tmp_path: Path) -> EventLog:
        """A new, empty log."""
        return self.make_log(tmp_path)

    # The empty log ------------------------------------------------------------------------

    def test_a_new_log_is_empty(self, log: EventLog) -> None:
        """A new log ends at sequence 0 and reads nothing."""
        assert 0 == log.last_seq()
        assert [] == list(log.read())

    def test_a_log_names_where_it_lives(self, log: EventLog) -> None:
        """`location` is a non-empty string for messages."""
        assert isinstance(log.location, str)
        assert "" != log.location

    # Appending ----------------------------------------------------------------------------

    @_SHARED
    @given(batches=_BATCHES)
    def test_appending_numbers_records_on_from_the_last_seq(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """Each append returns its events as records numbered from last_seq + 1, in order."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        for batch in batches:
            before = log.last_seq()
            records = log.append(batch)
            assert list(range(before + 1, before + len(batch) + 1)) == [r.seq for r in records]
            assert batch == [r.event for r in records]
            assert before + len(batch) == log.last_seq()

    @_SHARED
    @given(batch=event_batches())
    def test_only_the_last_record_of_a_batch_commits(
        self, tmp_path_factory: pytest.TempPathFactory, batch: list[Event]
    ) -> None:
        """A batch's last record carries the commit mark and no other record does."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        expected = [False] * (len(batch) - 1) + [True]
        assert expected == [r.commit for r in log.append(batch)]

    def test_appending_an_empty_batch_writes_nothing(self, log: EventLog) -> None:
        """An empty batch returns no records and leaves the log as it was."""
        assert [] == log.append([])
        assert 0 == log.last_seq()
        assert [] == list(log.read())

    @_SHARED
    @given(batches=_BATCHES)
    def test_appending_an_empty_batch_to_a_filled_log_writes_nothing(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """An empty batch after others changes neither the last seq nor what is read."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        assert [] == log.append([], expected_seq=len(records))
        assert len(records) == log.last_seq()
        assert records == list(log.read())

    # Reading ------------------------------------------------------------------------------

    @_SHARED
    @given(batches=_BATCHES)
    def test_reading_after_append_returns_the_same_records(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """`read()` returns exactly the records the appends returned, in order, every time."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        assert records == list(log.read())
        assert records == list(log.read())

    @_SHARED
    @given(batches=_BATCHES, gt=_BOUNDS, lte=_BOUNDS)
    def test_reading_a_range_matches_a_slice_of_the_records(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        batches: list[list[Event]],
        gt: int | None,
        lte: int | None,
    ) -> None:
        """`read(gt=, lte=)` returns the records with gt < seq <= lte, whatever the bounds."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        assert _in_range(records, gt, lte) == list(log.read(gt=gt, lte=lte))

    # Optimistic concurrency ---------------------------------------------------------------

    @_SHARED
    @given(batches=_BATCHES, batch=event_batches(max_size=3))
    def test_appending_with_the_right_expected_seq_succeeds(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        batches: list[list[Event]],
        batch: list[Event],
    ) -> None:
        """An append expecting the log's actual last seq goes through."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        before = _fill(log, batches)
        records = log.append(batch, expected_seq=len(before))
        assert before + records == list(log.read())

    @_SHARED
    @given(
        batches=_BATCHES,
        batch=event_batches(min_size=0, max_size=3),
        offset=st.integers(-3, 3).filter(bool),
    )
    def test_appending_with_a_stale_expected_seq_conflicts_and_writes_nothing(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        batches: list[list[Event]],
        batch: list[Event],
        offset: int,
    ) -> None:
        """An append expecting another last seq raises ConflictError and leaves the log as is."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        with pytest.raises(ConflictError) as conflict:
            log.append(batch, expected_seq=len(records) + offset)
        assert (len(records) + offset, len(records)) == (
            conflict.value.expected,
            conflict.value.actual,
        )
        assert len(records) == log.last_seq()
        assert records == list(log.read())

    # Integrity ----------------------------------------------------------------------------

    @_SHARED
    @given(batches=_BATCHES)
    def test_records_form_a_hash_chain(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """Each record's `prev` is the hash before it (GENESIS first); each hash is its own."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        _fill(log, batches)
        records = list(log.read())
        assert [GENESIS, *(r.hash for r in records)][: len(records)] == [r.prev for r in records]
        assert [r.computed_hash() for r in records] == [r.hash for r in records]

    @_SHARED
    @given(batches=_BATCHES, more=_BATCHES)
    def test_a_prefix_never_changes_after_further_appends(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        batches: list[list[Event]],
        more: list[list[Event]],
    ) -> None:
        """What was read once is read again, unchanged, as the start of the grown log."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        _fill(log, batches)
        snapshots = [list(log.read())]
        for batch in more:
            log.append(batch)
            snapshots.append(list(log.read()))
        final = snapshots[-1]
        for snapshot in snapshots:
            assert snapshot == final[: len(snapshot)]

    @_SHARED
    @given(batches=_BATCHES, batch=event_batches())
    def test_a_reopened_log_reads_the_same_records(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        batches: list[list[Event]],
        batch: list[Event],
    ) -> None:
        """Opening the log again gives the same records and last seq, and appends go on."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        again = self.reopen(log)
        assert len(records) == again.last_seq()
        assert records == list(again.read())
        more = again.append(batch, expected_seq=len(records))
        assert records + more == list(self.reopen(again).read())

    # Skipping known events ----------------------------------------------------------------

    @_SHARED
    @given(batches=_BATCHES, batch=event_batches(max_size=3), data=st.data())
    def test_skipping_known_events_appends_each_new_event_once(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        batches: list[list[Event]],
        batch: list[Event],
        data: st.DataObject,
    ) -> None:
        """With `skip_known`, events whose ids the log holds or that come earlier in the batch
        are left out; the others are appended once each, in order, as one batch.
        """
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        stored = [r.event for r in records]
        given = data.draw(st.permutations(batch + batch + stored[:3]))
        known = {e.id for e in stored}
        fresh = [e for i, e in enumerate(given) if e.id not in known and e not in given[:i]]
        appended = log.append(given, skip_known=True)
        assert fresh == [r.event for r in appended]
        assert records + appended == list(log.read())

    @_SHARED
    @given(batches=_BATCHES)
    def test_skipping_known_events_when_all_are_known_writes_nothing(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """Appending, with `skip_known`, only events the log holds returns nothing and changes
        nothing.
        """
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        assert [] == log.append([r.event for r in records], skip_known=True)
        assert records == list(log.read())

    def test_skipping_known_events_still_checks_the_expected_seq(self, log: EventLog) -> None:
        """A stale `expected_seq` conflicts even when every event would be skipped."""
        records = log.append([_registered("a")])
        with pytest.raises(ConflictError):
            log.append([records[0].event], expected_seq=0, skip_known=True)
        assert records == list(log.read())

    def test_a_record_a_reader_would_refuse_is_refused_and_nothing_is_written(
        self, log: EventLog
    ) -> None:
        """An event whose record a reader would refuse (here an integer beyond 64 bits) makes
        the append raise InputError naming the log, and nothing of its batch is written.
        """
        first = log.append([_registered("a")])
        registered = _registered("b")
        assert isinstance(registered, SourceRegistered)
        document = attrs.evolve(registered.document, title=2**64)  # type: ignore[arg-type]
        bad = attrs.evolve(registered, document=document)
        with pytest.raises(InputError, match="does not fit in 64 bits"):
            log.append([_registered("c"), bad])
        assert first == list(log.read())

    # The store interface beyond the four methods ------------------------------------------

    @_INTERFACE
    @given(events=rich_worlds(), cuts=st.lists(st.integers(0, 40), max_size=3), axes=query_axes())
    def test_selecting_an_entity_answers_as_the_full_replay(
        self,
        tmp_path_factory: pytest.TempPathFactory,
        events: list[Event],
        cuts: list[int],
        axes: Axes,
    ) -> None:
        """The records `select` gives for an entity fold to the state the full replay of every
        record gives, along any axes, and they are the records the selection rule chooses.
        """
        log = self.make_log(tmp_path_factory.mktemp("log"))
        _fill(log, _cut(events, cuts))
        records = list(log.read())
        names = catalogue(records)
        limit = axes.limit
        rule = Filings().extend(records)
        for entity in names.entities:
            found = names.find(entity)
            chosen = list(log.select(entity, limit=limit, upto_seq=axes.upto_seq))
            expected = fold_state(admitted(records, axes), names, found, axes)
            assert expected == fold_state(admitted(chosen, axes), names, found, axes)
            assert rule.select(entity, limit=limit, upto=axes.upto_seq) == [r.seq for r in chosen]

    @_INTERFACE
    @given(events=rich_worlds(), axes=query_axes())
    def test_a_streamed_replay_of_the_scan_rows_answers_as_the_full_replay(
        self, tmp_path_factory: pytest.TempPathFactory, events: list[Event], axes: Axes
    ) -> None:
        """A full replay streamed from `scan_rows` (and `scan_rows_naming` for its second pass)
        gives the state the fold of every record gives.
        """
        log = self.make_log(tmp_path_factory.mktemp("log"))
        log.append(events)
        records = list(log.read())
        names = catalogue(records)
        for entity in names.entities:
            found = names.find(entity)
            expected = fold_state(admitted(records, axes), names, found, axes)
            assert expected == streamed_state(
                log.scan_rows, entity, axes, naming=log.scan_rows_naming
            )

    @_INTERFACE
    @given(batches=_BATCHES)
    def test_the_raw_lines_are_the_encoded_records(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """`raw_lines` gives each committed record as the line a JSON Lines log stores, whole."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        lines = list(log.raw_lines())
        assert [encode_record(r).encode("utf-8") for r in records] == [
            line.data.rstrip(b"\n") for line in lines
        ]
        assert all(line.complete for line in lines)

    @_INTERFACE
    @given(batches=_BATCHES, data=st.data())
    def test_looking_up_ids_types_and_hashes_finds_what_the_records_hold(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]], data: Any
    ) -> None:
        """`has_ids`, `of_types`, `registrations` and `hash_at` answer as the records read."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        ids = [r.event.id for r in records]
        asked = data.draw(st.lists(st.sampled_from([*ids, "absent-id"]), max_size=5))
        assert {i for i in asked if i in ids} == log.has_ids(asked)
        gt = data.draw(st.none() | st.integers(0, len(records)))
        types = data.draw(st.sets(st.sampled_from(sorted(EVENT_TAGS)), max_size=4))
        after = _in_range(records, gt, None)
        assert [r for r in after if r.event.TYPE in types] == list(log.of_types(types, gt=gt))
        registering = (EntityRegistered.TYPE, SourceRegistered.TYPE)
        assert [r for r in after if r.event.TYPE in registering] == list(log.registrations(gt=gt))
        for record in records:
            assert record.hash == log.hash_at(record.seq)
        assert None is log.hash_at(len(records) + 1)

    @_INTERFACE
    @given(batches=_BATCHES)
    def test_a_saved_snapshot_is_read_back_or_none_is_kept(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """A snapshot saved at the last record is read back as it was saved, by name and in
        the list of all, or (a store with no index) none is kept at all.
        """
        log = self.make_log(tmp_path_factory.mktemp("log"))
        records = _fill(log, batches)
        log.save_snapshot("entities", len(records), b"data")
        found = log.snapshot("entities")
        assert found in (None, (len(records), b"data"))
        assert ([] if found is None else [("entities", *found)]) == log.snapshots()

    @_INTERFACE
    @given(batches=_BATCHES)
    def test_a_log_written_by_appends_has_no_index_fault(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """Whatever the backend's index, appending files each record as its event requires."""
        log = self.make_log(tmp_path_factory.mktemp("log"))
        _fill(log, batches)
        assert [] == list(log.index_problems())

    def test_reads_inside_one_moment_see_the_log_as_outside(self, log: EventLog) -> None:
        """Reads inside `reading()` give what the log holds, and it may be entered twice."""
        records = log.append([_registered("a")])
        with log.reading(), log.reading():
            assert (records, 1) == (list(log.read()), log.last_seq())


class TestMemoryLog(LogContract):
    """The in-memory log keeps the contract."""

    def make_log(self, directory: Path) -> EventLog:
        """A `MemoryLog`; it ignores the directory."""
        return MemoryLog()


class TestJsonlLog(LogContract):
    """The JSON Lines log keeps the contract, and stores one line per record."""

    def make_log(self, directory: Path) -> EventLog:
        """A `JsonlLog` in a file not yet created."""
        return JsonlLog(directory / "log.jsonl")

    def reopen(self, log: EventLog) -> EventLog:
        """A new `JsonlLog` on the same file."""
        assert isinstance(log, JsonlLog)
        return JsonlLog(log.path)

    def test_reading_a_log_does_not_create_its_file(self, tmp_path: Path) -> None:
        """An absent file is an empty log, and asking about it leaves no file behind."""
        log = JsonlLog(tmp_path / "absent.jsonl")
        assert (0, []) == (log.last_seq(), list(log.read()))
        assert not log.path.exists()

    def test_the_location_is_the_path(self, tmp_path: Path) -> None:
        """`location` names the file, for messages."""
        log = JsonlLog(tmp_path / "log.jsonl")
        assert str(tmp_path / "log.jsonl") == log.location

    @_SHARED
    @given(batches=_BATCHES)
    def test_the_file_holds_one_encoded_line_per_record(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """Each record is stored as its canonical JSON on a line of its own."""
        log = JsonlLog(tmp_path_factory.mktemp("log") / "log.jsonl")
        records = _fill(log, batches)
        stored = log.path.read_text("utf-8") if log.path.exists() else ""
        assert "".join(encode_record(r) + "\n" for r in records) == stored

    @_SHARED
    @given(first=event_batches(), second=event_batches())
    def test_two_handles_on_one_file_see_each_others_appends(
        self, tmp_path_factory: pytest.TempPathFactory, first: list[Event], second: list[Event]
    ) -> None:
        """A stale handle's conditional append conflicts; the file decides, not the object."""
        path = tmp_path_factory.mktemp("log") / "log.jsonl"
        mine, theirs = JsonlLog(path), JsonlLog(path)
        records = mine.append(first, expected_seq=0)
        with pytest.raises(ConflictError):
            theirs.append(second, expected_seq=0)
        records += theirs.append(second, expected_seq=len(first))
        assert records == list(mine.read())

    @pytest.mark.parametrize("size", [_CHUNK - 200, _CHUNK, 3 * _CHUNK + 17])
    def test_records_longer_than_a_read_chunk_are_found_from_the_end(
        self, tmp_path: Path, size: int
    ) -> None:
        """The last commit is found behind long lines and a torn tail, whatever the chunking."""
        log = JsonlLog(tmp_path / "log.jsonl")
        records: list[LogRecord] = []
        for text in ("é" * size, "\u2028" * size, "a" * size):
            records += log.append([_registered(text), _registered(text + "!")])
        with log.path.open("ab") as f:
            f.write(encode_record(records[-1]).encode("utf-8")[: size // 2])
        assert len(records) == log.last_seq()
        assert records == list(JsonlLog(log.path).read())
        records += log.append([_registered("z")])
        assert records == list(log.read())


class TestSqliteLog(LogContract):
    """The SQLite log keeps the contract, and stores each record's canonical line."""

    def make_log(self, directory: Path) -> EventLog:
        """A `SqliteLog` in a database file not yet created."""
        return SqliteLog(directory / "log.sqlite")

    def reopen(self, log: EventLog) -> EventLog:
        """A new `SqliteLog` on the same file."""
        assert isinstance(log, SqliteLog)
        return SqliteLog(log.path)

    def test_reading_a_log_does_not_create_its_file(self, tmp_path: Path) -> None:
        """An absent database is an empty log, and asking about it leaves no file behind."""
        log = SqliteLog(tmp_path / "absent.sqlite")
        assert (0, [], []) == (log.last_seq(), list(log.read()), list(log.select("acme")))
        assert not log.path.exists()

    @_SHARED
    @given(batches=_BATCHES)
    def test_the_database_holds_each_record_as_its_canonical_line(
        self, tmp_path_factory: pytest.TempPathFactory, batches: list[list[Event]]
    ) -> None:
        """Each row holds the line the JSON Lines log would write, so hashes verify alike."""
        log = SqliteLog(tmp_path_factory.mktemp("log") / "log.sqlite")
        records = _fill(log, batches)
        stored = [raw.data.decode("utf-8") for raw in log.raw_lines()]
        assert [encode_record(r) for r in records] == stored

    @_SHARED
    @given(first=event_batches(), second=event_batches())
    def test_two_handles_on_one_database_see_each_others_appends(
        self, tmp_path_factory: pytest.TempPathFactory, first: list[Event], second: list[Event]
    ) -> None:
        """A stale handle's conditional append conflicts; the database decides, not the object."""
        path = tmp_path_factory.mktemp("log") / "log.sqlite"
        mine, theirs = SqliteLog(path), SqliteLog(path)
        records = mine.append(first, expected_seq=0)
        with pytest.raises(ConflictError):
            theirs.append(second, expected_seq=0)
        records += theirs.append(second, expected_seq=len(first))
        assert records == list(mine.read())

    def test_ids_sharing_a_checksum_are_told_apart(self, tmp_path: Path) -> None:
        """Event ids are found through their CRC-32, and two ids with the same one (the
        classic pair "plumless" and "buckeroo") are still told apart.
        """
        assert zlib.crc32(b"plumless") == zlib.crc32(b"buckeroo")
        log = SqliteLog(tmp_path / "log.sqlite")
        log.append([attrs.evolve(_registered("a"), id="plumless")])
        assert {"plumless"} == log.has_ids(["plumless", "buckeroo"])
        assert set() == log.has_ids(["buckeroo"])

    def test_the_database_refuses_a_second_record_with_the_same_seq(self, tmp_path: Path) -> None:
        """The primary key on seq, not the code, stops two records taking one place."""
        log = SqliteLog(tmp_path / "log.sqlite")
        (record,) = log.append([_registered("a")])
        with pytest.raises(sqlite3.IntegrityError), sqlite3.connect(log.path) as db:
            db.execute(
                "INSERT INTO records (seq, event_id, type, hash, record)"
                " VALUES (1, 'x', 'x', 'x', 'x')"
            )
        assert [record] == list(SqliteLog(log.path).read())
