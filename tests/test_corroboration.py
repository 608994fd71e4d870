"""Corroboration across sources: which reports are the same event (`same_event`, both ways),
and narrowing (never wider, independent of recording order, only from sources known at the
known-at date), with conflicts shown as disputes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from timeline import Certainty, State, Timeline
from timeline.identity import with_content_id
from timeline.log import MemoryLog
from timeline.projections import Report, admitted, corroborate, same_event
from timeline.projections.corroboration import identity_key, intersection
from timeline.time import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    AcquisitionAnnounced,
    EntityRegistered,
    Event,
    Founded,
    FundingRaised,
    PartnershipAnnounced,
    PersonAppointed,
    PersonDeparted,
    ProductReleased,
    Reported,
    SourceRegistered,
    StanceStated,
)

ENTITIES = ("acme", "bolt", "cargo", "dyna")
_FIRST_DAY = dt.date(2024, 1, 1)


def _document(i: int, published: dt.date) -> Document:
    return Document(
        id=f"doc-{i}",
        title=f"Document {i}",
        publisher="Test Press",
        published=published,
        language="en",
        text=f"Document {i}: it happened.",
    )


def _cite(document: Document) -> dict[str, Any]:
    """The fields a reported event takes from the document it quotes."""
    return {
        "source": Citation(document=document.id, quote=document.text[:8], start=0, end=8),
        "known_since": document.published,
    }


_PLACEHOLDER = _document(0, dt.date(2024, 12, 31))


@st.composite
def spans(draw: st.DrawFn) -> Span:
    """A span of 1 to 90 days in 2024, or one with an open start ending in 2024."""
    start = _FIRST_DAY + dt.timedelta(days=draw(st.integers(0, 300)))
    end = start + dt.timedelta(days=draw(st.integers(1, 90)))
    if draw(st.integers(0, 9)) == 0:
        return Span.before(end)
    return Span(start, end)


@st.composite
def sub_spans(draw: st.DrawFn, span: Span) -> Span:
    """A span lying within `span` (of a closed start: an open start is given one)."""
    assert span.end is not None
    start = span.start or (span.end - dt.timedelta(days=draw(st.integers(1, 400))))
    days = (span.end - start).days
    first = draw(st.integers(0, days - 1))
    last = draw(st.integers(first, days - 1))
    return Span.days(
        start + dt.timedelta(days=first),
        start + dt.timedelta(days=last),
        span.precision,
        text=draw(st.sampled_from(["on Monday", "late February", "this week", ""])),
    )


_one = st.sampled_from(ENTITIES)
_detail = st.none() | st.sampled_from(["its third model", "a new flagship", "fluent in five"])


def _common(when: Span) -> dict[str, Any]:
    return {"when": when, **_cite(_PLACEHOLDER)}


@st.composite
def identified_events(draw: st.DrawFn) -> Reported:
    """A report of an event that has an identity across sources, of any such type."""
    when = draw(spans())
    kind = draw(
        st.sampled_from(["founded", "released", "partner", "deal", "round", "hire", "exit"])
    )
    if kind == "founded":
        org = draw(_one)
        return Founded(entities=(org,), founders=draw(st.none() | st.just("two")), **_common(when))
    if kind == "released":
        org, product = draw(_one), draw(_one)
        return ProductReleased(
            organization=org,
            product=product,
            detail=draw(_detail),
            entities=(org, product),
            **_common(when),
        )
    if kind == "partner":
        parties = tuple(draw(st.lists(_one, min_size=2, max_size=3, unique=True)))
        return PartnershipAnnounced(
            parties=parties, detail=draw(_detail), entities=parties, **_common(when)
        )
    if kind == "deal":
        acquirer, target = draw(_one), draw(_one)
        return AcquisitionAnnounced(
            acquirer=acquirer,
            target=target,
            status=draw(st.sampled_from(["announced", "completed"])),
            entities=(acquirer, target),
            **_common(when),
        )
    if kind == "round":
        org = draw(_one)
        return FundingRaised(
            organization=org,
            amount=draw(st.sampled_from([10**6, 5 * 10**6])),
            currency=draw(st.sampled_from(["EUR", "USD"])),
            round=draw(st.sampled_from([None, "Seed", "Series A"])),
            investors=tuple(draw(st.lists(_one, max_size=2, unique=True))),
            entities=(org,),
            **_common(when),
        )
    person, org, other = draw(_one), draw(_one), draw(st.none() | _one)
    if kind == "hire":
        return PersonAppointed(
            person=person,
            role="chief executive",
            organization=org,
            predecessor=other,
            entities=(person, org),
            **_common(when),
        )
    return PersonDeparted(
        person=person,
        role="chief executive",
        organization=org,
        successor=other,
        entities=(person, org),
        **_common(when),
    )


def _other(value: str | None) -> str:
    return "zeta" if value != "zeta" else "omega"


_KEY_CHANGES: dict[type[Reported], list[Callable[[Any], Reported]]] = {
    Founded: [lambda e: attrs.evolve(e, entities=(_other(e.subject), *e.entities[1:]))],
    ProductReleased: [
        lambda e: attrs.evolve(e, organization=_other(e.organization)),
        lambda e: attrs.evolve(e, product=_other(e.product)),
    ],
    PartnershipAnnounced: [
        lambda e: attrs.evolve(e, parties=(*e.parties[:-1], _other(e.parties[-1]))),
        lambda e: attrs.evolve(e, parties=(*e.parties, "zeta")),
    ],
    AcquisitionAnnounced: [
        lambda e: attrs.evolve(e, acquirer=_other(e.acquirer)),
        lambda e: attrs.evolve(e, target=_other(e.target)),
        lambda e: attrs.evolve(e, status="completed" if e.status == "announced" else "announced"),
    ],
    FundingRaised: [
        lambda e: attrs.evolve(e, organization=_other(e.organization)),
        lambda e: attrs.evolve(e, amount=e.amount + 1),
        lambda e: attrs.evolve(e, currency="GBP"),
        lambda e: attrs.evolve(e, round=_other(e.round)),
        lambda e: attrs.evolve(e, investors=(*e.investors, "zeta")),
    ],
    PersonAppointed: [
        lambda e: attrs.evolve(e, person=_other(e.person)),
        lambda e: attrs.evolve(e, role="chair"),
        lambda e: attrs.evolve(e, organization=_other(e.organization)),
        lambda e: attrs.evolve(e, predecessor=_other(e.predecessor)),
    ],
    PersonDeparted: [
        lambda e: attrs.evolve(e, person=_other(e.person)),
        lambda e: attrs.evolve(e, role="chair"),
        lambda e: attrs.evolve(e, successor=_other(e.successor)),
    ],
}


def _reworded(event: Reported, when: Span, document: Document) -> Reported:
    """The same event told by another source, in other words, over `when`."""
    fields: dict[str, Any] = {"when": when, **_cite(document)}
    if isinstance(event, ProductReleased | PartnershipAnnounced):
        fields["detail"] = "told in other words"
    if isinstance(event, Founded):
        fields["founders"] = "some founders"
    if isinstance(event, PartnershipAnnounced):
        fields["parties"] = tuple(reversed(event.parties))
    if isinstance(event, FundingRaised):
        fields["round"] = None if event.round is None else f"  {event.round.upper()} "
        fields["investors"] = tuple(reversed(event.investors))
    return with_content_id(attrs.evolve(event, **fields))


# Event identity: both ways --------------------------------------------------------------------


@given(identified_events(), st.data())
def test_a_report_reworded_or_redated_within_its_span_is_the_same_event(
    event: Reported, data: st.DataObject
) -> None:
    """Another source's report of an event, worded otherwise and dated within its span, is the
    same event; both are one group whose span is the narrower one.
    """
    first = with_content_id(event)
    when = data.draw(sub_spans(event.when))
    other = _reworded(event, when, _document(1, dt.date(2025, 1, 2)))
    assert same_event(first, other)
    assert same_event(other, first)
    groups = corroborate(
        [Report(seq=1, event=first, when=first.when), Report(seq=2, event=other, when=when)]
    )
    assert groups[first.id] == groups[other.id]
    assert (when.start_key, when.end_key) == (
        groups[first.id].when.start_key,
        groups[first.id].when.end_key,
    )


@given(identified_events(), st.data())
def test_reports_that_differ_in_a_key_field_are_never_the_same_event(
    event: Reported, data: st.DataObject
) -> None:
    """Changing one key participant, amount, round, currency, role or status makes another
    event, whatever the spans.
    """
    change = data.draw(st.sampled_from(_KEY_CHANGES[type(event)]))
    other = change(event)
    assert identity_key(other) != identity_key(event)
    assert not same_event(event, other)
    assert not same_event(other, event)


@given(identified_events(), st.integers(0, 400), st.integers(1, 90))
def test_reports_over_disjoint_spans_are_never_the_same_event(
    event: Reported, gap: int, length: int
) -> None:
    """The same key over a span that shares no day with the first is never the same event."""
    assert event.when.end is not None
    start = event.when.end + dt.timedelta(days=gap)
    other = attrs.evolve(event, when=Span(start, start + dt.timedelta(days=length)))
    assert not same_event(event, other)
    assert not same_event(other, event)


def test_statements_have_no_identity_across_sources() -> None:
    """A stance is not an event with participants: it is never merged by identity."""
    stance = StanceStated(
        speaker="acme",
        organization="acme",
        topic="open source",
        stance="keeps it",
        entities=("acme",),
        **_common(Span.day(dt.date(2024, 3, 12))),
    )
    assert None is identity_key(stance)
    assert not same_event(stance, stance)


# Timelines of small worlds ----------------------------------------------------------------------


def _timeline(documents: Sequence[Document], reported: Sequence[Event]) -> Timeline:
    log = MemoryLog()
    catalogue: list[Event] = [with_content_id(SourceRegistered(document=d)) for d in documents]
    catalogue += [
        with_content_id(EntityRegistered(entity=Entity(id=e, name=e.title())))
        for e in (*ENTITIES, "zeta")
    ]
    log.append(catalogue)
    log.append(list(reported), skip_known=True)
    return Timeline(log)


def _answer(state: State) -> frozenset[tuple[str, str, str, str, bool, tuple[str, ...]]]:
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


@st.composite
def release_worlds(draw: st.DrawFn) -> tuple[list[Document], list[Reported]]:
    """Reports of releases of one or two products by `acme`, from up to four sources published
    on distinct days, each report worded and dated its own way.
    """
    days = draw(
        st.lists(
            st.dates(dt.date(2024, 1, 1), dt.date(2025, 6, 30)), min_size=1, max_size=4, unique=True
        )
    )
    documents = [_document(i, day) for i, day in enumerate(sorted(days))]
    reports = []
    for _ in range(draw(st.integers(1, 6))):
        document = draw(st.sampled_from(documents))
        product = draw(st.sampled_from(["bolt", "cargo"]))
        event = ProductReleased(
            organization="acme",
            product=product,
            line="models",
            detail=draw(_detail),
            entities=("acme", product),
            when=draw(spans()),
            **_cite(document),
        )
        reports.append(with_content_id(event))
    return documents, list({r.id: r for r in reports}.values())


def query_dates() -> st.SearchStrategy[Span | None]:
    """A day of 2024 or early 2025, or None for "everything"."""
    return st.none() | st.dates(dt.date(2024, 1, 1), dt.date(2025, 6, 30)).map(Span.day)


# Narrowing ------------------------------------------------------------------------------------


@given(release_worlds(), query_dates())
def test_narrowing_never_widens_a_span(
    world: tuple[list[Document], list[Reported]], known_at: Span | None
) -> None:
    """Each admitted report's span lies within its own span and is the intersection of its
    group's spans.
    """
    documents, reported = world
    tl = _timeline(documents, reported)
    for entry in tl.events(known_at=known_at):
        assert entry.event.when.contains(entry.when)
        found = entry.corroboration
        assert found is not None
        assert entry.when == intersection(r.when for r in found.reports)
        assert all(same_event(r.event, o.event) for r in found.reports for o in found.reports)


@given(release_worlds(), st.data(), query_dates(), query_dates())
def test_narrowing_does_not_depend_on_the_order_of_ingestion(
    world: tuple[list[Document], list[Reported]],
    data: st.DataObject,
    as_of: Span | None,
    known_at: Span | None,
) -> None:
    """The same reports recorded in another order give the same facts, spans and sources."""
    documents, reported = world
    shuffled = data.draw(st.permutations(reported))
    first = _timeline(documents, reported).state("acme", as_of, known_at=known_at)
    second = _timeline(documents, shuffled).state("acme", as_of, known_at=known_at)
    assert _answer(first) == _answer(second)


@given(release_worlds(), query_dates(), query_dates())
def test_narrowing_never_uses_a_source_published_after_known_at(
    world: tuple[list[Document], list[Reported]], as_of: Span | None, known_at: Span | None
) -> None:
    """Known at K, the answer is the one of a log without the sources published after K."""
    documents, reported = world
    if known_at is None:
        return
    published = [r for r in reported if r.known_since.toordinal() < known_at.end_key]
    whole = _timeline(documents, reported).state("acme", as_of, known_at=known_at)
    without = _timeline(documents, published).state("acme", as_of, known_at=known_at)
    assert _answer(without) == _answer(whole)


@given(release_worlds(), query_dates())
def test_certainty_is_judged_on_the_narrowed_span(
    world: tuple[list[Document], list[Reported]], as_of: Span | None
) -> None:
    """A report is definite, possible or absent as its group's narrowed span is, not its own."""
    documents, reported = world
    tl = _timeline(documents, reported)
    everything = {e.event.id: e for e in tl.events()}
    entries = {e.event.id: e for e in admitted(tl.records(), tl.axes(as_of))}
    limit = Span.unknown().end_key if as_of is None else as_of.end_key
    for event_id, entry in everything.items():
        narrowed = entry.when
        if narrowed.start_key >= limit:
            assert event_id not in entries
        else:
            expected = Certainty.DEFINITE if narrowed.end_key <= limit else Certainty.POSSIBLE
            assert expected == entries[event_id].certainty


