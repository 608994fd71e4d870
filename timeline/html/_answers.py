"""The answers a page embeds: the engine's own `state`, asked at every slider position where an
answer can change, so that the page replays the engine and never re-implements its rules.

Along *as of*, the answer for day D depends only on which spans have started by D (a fact
becomes possible) and which have ended by D (it becomes definite): the change points are every
span's first and last day. Along *known at*, it depends only on which sources were published by
D: the change points are the publication days. Each axis also has a position before every
change point and the position "everything" (no limit), at the end.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import orjson

from timeline.api import Timeline
from timeline.cli._json import state_json
from timeline.time.span import Span
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
    reported = [r.event for r in tl.records() if isinstance(r.event, Reported)]
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
    facts: dict[bytes, int] = {}
    found: dict[tuple[int, ...], int] = {}
    grid: list[tuple[int, ...]] = []
    header: dict[str, Any] = {}
    for a in as_of.positions:
        row = []
        for k in known_at.positions:
            state = state_json(tl.state(entity, _day(a), known_at=_day(k)))
            header = state["entity"]
            ids = tuple(facts.setdefault(_key(f), len(facts)) for f in state["facts"])
            row.append(found.setdefault(ids, len(found)))
        grid.append(tuple(row))
    return Answers(
        entity=header,
        as_of=as_of,
        known_at=known_at,
        facts=tuple(json.loads(f) for f in facts),
        answers=tuple(found),
        grid=tuple(grid),
    )


def _key(fact: dict[str, Any]) -> bytes:
    """`fact` as canonical JSON, to hold each distinct fact once (orjson: a page of 2,000
    facts asks for millions of these; json, for an integer beyond orjson's 64 bits).
    """
    try:
        return orjson.dumps(fact, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return json.dumps(fact, sort_keys=True).encode("utf-8")


def _day(day: dt.date | None) -> Span | None:
    return None if day is None else Span.day(day)
