"""The as-of index, the catalogue snapshot and the streaming replay answer exactly as the full
replay does: on random worlds with corrections, retractions and products, along random axes.

The reference is the fold over every record of the log, `admitted` then `fold_state`, with no
index, no snapshot and no selection; every indexed path must give the very same `State`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import Timeline
from timeline.identity import with_content_id
from timeline.log import JsonlLog, LogRecord, MemoryLog, SqliteLog
from timeline.log.catalogue_snapshot import decode_entities, encode_entities
from timeline.log.sqlite import ScanRow
from timeline.log.touched import names_any, raw_touched
from timeline.projections import Axes, State, admitted, catalogue, fold_state
from timeline.read.index import AsOfIndex
from timeline.read.stored_catalogue import advance_catalogue
from timeline.read.streamed import streamed_state
from timeline.time import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    EntityRegistered,
    Event,
    FactAsserted,
    FactCorrected,
    ProductReleased,
    Reported,
    SourceRegistered,
)

from .strategies.events import events
from .strategies.keyed import (
    DATED_DOCS,
    KEYED_AS_OF,
    corroborating_worlds,
    keyed_registrations,
    keyed_report,
)
from .strategies.worlds import query_axes, rich_worlds

ENTITIES = ("acme", "bolt", "cargo", "widget", "gadget")
_SQLITE = settings(
    max_examples=max(10, settings().max_examples // 3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _cite(event: Reported) -> dict[str, Any]:
    """The fields a reported event borrows from `event`: its source and publication date."""
    return {"source": event.source, "known_since": event.known_since}


def _batches(events: list[Event], cuts: list[int]) -> list[list[Event]]:
    bounds = sorted({0, len(events), *(c % (len(events) + 1) for c in cuts)})
    return [events[a:b] for a, b in itertools.pairwise(bounds) if b > a]


def _reference(records: list[LogRecord], entity: str, axes: Axes) -> State:
    """The full replay: every record, no index."""
    names = catalogue(records)
    return fold_state(admitted(records, axes), names, names.find(entity), axes)


def _filled_memory(events: list[Event], cuts: list[int]) -> list[LogRecord]:
    log = MemoryLog()
    for batch in _batches(events, cuts):
        log.append(batch)
    return list(log.read())


# The index -----------------------------------------------------------------------------------


@given(event=events())
def test_the_raw_touched_entities_include_every_entity_an_event_touches(event: Event) -> None:
    """Read from JSON, an event touches at least the entities its decoded form touches."""
    from timeline.converter import unstructure_event

    if isinstance(event, Reported):
        found = raw_touched(unstructure_event(event))
        assert found is not None
        assert set(event.touches()) == set(event.touches()) & found


@given(event=events(), wanted=st.sets(st.sampled_from(["acme", "bolt", "cargo", "doc-0"])))
def test_the_streamed_filter_names_an_entity_exactly_when_raw_touched_does(
    event: Event, wanted: set[str]
) -> None:
    """`names_any`, the full replay's filter on undecoded records, agrees with the entities
    `raw_touched` reads from the same JSON: one rule for which records name an entity.
    """
    from timeline.converter import unstructure_event

    data = unstructure_event(event)
    found = raw_touched(data)
    assert names_any(data, wanted) == (found is not None and not wanted.isdisjoint(found))


@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3), query_axes(), st.data())
def test_an_indexed_state_equals_the_full_replay(
    events: list[Event], cuts: list[int], axes: Axes, data: st.DataObject
) -> None:
    """A timeline's state, chosen through the in-memory index, is the full replay's state."""
    records = _filled_memory(events, cuts)
    tl = Timeline(MemoryLog())
    for batch in _batches(events, cuts):
        tl.log.append(batch)
    for entity in ENTITIES:
        if entity in catalogue(records).entities:
            expected = _reference(records, entity, axes)
            assert expected == tl.state(
                entity, axes.as_of, known_at=axes.known_at, upto_seq=axes.upto_seq
            )


@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3), st.integers(0, 40), query_axes())
def test_an_index_snapshot_plus_its_tail_equals_an_index_of_everything(
    events: list[Event], cuts: list[int], cut: int, axes: Axes
) -> None:
    """An index built up to any cut and extended with the rest selects what a full one does."""
    records = _filled_memory(events, cuts)
    cut = cut % (len(records) + 1)
    whole = AsOfIndex().extend(records)
    resumed = AsOfIndex().extend(records[:cut]).extend(records[cut:])
    for entity in ENTITIES:
        assert whole.select(entity, axes) == resumed.select(entity, axes)


@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3), query_axes())
def test_a_state_from_the_selected_records_at_every_cut_equals_the_full_replay(
    events: list[Event], cuts: list[int], axes: Axes
) -> None:
    """At every cut point, a snapshot index plus the tail gives the full replay's state."""
    records = _filled_memory(events, cuts)
    names = catalogue(records)
    for cut in range(len(records) + 1):
        index = AsOfIndex().extend(records[:cut]).extend(records[cut:])
        for entity in names.entities:
            chosen = [records[seq - 1] for seq in index.select(entity, axes)]
            state = fold_state(admitted(chosen, axes), names, names.find(entity), axes)
            assert _reference(records, entity, axes) == state


