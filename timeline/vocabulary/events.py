"""The event vocabulary: frozen, past-tense records of what a source reported.

Every event has a content-derived `id`. Catalogue events register sources and entities, so a
log carries everything needed to answer and to verify. Reported events carry the entities
involved (the first is the subject), a `when` span with its words, a citation of the exact
quote, and `known_since`, the publication date of the source.

Each reported event says which facts it changes through `changes()`: a pure function of the
event and the entity names. Attributes of kind `single` (a valuation, a founding date) hold
one value at a time; the others accumulate (partners, products, people, statements).

The classes live by kind in private modules (`_base`: `Event`, `Reported`, `Change`;
`_catalogue`: sources, entities and merges; `_facts`: an organisation's facts;
`_corrections`; `_deals`, `_people`, `_figures`: company news); this module is where they
are imported from, with the registry of every class.
"""

from __future__ import annotations

from timeline.vocabulary._base import Change, Event, Names, Reported, money, period_label
from timeline.vocabulary._catalogue import (
    EntitiesMerged,
    EntityRegistered,
    MergeRetracted,
    SourceRegistered,
)
from timeline.vocabulary._corrections import EventRetracted, FactCorrected
from timeline.vocabulary._deals import AcquisitionAnnounced, FundingRaised
from timeline.vocabulary._facts import (
    ClaimAttributed,
    FactAsserted,
    Founded,
    InterviewPublished,
    OfferingLaunched,
    PartnershipAnnounced,
    ProductMadeAvailable,
    ProductReleased,
    RoleHeld,
    StanceStated,
    ValuationReported,
)
from timeline.vocabulary._figures import (
    HeadcountChanged,
    LegalActionReported,
    PlanAnnounced,
    ResultsReported,
    SiteOpened,
)
from timeline.vocabulary._people import PersonAppointed, PersonDeparted

__all__ = [
    "EVENT_TAGS",
    "EVENT_TYPES",
    "MERGE_TYPES",
    "REPORTED_TYPES",
    "AcquisitionAnnounced",
    "Change",
    "ClaimAttributed",
    "EntitiesMerged",
    "EntityRegistered",
    "Event",
    "EventRetracted",
    "FactAsserted",
    "FactCorrected",
    "Founded",
    "FundingRaised",
    "HeadcountChanged",
    "InterviewPublished",
    "LegalActionReported",
    "MergeRetracted",
    "Names",
    "OfferingLaunched",
    "PartnershipAnnounced",
    "PersonAppointed",
    "PersonDeparted",
    "PlanAnnounced",
    "ProductMadeAvailable",
    "ProductReleased",
    "Reported",
    "ResultsReported",
    "RoleHeld",
    "SiteOpened",
    "SourceRegistered",
    "StanceStated",
    "ValuationReported",
    "involved",
    "money",
    "period_label",
]

REPORTED_TYPES: tuple[type[Reported], ...] = (
    Founded,
    RoleHeld,
    ProductReleased,
    PartnershipAnnounced,
    OfferingLaunched,
    ProductMadeAvailable,
    ValuationReported,
    StanceStated,
    InterviewPublished,
    ClaimAttributed,
    FactAsserted,
    FactCorrected,
    EventRetracted,
    FundingRaised,
    AcquisitionAnnounced,
    PersonAppointed,
    PersonDeparted,
    ResultsReported,
    HeadcountChanged,
    SiteOpened,
    LegalActionReported,
    PlanAnnounced,
)
EVENT_TYPES: tuple[type[Event], ...] = (
    SourceRegistered,
    EntityRegistered,
    EntitiesMerged,
    MergeRetracted,
    *REPORTED_TYPES,
)
EVENT_TAGS = frozenset(cls.TYPE for cls in EVENT_TYPES)
"""The `type` tag of every event class: what a record's event may be."""

MERGE_TYPES = frozenset({EntitiesMerged.TYPE, MergeRetracted.TYPE})
"""The `type` tags of the merges and their retractions (`projections.identities` folds them)."""


def involved(event: Event) -> list[str]:
    """The entities a log record is about: a reported event's, or the one it registers."""
    if isinstance(event, Reported):
        return list(event.entities)
    if isinstance(event, EntityRegistered):
        return [event.entity.id]
    if isinstance(event, EntitiesMerged):
        return [event.kept, event.merged]
    return []
