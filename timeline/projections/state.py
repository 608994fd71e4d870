"""The state of an entity: a pure fold of the admitted events, in replay order, into facts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from timeline.projections.admitted import Entry
from timeline.projections.axes import Axes, Certainty
from timeline.projections.catalogue import Catalogue
from timeline.projections.corroboration import Report
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import FundingRaised, money

__all__ = ["Evidence", "Fact", "State", "candidates", "fold_state", "is_single", "settle"]


@attrs.frozen(kw_only=True)
class Evidence:
    """One source behind a fact: the event, the document, the exact quote, when it was
    published, and the span it gave (its own words). `narrowed` when its span bounds the
    fact's narrowed span where another report's was wider; `rival` when it reports the same
    event over a span disjoint from the fact's (a conflict about the date).
    """

    event: str
    seq: int
    document: str
    quote: str
    published: dt.date
    when: Span
    narrowed: bool = False
    rival: bool = False


@attrs.frozen(kw_only=True)
class Fact:
    """An attribute of an entity with a value, how certain it is, when, and why we believe it."""

    attribute: str
    value: str
    certainty: Certainty
    when: Span
    sources: tuple[Evidence, ...]
    single: bool = False
    disputed: bool = False

    @property
    def documents(self) -> tuple[str, ...]:
        """The distinct documents that report the fact (not those that date it elsewhere)."""
        return tuple(dict.fromkeys(s.document for s in self.sources if not s.rival))

    @property
    def earliest(self) -> Evidence:
        """The earliest report of the fact: first published (then lowest event id)."""
        return min(
            [s for s in self.sources if not s.rival] or list(self.sources),
            key=lambda s: (s.published, s.event),
        )

    @property
    def narrowed_by(self) -> tuple[Evidence, ...]:
        """The reports whose spans narrowed the fact's span (empty when none did)."""
        return tuple(s for s in self.sources if s.narrowed)

    def merged(self, other: Fact, *, later: bool = False) -> Fact:
        """The same value reported again: sources accumulate (each once); definite if either
        is. The span stays this fact's, or with `later` becomes the other's, and a source in
        both is kept as the fact whose span is kept has it (a rival of one span or not).
        """
        keep = other if later else self
        kept = {(s.event, s.seq): s for s in keep.sources}
        sources = tuple(
            dict.fromkeys(kept.get((s.event, s.seq), s) for s in self.sources + other.sources)
        )
        certainty = (
            Certainty.DEFINITE
            if Certainty.DEFINITE in (self.certainty, other.certainty)
            else Certainty.POSSIBLE
        )
        return Fact(
            attribute=self.attribute,
            value=self.value,
            certainty=certainty,
            when=keep.when,
            sources=sources,
            single=self.single or other.single,
            disputed=self.disputed or other.disputed,
        )


@attrs.frozen(kw_only=True)
class State:
    """The facts about one entity along the three axes of a query."""

    entity: Entity
    axes: Axes
    facts: tuple[Fact, ...]

    def values(self, attribute: str) -> list[str]:
        """The values of one attribute, in order."""
        return [f.value for f in self.facts if f.attribute == attribute]

    def attributes(self) -> list[str]:
        """The attributes that have facts, in the order they first appear."""
        return list(dict.fromkeys(f.attribute for f in self.facts))


def fold_state(entries: Sequence[Entry], catalogue: Catalogue, entity: Entity, axes: Axes) -> State:
    """Fold admitted entries (in replay order) into the state of `entity`.

    Multi-valued attributes accumulate distinct values; a value reported again gains sources.
    Single-valued attributes are settled by `settle`.
    """
    out: list[Fact] = []
    for held in candidates(entries, catalogue, entity).values():
        out += settle(held) if is_single(held) else held
    return State(entity=entity, axes=axes, facts=tuple(out))


