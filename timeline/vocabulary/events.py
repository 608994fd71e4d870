"""The event vocabulary: frozen, past-tense records of what a source reported.

Every event has a content-derived `id`. Catalogue events register sources and entities, so a
log carries everything needed to answer and to verify. Reported events carry the entities
involved (the first is the subject), a `when` span with its words, a citation of the exact
quote, and `known_since`, the publication date of the source.

Each reported event says which facts it changes through `changes()`: a pure function of the
event and the entity names. Attributes of kind `single` (a valuation, a founding date) hold
one value at a time; the others accumulate (partners, products, people, statements).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import ClassVar

import attrs

from timeline.time.span import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity

__all__ = [
    "EVENT_TAGS",
    "EVENT_TYPES",
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
    "money",
    "period_label",
]

Names = Callable[[str], str]
"""Looks up the display name of an entity id (the id itself when unknown)."""


@attrs.frozen(kw_only=True)
class Change:
    """One fact an event sets or adds: `entity.attribute` gets `value`."""

    entity: str
    attribute: str
    value: str
    single: bool = False


@attrs.frozen(kw_only=True)
class Event:
    """Base of every event; `TYPE` is the tag that names the class in JSON."""

    TYPE: ClassVar[str] = ""
    ROLES: ClassVar[tuple[str, ...]] = ()
    id: str = ""


# Catalogue --------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class SourceRegistered(Event):
    """A document entered the log, with its full text so that quotes can be verified."""

    TYPE: ClassVar[str] = "source_registered"
    document: Document


@attrs.frozen(kw_only=True)
class EntityRegistered(Event):
    """An entity, its name and aliases, as declared by a source's annotations."""

    TYPE: ClassVar[str] = "entity_registered"
    entity: Entity
    document: str | None = None


# Identity ---------------------------------------------------------------------------------


def _other_than_kept(instance: EntitiesMerged, _attribute: object, value: str) -> None:
    if value == instance.kept:
        raise ValueError("an entity is not merged into itself")


@attrs.frozen(kw_only=True)
class EntitiesMerged(Event):
    """Two ids name one entity: from this record on, every event naming `merged` is read as
    naming `kept`. An analyst's decision, not a report: it holds at every valid and
    publication time, and from its place in the log on (`upto_seq` before it ignores it).
    The records of `merged` stay as they are; a `merge_retracted` undoes the merge. `nth`
    counts the merges of this id into `kept`, so that merging again after a retraction is a
    new event.
    """

    TYPE: ClassVar[str] = "entities_merged"
    kept: str
    merged: str = attrs.field(validator=_other_than_kept)
    reason: str | None = None
    nth: int = 1


@attrs.frozen(kw_only=True)
class MergeRetracted(Event):
    """An `entities_merged` event, by id, no longer holds: from this record on the two ids
    name two entities again. The merge stays in the log.
    """

    TYPE: ClassVar[str] = "merge_retracted"
    retracts: str
    reason: str | None = None


# Reported events --------------------------------------------------------------------------


def _same(entity_id: str) -> str:
    return entity_id


def _some_entity(_instance: object, _attribute: object, value: tuple[str, ...]) -> None:
    if not value:
        raise ValueError("a reported event names at least one entity")


@attrs.frozen(kw_only=True)
class Reported(Event):
    """An event read from a source: who, when, the exact quote, and when it became known."""

    entities: tuple[str, ...] = attrs.field(validator=_some_entity)
    when: Span
    source: Citation
    known_since: dt.date

    @property
    def subject(self) -> str:
        """The entity the event is mainly about: the first one listed."""
        return self.entities[0]

    def changes(self, name: Names) -> tuple[Change, ...]:
        """The facts this event sets or adds."""
        return ()

    def owns(self) -> tuple[tuple[str, str], ...]:
        """(owner, owned) entity pairs this event establishes, such as a maker and its product.

        The state of an owner includes the facts of what it owns, named after the owned entity.
        """
        return ()

    def touches(self) -> tuple[str, ...]:
        """Every entity the event names (its `entities` and role fields, `ROLES`), changes a
        fact of, or owns through, in a stable order: an index that files the event under
        each of them loses nothing a projection of one entity can see.
        """
        ids: dict[str, None] = dict.fromkeys(self.entities)
        for role in self.ROLES:
            value = getattr(self, role)
            if isinstance(value, str):
                ids[value] = None
            elif isinstance(value, tuple):
                ids.update(dict.fromkeys(v for v in value if isinstance(v, str)))
        for change in self.changes(_same):
            ids[change.entity] = None
        for owner, owned in self.owns():
            ids[owner] = None
            ids[owned] = None
        return tuple(ids)