# Examples -------------------------------------------------------------------------------------


def _day(text: str) -> Span:
    return Span.day(dt.date.fromisoformat(text))


def _round(document: Document, amount: int, when: Span) -> FundingRaised:
    return with_content_id(
        FundingRaised(
            organization="acme",
            amount=amount,
            currency="EUR",
            entities=("acme",),
            when=when,
            **_cite(document),
        )
    )


def test_two_rounds_of_different_amounts_or_disjoint_dates_stay_apart() -> None:
    """Rounds of 5 and 6 million in the same month, or of 5 million a year apart, are three
    rounds: none narrows another, and the total counts each of them.
    """
    a, b = _document(1, dt.date(2024, 3, 20)), _document(2, dt.date(2025, 3, 20))
    march = Span.month(2024, 3)
    reports = [
        _round(a, 5 * 10**6, march),
        _round(a, 6 * 10**6, _day("2024-03-10")),
        _round(b, 5 * 10**6, Span.month(2025, 3)),
    ]
    tl = _timeline([a, b], reports)
    spans = {e.event.id: e.when for e in tl.events()}
    assert {r.id: r.when for r in reports} == spans
    assert not same_event(reports[0], reports[2])
    assert ["11 million EUR"] == tl.state("acme", "2024-12").values("total raised")
    assert ["16 million EUR"] == tl.state("acme", "2025-12").values("total raised")


