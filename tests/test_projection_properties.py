"""Properties of the projections: order, the three axes, retractions (of events, of
corrections and of retractions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from timeline import Certainty, State, Timeline
from timeline.identity import with_content_id
from timeline.log import MemoryLog
from timeline.projections import Axes
from timeline.time import Span, definitely_before
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.events import (
    Event,
    EventRetracted,
    FactCorrected,
    Reported,
    SourceRegistered,
)

from .strategies import query_dates, rich_worlds, worlds

Answer = frozenset[tuple[str, str, str, str, bool, tuple[str, ...]]]
ENTITIES = ("acme", "bolt", "cargo")


def _timeline(*batches: Sequence[Event]) -> Timeline:
    """A timeline of the batches, appended as they are: through the log itself, which takes
    events in any order (`Timeline.append` refuses a withdrawal before what it withdraws, a
    quote before its document), as a log of any history may hold them.
    """
    log = MemoryLog()
    for batch in batches:
        log.append(batch, skip_known=True)
    return Timeline(log)


def _answer(state: State) -> Answer:
    """A state as a set, so that the order of equal-ranked facts and sources does not matter."""
    return frozenset(
        (
            f.attribute,
            f.value,
            f.certainty.value,
            f.when.iso(),
            f.disputed,
            tuple(sorted(s.event for s in f.sources)),
        )
        for f in state.facts
    )


def _answers(tl: Timeline, as_of: Span | None, known_at: Span | None = None) -> list[Answer]:
    return [_answer(tl.state(e, as_of, known_at=known_at)) for e in ENTITIES]


@given(worlds(), st.data(), query_dates(), query_dates())
def test_answers_do_not_depend_on_the_order_events_were_appended(
    world: tuple[list[Event], list[Reported]],
    data: st.DataObject,
    as_of: Span | None,
    known_at: Span | None,
) -> None:
    """The same events appended in two orders give the same state on every valid and known time."""
    catalogue, reported = world
    shuffled = data.draw(st.permutations(reported))
    assert _answers(_timeline(catalogue, reported), as_of, known_at) == _answers(
        _timeline(catalogue, shuffled), as_of, known_at
    )


@given(worlds(), query_dates(), query_dates())
def test_definite_facts_stay_as_time_goes_on(
    world: tuple[list[Event], list[Reported]], first: Span | None, second: Span | None
) -> None:
    """A definite value as of T1 is still there as of T2 >= T1 (single-valued: some value)."""
    catalogue, reported = world
    tl = _timeline(catalogue, reported)
    if first is None or (second is not None and second.end_key < first.end_key):
        first, second = second, first
    for entity in ENTITIES:
        early = tl.state(entity, first)
        late = tl.state(entity, second)
        late_definite = {
            (f.attribute, f.value) for f in late.facts if f.certainty is Certainty.DEFINITE
        }
        late_attributes = {a for a, _ in late_definite}
        for fact in early.facts:
            if fact.certainty is not Certainty.DEFINITE:
                continue
            if fact.single:
                assert fact.attribute in late_attributes
            else:
                assert (fact.attribute, fact.value) in late_definite


@given(worlds(), query_dates(), query_dates(), query_dates())
def test_answers_grow_with_known_at_when_nothing_is_corrected(
    world: tuple[list[Event], list[Reported]],
    as_of: Span | None,
    first: Span | None,
    second: Span | None,
) -> None:
    """Without corrections or retractions, what is known at K1 is still known at K2 >= K1."""
    catalogue, reported = world
    tl = _timeline(catalogue, reported)
    if first is None or (second is not None and second.end_key < first.end_key):
        first, second = second, first
    for entity in ENTITIES:
        early = tl.state(entity, as_of, known_at=first)
        late = tl.state(entity, as_of, known_at=second)
        assert set(early.attributes()) <= set(late.attributes())
        multi = {(f.attribute, f.value) for f in early.facts if not f.single}
        assert multi <= {(f.attribute, f.value) for f in late.facts}


@given(worlds(), worlds(), query_dates(), query_dates())
def test_an_answer_up_to_a_sequence_never_depends_on_later_records(
    world: tuple[list[Event], list[Reported]],
    more: tuple[list[Event], list[Reported]],
    as_of: Span | None,
    known_at: Span | None,
) -> None:
    """Appending records after N leaves every answer at `upto_seq=N` as it was."""
    catalogue, reported = world
    tl = _timeline(catalogue, reported)
    end = tl.log.last_seq()
    before = _answers(tl, as_of, known_at)
    tl.log.append(more[1], skip_known=True)
    tl = Timeline(tl.log)  # reads the grown log afresh
    after = [_answer(tl.state(e, as_of, known_at=known_at, upto_seq=end)) for e in ENTITIES]
    assert before == after


def _retraction(target: Reported, published: dt.date) -> tuple[Event, EventRetracted]:
    """The registration of a source published on `published`, and its retraction of `target`."""
    document = Document(
        id="retractor",
        title="Retraction",
        publisher="Test Press",
        published=published,
        language="en",
        text="We retract our report.",
    )
    retraction = EventRetracted(
        retracts=target.id,
        entities=target.entities,
        when=Span.day(published),
        source=Citation(document="retractor", quote="We retract", start=0, end=10),
        known_since=published,
    )
    return with_content_id(SourceRegistered(document=document)), with_content_id(retraction)


@given(worlds(), st.data(), query_dates(), query_dates())
def test_a_retraction_is_the_absence_of_the_event_once_published_and_nothing_before(
    world: tuple[list[Event], list[Reported]],
    data: st.DataObject,
    as_of: Span | None,
    known_at: Span | None,
) -> None:
    """Known at or after its publication a retraction equals removing the event; before, nothing."""
    catalogue, reported = world
    if not reported:
        return
    target = data.draw(st.sampled_from(reported))
    published = data.draw(st.dates(dt.date(2024, 1, 1), dt.date(2025, 1, 31)))
    source, retraction = _retraction(target, published)
    registered = [*catalogue, source]
    retracted = _timeline(registered, [*reported, retraction])
    without_event = _timeline(registered, [e for e in reported if e is not target])
    without_retraction = _timeline(registered, reported)
    axes = Axes(known_at=known_at)
    knows = axes.known(published.toordinal())
    reference = without_event if knows else without_retraction
    assert _answers(reference, as_of, known_at) == _answers(retracted, as_of, known_at)


@given(rich_worlds(), st.data(), query_dates(), query_dates())
def test_retracting_a_correction_or_a_retraction_undoes_it_once_published(
    events: list[Event],
    data: st.DataObject,
    as_of: Span | None,
    known_at: Span | None,
) -> None:
    """Known at or after its publication, the retraction of a correction (or of a retraction)
    equals removing that correction (or retraction) from the log; before, it changes nothing.
    """
    withdrawals = [e for e in events if isinstance(e, FactCorrected | EventRetracted)]
    if not withdrawals:
        return
    victim = data.draw(st.sampled_from(withdrawals))
    published = data.draw(st.dates(dt.date(2024, 1, 1), dt.date(2025, 1, 31)))
    source, retraction = _retraction(victim, published)
    retracted = _timeline([source, *events, retraction])
    without_victim = _timeline([source, *(e for e in events if e is not victim)])
    unchanged = _timeline([source, *events])
    knows = Axes(known_at=known_at).known(published.toordinal())
    reference = without_victim if knows else unchanged
    assert _answers(reference, as_of, known_at) == _answers(retracted, as_of, known_at)


@given(worlds(), query_dates())
def test_events_come_in_an_order_that_extends_definitely_before(
    world: tuple[list[Event], list[Reported]], until: Span | None
) -> None:
    """No event of the timeline is definitely before an event listed earlier."""
    catalogue, reported = world
    entries = _timeline(catalogue, reported).events(until=until)
    for i, later in enumerate(entries):
        for earlier in entries[:i]:
            assert not definitely_before(later.when, earlier.when)
