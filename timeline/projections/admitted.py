"""Which reported events a query admits, in replay order, with retractions and corrections
applied as of the query's publication and recording time.

A retraction or a correction is a later source's word on an earlier event. It acts on the
knowledge axes only: once it is known (and recorded), the retracted event is gone and the
corrected event carries its new value or span, whatever the valid time asked about; before
that, answers are unchanged.

Reports of the same real-world event are corroborated (`corroboration.corroborate`) among the
events admitted on the knowledge axes, before valid time is looked at: each report's span is
the intersection of the spans of its event's reports, and its certainty is judged on that.

A retraction may name a correction or another retraction: the correction no longer applies,
the retraction no longer withdraws (its event is back). An event is withdrawn when some
retraction of it is not withdrawn itself. (Content ids make a cycle of retractions impossible:
each would have to hash the other's id. A forged cycle ends where the question started.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from timeline.projections.axes import Axes, Certainty
from timeline.projections.corroboration import Corroboration, Report, corroborate
from timeline.time.span import Precision, Span
from timeline.vocabulary.events import Change, EventRetracted, FactCorrected, Names, Reported
from timeline.vocabulary.recorded import Recorded

__all__ = ["Entry", "admitted"]


@attrs.frozen
class Entry:
    """A reported event as a query sees it: its span after corrections and corroboration, and
    its certainty. `corroboration`, for an event with an identity (`identity_key`), holds all
    the reports of the same event that the query knows, and the span they narrow it to.
    """

    seq: int
    event: Reported
    when: Span
    certainty: Certainty
    corrections: tuple[tuple[int, FactCorrected], ...] = ()
    corroboration: Corroboration | None = None

    def changes(self, name: Names) -> tuple[Change, ...]:
        """The event's changes, with corrected values in place of the original ones; a report
        corroborating an earlier one gives the facts in the earliest report's words wherever
        both set one value of an attribute (free-text detail does not make another fact).
        """
        own = _changes(self.event, self.when, self.corrections, name)
        found = self.corroboration
        if found is None or found.earliest.event.id == self.event.id:
            return own
        first = found.earliest
        return _in_words_of(own, _changes(first.event, self.when, first.corrections, name))

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """The replay order: span start, span end, sequence number."""
        return (self.when.start_key, self.when.end_key, self.seq)


def _changes(
    event: Reported,
    when: Span,
    corrections: tuple[tuple[int, FactCorrected], ...],
    name: Names,
) -> tuple[Change, ...]:
    """The changes of `event` dated `when`, with the values its corrections give."""
    event = event if when == event.when else attrs.evolve(event, when=when)
    out = []
    for change in event.changes(name):
        for _, fix in corrections:
            if fix.attribute == change.attribute and fix.value is not None:
                change = attrs.evolve(change, value=fix.value)
        out.append(change)
    return tuple(out)


def _in_words_of(own: tuple[Change, ...], first: tuple[Change, ...]) -> tuple[Change, ...]:
    """`own` in the words of `first`, the changes of the earliest report of the same event:
    change for change when both change the same entities in the same order (so that a
    product filed under another line, or a role written in other case, is still one fact);
    else the value of `first` for each (entity, attribute) both set exactly once.
    """
    if len(own) == len(first) and all(
        (a.entity, a.single) == (b.entity, b.single) for a, b in zip(own, first, strict=True)
    ):
        return first

    def once(changes: tuple[Change, ...]) -> dict[tuple[str, str], Change]:
        seen: dict[tuple[str, str], list[Change]] = {}
        for c in changes:
            seen.setdefault((c.entity, c.attribute), []).append(c)
        return {k: v[0] for k, v in seen.items() if len(v) == 1}

    theirs, mine = once(first), once(own)
    return tuple(
        attrs.evolve(c, value=theirs[key].value)
        if (key := (c.entity, c.attribute)) in mine and key in theirs
        else c
        for c in own
    )


def admitted(records: Iterable[Recorded], axes: Axes) -> list[Entry]:
    """The reported events `axes` admit, sorted in replay order."""
    known: list[tuple[int, Reported]] = []
    retractions: dict[str, list[str]] = {}
    fixes: dict[str, list[tuple[int, FactCorrected]]] = {}
    for record in records:
        if not axes.recorded(record):
            break
        event = record.event
        if not isinstance(event, Reported) or not axes.known(event.known_since.toordinal()):
            continue
        if isinstance(event, EventRetracted):
            retractions.setdefault(event.retracts, []).append(event.id)
        elif isinstance(event, FactCorrected):
            fixes.setdefault(event.corrects, []).append((record.seq, event))
        known.append((record.seq, event))
    withdrawn = _withdrawn(retractions)
    reports = []
    for seq, event in known:
        if withdrawn(event.id):
            continue
        own = tuple(fix for fix in fixes.get(event.id, ()) if not withdrawn(fix[1].id))
        when = event.when
        for _, fix in own:
            if not _is_unknown(fix.when):
                when = fix.when
        reports.append(Report(seq=seq, event=event, when=when, corrections=own))
    corroborated = corroborate(reports)
    out = []
    for report in reports:
        found = corroborated.get(report.event.id)
        when = report.when if found is None else found.when
        certainty = axes.certainty(when)
        if certainty is not None:
            out.append(Entry(report.seq, report.event, when, certainty, report.corrections, found))
    out.sort(key=lambda e: e.sort_key)
    return out


def _withdrawn(retractions: dict[str, list[str]]) -> Callable[[str], bool]:
    """Whether an event id is withdrawn: some retraction naming it is not withdrawn itself."""
    memo: dict[str, bool] = {}

    def withdrawn(event_id: str) -> bool:
        if event_id not in retractions:
            return False
        if event_id not in memo:
            memo[event_id] = False  # while deciding: a forged cycle stops here
            memo[event_id] = any(not withdrawn(r) for r in retractions[event_id])
        return memo[event_id]

    return withdrawn


def _is_unknown(span: Span) -> bool:
    return span.start is None and span.end is None and span.precision is Precision.UNKNOWN