def test_an_appointment_and_a_later_reappointment_stay_apart() -> None:
    """A chief executive appointed in 2023 and again in 2025 is two appointments, each with its
    own span and source.
    """
    a, b = _document(1, dt.date(2023, 6, 1)), _document(2, dt.date(2025, 6, 1))

    def appointed(document: Document, when: Span) -> PersonAppointed:
        return with_content_id(
            PersonAppointed(
                person="bolt",
                role="chief executive",
                organization="acme",
                entities=("bolt", "acme"),
                when=when,
                **_cite(document),
            )
        )

    first, again = appointed(a, Span.month(2023, 5)), appointed(b, Span.month(2025, 5))
    tl = _timeline([a, b], [first, again])
    assert not same_event(first, again)
    entries = tl.events()
    assert [first.when, again.when] == [e.when for e in entries]
    assert [(first.id,), (again.id,)] == [
        tuple(r.event.id for r in e.corroboration.reports) for e in entries if e.corroboration
    ]


def test_a_release_dated_on_disjoint_spans_is_disputed_with_every_span_shown() -> None:
    """One source dates a release in February, another in May: the release is one event in
    conflict, shown disputed with both spans and both sources.
    """
    a, b = _document(1, dt.date(2024, 3, 1)), _document(2, dt.date(2024, 6, 1))

    def released(document: Document, when: Span) -> ProductReleased:
        return with_content_id(
            ProductReleased(
                organization="acme",
                product="bolt",
                line="models",
                entities=("acme", "bolt"),
                when=when,
                **_cite(document),
            )
        )

    february, may = released(a, Span.month(2024, 2)), released(b, Span.month(2024, 5))
    tl = _timeline([a, b], [february, may])
    facts = [f for f in tl.state("acme").facts if f.attribute == "models"]
    assert 1 == len(facts)
    fact = facts[0]
    assert fact.disputed
    assert {(february.id, february.when), (may.id, may.when)} == {
        (s.event, s.when) for s in fact.sources
    }
    assert {"released by"} == {f.attribute for f in tl.state("bolt").facts if f.disputed}
    why = tl.why("bolt", "released by")
    assert [] == list(why.superseded)
    # Before the second report's span, the first stands, still disputed by the known source.
    early = [f for f in tl.state("acme", "2024-03").facts if f.attribute == "models"]
    assert [(True, Certainty.DEFINITE)] == [(f.disputed, f.certainty) for f in early]