def candidates(
    entries: Sequence[Entry], catalogue: Catalogue, entity: Entity
) -> dict[str, list[Fact]]:
    """Every distinct value reported for each attribute of `entity`, before settling.

    The facts of what the entity owns (the products it released) are included, their
    attributes prefixed with the owned entity's name, except the changes of the event that made
    it their own (those already show on the owner).
    """
    owning = {
        e.event.id: thing for e in entries for owner, thing in e.event.owns() if owner == entity.id
    }
    owned = set(owning.values())
    facts: dict[str, list[Fact]] = {}
    places: dict[tuple[str, str], int] = {}
    for entry in entries:
        for change in entry.changes(catalogue.name):
            if change.entity == entity.id:
                attribute = change.attribute
            elif change.entity in owned and entry.event.id not in owning:
                attribute = f"{catalogue.name(change.entity)} {change.attribute}"
            else:
                continue
            found = entry.corroboration
            rivals = () if found is None else found.rivals
            fact = Fact(
                attribute=attribute,
                value=change.value,
                certainty=entry.certainty,
                when=entry.when,
                sources=_evidence(entry) + tuple(_rival(r) for r in rivals),
                single=change.single,
                disputed=bool(rivals),
            )
            _add(facts.setdefault(attribute, []), places, fact)
    totals = _total_raised(entries, entity)
    if totals:
        facts = _after(facts, "funding rounds", TOTAL_RAISED, totals)
    return facts


TOTAL_RAISED = "total raised"
"""The attribute the projection computes from an organisation's funding rounds."""


def _total_raised(entries: Sequence[Entry], entity: Entity) -> list[Fact]:
    """The single-valued `total raised` of `entity`: the sum of the funding rounds the query
    admits, per currency (amounts in two currencies cannot be added without an exchange rate
    at some date, which no source gives), as `120 million EUR, 20 million USD`.

    A round reported by several sources counts once: reports with equal `round_key` are one
    round (but unnamed rounds of one amount over disjoint spans are rounds apart), counted at
    the amount of its latest report (definite before possible; latest by
    span, then publication; the larger amount on a tie, so that the answer does not depend on
    the order of recording), and every report of it is among the sources. Telling that
    differently worded reports are the same round is corroboration across sources (issue 12).
    The total of the definite rounds is definite, dated by the latest of them; when some
    rounds are only possible, a total that includes them follows, marked possible. The sum
    takes each round's amount as reported: a correction moves a round's span (or withdraws
    it, with a retraction), not its amount.
    """
    keyed: dict[tuple[str, str], list[tuple[Entry, FundingRaised]]] = {}
    for entry in entries:
        event = entry.event
        if isinstance(event, FundingRaised) and event.organization == entity.id:
            keyed.setdefault(event.round_key, []).append((entry, event))
    if not keyed:
        return []
    rounds = [
        reports
        for key, held in keyed.items()
        for reports in (_apart_by_date(held) if key[1].startswith("amount:") else [held])
    ]
    counted = [(max(reports, key=_latest_report), reports) for reports in rounds]
    definite = [c for c in counted if c[0][0].certainty is Certainty.DEFINITE]
    out = [_total(definite, Certainty.DEFINITE)] if definite else []
    if len(definite) < len(counted):
        out.append(_total(counted, Certainty.POSSIBLE))
    return out


def _apart_by_date(
    reports: list[tuple[Entry, FundingRaised]],
) -> list[list[tuple[Entry, FundingRaised]]]:
    """Reports of unnamed rounds of one amount, as rounds: those whose spans share a day are
    one round, those over disjoint spans are rounds apart (taken by span start, then end,
    publication and id, so that the order of recording does not matter).
    """
    ordered = sorted(
        reports,
        key=lambda r: (r[0].when.start_key, r[0].when.end_key, r[1].known_since, r[1].id),
    )
    out: list[list[tuple[Entry, FundingRaised]]] = []
    end = 0
    for report in ordered:
        when = report[0].when
        if out and when.start_key < end:
            out[-1].append(report)
            end = min(end, when.end_key)
        else:
            out.append([report])
            end = when.end_key
    return out


def _latest_report(
    report: tuple[Entry, FundingRaised],
) -> tuple[bool, int, int, dt.date, int, str]:
    """Which report of a round counts: definite first, then the later span and publication,
    then (recording order must not decide) the larger amount and the currency.
    """
    entry, event = report
    return (
        entry.certainty is Certainty.DEFINITE,
        entry.when.start_key,
        entry.when.end_key,
        event.known_since,
        event.amount,
        event.currency,
    )