@attrs.frozen(kw_only=True)
class Founded(Reported):
    """An organisation was founded; `founders` describes them when the source does."""

    TYPE: ClassVar[str] = "founded"
    founders: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Sets `founded` to the founding span and, when given, `founders`."""
        out = [
            Change(entity=self.subject, attribute="founded", value=self.when.label(), single=True)
        ]
        if self.founders:
            out.append(
                Change(entity=self.subject, attribute="founders", value=self.founders, single=True)
            )
        return tuple(out)


@attrs.frozen(kw_only=True)
class RoleHeld(Reported):
    """A person held a role in an organisation (co-founder, director of public affairs, ...)."""

    TYPE: ClassVar[str] = "role_held"
    ROLES: ClassVar[tuple[str, ...]] = ("person", "organization")
    person: str
    organization: str
    role: str

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the person under the role on the organisation, and the role on the person."""
        return (
            Change(entity=self.organization, attribute=self.role, value=name(self.person)),
            Change(
                entity=self.person,
                attribute="roles",
                value=f"{self.role}, {name(self.organization)}",
            ),
        )


@attrs.frozen(kw_only=True)
class ProductReleased(Reported):
    """An organisation presented, launched or released a product or model."""

    TYPE: ClassVar[str] = "product_released"
    ROLES: ClassVar[tuple[str, ...]] = ("organization", "product")
    organization: str
    product: str
    line: str = "products"
    detail: str | None = None

    def owns(self) -> tuple[tuple[str, str], ...]:
        """The organisation owns the product it released."""
        return ((self.organization, self.product),)

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the product to the organisation's `line`; sets `released by` on the product."""
        value = name(self.product) + (f" ({self.detail})" if self.detail else "")
        return (
            Change(entity=self.organization, attribute=self.line, value=value),
            Change(
                entity=self.product,
                attribute="released by",
                value=name(self.organization),
                single=True,
            ),
        )


@attrs.frozen(kw_only=True)
class PartnershipAnnounced(Reported):
    """Two or more parties announced a partnership; each gains the others as partners."""

    TYPE: ClassVar[str] = "partnership_announced"
    ROLES: ClassVar[tuple[str, ...]] = ("parties",)
    parties: tuple[str, ...]
    detail: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds every other party to each party's `partners`."""
        suffix = f" ({self.detail})" if self.detail else ""
        return tuple(
            Change(entity=party, attribute="partners", value=name(other) + suffix)
            for party in self.parties
            for other in self.parties
            if other != party
        )


@attrs.frozen(kw_only=True)
class OfferingLaunched(Reported):
    """An organisation launched an offering (a paid tier, a service), perhaps with partners."""

    TYPE: ClassVar[str] = "offering_launched"
    ROLES: ClassVar[tuple[str, ...]] = ("organization", "partners")
    organization: str
    offering: str
    partners: tuple[str, ...] = ()

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the offering, with its partners, to the organisation's `offerings`."""
        value = self.offering
        if self.partners:
            value += ", with " + " and ".join(name(p) for p in self.partners)
        return (Change(entity=self.organization, attribute="offerings", value=value),)


