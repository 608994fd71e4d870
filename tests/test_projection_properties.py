"""Properties of the projections: order, the three axes, retractions (of events, of
corrections and of retractions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from timeline import Certainty, State, Timeline
from timeline.identity import with_content_id
from timeline.log import MemoryLog
from timeline.projections import Axes, admitted
from timeline.projections.corroboration import identity_key
from timeline.time import Span, definitely_before
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    EntityRegistered,
    Event,
    EventRetracted,
    FactAsserted,
    FactCorrected,
    PartnershipAnnounced,
    ProductReleased,
    Reported,
    SourceRegistered,
)

from .strategies.keyed import DATED_DOCS
from .strategies.worlds import query_dates, rich_worlds, worlds

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


def _check_growth(
    tl: Timeline, as_of: Span | None, first: Span | None, second: Span | None
) -> list[str]:
    """Assert that what is known at `first` is still known at `second` >= `first` but for
    reports narrowed out of `as_of` (see the test below); the ids of those reports.
    """
    if first is None or (second is not None and second.end_key < first.end_key):
        first, second = second, first
    early_axes, late_axes = Axes(as_of, known_at=first), Axes(as_of, known_at=second)
    late_entries = admitted(tl.records(), late_axes)
    still = {e.event.id for e in late_entries}
    gone = [e.event for e in admitted(tl.records(), early_axes) if e.event.id not in still]
    admits = early_axes.certainty  # None for a span that starts on or after the as-of date
    for event in gone:  # narrowed out: another report of its event starts after the date
        key = identity_key(event)
        assert key is not None
        assert any(
            identity_key(other) == key and admits(other.when) is None
            for other in (r.event for r in tl.records())
            if isinstance(other, Reported) and late_axes.known(other.known_since.toordinal())
        )
    lost = {e.id for e in gone}
    for entity in ENTITIES:
        early = tl.state(entity, as_of, known_at=first)
        late = tl.state(entity, as_of, known_at=second)
        late_values = {(f.attribute, f.value) for f in late.facts}
        for fact in early.facts:
            own = [s.event for s in fact.sources if not s.rival] or [s.event for s in fact.sources]
            if fact.attribute not in late.attributes() or (
                not fact.single and (fact.attribute, fact.value) not in late_values
            ):
                assert set(own) <= lost, (entity, fact.attribute, fact.value)
    return sorted(lost)


@given(worlds(), query_dates(), query_dates(), query_dates())
def test_answers_grow_with_known_at_when_nothing_is_corrected(
    world: tuple[list[Event], list[Reported]],
    as_of: Span | None,
    first: Span | None,
    second: Span | None,
) -> None:
    """Without corrections or retractions, what is known at K1 is still known at K2 >= K1
    (each attribute, and each value of a multi-valued one), except what rests only on
    reports that a source known at K2 narrows out of the as-of date.

    A later source never removes a report, but corroboration makes a report's span the
    intersection of its event's reports: a source dating an event after the as-of date
    (within the span an earlier one gave, say "in March" then "on 20 March", as of 10 March)
    moves the event's start past the date, and a fact that was possible is then absent.
    Only a report with an identity (`identity_key`) is narrowed, and only by a report of
    its event that starts on or after the date; everything else only grows.
    """
    catalogue, reported = world
    _check_growth(_timeline(catalogue, reported), as_of, first, second)


_DOCS = DATED_DOCS[:3]
"""Three sources published 1 March, 1 April and 5 April 2024."""
_SPANS = (
    Span.month(2024, 3),
    Span.day(dt.date(2024, 3, 10)),
    Span.day(dt.date(2024, 3, 20)),
    Span(dt.date(2024, 3, 15), dt.date(2024, 4, 16)),
    Span.month(2024, 4),
)
"""Spans nested in one another and straddling the dates asked about, so that a later source
often narrows an earlier report out of the date."""
_AS_OF = st.sampled_from(
    [None, *(Span.day(dt.date(2024, 3, d)) for d in (5, 12, 18, 25)), Span.month(2024, 3)]
)
_KNOWN_AT = st.sampled_from([None, *(Span.day(d.published) for d in _DOCS)])


def _report(kind: int, when: Span, document: Document) -> Reported:
    """A release (happens once), a partnership (may happen again) or a plain fact of acme."""
    common: dict[str, Any] = {
        "when": when,
        "source": Citation(document=document.id, quote=document.text[:8], start=0, end=8),
        "known_since": document.published,
    }
    event: Reported
    if kind == 0:
        event = ProductReleased(
            organization="acme", product="cargo", entities=("acme", "cargo"), **common
        )
    elif kind == 1:
        event = PartnershipAnnounced(parties=("acme", "bolt"), entities=("acme", "bolt"), **common)
    else:
        event = FactAsserted(
            entity="acme", attribute="size", value="x", entities=("acme",), **common
        )
    return with_content_id(event)


def _narrowing_world(reports: list[Reported]) -> tuple[list[Event], list[Reported]]:
    registered: list[Event] = [with_content_id(SourceRegistered(document=d)) for d in _DOCS]
    registered += [
        with_content_id(EntityRegistered(entity=Entity(id=e, name=e.title()))) for e in ENTITIES
    ]
    return registered, reports


Growth = tuple[tuple[list[Event], list[Reported]], Span | None, Span | None, Span | None]
"""A world, the as-of date and two known-at dates to compare."""


@st.composite
def _narrowing_worlds(draw: st.DrawFn) -> Growth:
    """Two reports of one release or partnership, the second from a later source over a span
    that shares days with the first's, and a few more reports over `_SPANS`, in any order;
    with dates to ask about that are, half of the time, an as-of date between the starts of
    the two reports and known-at dates that know the first, then both.
    """
    kind = draw(st.sampled_from([0, 1]))
    wide = draw(st.sampled_from(_SPANS))
    sharing = [s for s in _SPANS if s.overlaps(wide)]
    starting_later = [s for s in sharing if s.start_key > wide.start_key]
    aim: bool = draw(st.booleans())
    narrow = draw(st.sampled_from(starting_later if aim and starting_later else sharing))
    first = draw(st.integers(0, len(_DOCS) - 2))
    later = draw(st.integers(first + 1, len(_DOCS) - 1))
    pair = [_report(kind, wide, _DOCS[first]), _report(kind, narrow, _DOCS[later])]
    more = draw(
        st.lists(
            st.builds(_report, st.integers(0, 2), st.sampled_from(_SPANS), st.sampled_from(_DOCS)),
            max_size=4,
        )
    )
    unique = list({e.id: e for e in [*pair, *more]}.values())
    world = _narrowing_world(draw(st.permutations(unique)))
    between = [
        Span.day(dt.date.fromordinal(day))
        for day in range(wide.start_key, narrow.start_key)
        if wide.start is not None
    ]
    aim = draw(st.booleans())
    if aim and between:
        known = (Span.day(_DOCS[first].published), Span.day(_DOCS[later].published))
        return world, draw(st.sampled_from(between)), *known
    return world, draw(_AS_OF), draw(_KNOWN_AT), draw(_KNOWN_AT)


_IN_MARCH, _ON_THE_20TH = (
    _report(1, Span.month(2024, 3), _DOCS[1]),
    _report(1, Span.day(dt.date(2024, 3, 20)), _DOCS[2]),
)


@example(
    (
        _narrowing_world([_IN_MARCH, _ON_THE_20TH]),
        Span.day(dt.date(2024, 3, 10)),
        Span.day(_DOCS[1].published),
        Span.day(_DOCS[2].published),
    )
)
@given(_narrowing_worlds())
def test_answers_grow_with_known_at_but_for_what_a_later_source_narrows_out(
    growth: Growth,
) -> None:
    """The growth above, on worlds made for it: reports of one release or partnership over
    nested spans from sources known on different days, as of dates inside those spans.
    """
    (catalogue, reported), as_of, first, second = growth
    _check_growth(_timeline(catalogue, reported), as_of, first, second)


def test_a_possible_partnership_narrowed_out_of_the_date_is_the_one_exception() -> None:
    """As of 10 March, a partnership "in March" is possible when known on 1 April; once the
    source of 5 April dates it 20 March, it is absent: the attribute does not grow, and the
    growth check names that report as narrowed out.
    """
    tl = _timeline(*_narrowing_world([_IN_MARCH, _ON_THE_20TH]))
    as_of = Span.day(dt.date(2024, 3, 10))
    first, second = (Span.day(d.published) for d in _DOCS[1:])
    assert ["partners"] == list(tl.state("acme", as_of, known_at=first).attributes())
    assert [] == list(tl.state("acme", as_of, known_at=second).attributes())
    assert [_IN_MARCH.id] == _check_growth(tl, as_of, first, second)


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
