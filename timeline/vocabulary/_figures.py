"""Company news in figures and plans: results for a period, headcount, sites opened, legal
actions and announced plans.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import ClassVar

import attrs

from timeline.time.span import Span
from timeline.vocabulary._base import Change, Names, Reported, _money, money, period_label

_DECIMAL = re.compile(r"-?\d+\.\d+")


def _exact(
    instance: ResultsReported, attribute: attrs.Attribute[str | None], value: object
) -> None:
    """A result's exact value is a decimal numeral with a point ("0.57", "41.80") whose whole
    part is the result's `value`. It is text, not a float, since the log hashes no floats.
    """
    if value is None:
        return
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        raise ValueError(f'{attribute.name} must be a decimal numeral like "41.80": {value!r}')
    if int(Decimal(value)) != instance.value:
        raise ValueError(
            f"{attribute.name} {value!r} does not agree with value {instance.value}: the value "
            "is its whole part"
        )


@attrs.frozen(kw_only=True)
class ResultsReported(Reported):
    """An organisation's result for a period: a metric (revenue, net loss, users) and its value.

    The event's `when` is when the result was reported; `period` is the span it covers.
    `value` is a whole number; a figure with decimals of its own (a share price of $41.80,
    earnings of $0.57 a share) also has them in `exact`, which the fact shows. `exact` came
    after the first logs: a record leaves it out while it is unset, so older results keep
    their records and ids.
    """

    TYPE: ClassVar[str] = "results_reported"
    ROLES: ClassVar[tuple[str, ...]] = ("organization",)
    organization: str
    metric: str
    period: Span
    value: int
    currency: str | None = None
    exact: str | None = attrs.field(default=None, validator=_exact)

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Sets the single-valued `<metric> (<period>)` on the organisation."""
        figure = self.exact if self.exact is not None else money(self.value)
        value = figure + (f" {self.currency}" if self.currency else "")
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
    the value; a plan without a date ("will open offices in Asia") has none. Its `topic`, when
    given, says what kind of company news is planned ("headcount", "sites", "acquisitions").
    """

    TYPE: ClassVar[str] = "plan_announced"
    ROLES: ClassVar[tuple[str, ...]] = ("organization",)
    organization: str
    plan: str
    target: Span | None = None
    topic: str | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the plan, with its target period when it has one, to the organisation's
        `plans`, or to `plans (<topic>)` when the plan has a topic.
        """
        value = self.plan
        if self.target is not None:
            value = f"{self.plan} (target: {period_label(self.target)})"
        attribute = f"plans ({self.topic})" if self.topic else "plans"
        return (Change(entity=self.organization, attribute=attribute, value=value),)