def _total(
    counted: Sequence[tuple[tuple[Entry, FundingRaised], list[tuple[Entry, FundingRaised]]]],
    certainty: Certainty,
) -> Fact:
    sums: dict[str, int] = {}
    for (_, event), _reports in counted:
        sums[event.currency] = sums.get(event.currency, 0) + event.amount
    latest = max((chosen for chosen, _ in counted), key=lambda c: _latest_report(c)[1:])
    reports = sorted((r for _, rs in counted for r in rs), key=lambda r: r[0].sort_key)
    return Fact(
        attribute=TOTAL_RAISED,
        value=", ".join(f"{money(sums[c])} {c}" for c in sorted(sums)),
        certainty=certainty,
        when=latest[0].when,
        sources=tuple(e for entry, _ in reports for e in _evidence(entry)),
        single=True,
    )


def _after(
    facts: dict[str, list[Fact]], key: str, new: str, held: list[Fact]
) -> dict[str, list[Fact]]:
    """`facts` with `held` under the attribute `new`, placed just after `key` (at the end
    when `key` has no facts); facts already held under `new` come first.
    """
    held = facts.get(new, []) + held
    out: dict[str, list[Fact]] = {}
    for attribute, values in facts.items():
        if attribute != new:
            out[attribute] = values
        if attribute == key:
            out[new] = held
    out.setdefault(new, held)
    return out


def _evidence(entry: Entry) -> tuple[Evidence, ...]:
    """The event's own source, then the sources of the corrections applied to it."""
    narrowed = () if entry.corroboration is None else entry.corroboration.narrowed_by
    return tuple(
        Evidence(
            event=event.id,
            seq=seq,
            document=event.source.document,
            quote=event.source.quote,
            published=event.known_since,
            when=event.when,
            narrowed=event.id in narrowed,
        )
        for seq, event in ((entry.seq, entry.event), *entry.corrections)
    )


def _rival(report: Report) -> Evidence:
    """A report of the same event over a disjoint span, shown beside the fact it disputes."""
    event = report.event
    return Evidence(
        event=event.id,
        seq=report.seq,
        document=event.source.document,
        quote=event.source.quote,
        published=event.known_since,
        when=report.when,
        rival=True,
    )


def _add(held: list[Fact], places: dict[tuple[str, str], int], fact: Fact) -> None:
    """Add a value to the facts held for its attribute, or merge its sources into the same
    value already held (`places` gives where each attribute's value is held).
    """
    key = (fact.attribute, fact.value)
    i = places.get(key)
    if i is None:
        places[key] = len(held)
        held.append(fact)
        return
    old = held[i]
    held[i] = old.merged(fact, later=(old.single or fact.single) and _rank(fact) > _rank(old))


def is_single(held: Sequence[Fact]) -> bool:
    """An attribute is single-valued when any report of it says so, whatever their order."""
    return any(f.single for f in held)


def _rank(fact: Fact) -> tuple[int, int, dt.date, int]:
    """Which of two values is the later: later span, then later publication, then later seq
    (of its own reports, not of the rivals that date its event elsewhere).
    """
    own = [s for s in fact.sources if not s.rival] or list(fact.sources)
    return (
        fact.when.start_key,
        fact.when.end_key,
        max(s.published for s in own),
        max(s.seq for s in own),
    )


def settle(candidates: Sequence[Fact]) -> list[Fact]:
    """The current value(s) of a single-valued attribute, from its distinct candidate values.

    The latest definite value wins by `_rank`. Definite values whose spans overlap the winner's
    and say otherwise are not beaten but contradict it: all of them are kept and marked
    disputed; so are definite values that date the same event as the winner elsewhere (they
    share a report, as a rival). Possible values ranked after the winner are kept too, as
    possible; one that ties it on span and publication is kept as well, since only the order
    of recording (not valid or publication time) would put it before the winner, and an
    answer must not depend on the order in which reports were logged.
    """
    definite = [f for f in candidates if f.certainty is Certainty.DEFINITE]
    possible = [f for f in candidates if f.certainty is Certainty.POSSIBLE]
    if not definite:
        return sorted(possible, key=_rank)
    top = max(definite, key=_rank)
    events = {s.event for s in top.sources}
    rivals = [
        f
        for f in definite
        if f is not top
        and (f.when.overlaps(top.when) or (top.disputed and events & {s.event for s in f.sources}))
    ]
    later = [f for f in possible if _rank(f) > _rank(top) or _rank(f)[:3] == _rank(top)[:3]]
    current = sorted([top, *rivals], key=_rank)
    if rivals:
        current = [attrs.evolve(f, disputed=True) for f in current]
    return current + sorted(later, key=_rank)
