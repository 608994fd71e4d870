"""Which reported events a query admits, in replay order, with retractions and corrections
applied as of the query's publication and recording time.

A retraction or a correction is a later source's word on an earlier event. It acts on the
knowledge axes only: once it is known (and recorded), the retracted event is gone and the
corrected event carries its new value or span, whatever the valid time asked about; before
that, answers are unchanged.

A retraction may name a correction or another retraction: the correction no longer applies,
the retraction no longer withdraws (its event is back). An event is withdrawn when some
retraction of it is not withdrawn itself. (Content ids make a cycle of retractions impossible:
each would have to hash the other's id. A forged cycle ends where the question started.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from timeline.log.records import LogRecord
from timeline.projections.axes import Axes, Certainty
from timeline.time.span import Precision, Span
from timeline.vocabulary.events import Change, EventRetracted, FactCorrected, Names, Reported

__all__ = ["Entry", "admitted"]


@attrs.frozen
class Entry:
    """A reported event as a query sees it: its span after corrections, and its certainty."""

    seq: int
    event: Reported
    when: Span
    certainty: Certainty
    corrections: tuple[tuple[int, FactCorrected], ...] = ()

    def changes(self, name: Names) -> tuple[Change, ...]:
        """The event's changes, with corrected values in place of the original ones."""
        event = (
            self.event if self.when == self.event.when else attrs.evolve(self.event, when=self.when)
        )
        out = []
        for change in event.changes(name):
            for _, fix in self.corrections:
                if fix.attribute == change.attribute and fix.value is not None:
                    change = attrs.evolve(change, value=fix.value)
            out.append(change)
        return tuple(out)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """The replay order: span start, span end, sequence number."""
        return (self.when.start_key, self.when.end_key, self.seq)


def admitted(records: Iterable[LogRecord], axes: Axes) -> list[Entry]:
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
    out = []
    for seq, event in known:
        if withdrawn(event.id):
            continue
        own = tuple(fix for fix in fixes.get(event.id, ()) if not withdrawn(fix[1].id))
        when = event.when
        for _, fix in own:
            if not _is_unknown(fix.when):
                when = fix.when
        certainty = axes.certainty(when)
        if certainty is not None:
            out.append(Entry(seq, event, when, certainty, own))
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
