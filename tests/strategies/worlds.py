"""Worlds: small logs for projection properties, among a few entities, attributes, values and
spans, so that events often share them; and richer ones, with products, corrections and
retractions published later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from hypothesis import strategies as st

from timeline.identity import with_content_id
from timeline.projections import Axes
from timeline.time import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    EntityRegistered,
    Event,
    EventRetracted,
    FactAsserted,
    FactCorrected,
    PartnershipAnnounced,
    ProductMadeAvailable,
    ProductReleased,
    Reported,
    SourceRegistered,
    ValuationReported,
)

from .company_news import world_company_news
from .dates import spans

_WORLD_ENTITIES = ("acme", "bolt", "cargo")
_WORLD_ATTRIBUTES = ("size", "colour", "motto")
_WORLD_VALUES = ("x", "y", "z")


@st.composite
def world_documents(draw: st.DrawFn, count: int = 3) -> list[Document]:
    """A few sources published on distinct days in 2024, each with a short text."""
    days = draw(
        st.lists(
            st.dates(dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
            min_size=1,
            max_size=count,
            unique=True,
        )
    )
    return press_documents(sorted(days), "something happened.")


def press_documents(days: Iterable[dt.date], text: str) -> list[Document]:
    """English sources `doc-0`, `doc-1`, ... of the Test Press, published on `days` in turn,
    each text `text` after the document's name.
    """
    return [
        Document(
            id=f"doc-{i}",
            title=f"Document {i}",
            publisher="Test Press",
            published=day,
            language="en",
            text=f"Document {i}: {text}",
        )
        for i, day in enumerate(days)
    ]


def registrations(documents: Iterable[Document], entities: Iterable[str]) -> list[Event]:
    """The catalogue of a world: its `documents`, then its `entities`, named after their ids."""
    sources: list[Event] = [with_content_id(SourceRegistered(document=d)) for d in documents]
    return sources + [
        with_content_id(EntityRegistered(entity=Entity(id=e, name=e.title()))) for e in entities
    ]


def cited_by(document: Document) -> dict[str, Any]:
    """The fields of a report quoting the start of `document`, known since its publication."""
    return {
        "source": Citation(document=document.id, quote=document.text[:8], start=0, end=8),
        "known_since": document.published,
    }


@st.composite
def world_events(
    draw: st.DrawFn, documents: list[Document], when: list[Span], single: dict[str, bool]
) -> Reported:
    """A reported event among a few entities, attributes and values, citing one of `documents`
    and dated by one of the spans `when` (few, so that events often share a span).
    """
    doc = draw(st.sampled_from(documents))
    common: dict[str, Any] = {"when": draw(st.sampled_from(when)), **cited_by(doc)}
    kind = draw(st.sampled_from(["fact", "partnership", "valuation", "company"]))
    if kind == "company":
        event: Reported = draw(world_company_news(common, _WORLD_ENTITIES))
    elif kind == "partnership":
        parties = tuple(
            draw(st.lists(st.sampled_from(_WORLD_ENTITIES), min_size=2, max_size=2, unique=True))
        )
        event = PartnershipAnnounced(parties=parties, entities=parties, **common)
    elif kind == "valuation":
        org = draw(st.sampled_from(_WORLD_ENTITIES))
        event = ValuationReported(
            organization=org,
            amount=draw(st.sampled_from([10**9, 2 * 10**9])),
            currency=draw(st.sampled_from(["USD", "EUR"])),
            entities=(org,),
            **common,
        )
    else:
        entity = draw(st.sampled_from(_WORLD_ENTITIES))
        attribute = draw(st.sampled_from(_WORLD_ATTRIBUTES))
        event = FactAsserted(
            entity=entity,
            attribute=attribute,
            value=draw(st.sampled_from(_WORLD_VALUES)),
            single=single[attribute],
            entities=(entity,),
            **common,
        )
    return with_content_id(event)


@st.composite
def worlds(draw: st.DrawFn, max_events: int = 12) -> tuple[list[Event], list[Reported]]:
    """(catalogue events, reported events): a small world to build logs from, in any order."""
    documents = draw(world_documents())
    catalogue = registrations(documents, _WORLD_ENTITIES)
    when = draw(st.lists(spans(), min_size=1, max_size=4))
    # Each attribute has one kind in a world: single-valued or accumulating.
    single = {a: draw(st.booleans()) for a in _WORLD_ATTRIBUTES}
    reported = draw(
        st.lists(
            world_events(documents, when, single), max_size=max_events, unique_by=lambda e: e.id
        )
    )
    return catalogue, reported


def query_dates() -> st.SearchStrategy[Span | None]:
    """A query date in or around 2024 (a day or a month), or None for "everything"."""
    day = st.dates(dt.date(2023, 10, 1), dt.date(2025, 3, 31)).map(Span.day)
    month = st.tuples(st.sampled_from([2023, 2024, 2025]), st.integers(1, 12)).map(
        lambda ym: Span.month(*ym)
    )
    return st.none() | day | month


def _cite(event: Reported) -> dict[str, Any]:
    """The fields a reported event borrows from `event`: its source and publication date."""
    return {"source": event.source, "known_since": event.known_since}


@st.composite
def rich_worlds(draw: st.DrawFn) -> list[Event]:
    """A log's events in some order: a `worlds()` world, products released by its entities
    and facts about them, and corrections and retractions of its events (and of one another),
    published later.
    """
    registered, reported = draw(worlds(max_events=10))
    if not reported:
        return registered
    base = reported[0]
    more: list[Reported] = []
    for product in ("widget", "gadget"):
        if draw(st.booleans()):
            owner = draw(st.sampled_from(_WORLD_ENTITIES))
            more.append(
                ProductReleased(
                    organization=owner,
                    product=product,
                    entities=(owner, product),
                    when=draw(spans()),
                    **_cite(draw(st.sampled_from(reported))),
                )
            )
        for _ in range(draw(st.integers(0, 2))):
            more.append(
                ProductMadeAvailable(
                    product=product,
                    audience=draw(st.sampled_from(["all", "some"])),
                    entities=(product,),
                    when=draw(spans()),
                    **_cite(draw(st.sampled_from(reported))),
                )
            )
            more.append(
                FactAsserted(
                    entity=product,
                    attribute="motto",
                    value=draw(st.sampled_from(["x", "y"])),
                    single=True,
                    entities=(product,),
                    when=draw(spans()),
                    **_cite(base),
                )
            )
    targets = [with_content_id(e) for e in more] + reported
    days = sorted({e.when for e in targets})
    withdrawals: list[Reported] = []
    for _ in range(draw(st.integers(0, 4))):
        # A victim may be a correction or a retraction drawn before: retracting it undoes it.
        victim = draw(st.sampled_from(targets + [with_content_id(w) for w in withdrawals]))
        by = draw(st.sampled_from(reported))
        if draw(st.booleans()):
            attribute = draw(st.sampled_from(["size", "colour", "motto", "valuation", "x"]))
            withdrawals.append(
                FactCorrected(
                    corrects=victim.id,
                    entity=victim.entities[0],
                    attribute=attribute,
                    value=draw(st.none() | st.sampled_from(["x", "z"])),
                    entities=victim.entities,
                    when=draw(st.sampled_from([Span.unknown(), *days])),
                    **_cite(by),
                )
            )
        else:
            withdrawals.append(
                EventRetracted(
                    retracts=victim.id,
                    entities=victim.entities,
                    when=draw(spans()),
                    **_cite(by),
                )
            )
    known = {e.id for e in reported}
    fresh = {e.id: e for e in map(with_content_id, [*more, *withdrawals]) if e.id not in known}
    extra = list(fresh.values())
    body = draw(st.permutations(reported + extra))
    head = draw(st.integers(0, len(body)))
    return registered[:2] + body[:head] + registered[2:] + body[head:]


def query_axes() -> st.SearchStrategy[Axes]:
    """The three query axes, each drawn independently (None for "everything")."""
    return st.builds(
        Axes,
        as_of=query_dates(),
        known_at=query_dates(),
        upto_seq=st.none() | st.integers(0, 40),
    )
