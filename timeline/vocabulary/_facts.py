"""Reported facts of an organisation, its people and products: founded, roles, products,
partnerships, offerings, availability, valuations, stances, interviews, attributed claims and
generic facts.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from timeline.vocabulary._base import Change, Names, Reported, _money


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
