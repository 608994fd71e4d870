"""Event identity across reports: what makes two reports of a type the same real-world event.

Only some types name a real-world occurrence by its participants (a founding, a product release,
a partnership, a deal, a funding round, an appointment or a departure); statements, claims and
observations have no identity. This is a fact about each event type, so it lives beside the
vocabulary: the log files reports under it (`log/selection.py`) and the projections corroborate
reports with it (`projections/corroboration.py`).
"""

from __future__ import annotations

from collections.abc import Callable

from timeline.vocabulary.events import (
    AcquisitionAnnounced,
    Founded,
    FundingRaised,
    PartnershipAnnounced,
    PersonAppointed,
    PersonDeparted,
    ProductReleased,
    Reported,
)

__all__ = ["ONCE", "identity_key"]


def _norm(text: str | None) -> str:
    """Free text compared as a key: case and spacing aside."""
    return " ".join((text or "").casefold().split())


_KEYS: dict[type[Reported], Callable[[Reported], tuple[str, ...]]] = {}


def _key(cls: type[Reported]) -> Callable[[Callable[..., tuple[str, ...]]], None]:
    def register(fn: Callable[..., tuple[str, ...]]) -> None:
        _KEYS[cls] = fn

    return register


@_key(Founded)
def _founded(event: Founded) -> tuple[str, ...]:
    return (event.subject,)


@_key(ProductReleased)
def _released(event: ProductReleased) -> tuple[str, ...]:
    return (event.organization, event.product)


@_key(PartnershipAnnounced)
def _partnership(event: PartnershipAnnounced) -> tuple[str, ...]:
    return tuple(sorted(set(event.parties)))


@_key(AcquisitionAnnounced)
def _acquisition(event: AcquisitionAnnounced) -> tuple[str, ...]:
    return (event.acquirer, event.target, event.status)


@_key(FundingRaised)
def _funding(event: FundingRaised) -> tuple[str, ...]:
    backers = sorted(set(event.investors))
    return (
        event.organization,
        _norm(event.round),
        str(event.amount),
        event.currency,
        event.lead_investor or "",
        *backers,
    )


@_key(PersonAppointed)
def _appointed(event: PersonAppointed) -> tuple[str, ...]:
    return (event.person, _norm(event.role), event.organization, event.predecessor or "")


@_key(PersonDeparted)
def _departed(event: PersonDeparted) -> tuple[str, ...]:
    return (event.person, _norm(event.role), event.organization, event.successor or "")


ONCE: frozenset[type[Reported]] = frozenset({Founded, ProductReleased, AcquisitionAnnounced})
"""The types of event that happen once for their key: reports of one over disjoint spans are
a conflict about its date, not two events."""


def identity_key(event: Reported) -> tuple[str, ...] | None:
    """What makes two reports of this event's type the same event, or None when the type has
    no identity across sources (statements, claims, observations).

    The key is the type and its key participants: the founded organisation; the organisation
    and product released; the parties of a partnership; acquirer, target and status of a deal;
    organisation, round name, amount, currency and investors of a funding round; person, role,
    organisation and predecessor (or successor) of an appointment (or departure). Every entity
    whose facts the event changes is in its key, so that reports of one event are all filed
    under each entity they change (an indexed answer sees all of them). Free text (a product's
    detail, a partnership's) is not in the key: wording does not make another event.
    """
    key = _KEYS.get(type(event))
    return None if key is None else (event.TYPE, *key(event))