@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3))
def test_a_catalogue_snapshot_plus_its_tail_equals_the_whole_catalogue(
    events: list[Event], cuts: list[int]
) -> None:
    """The entities of a stored snapshot at any cut, advanced by the tail, are the catalogue's."""
    records = _filled_memory(events, cuts)
    whole = catalogue(records).entities
    for cut in range(len(records) + 1):
        snapshot = decode_entities(encode_entities(catalogue(records[:cut]).entities))
        resumed = advance_catalogue(snapshot, records[cut:])
        assert list(whole.items()) == list(resumed.items())


# The SQLite store and the streaming replay ----------------------------------------------------


@_SQLITE
@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3), query_axes())
def test_a_sqlite_timeline_answers_exactly_as_the_full_replay(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[Event],
    cuts: list[int],
    axes: Axes,
) -> None:
    """State, events, replay and why on a SQLite log equal those on the same log in memory."""
    path = tmp_path_factory.mktemp("log") / "log.sqlite"
    stored, plain = Timeline.open(path, create=True), Timeline(MemoryLog())
    for batch in _batches(events, cuts):
        stored.log.append(batch)
        plain.log.append(batch)
    records = plain.records()
    reopened = Timeline.open(path, create=True)
    at, upto = axes.known_at, axes.upto_seq
    for entity in catalogue(records).entities:
        expected = _reference(records, entity, axes)
        assert expected == reopened.state(entity, axes.as_of, known_at=at, upto_seq=upto)
        assert plain.events(entity, axes.as_of, known_at=at, upto_seq=upto) == reopened.events(
            entity, axes.as_of, known_at=at, upto_seq=upto
        )
        assert plain.replay(entity, axes.as_of, known_at=at, upto_seq=upto) == reopened.replay(
            entity, axes.as_of, known_at=at, upto_seq=upto
        )
        for attribute in plain.state(entity).attributes():
            assert plain.why(
                entity, attribute, axes.as_of, known_at=at, upto_seq=upto
            ) == reopened.why(entity, attribute, axes.as_of, known_at=at, upto_seq=upto)
    assert plain.catalogue.entities == reopened.catalogue.entities
    assert dict(plain.catalogue.documents) == dict(reopened.catalogue.documents)


@_SQLITE
@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3), query_axes())
def test_a_replayed_state_equals_the_full_replay_on_every_backend(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[Event],
    cuts: list[int],
    axes: Axes,
) -> None:
    """`Timeline.replayed_state` (the streamed full replay behind `state --full-replay`)
    answers as the reference fold, on JSON Lines, SQLite and in-memory logs, by id or name.
    """
    folder = tmp_path_factory.mktemp("log")
    timelines = [
        Timeline.open(folder / "log.jsonl", create=True),
        Timeline.open(folder / "log.sqlite", create=True),
    ]
    timelines.append(Timeline(MemoryLog()))
    for batch in _batches(events, cuts):
        for tl in timelines:
            tl.log.append(batch)
    records = timelines[-1].records()
    at, upto = axes.known_at, axes.upto_seq
    for entity in catalogue(records).entities.values():
        expected = _reference(records, entity.id, axes)
        for tl in timelines:
            for name in (entity.id, entity.name):
                found = tl.replayed_state(name, axes.as_of, known_at=at, upto_seq=upto)
                assert expected == found