@attrs.frozen(kw_only=True)
class ProductMadeAvailable(Reported):
    """A product was (observed to be) available to an audience, perhaps on a platform."""

    TYPE: ClassVar[str] = "product_made_available"
    ROLES: ClassVar[tuple[str, ...]] = ("product", "platform")
    product: str
    audience: str
    platform: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the audience (and platform) to the product's `availability`."""
        value = self.audience + (f" (on {name(self.platform)})" if self.platform else "")
        return (Change(entity=self.product, attribute="availability", value=value),)


@attrs.frozen(kw_only=True)
class ValuationReported(Reported):
    """A valuation of an organisation was reported, with its qualifier and who gave it."""

    TYPE: ClassVar[str] = "valuation_reported"
    ROLES: ClassVar[tuple[str, ...]] = ("organization",)
    organization: str
    amount: int
    currency: str
    qualifier: str | None = None
    according_to: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Sets the organisation's single-valued `valuation`."""
        parts = [self.qualifier] if self.qualifier else []
        parts += [_money(self.amount), self.currency]
        value = " ".join(parts)
        if self.according_to:
            value += f", according to {self.according_to}"
        return (Change(entity=self.organization, attribute="valuation", value=value, single=True),)


@attrs.frozen(kw_only=True)
class StanceStated(Reported):
    """Someone stated a stance on a topic, for an organisation, perhaps at a venue."""

    TYPE: ClassVar[str] = "stance_stated"
    ROLES: ClassVar[tuple[str, ...]] = ("speaker", "organization")
    speaker: str
    organization: str
    topic: str
    stance: str
    venue: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the stance, with who said it and where, under the topic on the organisation."""
        who = name(self.speaker) + (f", {self.venue}" if self.venue else "")
        return (
            Change(entity=self.organization, attribute=self.topic, value=f"{self.stance} ({who})"),
        )


@attrs.frozen(kw_only=True)
class InterviewPublished(Reported):
    """An outlet published an interview with a person."""

    TYPE: ClassVar[str] = "interview_published"
    ROLES: ClassVar[tuple[str, ...]] = ("person", "outlet")
    person: str
    outlet: str
    topic: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the outlet (and topic) to the person's `interviews`, and the person to the
        outlet's `interviews published`.
        """
        topic = f", on {self.topic}" if self.topic else ""
        return (
            Change(entity=self.person, attribute="interviews", value=name(self.outlet) + topic),
            Change(
                entity=self.outlet,
                attribute="interviews published",
                value=name(self.person) + topic,
            ),
        )


@attrs.frozen(kw_only=True)
class ClaimAttributed(Reported):
    """A claim about a subject, attributed to a claimant: reported, not endorsed, by the source."""

    TYPE: ClassVar[str] = "claim_attributed"
    ROLES: ClassVar[tuple[str, ...]] = ("about", "claimant")
    about: str
    attribute: str
    claim: str
    claimant: str

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the claim, marked with its claimant, under the attribute of the subject."""
        value = f"{self.claim}, according to {name(self.claimant)}"
        return (Change(entity=self.about, attribute=self.attribute, value=value),)


@attrs.frozen(kw_only=True)
class FactAsserted(Reported):
    """A generic fact: `entity.attribute` is `value` (set when `single`, else added)."""

    TYPE: ClassVar[str] = "fact_asserted"
    ROLES: ClassVar[tuple[str, ...]] = ("entity",)
    entity: str
    attribute: str
    value: str
    single: bool = False

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Sets or adds the value, as the event says."""
        return (
            Change(
                entity=self.entity, attribute=self.attribute, value=self.value, single=self.single
            ),
        )


@attrs.frozen(kw_only=True)
class FactCorrected(Reported):
    """A later source corrects an earlier event: its attribute now has a new value or span."""

    TYPE: ClassVar[str] = "fact_corrected"
    ROLES: ClassVar[tuple[str, ...]] = ("entity",)
    corrects: str
    entity: str
    attribute: str
    value: str | None = None


@attrs.frozen(kw_only=True)
class EventRetracted(Reported):
    """A later source withdraws an earlier event, by id; the earlier record stays in the log."""

    TYPE: ClassVar[str] = "event_retracted"
    retracts: str
    reason: str | None = None


