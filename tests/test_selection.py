"""The selection rule (`timeline.log.selection`) and its SQL translation select the same records.

`Filings` is the rule in memory; a SQLite store answers `select` with SQL of its own. For random
logs, every entity they name and random axes, the two give the very same sequence numbers.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.log import LogRecord, MemoryLog, SqliteLog
from timeline.log.selection import ALWAYS, Filings, closure, filing
from timeline.projections import Axes
from timeline.time import Span
from timeline.vocabulary.events import Event, Reported

from .strategies.keyed import DATED_DOCS, corroborating_worlds, keyed_registrations, keyed_report
from .strategies.worlds import query_axes, rich_worlds

_SQLITE = settings(
    max_examples=max(10, settings().max_examples // 3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _stored(path: str, events: list[Event], cuts: list[int]) -> list[LogRecord]:
    """The records of a SQLite log at `path` that `events` were appended to, in batches."""
    log = SqliteLog(path)
    bounds = sorted({0, len(events), *(c % (len(events) + 1) for c in cuts)})
    for a, b in itertools.pairwise(bounds):
        if b > a:
            log.append(events[a:b])
    return list(log.read())


def _named(records: list[LogRecord]) -> list[str]:
    """Every entity a record touches, and one no record names."""
    found = {e for r in records if isinstance(r.event, Reported) for e in r.event.touches()}
    return sorted(found | {"nobody"})


def _assert_same_selection(log: SqliteLog, records: list[LogRecord], axes: Axes) -> None:
    """`log.select` and `Filings.select` agree for every entity the records name."""
    filings = Filings().extend(records)
    for entity in _named(records):
        expected = filings.select(entity, limit=axes.limit, upto=axes.upto_seq)
        found = log.select(entity, limit=axes.limit, upto_seq=axes.upto_seq)
        assert expected == [r.seq for r in found], entity


@_SQLITE
@given(rich_worlds(), st.lists(st.integers(0, 40), max_size=3), st.lists(query_axes(), max_size=3))
def test_the_sqlite_selection_is_the_rules_selection_for_every_entity_and_axes(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[Event],
    cuts: list[int],
    axes: list[Axes],
) -> None:
    """On random worlds with products, corrections and retractions, a SQLite store selects
    exactly the records `Filings` selects, for every entity and every axes drawn.
    """
    path = str(tmp_path_factory.mktemp("log") / "log.sqlite")
    records = _stored(path, events, cuts)
    for one in [Axes(), *axes]:
        _assert_same_selection(SqliteLog(path), records, one)


@_SQLITE
@given(
    corroborating_worlds(),
    st.lists(st.integers(0, 20), max_size=2),
    st.lists(query_axes(), max_size=3),
)
def test_the_sqlite_selection_of_later_reports_is_the_rules(
    tmp_path_factory: pytest.TempPathFactory,
    events: list[Event],
    cuts: list[int],
    axes: list[Axes],
) -> None:
    """Where later reports of one event may narrow or dispute an earlier one (the rule's
    `later_bound`), a SQLite store selects exactly the records `Filings` selects.
    """
    path = str(tmp_path_factory.mktemp("log") / "log.sqlite")
    records = _stored(path, events, cuts)
    for one in [Axes(), *axes]:
        _assert_same_selection(SqliteLog(path), records, one)


@given(rich_worlds())
def test_a_filing_is_made_for_reported_events_only(events: list[Event]) -> None:
    """Every reported event is filed under the entities it touches, with its span start; other
    events are not filed.
    """
    log = MemoryLog()
    log.append(events)
    for record in log.read():
        filed = filing(record)
        if isinstance(record.event, Reported):
            assert filed is not None
            assert (record.event.touches(), record.event.when.start_key) == (
                filed.touches,
                filed.start,
            )
        else:
            assert filed is None


def test_the_closure_takes_corrections_of_corrections() -> None:
    """The closure over corrections follows a chain, and takes nothing naming no chosen one."""
    naming = {1: [2], 2: [3], 4: [5]}
    assert {1, 2, 3} == closure([1], lambda k: naming.get(k, []))


def test_no_valid_time_cut_off_selects_every_filed_event() -> None:
    """With no as-of date (`ALWAYS`), the selection is every event filed under the entity."""
    reports = [
        keyed_report(0, Span.unknown(), DATED_DOCS[0]),
        keyed_report(3, Span.month(2024, 4), DATED_DOCS[1]),
        keyed_report(4, Span.month(2024, 5), DATED_DOCS[2]),
    ]
    log = MemoryLog()
    log.append([*keyed_registrations(), *reports])
    records = list(log.read())
    acme = [r.seq for r in records if isinstance(r.event, Reported) and "acme" in r.event.touches()]
    assert acme == Filings().extend(records).select("acme", limit=ALWAYS)