@_SQLITE
@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3), st.integers(0, 40), query_axes())
def test_a_stored_catalogue_snapshot_is_brought_up_to_date_by_the_tail(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[Event],
    cuts: list[int],
    cut: int,
    axes: Axes,
) -> None:
    """A snapshot written at a cut, then more appends: the catalogue and states are as full."""
    path = tmp_path_factory.mktemp("log") / "log.sqlite"
    batches = _batches(events, cuts)
    cut = cut % (len(batches) + 1)
    writer = Timeline.open(path, create=True)
    for batch in batches[:cut]:
        writer.log.append(batch)
    _ = Timeline.open(path, create=True).catalogue  # writes the snapshot
    for batch in batches[cut:]:
        writer.log.append(batch)
    records = _filled_memory(events, cuts)
    reopened = Timeline.open(path, create=True)
    assert catalogue(records).entities == reopened.catalogue.entities
    for entity in catalogue(records).entities:
        expected = _reference(records, entity, axes)
        assert expected == reopened.state(
            entity, axes.as_of, known_at=axes.known_at, upto_seq=axes.upto_seq
        )


@_SQLITE
@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3), query_axes())
def test_the_streaming_replay_equals_the_full_replay(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[Event],
    cuts: list[int],
    axes: Axes,
) -> None:
    """`streamed_state` over the stored lines of a SQLite log, and over its rows (which let it
    pass over other entities' records unparsed), gives the full replay's state.
    """
    log = SqliteLog(tmp_path_factory.mktemp("log") / "log.sqlite")
    for batch in _batches(events, cuts):
        log.append(batch)
    records = list(log.read())
    for entity in catalogue(records).entities:
        expected = _reference(records, entity, axes)
        assert expected == streamed_state(log.raw_lines, entity, axes)
        assert expected == streamed_state(log.scan_rows, entity, axes)


def test_a_product_released_after_its_own_events_is_found_by_a_second_pass(
    tmp_path: Path,
) -> None:
    """Facts of a product logged before its release by the entity still show on the entity."""
    registered, reported = _tiny_world()
    fact = with_content_id(
        FactAsserted(
            entity="widget",
            attribute="colour",
            value="red",
            entities=("widget",),
            when=Span.day(dt.date(2024, 1, 2)),
            **_cite(reported[0]),
        )
    )
    release = with_content_id(
        ProductReleased(
            organization="acme",
            product="widget",
            entities=("acme", "widget"),
            when=Span.day(dt.date(2024, 1, 1)),
            **_cite(reported[0]),
        )
    )
    log = SqliteLog(tmp_path / "log.sqlite")
    log.append([*registered, fact, release])
    expected = _reference(list(log.read()), "acme", Axes())
    for lines in (log.raw_lines, log.scan_rows):
        state = streamed_state(lines, "acme")
        assert expected == state
        assert ["red"] == state.values("Widget colour")
    asked: list[tuple[set[str], int]] = []

    def naming(names: Collection[str], before: int) -> Iterator[ScanRow]:
        asked.append((set(names), before))
        return log.scan_rows_naming(names, before)

    assert expected == streamed_state(log.scan_rows, "acme", naming=naming)
    assert [({"widget"}, log.last_seq())] == asked
    seq_of = {r.event.id: r.seq for r in log.read()}
    assert [seq_of[fact.id]] == [
        row[0] for row in log.scan_rows_naming({"widget"}, log.last_seq()) if row[2] is not None
    ]


def test_a_store_of_the_first_layout_gains_the_new_columns_when_opened(tmp_path: Path) -> None:
    """A SQLite log of the first layout (no `names` or `id_key` columns, an index of the
    event ids) gets both columns filled on opening: the scan over its rows passes over other
    entities' records correctly, and its event ids are found.
    """
    registered, reported = _tiny_world()
    path = tmp_path / "log.sqlite"
    log = SqliteLog(path)
    log.append([*registered, *reported])
    log.close()
    with sqlite3.connect(path) as db:
        db.execute("DROP INDEX records_by_key")
        db.execute("ALTER TABLE records DROP COLUMN names")
        db.execute("ALTER TABLE records DROP COLUMN id_key")
        db.execute("CREATE INDEX records_by_event ON records (event_id)")
        db.execute("UPDATE meta SET value = '1.1' WHERE key = 'index_version'")
    db.close()
    log = SqliteLog(path)
    rows = list(log.scan_rows())
    assert [r.seq for r in log.read()] == [row[0] for row in rows]
    assert all(row[2] is not None for row in rows if row[1] == reported[0].TYPE)
    expected = _reference(list(log.read()), "acme", Axes())
    assert expected == streamed_state(log.scan_rows, "acme")
    ids = [e.id for e in [*registered, *reported]]
    assert set(ids) == log.has_ids([*ids, "fact_asserted-0000000000000000"])
    with sqlite3.connect(path) as db:
        indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    db.close()
    assert "records_by_key" in indexes
    assert "records_by_event" not in indexes