# Company news -----------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class FundingRaised(Reported):
    """An organisation raised a funding round from investors, perhaps at a stated valuation.

    Each round is one value of the multi-valued `funding rounds`; the projection adds the
    single-valued `total raised` from the rounds it admits (see `round_key`). A `valuation`,
    when stated, is in the round's currency and sets `valuation` as `valuation_reported` does.
    """

    TYPE: ClassVar[str] = "funding_raised"
    ROLES: ClassVar[tuple[str, ...]] = ("organization", "investors", "lead_investor")
    organization: str
    amount: int
    currency: str
    round: str | None = None
    investors: tuple[str, ...] = ()
    lead_investor: str | None = None
    valuation: int | None = None

    @property
    def round_key(self) -> tuple[str, str]:
        """What makes two reports the same round, so that it counts once in `total raised`:
        the organisation and the round's name (case and spacing aside) when it is named, else
        the organisation, amount and currency. Reports that differ otherwise are two rounds
        until sources are corroborated (issue 12).
        """
        if self.round and self.round.strip():
            return self.organization, "round:" + " ".join(self.round.casefold().split())
        return self.organization, f"amount:{self.amount} {self.currency}"

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the round to the organisation's `funding rounds`, each investor to its
        `investors` (and the organisation to the investor's `investments`), and sets
        `valuation` when one is stated.
        """
        label = f"{self.round}: " if self.round else ""
        value = f"{label}{_money(self.amount)} {self.currency}"
        if self.lead_investor:
            value += f", led by {name(self.lead_investor)}"
        out = [Change(entity=self.organization, attribute="funding rounds", value=value)]
        backers = dict.fromkeys(
            (self.lead_investor, *self.investors) if self.lead_investor else self.investors
        )
        in_round = f" ({self.round})" if self.round else ""
        for investor in backers:
            out.append(
                Change(entity=self.organization, attribute="investors", value=name(investor))
            )
            out.append(
                Change(
                    entity=investor,
                    attribute="investments",
                    value=name(self.organization) + in_round,
                )
            )
        if self.valuation is not None:
            valued = f"{_money(self.valuation)} {self.currency}" + in_round
            out.append(
                Change(entity=self.organization, attribute="valuation", value=valued, single=True)
            )
        return tuple(out)


@attrs.frozen(kw_only=True)
class AcquisitionAnnounced(Reported):
    """An acquirer announced (`status = "announced"`) or completed (`"completed"`) the
    acquisition of a target, perhaps at a price.

    The target's `acquired by` is single-valued: a later report of the same deal (completed
    after announced) supersedes the earlier by the latest-definite rule. The acquirer's
    `acquisitions` names the target only, so both reports of a deal are one value there.
    """

    TYPE: ClassVar[str] = "acquisition_announced"
    ROLES: ClassVar[tuple[str, ...]] = ("acquirer", "target")
    acquirer: str
    target: str
    status: str = attrs.field(
        default="announced", validator=attrs.validators.in_(("announced", "completed"))
    )
    price: int | None = None
    currency: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the target to the acquirer's `acquisitions`; sets the target's `acquired by`
        and, with a price, the acquirer's `acquisition of <target>` (price and status).
        """
        terms = [self.status]
        if self.price is not None:
            terms.append(f"{_money(self.price)} {self.currency or ''}".rstrip())
        out = [
            Change(entity=self.acquirer, attribute="acquisitions", value=name(self.target)),
            Change(
                entity=self.target,
                attribute="acquired by",
                value=f"{name(self.acquirer)} ({', '.join(terms)})",
                single=True,
            ),
        ]
        if self.price is not None:
            out.append(
                Change(
                    entity=self.acquirer,
                    attribute=f"acquisition of {name(self.target)}",
                    value=f"{terms[1]} ({self.status})",
                    single=True,
                )
            )
        return tuple(out)


