"""What every proposal must pass before it reaches a draft, whatever extractor made it.

An `Extractor` proposes draft events for an article; `grounded` keeps those that are
anchored in the text and in the engine's own rules, and says why it dropped the others:

- the quote is the text at the event's offset, exactly;
- date words (`when`, and the typed `target` of a plan or `period` of results) are words of
  the text and resolve with the engine's normaliser in the tense the seed file will read them
  in (a past period, a future target, the event's own tense for `when`); a plan's `when` is
  not after the publication day;
- every entity the event names (its `entities` and the fields of its type's roles) is
  declared by the draft.

A date that fails is taken off (an event without `when` is still an event, anchored on the
publication day); a quote or an entity that fails drops the event. `review` then says what a
reviewer should look at first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Protocol

import attrs

from timeline.errors import DateError
from timeline.extract._seedfile import Draft, DraftEvent, confidence
from timeline.extract._text import fold, sentences
from timeline.extract.cues import COMPANY_NEWS, find_cues
from timeline.log.touched import ROLES
from timeline.projections.catalogue import Catalogue
from timeline.time.normalize import Tense, resolve

__all__ = ["Extractor", "Grounded", "confidence", "grounded", "review"]

_DATE_FIELDS = {
    "results_reported": ("period", Tense.PAST),
    "plan_announced": ("target", Tense.FUTURE),
}


class Extractor(Protocol):
    """Proposes the draft of an article; `timeline.extract.draft.Analysed` is one."""

    @property
    def name(self) -> str:
        """A short name for messages and benchmarks."""
        ...

    def propose(
        self,
        text: str,
        *,
        published: dt.date,
        lang: str,
        source_id: str,
        text_path: str,
        catalogue: Catalogue | None = None,
    ) -> Draft:
        """The draft of `text`, before grounding."""
        ...


@attrs.frozen
class Grounded:
    """A draft whose events passed the checks, and one line per event dropped or changed."""

    draft: Draft
    problems: tuple[str, ...]


def grounded(result: Draft, published: dt.date, lang: str) -> Grounded:
    """`result` with only the events that pass the module's checks."""
    text = result.text
    declared = {e.id for e in result.entities}
    kept: list[DraftEvent] = []
    problems: list[str] = []
    for event in result.events:
        where = f"event at offset {event.start} ({event.type})"
        if text[event.start : event.start + len(event.quote)] != event.quote or not event.quote:
            problems.append(f"{where}: dropped, its quote is not the text at its offset")
            continue
        missing = [i for i in _named(event) if i not in declared]
        if missing:
            problems.append(f"{where}: dropped, entity {missing[0]!r} is not declared")
            continue
        event = _dated(event, text, published, lang, where, problems)
        kept.append(event)
    used = {i for e in kept for i in _named(e)}
    entities = tuple(e for e in result.entities if e.id in used)
    return Grounded(attrs.evolve(result, events=tuple(kept), entities=entities), tuple(problems))


def _named(event: DraftEvent) -> list[str]:
    out = list(event.entities)
    for role in ROLES.get(event.type, ()):
        value = event.fields.get(role)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out.extend(v for v in value if isinstance(v, str))
    return out


def _resolves(words: str, text: str, published: dt.date, lang: str, tense: Tense) -> bool:
    if not words or words not in text:
        return False
    try:
        resolve(words, published, lang=lang, tense=tense)
    except DateError:
        return False
    return True


def _dated(
    event: DraftEvent, text: str, published: dt.date, lang: str, where: str, problems: list[str]
) -> DraftEvent:
    if event.when is not None and not _resolves(event.when, text, published, lang, event.tense):
        problems.append(f"{where}: date words {event.when!r} taken off, they do not resolve")
        event = attrs.evolve(event, when=None, anchor=None, tense=Tense.PAST)
    if event.type == "plan_announced" and event.when is not None:
        span = resolve(event.when, published, lang=lang, tense=event.tense)
        if span.end_key > published.toordinal() + 1:
            problems.append(
                f"{where}: date words {event.when!r} taken off, a plan is dated by its day"
            )
            event = attrs.evolve(event, when=None, anchor=None, tense=Tense.PAST)
    key, tense = _DATE_FIELDS.get(event.type, ("", Tense.PAST))
    words = event.fields.get(key) if key else None
    if isinstance(words, str) and not _resolves(words, text, published, lang, tense):
        problems.append(f"{where}: {key} {words!r} taken off, it does not resolve")
        fields: dict[str, Any] = {k: v for k, v in event.fields.items() if k != key}
        if event.type == "results_reported":
            fields = {
                "entity": event.fields["organization"],
                "attribute": "results",
                "value": event.quote,
            }
            return attrs.evolve(event, type="fact_asserted", fields=fields)
        event = attrs.evolve(event, fields=fields)
    return event


def review(result: Draft, lang: str, problems: Sequence[str] = ()) -> list[str]:
    """What a reviewer should look at first: the events drafted with low confidence (the
    general `fact_asserted` fallback, a plan without a target), the sentences that have a word
    of company news but gave no event, and the grounding problems.
    """
    text = result.text
    lines = [f"{len(result.events)} draft events: " + _by_type(result.events)]
    unsure = [e for e in result.events if confidence(e) == "low"]
    for e in unsure:
        lines.append(f"unsure ({e.type}): {_clip(e.quote)}")
    covered = [(e.start, e.start + len(e.quote)) for e in result.events]
    folded = fold(text)
    for s in sentences(text):
        if any(a < s.end and s.start < b for a, b in covered):
            continue
        cues = [c for c in find_cues(folded, lang, s.start, s.end) if c.kind in COMPANY_NEWS]
        if cues:
            lines.append(f"left out ({cues[0].kind.value}): {_clip(text[s.start : s.end])}")
    lines.extend(problems)
    return lines


def _by_type(events: Sequence[DraftEvent]) -> str:
    counts: dict[str, int] = {}
    for e in events:
        counts[e.type] = counts.get(e.type, 0) + 1
    return ", ".join(f"{n} {t}" for t, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def _clip(text: str, size: int = 100) -> str:
    one = " ".join(text.split())
    return one if len(one) <= size else one[: size - 3] + "..."
