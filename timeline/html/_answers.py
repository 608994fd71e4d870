"""The answers a page embeds: the engine's own `state`, asked at every slider position where an
answer can change, so that the page replays the engine and never re-implements its rules.

Along *as of*, the answer for day D depends only on which spans have started by D (a fact
becomes possible) and which have ended by D (it becomes definite): the change points are every
span's first and last day. Along *known at*, it depends only on which sources were published by
D: the change points are the publication days. Each axis also has a position before every
change point and the position "everything" (no limit), at the end.

Asking `Timeline.state` at each of up to 121 x 31 positions took minutes for a busy entity, so
the answers are folded from the entity's records, read once, with the engine's own pure
functions (`admitted`, `fold_state`, `Axes.certainty`) and only where something changed:

- *known at* decides which reports are admitted, corrected and corroborated (`admitted`'s
  knowledge axes); *as of* only which of those entries are in and how certain (`admitted`
  applies `Axes.certainty` to each entry's span last, and keeps the replay order). So the
  entries are admitted once per *known at* position, as of everything, and each *as of*
  position takes those whose certainty is not None, with that certainty.
- The fold is split into independent groups of entries: those that give one value of a
  multi-valued attribute; all those of a single-valued attribute (settled together); and all
  those about what the entity owns or about its funding (named after the owned thing, totalled)
  with every attribute they touch. A group is folded again only at a position where one of
  its entries comes in or becomes definite, and the facts are put in the order of the fold as
  of everything (replay order is by span start, so the entries as of any day are a prefix of
  those as of everything: attributes and values first appear in the same order).
- The answer as of everything is also folded whole: if the groups do not give exactly it, or
  a fact has no place in its order, the column is folded whole at every position instead
  (slow, but never another answer).

The split fold, and the facts held once, are in `_split`.

A page of 2,000 facts is written in about 3 seconds this way, against 155 before
(`python3 benchmarks/html_render.py --write-only`), with the same bytes.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from timeline.api import Timeline
from timeline.html._split import Held, Split, entries_as_of
from timeline.log.records import LogRecord
from timeline.projections import Axes, Catalogue, Entry, Fact, admitted, fold_state
from timeline.read.index import AsOfIndex
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import Reported

__all__ = ["MAX_AS_OF", "MAX_KNOWN_AT", "Answers", "Axis", "answers", "change_points"]

MAX_AS_OF = 120
"""At most this many *as of* positions are computed (sampled evenly beyond)."""
MAX_KNOWN_AT = 30
"""At most this many *known at* positions are computed (sampled evenly beyond)."""


@attrs.frozen(kw_only=True)
class Axis:
    """The positions of one slider: days in order, then None for "everything"."""

    days: tuple[dt.date, ...]
    change_points: int
    """How many change points the axis has in all (more than `days` holds when sampled)."""

    @property
    def positions(self) -> tuple[dt.date | None, ...]:
        """The days, then "everything"."""
        return (*self.days, None)

    @property
    def sampled(self) -> bool:
        """True when not every change point got a position."""
        return self.change_points > len(self.days)


@attrs.frozen(kw_only=True)
class Answers:
    """`state --json` at every pair of positions, with each distinct fact and answer held once.

    `grid[i][j]` is the index in `answers` of the answer as of `as_of.positions[i]`, known at
    `known_at.positions[j]`; an answer is the indices of its facts in `facts`.
    """

    entity: dict[str, Any]
    as_of: Axis
    known_at: Axis
    facts: tuple[dict[str, Any], ...]
    answers: tuple[tuple[int, ...], ...]
    grid: tuple[tuple[int, ...], ...]


def change_points(tl: Timeline, entity: str) -> tuple[list[dt.date], list[dt.date]]:
    """The days where an answer about `entity` may change along *as of* (first and last days
    of spans) and along *known at* (publication days), from every reported event about it or
    about what it owns.
    """
    reported = [r.event for r in tl.merged_records() if isinstance(r.event, Reported)]
    about = {entity}
    about |= {thing for e in reported for owner, thing in e.owns() if owner == entity}
    valid: set[dt.date] = set()
    known: set[dt.date] = set()
    for event in reported:
        if about.isdisjoint(event.entities):
            continue
        known.add(event.known_since)
        if event.when.start is not None:
            valid.add(event.when.start)
        if event.when.end is not None:
            valid.add(event.when.end - dt.timedelta(days=1))
    return sorted(valid), sorted(known)


def sample(days: Sequence[dt.date], limit: int, keep: Iterable[dt.date] = ()) -> list[dt.date]:
    """`days` when there are at most `limit`, else `limit` of them spread evenly (the first,
    the last and `keep` among them).
    """
    if len(days) <= limit:
        return list(days)
    step = (len(days) - 1) / (limit - 1)
    chosen = {days[round(i * step)] for i in range(limit)}
    return sorted(chosen | set(keep))


def answers(
    tl: Timeline,
    entity: str,
    as_of_days: Sequence[dt.date],
    known_at_days: Sequence[dt.date],
    *,
    keep: Iterable[dt.date] = (),
) -> Answers:
    """The engine's answers at every pair of positions (each axis capped, see `MAX_AS_OF`)."""
    kept = list(keep)
    as_of = Axis(days=tuple(sample(as_of_days, MAX_AS_OF, kept)), change_points=len(as_of_days))
    known_at = Axis(
        days=tuple(sample(known_at_days, MAX_KNOWN_AT, kept)), change_points=len(known_at_days)
    )
    found = tl.kept_entity(entity)
    catalogue = tl.catalogue
    records = _records_of(tl, found.id)
    held = Held()
    columns = [
        _column(
            admitted(records, Axes(known_at=_day(k))), catalogue, found, k, as_of.positions, held
        )
        for k in known_at.positions
    ]
    return _numbered(
        entity={"id": found.id, "name": found.name, "kind": found.kind},
        as_of=as_of,
        known_at=known_at,
        facts=list(held.facts),
        answers=list(held.answers),
        grid=list(zip(*columns, strict=True)),
    )


