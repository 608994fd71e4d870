"""A synthetic news corpus for the scale benchmarks, deterministic for a given size and seed.

Hundreds of organisations (about one per 2,000 events, 20 to 500), their people and products,
reported over 2015-2025 by six publishers. Each document reports about twenty events and its
text holds their quotes, so the log verifies. Dates mix days (half), months (three tenths) and
parts of months (early, mid, late: a fifth). About 1% of events correct an earlier one and
0.5% retract one. Events come in batches of documents, in publication order, as a newsroom's
ingestion would append them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable, Iterator
from typing import Any

from timeline.identity import with_content_id
from timeline.time import Precision, Span
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
    RoleHeld,
    SourceRegistered,
    ValuationReported,
)

__all__ = ["Corpus"]

PUBLISHERS = ("Wire", "Gazette", "Courier", "Review", "Herald", "Ledger")
ATTRIBUTES = (("headcount", True), ("headquarters", True), ("motto", False), ("market", False))
FIRST_DAY = dt.date(2015, 1, 1).toordinal()
LAST_DAY = dt.date(2025, 12, 31).toordinal()
EVENTS_PER_DOCUMENT = 20


class Corpus:
    """The events of a corpus of `size` reported events (plus registrations), in batches."""

    def __init__(self, size: int, seed: int = 7, batch: int = 1000) -> None:
        self.size, self.seed, self.batch = size, seed, batch
        self.orgs = [f"org-{i:03d}" for i in range(max(20, min(500, size // 2000)))]
        self.people = [f"person-{i:04d}" for i in range(len(self.orgs) * 3)]
        self.products = [f"product-{i:04d}" for i in range(len(self.orgs) * 4)]

    def registrations(self) -> list[Event]:
        """The entities, registered first."""
        out: list[Event] = []
        for kind, ids in (
            ("organization", self.orgs),
            ("person", self.people),
            ("product", self.products),
        ):
            out += [
                with_content_id(
                    EntityRegistered(
                        entity=Entity(id=i, name=i.replace("-", " ").title(), kind=kind)
                    )
                )
                for i in ids
            ]
        return out

    def batches(self) -> Iterator[list[Event]]:
        """The whole corpus as appends: the registrations, then batches of about `batch`
        events (whole documents: each source's registration, then its events).
        """
        yield self.registrations()
        pending: list[Event] = []
        for document_events in self._documents():
            pending += document_events
            if len(pending) >= self.batch:
                yield pending
                pending = []
        if pending:
            yield pending

    def _documents(self) -> Iterator[list[Event]]:
        rng = random.Random(self.seed)
        made = 0
        count = 0
        recent: list[Reported] = []
        span_days = (LAST_DAY - FIRST_DAY) / max(1, self.size // EVENTS_PER_DOCUMENT)
        while made < self.size:
            published = dt.date.fromordinal(FIRST_DAY + 30 + int(count * span_days))
            drafts = [
                self._draft(rng, published, recent)
                for _ in range(min(EVENTS_PER_DOCUMENT, self.size - made))
            ]
            quotes = [q for q, _ in drafts]
            text = " ".join(quotes)
            document = Document(
                id=f"doc-{count:06d}",
                title=f"Report {count}",
                publisher=PUBLISHERS[count % len(PUBLISHERS)],
                published=published,
                language="en",
                text=text,
            )
            out: list[Event] = [with_content_id(SourceRegistered(document=document))]
            offset = 0
            for quote, make in drafts:
                cite = Citation(
                    document=document.id, quote=quote, start=offset, end=offset + len(quote)
                )
                offset += len(quote) + 1
                event = with_content_id(make(cite))
                out.append(event)
                recent.append(event)
            del recent[:-2000]
            made += len(drafts)
            count += 1
            yield out

    def _draft(
        self, rng: random.Random, published: dt.date, recent: list[Reported]
    ) -> tuple[str, Callable[[Citation], Reported]]:
        """(quote, a function of the citation making the event) for one reported event."""
        when = _span(rng, published)
        org = rng.choice(self.orgs)
        common: dict[str, Any] = {"when": when, "known_since": published}
        roll = rng.random()
        if roll < 0.01 and recent:
            victim = rng.choice(recent)
            if isinstance(victim, FactAsserted):
                value = f"corrected {rng.randrange(100)}"
                quote = f"{victim.entity} {victim.attribute} was in fact {value}"
                return quote, lambda c: FactCorrected(
                    corrects=victim.id,
                    entity=victim.entity,
                    attribute=victim.attribute,
                    value=value,
                    entities=victim.entities,
                    source=c,
                    when=Span.unknown(),
                    known_since=published,
                )
            quote = f"the report on {victim.entities[0]} was withdrawn"
            return quote, lambda c: EventRetracted(
                retracts=victim.id, entities=victim.entities, source=c, **common
            )
        if roll < 0.45:
            attribute, single = rng.choice(ATTRIBUTES)
            value = f"{attribute} {rng.randrange(40)}"
            quote = f"{org} {attribute} is {value}"
            return quote, lambda c: FactAsserted(
                entity=org,
                attribute=attribute,
                value=value,
                single=single,
                entities=(org,),
                source=c,
                **common,
            )
        if roll < 0.60:
            amount = rng.randrange(1, 500) * 10**7
            quote = f"{org} is valued at {amount}"
            return quote, lambda c: ValuationReported(
                organization=org, amount=amount, currency="EUR", entities=(org,), source=c, **common
            )
        if roll < 0.72:
            other = rng.choice(self.orgs)
            while other == org:
                other = rng.choice(self.orgs)
            quote = f"{org} and {other} announced a partnership"
            return quote, lambda c: PartnershipAnnounced(
                parties=(org, other), entities=(org, other), source=c, **common
            )
        if roll < 0.84:
            person = rng.choice(self.people)
            role = rng.choice(["chief executive", "director", "founder"])
            quote = f"{person} is {role} of {org}"
            return quote, lambda c: RoleHeld(
                person=person,
                organization=org,
                role=role,
                entities=(org, person),
                source=c,
                **common,
            )
        product = self.products[self.orgs.index(org) * 4 + rng.randrange(4)]
        if roll < 0.92:
            quote = f"{org} released {product}"
            return quote, lambda c: ProductReleased(
                organization=org, product=product, entities=(org, product), source=c, **common
            )
        audience = rng.choice(["everyone", "businesses", "researchers"])
        quote = f"{product} is available to {audience}"
        return quote, lambda c: ProductMadeAvailable(
            product=product, audience=audience, entities=(product,), source=c, **common
        )


def _span(rng: random.Random, published: dt.date) -> Span:
    """A date before publication: a day (1/2), a month (3/10) or a part of a month (1/5)."""
    day = published - dt.timedelta(days=rng.randrange(1, 400))
    roll = rng.random()
    if roll < 0.5:
        return Span.day(day, text=day.isoformat(), lang="en")
    if roll < 0.8:
        return Span.month(
            day.year, day.month, text=f"{calendar.month_name[day.month]} {day.year}", lang="en"
        )
    last = calendar.monthrange(day.year, day.month)[1]
    part = rng.randrange(3)
    first, end = ((1, 10), (11, 20), (21, last))[part]
    words = ("early", "mid", "late")[part]
    return Span.days(
        dt.date(day.year, day.month, first),
        dt.date(day.year, day.month, end),
        Precision.PART_OF_MONTH,
        text=f"{words} {calendar.month_name[day.month]} {day.year}",
        lang="en",
    )
