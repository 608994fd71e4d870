"""Answers as JSON: the shapes `timeline ... --json` prints, for library users too
(documented in the README; extra keys may be added).

    >>> from timeline import Timeline, as_json
    >>> as_json(Timeline.open("events/acme.jsonl").state("acme-corp", as_of="2024-03"))

`as_json` takes any answer (`State`, `Diff`, `Explanation`, a replay `Step`, a `Span`, a
`LogRecord`, an `Entity`); the functions named after each shape are what it calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

from timeline.converter import unstructure_event
from timeline.log.records import LogRecord
from timeline.projections.state import Fact, State
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import Reported, involved

if TYPE_CHECKING:
    from timeline.projections import Diff, Explanation, Step, Withdrawal

Answer: TypeAlias = "State | Diff | Explanation | Step | Span | LogRecord | Entity"
"""What `as_json` takes (a diff, an explanation and a step are imported only to check one)."""


def as_json(answer: Answer) -> dict[str, Any]:
    """The JSON object of an answer, as the command line prints it (a `Span` as `when`
    prints it, an `Entity` as an item of the list `entities --json` prints).
    """
    if isinstance(answer, State):
        return state_json(answer)
    if isinstance(answer, Span):
        return when_json(answer)
    if isinstance(answer, LogRecord):
        return record_json(answer)
    if isinstance(answer, Entity):
        return entity_json(answer)
    from timeline.projections import Diff, Explanation, Step

    if isinstance(answer, Diff):
        return diff_json(answer)
    if isinstance(answer, Explanation):
        return why_json(answer)
    if isinstance(answer, Step):
        return step_json(answer)
    raise TypeError(f"not an answer: {type(answer).__name__}")


def entity_json(entity: Entity, merged_into: str | None = None) -> dict[str, Any]:
    """One item of `timeline entities --json`; `merged_into` when the entity is merged."""
    found: dict[str, Any] = {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
    }
    if merged_into is not None:
        found["merged_into"] = merged_into
    return found


__all__ = [
    "as_json",
    "diff_json",
    "entity_json",
    "involved",
    "record_json",
    "span_json",
    "state_json",
    "step_json",
    "when_json",
    "why_json",
]


def span_json(span: Span | None) -> dict[str, Any] | None:
    """`{"start", "end", "text", "precision"}`, ISO dates, `end` exclusive, null when open."""
    if span is None:
        return None
    return {
        "start": None if span.start is None else span.start.isoformat(),
        "end": None if span.end is None else span.end.isoformat(),
        "text": span.text,
        "precision": span.precision.value,
        "approximate": span.approximate,
    }


def when_json(span: Span) -> dict[str, Any]:
    """The output of `timeline when --json`."""
    out = span_json(span)
    assert out is not None
    out["lang"] = span.lang
    out["label"] = span.label()
    return out


def corroboration_json(fact: Fact) -> dict[str, Any]:
    """How many sources report a fact, the earliest, and which narrowed its span."""
    earliest = fact.earliest
    return {
        "sources": len(fact.documents),
        "reports": sum(not s.rival for s in fact.sources),
        "earliest": {
            "document": earliest.document,
            "published": earliest.published.isoformat(),
            "event": earliest.event,
        },
        "narrowed_by": [s.event for s in fact.narrowed_by],
        "conflict": any(s.rival for s in fact.sources),
    }


def fact_json(fact: Fact) -> dict[str, Any]:
    """One fact with its certainty, span and sources (each with its own span), and how it is
    corroborated.
    """
    return {
        "attribute": fact.attribute,
        "value": fact.value,
        "certainty": fact.certainty.value,
        "single": fact.single,
        "disputed": fact.disputed,
        "when": span_json(fact.when),
        "sources": [
            {
                "document": s.document,
                "quote": s.quote,
                "published": s.published.isoformat(),
                "event": s.event,
                "seq": s.seq,
                "when": span_json(s.when),
                "narrowed": s.narrowed,
                "rival": s.rival,
            }
            for s in fact.sources
        ],
        "corroboration": corroboration_json(fact),
    }


def state_json(state: State) -> dict[str, Any]:
    """The output of `timeline state --json`."""
    axes = state.axes
    return {
        "entity": {"id": state.entity.id, "name": state.entity.name, "kind": state.entity.kind},
        "as_of": span_json(axes.as_of) or {"start": None, "end": None},
        "known_at": span_json(axes.known_at),
        "upto_seq": axes.upto_seq,
        "facts": [fact_json(f) for f in state.facts],
    }


def record_json(record: LogRecord) -> dict[str, Any]:
    """One line of `timeline log --json`: the record's summary keys and the whole event."""
    event = record.event
    when = event.when if isinstance(event, Reported) else None
    return {
        "seq": record.seq,
        "id": event.id,
        "type": event.TYPE,
        "entities": involved(event),
        "when": span_json(when),
        "recorded_at": record.recorded_at.isoformat(),
        "schema": record.schema,
        "hash": record.hash,
        "event": unstructure_event(event),
    }


def step_json(step: Step) -> dict[str, Any]:
    """One line of `timeline replay --json`: the event and the facts it changes."""
    entry = step.entry
    return {
        "seq": entry.seq,
        "id": entry.event.id,
        "type": entry.event.TYPE,
        "entities": list(entry.event.entities),
        "when": span_json(entry.when),
        "certainty": entry.certainty.value,
        "changes": [
            {
                "op": e.op.name.lower(),
                "entity": e.change.entity,
                "attribute": e.change.attribute,
                "value": e.change.value,
                "previous": e.previous,
            }
            for e in step.effects
        ],
        "event": unstructure_event(entry.event),
    }


def why_json(why: Explanation) -> dict[str, Any]:
    """The output of `timeline why --json`."""

    def withdrawal(w: Withdrawal) -> dict[str, Any]:
        return {
            "event": w.event.id,
            "seq": w.seq,
            "quote": w.event.source.quote,
            "document": w.event.source.document,
            "by": {
                "event": w.by.id,
                "seq": w.by_seq,
                "type": w.by.TYPE,
                "document": w.by.source.document,
                "quote": w.by.source.quote,
                "published": w.by.known_since.isoformat(),
            },
        }

    return {
        "entity": {"id": why.entity.id, "name": why.entity.name},
        "attribute": why.attribute,
        "as_of": span_json(why.axes.as_of),
        "known_at": span_json(why.axes.known_at),
        "upto_seq": why.axes.upto_seq,
        "facts": [fact_json(f) for f in why.current],
        "superseded": [fact_json(f) for f in why.superseded],
        "retracted": [withdrawal(w) for w in why.retracted],
        "corrected": [withdrawal(w) for w in why.corrected],
    }


def diff_json(diff: Diff) -> dict[str, Any]:
    """The output of `timeline diff --json`."""
    return {
        "entity": {"id": diff.after.entity.id, "name": diff.after.entity.name},
        "from": span_json(diff.before.axes.as_of),
        "to": span_json(diff.after.axes.as_of),
        "added": [fact_json(f) for f in diff.added],
        "removed": [fact_json(f) for f in diff.removed],
        "firmed": [fact_json(f) for f in diff.firmed],
    }