def _numbered(
    *,
    entity: dict[str, Any],
    as_of: Axis,
    known_at: Axis,
    facts: Sequence[bytes],
    answers: Sequence[tuple[int, ...]],
    grid: Sequence[tuple[int, ...]],
) -> Answers:
    """The answers with facts and answers numbered in order of first appearance, row by row
    of the grid (as of, then known at), so that a page does not depend on the order in which
    they were computed.
    """
    answer_at: dict[int, int] = {}
    fact_at: dict[int, int] = {}
    for row in grid:
        for a in row:
            if a not in answer_at:
                answer_at[a] = len(answer_at)
                for f in answers[a]:
                    fact_at.setdefault(f, len(fact_at))
    by_answer = sorted(answer_at, key=answer_at.__getitem__)
    return Answers(
        entity=entity,
        as_of=as_of,
        known_at=known_at,
        facts=tuple(json.loads(facts[f]) for f in sorted(fact_at, key=fact_at.__getitem__)),
        answers=tuple(tuple(fact_at[f] for f in answers[a]) for a in by_answer),
        grid=tuple(tuple(answer_at[a] for a in row) for row in grid),
    )


def _records_of(tl: Timeline, entity: str) -> list[LogRecord]:
    """The records any answer about `entity` may need, at any position: those the as-of index
    selects along no limit (every other answer's records are among them, and `admitted` then
    leaves out what an answer does not admit).
    """
    records = tl.merged_records()
    chosen = set(AsOfIndex().extend(records).select(entity, Axes()))
    return [r for r in records if r.seq in chosen]


def _column(
    entries: Sequence[Entry],
    catalogue: Catalogue,
    entity: Entity,
    known_at: dt.date | None,
    positions: Sequence[dt.date | None],
    held: Held,
) -> list[int]:
    """The answer at each *as of* position (in order, "everything" last) for one *known at*
    position, from `entries`: those `admitted` along it as of everything.
    """
    whole = fold_state(entries, catalogue, entity, Axes(known_at=_day(known_at))).facts
    split = Split(entries, catalogue, entity, whole, held)
    column = [split.answer(_axes(a, known_at)) for a in positions]
    last = split.answer(_axes(None, known_at))
    if split.doubtful or last != tuple(held.fact(f) for f in whole):
        folded = _folded_whole(entries, catalogue, entity, known_at, positions)
        column = [tuple(held.fact(f) for f in facts) for facts in folded]
    return [held.answer(ids) for ids in column]


def _folded_whole(
    entries: Sequence[Entry],
    catalogue: Catalogue,
    entity: Entity,
    known_at: dt.date | None,
    positions: Sequence[dt.date | None],
) -> list[list[Fact]]:
    """The column folded whole at every position: what `Split` stands in for, if ever it did
    not give the answer as of everything.
    """
    return [
        list(
            fold_state(entries_as_of(entries, _axes(a, known_at)), catalogue, entity, Axes()).facts
        )
        for a in positions
    ]


def _axes(as_of: dt.date | None, known_at: dt.date | None) -> Axes:
    return Axes(as_of=_day(as_of), known_at=_day(known_at))


def _day(day: dt.date | None) -> Span | None:
    return None if day is None else Span.day(day)
