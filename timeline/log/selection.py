"""Which records an as-of answer of one entity needs: the selection rule, written once.

An answer about entity E along the axes (valid time `as_of`, knowledge `known_at`, log time
`upto_seq`) is the fold of `admitted` and `fold_state` over the records; it needs only these:

1. **Filing.** Each reported event is filed (`filing`) under every entity it touches
   (`Reported.touches()`: its `entities`, role fields, the entities it changes and owns), with
   its span's start and end day ordinals; under its `identity_key` (the reports that may be
   of one real-world event), noting whether its type happens once (`corroboration.ONCE`);
   under the event it corrects or retracts, if any (`target`); and with the (owner, owned)
   pairs it establishes (`owns()`). Other events (registrations, merges) are not filed.
2. **The entity and what it owns.** The candidates are the events filed under E or under
   anything E owns (in any record), recorded at or before `upto_seq` (the log-time cut-off).
3. **The valid-time cut-off.** `limit` is the day an event must start before to be admitted
   as of the date (every day with no `as_of`). A candidate is chosen when it starts before
   `limit`; or when it is corrected, by a correction recorded by `upto_seq` (a correction may
   move its span to any day); or when it starts before the `later_bound` of its identity key
   (a later report that may narrow or dispute one that starts before `limit`).
4. **The closure over corrections and retractions.** The corrections and retractions naming a
   chosen event, recorded by `upto_seq`, are chosen, and those naming these, and so on.
5. The knowledge axis (`known_at`) selects nothing: the folds apply it to what is chosen.

More records than these change no answer (the folds decide again on whatever they are given),
so a store may select a superset; the in-memory index (`Filings`) selects exactly these, and
SQLite's `select` is held to `Filings` by `tests/test_selection.py`. Merged entities are read
by `Timeline` as the union of their members' selections (`projections.identities`). The
streamed full read keeps, in one pass, the events filed under E and what it owns (the rule
with no valid-time cut-off) and takes their corrections by the same `closure`. The audit of a
store's index (`log.audit`) checks that each record is filed as `filing` says.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable
from typing import NamedTuple, TypeVar

from timeline.log.records import LogRecord
from timeline.log.touched import target
from timeline.vocabulary.events import Event, Reported
from timeline.vocabulary.identity import ONCE, identity_key

__all__ = [
    "ALWAYS",
    "NEVER",
    "Filing",
    "Filings",
    "closure",
    "filing",
    "identity",
    "later_bound",
]

ALWAYS = 1 << 62
"""A day after every day a span may start on (`Span.start_key` <= `date.max`)."""
NEVER = -(1 << 62)
"""A day before every day a span may start on."""

_K = TypeVar("_K", bound=Hashable)


class Filing(NamedTuple):
    """What the selection reads of one record of a reported event (rule 1).

    A named tuple rather than an attrs value: one is made for every record each append and
    each index build files, where an attrs instance costs three times as much.
    """

    seq: int
    event_id: str
    touches: Collection[str]
    start: int
    end: int
    key: tuple[str, ...] | None
    """The event's `identity_key`, None when its type has none."""
    once: bool
    """Whether its type happens once for its key (`corroboration.ONCE`)."""
    target: tuple[str, bool] | None
    """(the id it corrects or retracts, whether it corrects), None for other events."""
    owns: tuple[tuple[str, str], ...]


def identity(event: Event) -> tuple[tuple[str, ...], bool] | None:
    """The `identity_key` of a reported event and whether its type happens once; None for an
    event without an identity.
    """
    if not isinstance(event, Reported):
        return None
    key = identity_key(event)
    return None if key is None else (key, type(event) in ONCE)


def filing(record: LogRecord, touches: Collection[str] | None = None) -> Filing | None:
    """How `record` is filed, None when its event is not a reported one. `touches`, when given,
    are the entities read from the record's JSON (`keys.raw_touched`, the same set), so that
    a writer that has them does not ask the event again.
    """
    event = record.event
    if not isinstance(event, Reported):
        return None
    found = identity(event)
    when = event.when
    return Filing(  # positional: the cheapest way to make one
        record.seq,
        event.id,
        event.touches() if touches is None else touches,
        when.start_key,
        when.end_key,
        None if found is None else found[0],
        found is not None and found[1],
        target(event),
        event.owns(),
    )


