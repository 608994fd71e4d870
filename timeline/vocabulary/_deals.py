"""Company news about money changing hands: funding rounds and acquisitions."""

from __future__ import annotations

import re
from typing import ClassVar

import attrs

from timeline.vocabulary._base import Change, Names, Reported, _money


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


_PERCENT = re.compile(r"(\d{1,3}(?:\.\d{1,4})?)%")


def _percent(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    """A stake is a share of the capital written as a percent ("63.98%"): more than 0 and
    at most 100. It is text, not a float, since the log hashes no floats.
    """
    if value is None:
        return
    hit = _PERCENT.fullmatch(value) if isinstance(value, str) else None
    if hit is None or not 0 < float(hit.group(1)) <= 100:
        raise ValueError(
            f"{attribute.name} must be a percent above 0% and at most 100%, "
            f'like "63.98%": {value!r}'
        )


@attrs.frozen(kw_only=True)
class AcquisitionAnnounced(Reported):
    """An acquirer announced (`status = "announced"`) or completed (`"completed"`) the
    acquisition of a target, perhaps at a price, perhaps of a stake (`stake`, the percent of
    the target's capital bought, as text: "63.98%" for "63,98% du capital").

    Without a stake, or with more than half of the capital, the target's `acquired by` is
    single-valued: a later report of the same deal (completed after announced) supersedes the
    earlier by the latest-definite rule. The acquirer's `acquisitions` names the target only,
    so both reports of a deal are one value there. A stake of half the capital or less buys
    no control: it is one of the acquirer's `stakes acquired` and one of the target's
    `shareholders`, which are not single-valued (several may hold stakes at once).
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
    stake: str | None = attrs.field(default=None, validator=_percent)

    def changes(self, name: Names) -> tuple[Change, ...]:
        """Adds the target to the acquirer's `acquisitions` (or, for a minority stake, to its
        `stakes acquired`); sets the target's `acquired by` (or adds to its `shareholders`)
        and, with a price or a stake, the acquirer's `acquisition of <target>` (`stake in
        <target>` for a minority) with the stake, price and status.
        """
        share = self.stake
        price = (
            f"{_money(self.price)} {self.currency or ''}".rstrip()
            if self.price is not None
            else None
        )
        terms = [t for t in (share, price) if t is not None]
        target, acquirer = name(self.target), name(self.acquirer)
        minority = self.stake is not None and float(self.stake[:-1]) <= 50
        out = [
            Change(
                entity=self.acquirer,
                attribute="stakes acquired" if minority else "acquisitions",
                value=f"{target} ({share})" if minority else target,
            ),
            Change(
                entity=self.target,
                attribute="shareholders" if minority else "acquired by",
                value=f"{acquirer} ({', '.join([self.status, *terms])})",
                single=not minority,
            ),
        ]
        if terms:
            out.append(
                Change(
                    entity=self.acquirer,
                    attribute=f"{'stake in' if minority else 'acquisition of'} {target}",
                    value=f"{', '.join(terms)} ({self.status})",
                    single=True,
                )
            )
        return tuple(out)