def _took_over(
    role: str, organization: str, successor: str, predecessor: str | None, name: Names
) -> tuple[Change, ...]:
    """A person took a role at an organisation, perhaps from a predecessor: the organisation's
    single-valued role attribute holds the person; the person's and the predecessor's
    `<role> at <organisation>` say appointed and departed.
    """
    at = f"{role} at {name(organization)}"
    after = f", succeeding {name(predecessor)}" if predecessor else ""
    out = [
        Change(entity=organization, attribute=role, value=name(successor), single=True),
        Change(entity=successor, attribute=at, value="appointed" + after, single=True),
    ]
    if predecessor:
        out.append(
            Change(
                entity=predecessor,
                attribute=at,
                value=f"departed, succeeded by {name(successor)}",
                single=True,
            )
        )
    return tuple(out)


@attrs.frozen(kw_only=True)
class PersonAppointed(Reported):
    """A person was appointed to a role (chief executive, ...) at an organisation, perhaps
    succeeding a predecessor.

    The organisation's role attribute is single-valued, so "who holds it as of D" is the
    latest definite appointment (or departure, see `PersonDeparted`) by D. The person's
    `<role> at <organisation>` is "appointed"; a named predecessor's is "departed".
    """

    TYPE: ClassVar[str] = "person_appointed"
    ROLES: ClassVar[tuple[str, ...]] = ("person", "organization", "predecessor")
    person: str
    role: str
    organization: str
    predecessor: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """The person holds the role at the organisation; a predecessor no longer does."""
        return _took_over(self.role, self.organization, self.person, self.predecessor, name)


@attrs.frozen(kw_only=True)
class PersonDeparted(Reported):
    """A person left a role at an organisation, perhaps with a named successor.

    Within the fold of single-valued attributes, a departure is a new value of the
    organisation's role attribute, dated by the departure's span: the successor's name when
    one is given (the same changes as the successor's appointment with this predecessor, so
    the two reports agree), else `vacant (<person> departed)`. Either way the person no longer
    holds the role as of that span (while the span straddles the query date, the new value is
    shown as possible beside the person). The person's `<role> at <organisation>` becomes
    "departed". A vacancy and an appointment reported over overlapping spans are two definite
    values that contradict each other, so the role shows as disputed until a source names the
    successor.
    """

    TYPE: ClassVar[str] = "person_departed"
    ROLES: ClassVar[tuple[str, ...]] = ("person", "organization", "successor")
    person: str
    role: str
    organization: str
    successor: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """The successor holds the role (or it is vacant); the person no longer does."""
        if self.successor:
            return _took_over(self.role, self.organization, self.successor, self.person, name)
        return (
            Change(
                entity=self.organization,
                attribute=self.role,
                value=f"vacant ({name(self.person)} departed)",
                single=True,
            ),
            Change(
                entity=self.person,
                attribute=f"{self.role} at {name(self.organization)}",
                value="departed",
                single=True,
            ),
        )


@attrs.frozen(kw_only=True)
class ResultsReported(Reported):
    """An organisation's result for a period: a metric (revenue, net loss, users) and its value.

    The event's `when` is when the result was reported; `period` is the span it covers.
    """

    TYPE: ClassVar[str] = "results_reported"
    ROLES: ClassVar[tuple[str, ...]] = ("organization",)
    organization: str
    metric: str
    period: Span
    value: int
    currency: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Sets the single-valued `<metric> (<period>)` on the organisation."""
        value = money(self.value) + (f" {self.currency}" if self.currency else "")
        attribute = f"{self.metric} ({period_label(self.period)})"
        return (Change(entity=self.organization, attribute=attribute, value=value, single=True),)


@attrs.frozen(kw_only=True)
class HeadcountChanged(Reported):
    """An organisation's workforce changed (hires, layoffs) or was reported at a size."""

    TYPE: ClassVar[str] = "headcount_changed"
    ROLES: ClassVar[tuple[str, ...]] = ("organization",)
    organization: str
    detail: str
    change: int | None = None
    headcount: int | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the change and its detail to `headcount changes`; sets `headcount` when given."""
        value = f"{self.change:+,}, {self.detail}" if self.change is not None else self.detail
        out = [Change(entity=self.organization, attribute="headcount changes", value=value)]
        if self.headcount is not None:
            out.append(
                Change(
                    entity=self.organization,
                    attribute="headcount",
                    value=f"{self.headcount:,}",
                    single=True,
                )
            )
        return tuple(out)


@attrs.frozen(kw_only=True)
class SiteOpened(Reported):
    """An organisation opened a site (an office, a lab, a plant) in a place."""

    TYPE: ClassVar[str] = "site_opened"
    ROLES: ClassVar[tuple[str, ...]] = ("organization", "place")
    organization: str
    place: str
    detail: str

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the site to the organisation's `sites`, and the organisation to the place's."""
        return (
            Change(
                entity=self.organization,
                attribute="sites",
                value=f"{self.detail}, {name(self.place)}",
            ),
            Change(
                entity=self.place,
                attribute="sites",
                value=f"{name(self.organization)}, {self.detail}",
            ),
        )