def test_a_name_holding_a_space_makes_the_scan_parse_its_record(tmp_path: Path) -> None:
    """An event naming an entity whose id holds the names separator (not a registered id,
    which is a slug, but events may name anything) is stored without `names`: the scan
    parses it rather than trusting a split that would cut the name in two.
    """
    registered, reported = _tiny_world()
    odd = with_content_id(
        FactAsserted(
            entity="acme",
            attribute="motto",
            value="onward",
            entities=("acme", "odd name"),
            when=Span.day(dt.date(2024, 1, 3)),
            **_cite(reported[0]),
        )
    )
    log = SqliteLog(tmp_path / "log.sqlite")
    log.append([*registered, *reported, odd])
    row = next(r for r in log.scan_rows() if r[0] == log.last_seq())
    assert row[2] is None
    state = streamed_state(log.scan_rows, "acme")
    assert _reference(list(log.read()), "acme", Axes()) == state
    assert ["onward"] == state.values("motto")


def _tiny_world() -> tuple[list[Event], list[Reported]]:

    document = Document(
        id="doc-0",
        title="Zero",
        publisher="Test Press",
        published=dt.date(2024, 1, 3),
        language="en",
        text="Document 0: something happened.",
    )
    registered: list[Event] = [with_content_id(SourceRegistered(document=document))]
    registered += [
        with_content_id(EntityRegistered(entity=Entity(id=e, name=e.title())))
        for e in ("acme", "widget")
    ]
    anchor = FactAsserted(
        entity="acme",
        attribute="size",
        value="x",
        entities=("acme",),
        when=Span.day(dt.date(2024, 1, 1)),
        source=Citation(document="doc-0", quote="Document", start=0, end=8),
        known_since=document.published,
    )
    return registered, [with_content_id(attrs.evolve(anchor))]


@pytest.mark.parametrize("backend", ["memory", "sqlite", "scan"])
def test_an_event_corrected_into_the_past_counts_although_it_started_after_the_date(
    tmp_path: Path, backend: str
) -> None:
    """A correction moving an event's span before the as-of date brings it in, on every path."""
    registered, reported = _tiny_world()
    late = with_content_id(
        FactAsserted(
            entity="acme",
            attribute="colour",
            value="red",
            entities=("acme",),
            when=Span.day(dt.date(2024, 6, 1)),
            **_cite(reported[0]),
        )
    )
    fix = with_content_id(
        FactCorrected(
            corrects=late.id,
            entity="acme",
            attribute="colour",
            entities=("acme",),
            when=Span.day(dt.date(2024, 1, 1)),
            **_cite(reported[0]),
        )
    )
    axes = Axes(as_of=Span.month(2024, 1))
    log = SqliteLog(tmp_path / "log.sqlite")
    log.append([*registered, *reported, late, fix])
    records = list(log.read())
    if backend == "scan":
        state = streamed_state(log.raw_lines, "acme", axes)
    else:
        tl = Timeline.open(log.path, create=True) if backend == "sqlite" else Timeline(MemoryLog())
        if backend == "memory":
            tl.append([r.event for r in records])
        state = tl.state("acme", axes.as_of)
    assert _reference(records, "acme", axes) == state
    assert ["red"] == state.values("colour")


@_SQLITE
@given(
    rich_worlds(), st.lists(st.integers(0, 40), max_size=3), query_axes(), st.binary(max_size=40)
)
def test_the_streaming_replay_of_a_torn_jsonl_log_equals_the_full_replay(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[Event],
    cuts: list[int],
    axes: Axes,
    torn: bytes,
) -> None:
    """On a JSON Lines log with a torn tail, `streamed_state` ignores the tail as `read` does."""
    log = JsonlLog(tmp_path_factory.mktemp("log") / "log.jsonl")
    for batch in _batches(events, cuts):
        log.append(batch)
    with log.path.open("ab") as f:
        f.write(b'{"commit":false' + torn.replace(b"\n", b""))
    records = list(log.read())
    for entity in catalogue(records).entities:
        expected = _reference(records, entity, axes)
        assert expected == streamed_state(log.raw_lines, entity, axes)
        assert expected == streamed_state(log.raw_lines, entity, axes, owned=ENTITIES)