def test_a_later_source_can_narrow_a_possible_event_out_of_an_earlier_date() -> None:
    """A report dated "in March" is possible as of 10 March; once a source dating it to
    20 March is known, it is absent as of 10 March and definite as of 20 March.
    """
    a, b = _document(1, dt.date(2024, 4, 1)), _document(2, dt.date(2024, 4, 5))

    def released(document: Document, when: Span) -> ProductReleased:
        return with_content_id(
            ProductReleased(
                organization="acme",
                product="bolt",
                line="models",
                entities=("acme", "bolt"),
                when=when,
                **_cite(document),
            )
        )

    tl = _timeline([a, b], [released(a, Span.month(2024, 3)), released(b, _day("2024-03-20"))])
    before = tl.state("acme", "2024-03-10", known_at="2024-04-01")
    assert [Certainty.POSSIBLE] == [f.certainty for f in before.facts if f.attribute == "models"]
    assert [] == tl.state("acme", "2024-03-10", known_at="2024-04-05").values("models")
    late = tl.state("acme", "2024-03-20", known_at="2024-04-05")
    facts = [f for f in late.facts if f.attribute == "models"]
    assert [(Certainty.DEFINITE, "2024-03-20", 2)] == [
        (f.certainty, f.when.label(), len(f.documents)) for f in facts
    ]
    assert ["doc-2"] == [s.document for s in facts[0].narrowed_by]
    assert "doc-1" == facts[0].earliest.document


def test_a_second_report_in_other_words_and_another_line_is_one_fact_in_the_first_words() -> None:
    """A release told with another detail and filed under another line by a later source adds
    a source to the earliest report's fact rather than a second fact.
    """
    a, b = _document(1, dt.date(2024, 3, 1)), _document(2, dt.date(2024, 3, 5))
    first = with_content_id(
        ProductReleased(
            organization="acme",
            product="bolt",
            line="models",
            detail="its third model",
            entities=("acme", "bolt"),
            when=Span.month(2024, 2),
            **_cite(a),
        )
    )
    second = with_content_id(
        attrs.evolve(
            first, line="products", detail="a new flagship", when=_day("2024-02-26"), **_cite(b)
        )
    )
    tl = _timeline([a, b], [second, first])
    facts = [f for f in tl.state("acme").facts if f.attribute in ("models", "products")]
    assert [("models", "Bolt (its third model)", "2024-02-26", ("doc-1", "doc-2"))] == [
        (f.attribute, f.value, f.when.label(), tuple(sorted(f.documents))) for f in facts
    ]
