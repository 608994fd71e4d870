"""Company news about money changing hands: funding rounds and acquisitions."""

from __future__ import annotations

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