@pytest.mark.parametrize("suffix", [".jsonl", ".sqlite"])
def test_a_full_replay_tells_its_progress(tmp_path: Path, suffix: str) -> None:
    """`replayed_state(progress=...)` is told how many records a pass has read: every
    10,000, and the whole count at the end.
    """
    registered, reported = _tiny_world()
    facts = [
        with_content_id(
            FactAsserted(
                entity="acme",
                attribute="size",
                value=f"v{i}",
                entities=("acme",),
                when=Span.day(dt.date(2024, 1, 1)),
                **_cite(reported[0]),
            )
        )
        for i in range(10_050)
    ]
    tl = Timeline.open(tmp_path / f"log{suffix}", create=True)
    tl.append([*registered, *facts])
    told: list[int] = []
    state = tl.replayed_state("acme", progress=told.append)
    assert 10_050 == len(state.values("size"))
    assert [10_000, tl.log.last_seq()] == told


# Reports of one event that start after the as-of date ---------------------------------------

_MARCH = Span.month(2024, 3)


@_SQLITE
@given(
    corroborating_worlds(),
    KEYED_AS_OF,
    st.none() | st.sampled_from([d.published for d in DATED_DOCS]).map(Span.day),
    st.none() | st.integers(0, 20),
)
def test_reports_that_start_after_the_date_change_an_answer_alike_on_every_path(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[Event],
    as_of: Span | None,
    known_at: Span | None,
    upto: int | None,
) -> None:
    """Where later reports of one event narrow an earlier one out of the date or dispute it,
    the in-memory index, the SQLite store and the streamed replay answer as the full replay.
    """
    axes = Axes(as_of=as_of, known_at=known_at, upto_seq=upto)
    folder = tmp_path_factory.mktemp("log")
    stored, plain = Timeline.open(folder / "log.sqlite", create=True), Timeline(MemoryLog())
    for batch in _batches(events, [len(events) // 2]):
        stored.log.append(batch)
        plain.log.append(batch)
    records = plain.records()
    for entity in ("acme", "bolt", "widget"):
        expected = _reference(records, entity, axes)
        for tl in (plain, stored):
            assert expected == tl.state(entity, as_of, known_at=known_at, upto_seq=upto)
        assert expected == stored.replayed_state(entity, as_of, known_at=known_at, upto_seq=upto)


def _selected(events: list[Event], entity: str, axes: Axes, path: Path) -> list[list[str]]:
    """The ids of the reported events that the in-memory index and a SQLite store select."""
    records = _filled_memory(events, [])
    log = SqliteLog(path)
    log.append(events)
    by_seq = {r.seq: r.event.id for r in records}
    memory = [by_seq[seq] for seq in AsOfIndex().extend(records).select(entity, axes)]
    store = [r.event.id for r in log.select(entity, limit=axes.limit)]
    return [memory, store]


def test_the_as_of_selection_keeps_only_the_later_reports_that_may_change_the_answer(
    tmp_path: Path,
) -> None:
    """As of 25 March, both indexes select a later report that narrows a March partnership
    (its span shares a day with it) and any later report of a release that happens once
    (it disputes the date), but not a later partnership, round or fact that shares no day
    with an earlier report of its event; the answers are the full replay's.
    """
    march, later, old = DATED_DOCS[1], DATED_DOCS[2], DATED_DOCS[0]
    partnership = keyed_report(1, _MARCH, march)
    narrowing = keyed_report(1, Span(dt.date(2024, 3, 28), dt.date(2024, 4, 3)), later)
    again = keyed_report(1, Span.month(2024, 4), DATED_DOCS[3])  # shares no day with `partnership`
    release = keyed_report(0, Span.day(dt.date(2024, 3, 2)), old)
    dispute = keyed_report(0, Span.day(dt.date(2024, 4, 20)), later)
    round_ = keyed_report(2, Span.month(2024, 4), later)  # no earlier report of the round
    fact = keyed_report(4, Span.month(2024, 4), later)
    reports = [partnership, narrowing, again, release, dispute, round_, fact]
    events = [*keyed_registrations(), *reports]
    axes = Axes(as_of=Span.day(dt.date(2024, 3, 25)))
    kept = {partnership.id, narrowing.id, release.id, dispute.id}
    for found in _selected(events, "acme", axes, tmp_path / "log.sqlite"):
        assert kept == set(found) & {r.id for r in reports}
    records = _filled_memory(events, [])
    state = Timeline.open(tmp_path / "log.sqlite", create=True).state("acme", axes.as_of)
    assert _reference(records, "acme", axes) == state
    assert [] == state.values("partners")  # narrowed to 28 March - 3 April: after the date
    assert [True] == [f.disputed for f in state.facts if f.attribute == "products"]
