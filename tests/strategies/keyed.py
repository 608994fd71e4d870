"""Reports of one event that start after the as-of date: a few events with an identity,
reported over nested and straddling spans by sources published over two months.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from timeline.identity import with_content_id
from timeline.time import Span
from timeline.vocabulary.documents import Document
from timeline.vocabulary.events import (
    Event,
    EventRetracted,
    FactAsserted,
    FactCorrected,
    Founded,
    FundingRaised,
    PartnershipAnnounced,
    ProductReleased,
    Reported,
)

from .worlds import cited_by, press_documents, registrations

DATED_DOCS = tuple(
    press_documents(
        [dt.date(2024, 3, 1), dt.date(2024, 4, 1), dt.date(2024, 4, 5), dt.date(2024, 5, 2)],
        "it happened.",
    )
)
_MARCH = Span.month(2024, 3)
_SPANS = (
    _MARCH,
    Span.day(dt.date(2024, 3, 10)),
    Span.day(dt.date(2024, 3, 20)),
    Span(dt.date(2024, 3, 15), dt.date(2024, 4, 16)),
    Span.month(2024, 4),
    Span.before(dt.date(2024, 4, 1)),
    Span.unknown(),
)
"""Spans nested in one another, straddling the dates asked about, and disjoint: a later
report narrows an earlier one out of the date, or disputes it, or is another event."""
KEYED_AS_OF = st.sampled_from(
    [None, _MARCH, *(Span.day(dt.date(2024, m, d)) for m, d in ((3, 5), (3, 15), (3, 25), (4, 10)))]
)


def keyed_registrations() -> list[Event]:
    """The sources of `DATED_DOCS` and the entities the keyed reports name."""
    return registrations(DATED_DOCS, ("acme", "bolt", "widget"))


def keyed_report(kind: int, when: Span, document: Document) -> Reported:
    """A report of one of a few events with an identity (a release and a founding happen
    once; a partnership and a round may happen again), or a fact with none.
    """
    common: dict[str, Any] = {"when": when, **cited_by(document)}
    event: Reported
    if kind == 0:
        event = ProductReleased(
            organization="acme", product="widget", entities=("acme", "widget"), **common
        )
    elif kind == 1:
        event = PartnershipAnnounced(parties=("acme", "bolt"), entities=("acme", "bolt"), **common)
    elif kind == 2:
        event = FundingRaised(
            organization="acme", amount=10**6, currency="USD", entities=("acme",), **common
        )
    elif kind == 3:
        event = Founded(entities=("bolt",), **common)
    else:
        event = FactAsserted(
            entity="acme", attribute="size", value="big", entities=("acme",), **common
        )
    return with_content_id(event)


@st.composite
def corroborating_worlds(draw: st.DrawFn) -> list[Event]:
    """A log of a few reports of a few events over `_SPANS`, from sources published over two
    months, with corrections of their spans and retractions, in any order.
    """
    reports = draw(
        st.lists(
            st.builds(
                keyed_report,
                st.integers(0, 4),
                st.sampled_from(_SPANS),
                st.sampled_from(DATED_DOCS),
            ),
            min_size=1,
            max_size=8,
            unique_by=lambda e: e.id,
        )
    )
    more: list[Reported] = []
    for _ in range(draw(st.integers(0, 2))):
        victim = draw(st.sampled_from(reports))
        by = cited_by(draw(st.sampled_from(DATED_DOCS)))
        if draw(st.booleans()):
            more.append(
                FactCorrected(
                    corrects=victim.id,
                    entity=victim.entities[0],
                    attribute="x",
                    entities=victim.entities,
                    when=draw(st.sampled_from(_SPANS)),
                    **by,
                )
            )
        else:
            more.append(
                EventRetracted(retracts=victim.id, entities=victim.entities, when=victim.when, **by)
            )
    return [*keyed_registrations(), *draw(st.permutations([*reports, *map(with_content_id, more)]))]
