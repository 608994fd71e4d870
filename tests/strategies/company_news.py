"""Company news in a world: funding, acquisitions, appointments, results, sites, legal
actions and plans among the world's entities.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from timeline.time import Precision, Span
from timeline.vocabulary.events import (
    AcquisitionAnnounced,
    FundingRaised,
    HeadcountChanged,
    LegalActionReported,
    PersonAppointed,
    PersonDeparted,
    PlanAnnounced,
    Reported,
    ResultsReported,
    SiteOpened,
)


def _roles_of(*ids: str | None) -> tuple[str, ...]:
    """The `entities` of an event whose role fields hold `ids`, as ingestion lists them."""
    return tuple(dict.fromkeys(i for i in ids if i is not None))


@st.composite
def world_company_news(
    draw: st.DrawFn, common: dict[str, Any], entities: tuple[str, ...]
) -> Reported:
    """A company-news event among the world's `entities`, with the `common` fields (when,
    source, publication): funding rounds that repeat (so that totals must count them once),
    deals, appointments and departures in one role (so that successions cross), results,
    headcount, sites, legal actions and plans.
    """
    one = st.sampled_from(entities)
    org = draw(one)
    kind = draw(st.sampled_from(["funding", "deal", "appointed", "departed", "other"]))
    if kind == "funding":
        investors = tuple(draw(st.lists(one, max_size=2, unique=True)))
        lead = draw(st.none() | one)
        return FundingRaised(
            organization=org,
            amount=draw(st.sampled_from([10**6, 5 * 10**6])),
            currency=draw(st.sampled_from(["EUR", "USD"])),
            round=draw(st.sampled_from([None, "Seed", "Series A"])),
            investors=investors,
            lead_investor=lead,
            valuation=draw(st.none() | st.sampled_from([10**9, 2 * 10**9])),
            entities=_roles_of(org, *investors, lead),
            **common,
        )
    if kind == "deal":
        target = draw(one)
        return AcquisitionAnnounced(
            acquirer=org,
            target=target,
            status=draw(st.sampled_from(["announced", "completed"])),
            price=draw(st.none() | st.just(10**8)),
            currency=draw(st.none() | st.just("EUR")),
            stake=draw(st.none() | st.sampled_from(["24.33%", "50%", "63.98%", "100%"])),
            entities=_roles_of(org, target),
            **common,
        )
    if kind in ("appointed", "departed"):
        person, other = draw(one), draw(st.none() | one)
        if kind == "appointed":
            return PersonAppointed(
                person=person,
                role="chief executive",
                organization=org,
                predecessor=other,
                entities=_roles_of(person, org, other),
                **common,
            )
        return PersonDeparted(
            person=person,
            role="chief executive",
            organization=org,
            successor=other,
            entities=_roles_of(person, org, other),
            **common,
        )
    place, authority = draw(one), draw(st.none() | one)
    other_kind = draw(st.sampled_from(["results", "headcount", "site", "legal", "plan"]))
    if other_kind == "results":
        return ResultsReported(
            organization=org,
            metric="revenue",
            period=draw(
                st.sampled_from([Span.year(2023), Span.months(2024, 1, 3, Precision.QUARTER)])
            ),
            value=draw(st.sampled_from([-(10**6), 10**7])),
            currency="EUR",
            entities=(org,),
            **common,
        )
    if other_kind == "headcount":
        return HeadcountChanged(
            organization=org,
            detail="layoffs",
            change=draw(st.none() | st.just(-10)),
            headcount=draw(st.sampled_from([None, 90, 100])),
            entities=(org,),
            **common,
        )
    if other_kind == "site":
        return SiteOpened(
            organization=org,
            place=place,
            detail="office",
            entities=_roles_of(org, place),
            **common,
        )
    if other_kind == "legal":
        return LegalActionReported(
            organization=org,
            action="fined",
            authority=authority,
            amount=draw(st.none() | st.just(10**6)),
            currency="EUR",
            entities=_roles_of(org, authority),
            **common,
        )
    return PlanAnnounced(
        organization=org,
        plan="a plant",
        target=draw(st.sampled_from([Span.year(2026), Span.month(2024, 12)])),
        entities=(org,),
        **common,
    )