@attrs.frozen(kw_only=True)
class LegalActionReported(Reported):
    """A legal or regulatory action concerning an organisation (a fine, a suit, an inquiry),
    perhaps by an authority and for an amount.
    """

    TYPE: ClassVar[str] = "legal_action_reported"
    ROLES: ClassVar[tuple[str, ...]] = ("organization", "authority")
    organization: str
    action: str
    authority: str | None = None
    amount: int | None = None
    currency: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the action to the organisation's `legal actions` (and the authority's)."""
        money = (
            f", {_money(self.amount)} {self.currency or ''}".rstrip()
            if self.amount is not None
            else ""
        )
        by = f" by {name(self.authority)}" if self.authority else ""
        out = [
            Change(
                entity=self.organization, attribute="legal actions", value=self.action + by + money
            )
        ]
        if self.authority:
            out.append(
                Change(
                    entity=self.authority,
                    attribute="legal actions",
                    value=f"{self.action} against {name(self.organization)}{money}",
                )
            )
        return tuple(out)


@attrs.frozen(kw_only=True)
class PlanAnnounced(Reported):
    """An organisation announced a plan with a target period ("by the end of 2025").

    The event's `when` is the day the plan was stated (the publication day, or an earlier day
    the source gives), never its target: a plan is known once stated and is not an event of
    its target period, so it never reads as done. The target, when the source gives one, is in
    the value; a plan without a date ("will open offices in Asia") has none.
    """

    TYPE: ClassVar[str] = "plan_announced"
    ROLES: ClassVar[tuple[str, ...]] = ("organization",)
    organization: str
    plan: str
    target: Span | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the plan, with its target period when it has one, to the organisation's
        `plans`.
        """
        value = self.plan
        if self.target is not None:
            value = f"{self.plan} (target: {period_label(self.target)})"
        return (Change(entity=self.organization, attribute="plans", value=value),)


def period_label(span: Span) -> str:
    """A period as a label: a quarter as `2024-Q1`, a half-year as `2024-H2`, else as
    `Span.label` gives it.
    """
    s, e = span.start, span.end
    if s is not None and e is not None and s.day == 1 and e.day == 1:
        months = (e.year * 12 + e.month) - (s.year * 12 + s.month)
        if months == 3 and s.month % 3 == 1:
            return f"{s.year:04d}-Q{s.month // 3 + 1}"
        if months == 6 and s.month in (1, 7):
            return f"{s.year:04d}-H{1 if s.month == 1 else 2}"
    return span.label()


def _money(amount: int) -> str:
    for size, word in ((10**12, "trillion"), (10**9, "billion"), (10**6, "million")):
        if amount >= size and amount % (size // 100) == 0:
            return f"{amount / size:g} {word}"
    return f"{amount:,}"


def money(amount: int) -> str:
    """An amount as the facts write it: `50 million`, `2.5 billion`, `1,234`, `-3 million`."""
    return "-" + _money(-amount) if amount < 0 else _money(amount)


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