def later_bound(same_key: Iterable[tuple[int, int, bool]], *, once: bool, limit: int) -> int:
    """The day before which a report must start, if it starts on or after `limit` and is not
    corrected, for an answer before day `limit` to need it, given `same_key`: the (start,
    end, corrected) of the reports with its `identity_key` recorded up to the query's
    sequence. The greatest of: every day (`ALWAYS`) for a corrected report, or for one that
    starts before `limit` when the type is in `corroboration.ONCE`; the end of a report that
    starts before `limit`; no day at all (`NEVER`) when there is none of these.

    Why this is enough (`corroboration.corroborate`): within a key, reports are grouped in a
    sweep by span start, so every report starting before `limit` is placed before any that
    starts later, and those groups do not depend on the later ones. A later report can only
    join the group still open when the sweep reaches `limit`, and joins it only if it starts
    before the end of every report in it (so of some report starting before `limit`); the
    group's span then starts on or after `limit`, and none of its reports is admitted. A
    group of later reports alone starts on or after `limit`: not admitted either. So, for a
    type that may happen again, an answer depends on the later reports only through whether
    one of them starts before the end of an earlier one, and such a report is needed. For a
    type in `ONCE`, each group lists the reports of the other groups as its rivals (a
    disputed date): every report of the key is needed once some report of it may be
    admitted, that is once one starts before `limit`. A corrected report may have any span
    (which correction applies depends on the knowledge axes), so it counts as one that
    starts before `limit` and ends after every day. More reports than needed change no
    answer: the folds decide again on whatever they are given (and so on whatever reports of
    the key the knowledge axes admit, a subset of these).
    """
    bound = NEVER
    for first, last, corrected in same_key:
        if corrected or (first < limit and once):
            return ALWAYS
        if first < limit:
            bound = max(bound, last)
    return bound


def closure(chosen: Iterable[_K], naming: Callable[[_K], Iterable[_K]]) -> set[_K]:
    """`chosen` and the corrections and retractions naming them, and those naming these, ...
    (rule 4): `naming(k)` gives the records that name the event of record `k` (recorded by the
    query's `upto_seq`).
    """
    found = set(chosen)
    todo = list(found)
    while todo:
        for other in naming(todo.pop()):
            if other not in found:
                found.add(other)
                todo.append(other)
    return found


class Filings:
    """The filings of the records folded in so far (`upto` is the last sequence number), and
    the selection they answer: the rule, in memory.
    """

    def __init__(self) -> None:
        self.upto = 0
        self._by_entity: dict[str, list[tuple[int, int]]] = {}
        self._owns: dict[str, set[str]] = {}
        self._targets: dict[str, list[tuple[int, bool]]] = {}
        self._ids: dict[int, str] = {}
        self._keys: dict[int, tuple[str, ...]] = {}
        self._by_key: dict[tuple[str, ...], list[tuple[int, int, int]]] = {}
        self._once: set[tuple[str, ...]] = set()

    def extend(self, records: Iterable[LogRecord]) -> Filings:
        """Fold in the records after `upto` (earlier ones are skipped), each filed as `filing`
        says (rule 1); returns these filings.
        """
        by_entity, by_key, targets, owns = self._by_entity, self._by_key, self._targets, self._owns
        for record in records:
            if record.seq <= self.upto:
                continue
            self.upto = record.seq
            filed = filing(record)
            if filed is None:
                continue
            seq, event_id, touches, start, end, key, once, named, pairs = filed
            self._ids[seq] = event_id
            for entity in touches:
                by_entity.setdefault(entity, []).append((start, seq))
            if key is not None:
                self._keys[seq] = key
                by_key.setdefault(key, []).append((seq, start, end))
                if once:
                    self._once.add(key)
            if named is not None:
                targets.setdefault(named[0], []).append((seq, named[1]))
            for owner, owned in pairs:
                owns.setdefault(owner, set()).add(owned)
        return self

    def owned_by(self, entity: str) -> set[str]:
        """What `entity` owns, in any record folded in."""
        return set(self._owns.get(entity, ()))

    def select(self, entity: str, *, limit: int = ALWAYS, upto: int | None = None) -> list[int]:
        """The sequence numbers, in order, of the records an answer about `entity` needs
        (rules 2 to 4), for events starting before day `limit`, in the log up to `upto`.
        """
        upto = self.upto if upto is None else min(upto, self.upto)
        bounds: dict[tuple[str, ...], int] = {}
        chosen: set[int] = set()
        for name in {entity, *self._owns.get(entity, ())}:
            for start, seq in self._by_entity.get(name, ()):
                if seq > upto or seq in chosen:
                    continue
                if (
                    start < limit
                    or self._corrected(self._ids[seq], upto)
                    or start < self._bound(seq, bounds, limit, upto)
                ):
                    chosen.add(seq)

        def naming(seq: int) -> Iterable[int]:
            return (s for s, _ in self._targets.get(self._ids[seq], ()) if s <= upto)

        return sorted(closure(chosen, naming))

    def _corrected(self, event_id: str, upto: int) -> bool:
        return any(fix and seq <= upto for seq, fix in self._targets.get(event_id, ()))

    def _bound(self, seq: int, bounds: dict[tuple[str, ...], int], limit: int, upto: int) -> int:
        """`later_bound` for the key of the report at `seq` (`NEVER` if it has none), kept
        in `bounds` for the other reports of the key.
        """
        key = self._keys.get(seq)
        if key is None:
            return NEVER
        if key not in bounds:
            same = (
                (first, last, self._corrected(self._ids[other], upto))
                for other, first, last in self._by_key[key]
                if other <= upto
            )
            bounds[key] = later_bound(same, once=key in self._once, limit=limit)
        return bounds[key]
