"""Corroboration: which reports are of the same real-world event, and what span they narrow it to.

The same event comes back in many articles, worded and dated differently ("fin février" in one,
"on Monday" in another). Two reports are of the same event when `same_event` says so: the same
type, the same key participants (the fields `identity_key` names), and spans that share a day.
Free-text detail does not count. A corroborated event's span is the intersection of its
reports' spans, so the most precise source dates it, and its certainty is judged on that.

Only some types name a real-world occurrence by its participants (a founding, a product release,
a partnership, a deal, a funding round, an appointment or a departure); statements, claims and
observations have no identity here and are corroborated as before, by saying the same value.

A founding, a product release and an acquisition (of a given status) happen once: reports of
one with spans that share no day are not two events but a conflict, which `Corroboration.rivals`
holds so that the fact can be shown disputed with every span. A funding round, a partnership or
an appointment may happen again: reports with disjoint spans are different events.

Everything here is a pure function of the reports a query admits on the knowledge axes (known at,
up to sequence), never of the valid time asked about, so narrowing uses only the sources known
at the query's known-at date and does not depend on the order the reports were recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from timeline.time.span import Precision, Span
from timeline.vocabulary.events import FactCorrected, Reported
from timeline.vocabulary.identity import ONCE, identity_key

__all__ = [
    "ONCE",
    "Corroboration",
    "Report",
    "corroborate",
    "identity_key",
    "intersection",
    "same_event",
]


def same_event(a: Reported, b: Reported) -> bool:
    """Whether two reports are of the same real-world event: the same `identity_key` (not None)
    and spans that share at least one day (`a.when`, `b.when`, as corrected if they were).

    Reports that differ in a key field (another product, another amount, another round, another
    party) or whose spans are disjoint (two rounds months apart; an appointment and a later
    re-appointment) are different events, or, for the types in `ONCE`, a conflict.
    """
    key = identity_key(a)
    return key is not None and key == identity_key(b) and a.when.overlaps(b.when)


@attrs.frozen(kw_only=True)
class Report:
    """One report as a query sees it: its sequence number, the event, its own span (after the
    corrections applied to it) and those corrections.
    """

    seq: int
    event: Reported
    when: Span
    corrections: tuple[tuple[int, FactCorrected], ...] = ()

    @property
    def order(self) -> tuple[dt.date, int, int, str]:
        """Earliest report first: by publication, then span, then event id (a content id, so
        the order does not depend on the order of recording).
        """
        return (self.event.known_since, self.when.start_key, self.when.end_key, self.event.id)


@attrs.frozen(kw_only=True)
class Corroboration:
    """The reports of one event: earliest first, the span they narrow it to, which reports
    bound that span, and (for an event in `ONCE`) the reports that date it elsewhere.
    """

    key: tuple[str, ...]
    reports: tuple[Report, ...]
    when: Span
    narrowed_by: tuple[str, ...] = ()
    rivals: tuple[Report, ...] = ()

    @property
    def earliest(self) -> Report:
        """The first report of the event: the one whose words its facts are given in."""
        return self.reports[0]


def intersection(spans: Iterable[Span]) -> Span:
    """The days every one of `spans` holds (they must share one): when one of the spans is
    exactly that interval, that span itself, with its words; otherwise a span over it, at the
    finest precision of the spans that bound it, with their words joined by " & ".
    """
    given = sorted(spans, key=Span.sort_key)
    start = max(given, key=lambda s: s.start_key)
    end = min(given, key=lambda s: s.end_key)
    if not start.start_key < end.end_key:
        raise ValueError("the spans share no day")
    for span in given:
        if span.start_key == start.start_key and span.end_key == end.end_key:
            return span
    bounds = (start, end)
    words = dict.fromkeys(s.text for s in bounds if s.text)
    langs = {s.lang for s in bounds}
    return Span(
        start.start,
        end.end,
        min((s.precision for s in bounds), key=lambda p: p.rank)
        if start.start is not None and end.end is not None
        else Precision.UNKNOWN,
        approximate=any(s.approximate for s in bounds),
        text=" & ".join(words),
        lang=langs.pop() if len(langs) == 1 else None,
    )


def corroborate(reports: Iterable[Report]) -> dict[str, Corroboration]:
    """Group reports of the same event, by event id: those with the same `identity_key` whose
    spans share a day. Reports without an identity are left out.

    Within a key, reports are taken by span start (then end, publication, id), and each joins
    the current group while it shares a day with all of the group's reports, else starts the
    next: the fewest groups each of which has a day in common (interval stabbing), found
    whatever the order the reports were recorded in.
    """
    by_key: dict[tuple[str, ...], list[Report]] = {}
    for report in reports:
        key = identity_key(report.event)
        if key is not None:
            by_key.setdefault(key, []).append(report)
    out: dict[str, Corroboration] = {}
    for key, held in by_key.items():
        held.sort(key=lambda r: (r.when.start_key, r.when.end_key, *r.order))
        groups: list[list[Report]] = []
        end = 0
        for report in held:
            if groups and report.when.start_key < end:
                groups[-1].append(report)
                end = min(end, report.when.end_key)
            else:
                groups.append([report])
                end = report.when.end_key
        once = type(held[0].event) in ONCE
        for group in groups:
            rivals = (
                tuple(sorted((r for g in groups if g is not group for r in g), key=_order))
                if once
                else ()
            )
            found = _corroboration(key, group, rivals)
            for report in group:
                out[report.event.id] = found
    return out


def _order(report: Report) -> tuple[dt.date, int, int, str]:
    return report.order


def _corroboration(
    key: tuple[str, ...], group: list[Report], rivals: tuple[Report, ...]
) -> Corroboration:
    """The corroboration of one group: its narrowed span, and the reports that bound it where
    another report of the group was wider.
    """
    spans = [r.when for r in group]
    when = intersection(spans)
    narrowed_by = tuple(
        sorted(
            r.event.id
            for r in group
            if (
                r.when.start_key == when.start_key
                and any(s.start_key < when.start_key for s in spans)
            )
            or (r.when.end_key == when.end_key and any(s.end_key > when.end_key for s in spans))
        )
    )
    return Corroboration(
        key=key,
        reports=tuple(sorted(group, key=_order)),
        when=when,
        narrowed_by=narrowed_by,
        rivals=rivals,
    )
