"""The as-of index and the catalogue snapshot: they choose and cache, the folds stay the same.

A state of one entity as of a date needs only some records (`AsOfIndex.select`, the store's
`select` in SQL, the same rule): the reported events that touch the entity or what it owns and
that start before the as-of date or were corrected (a correction may move the span); the
reports of the same event (`corroboration.identity_key`) that start later but may still change
the answer (`later_bound`); and the corrections and retractions naming any of these.
`AsOfIndex` finds those records; `admitted` and `fold_state` then run on them unchanged, so an
indexed answer is exactly the full replay's.

Both structures are projections keyed by log sequence: built from records up to some `upto`,
they are brought up to date by folding only the records after it (the tail).

A stored snapshot is a copy of what the records say, kept outside the hash chain, so it is
sealed: its first line is the SHA-256 of its JSON and of a seal naming the record it was made
at (its sequence number and hash). A snapshot whose seal does not hold (damaged, edited, of
another log) is not used: the catalogue is folded from the records instead. One who edits the
snapshot and recomputes the seal is caught by `timeline verify`, which compares each snapshot
with the records (`snapshot_problems`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import orjson

from timeline.converter import canonical_json, converter
from timeline.errors import InputError
from timeline.log.keys import target
from timeline.log.records import LogRecord
from timeline.log.verify import Problem
from timeline.projections.axes import Axes
from timeline.projections.catalogue import catalogue
from timeline.projections.corroboration import ONCE, identity_key
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import Reported

if TYPE_CHECKING:
    from timeline.log.sqlite import SqliteLog

__all__ = [
    "AsOfIndex",
    "SnapshotError",
    "advance_catalogue",
    "decode_entities",
    "encode_entities",
    "later_bound",
    "limit_of",
    "snapshot_problems",
    "snapshot_seal",
]

_EVERYTHING = Span.unknown()
_ALWAYS = 1 << 62
"""A day after every day a span may start on (`Span.start_key` <= `date.max`)."""
_NEVER = -(1 << 62)
"""A day before every day a span may start on."""


def limit_of(axes: Axes) -> int:
    """The day ordinal an event must start before to be admitted along `axes` (an event whose
    span, corroborated, starts on or after it is not admitted, `Axes.certainty`).
    """
    return (axes.as_of or _EVERYTHING).end_key


def later_bound(same_key: Iterable[tuple[int, int, bool]], *, once: bool, limit: int) -> int:
    """The day before which a report must start, if it starts on or after `limit` and is not
    corrected, for an answer before day `limit` to need it, given `same_key`: the (start,
    end, corrected) of the reports with its `identity_key` recorded up to the query's
    sequence. The greatest of: every day (`_ALWAYS`) for a corrected report, or for one that
    starts before `limit` when the type is in `corroboration.ONCE`; the end of a report that
    starts before `limit`; no day at all (`_NEVER`) when there is none of these.

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
    bound = _NEVER
    for first, last, corrected in same_key:
        if corrected or (first < limit and once):
            return _ALWAYS
        if first < limit:
            bound = max(bound, last)
    return bound


class AsOfIndex:
    """Reported events filed by entity with their span start, reports of an event with an
    identity by its key with their span, ownership, and corrections and retractions by the
    event they name; `upto` is the last sequence number folded in.
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

    def extend(self, records: Iterable[LogRecord]) -> AsOfIndex:
        """Fold in the records after `upto` (earlier ones are skipped); returns the index."""
        for record in records:
            if record.seq <= self.upto:
                continue
            self.upto = record.seq
            event = record.event
            if not isinstance(event, Reported):
                continue
            self._ids[record.seq] = event.id
            start = event.when.start_key
            for entity in event.touches():
                self._by_entity.setdefault(entity, []).append((start, record.seq))
            key = identity_key(event)
            if key is not None:
                self._keys[record.seq] = key
                self._by_key.setdefault(key, []).append((record.seq, start, event.when.end_key))
                if type(event) in ONCE:
                    self._once.add(key)
            names = target(event)
            if names is not None:
                self._targets.setdefault(names[0], []).append((record.seq, names[1]))
            for owner, owned in event.owns():
                self._owns.setdefault(owner, set()).add(owned)
        return self

    def select(self, entity: str, axes: Axes) -> list[int]:
        """The sequence numbers, in order, of the records a projection of `entity` along
        `axes` may need (see the module's docstring and `later_bound`).
        """
        limit = limit_of(axes)
        upto = self.upto if axes.upto_seq is None else min(axes.upto_seq, self.upto)
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
        todo = list(chosen)
        while todo:  # the corrections and retractions naming them, and those naming these
            for seq, _ in self._targets.get(self._ids[todo.pop()], ()):
                if seq <= upto and seq not in chosen:
                    chosen.add(seq)
                    todo.append(seq)
        return sorted(chosen)

    def _corrected(self, event_id: str, upto: int) -> bool:
        return any(fix and seq <= upto for seq, fix in self._targets.get(event_id, ()))

    def _bound(self, seq: int, bounds: dict[tuple[str, ...], int], limit: int, upto: int) -> int:
        """`later_bound` for the key of the report at `seq` (`_NEVER` if it has none), kept
        in `bounds` for the other reports of the key.
        """
        key = self._keys.get(seq)
        if key is None:
            return _NEVER
        if key not in bounds:
            same = (
                (first, last, self._corrected(self._ids[other], upto))
                for other, first, last in self._by_key[key]
                if other <= upto
            )
            bounds[key] = later_bound(same, once=key in self._once, limit=limit)
        return bounds[key]


# The catalogue snapshot ---------------------------------------------------------------------


class SnapshotError(ValueError):
    """A stored snapshot that is not one `encode_entities` made with the seal expected."""


def snapshot_seal(upto_seq: int, head: str | None) -> str:
    """What a snapshot made at record `upto_seq`, whose hash is `head`, is sealed with."""
    return f"{upto_seq}:{head}"


def _digest(seal: str, body: bytes) -> bytes:
    return hashlib.sha256(seal.encode("utf-8") + b"\n" + body).hexdigest().encode("ascii")


def encode_entities(entities: Mapping[str, Entity], *, seal: str = "") -> bytes:
    """A snapshot of the catalogue's entities: the SHA-256 of `seal` and of the JSON, a line
    break, then the JSON (entities never decoded are copied as they were read).
    """
    if isinstance(entities, _SnapshotEntities):
        data = entities.unstructured()
    else:
        data = [converter.unstructure(e) for e in entities.values()]
    body = canonical_json(data).encode("utf-8")
    return _digest(seal, body) + b"\n" + body


def decode_entities(data: bytes, *, seal: str = "") -> Mapping[str, Entity]:
    """The entities of a snapshot made by `encode_entities` with the same `seal`, each decoded
    when first asked for: a query names a handful of the thousands of entities a large log
    registers. SnapshotError when the seal does not hold or the JSON is not a snapshot's.
    """
    digest, _, body = data.partition(b"\n")
    if digest != _digest(seal, body):
        raise SnapshotError("does not match its checksum (edited, damaged, or of another log)")
    try:
        items = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise SnapshotError("is not JSON") from None
    if not isinstance(items, list) or not all(
        isinstance(item, dict) and isinstance(item.get("id"), str) for item in items
    ):
        raise SnapshotError("is not a list of entities")
    raw = {item["id"]: item for item in items}
    if len(raw) != len(items):
        raise SnapshotError("holds an entity twice")
    return _SnapshotEntities(raw)


class _SnapshotEntities(Mapping[str, Entity]):
    """The entities of a catalogue snapshot by id, decoded by the converter on first use."""

    def __init__(self, raw: dict[str, Any], decoded: dict[str, Entity] | None = None) -> None:
        self._raw = raw
        self._decoded: dict[str, Entity] = decoded or {}

    def updated(self, changed: Mapping[str, Entity]) -> _SnapshotEntities:
        """These entities with `changed` put in or replaced, the others still undecoded."""
        raw = {**self._raw, **{key: converter.unstructure(e) for key, e in changed.items()}}
        return _SnapshotEntities(raw, {**self._decoded, **changed})

    def unstructured(self) -> list[Any]:
        """The entities as JSON data, those never decoded as they were read."""
        return [
            converter.unstructure(self._decoded[key]) if key in self._decoded else value
            for key, value in self._raw.items()
        ]

    def __getitem__(self, key: str) -> Entity:
        entity = self._decoded.get(key)
        if entity is None:
            try:
                entity = converter.structure(self._raw[key], Entity)
            except KeyError:
                raise
            except Exception:  # sealed but not an entity: only a forged seal gets here
                raise InputError(
                    "catalogue snapshot",
                    f"entity {key!r} is damaged: `timeline verify` names the fault",
                ) from None
            self._decoded[key] = entity
        return entity

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def advance_catalogue(
    entities: Mapping[str, Entity],
    tail: Iterable[LogRecord],
) -> Mapping[str, Entity]:
    """The entities of a snapshot brought up to date with the registrations in `tail`, by the
    catalogue's rule: a later registration of an id updates its name and kind and adds its
    aliases after those already known.
    """
    later = catalogue(tail).entities
    if not later:
        return entities
    changed: dict[str, Entity] = {}
    for entity_id, new in later.items():
        old = entities.get(entity_id)  # only these are decoded
        if old is not None:
            new = attrs.evolve(new, aliases=tuple(dict.fromkeys(old.aliases + new.aliases)))
        changed[entity_id] = new
    if isinstance(entities, _SnapshotEntities):
        return entities.updated(changed)
    return {**entities, **changed}


def snapshot_problems(store: SqliteLog) -> Iterator[Problem]:
    """What is wrong with the stored catalogue snapshot of `store`: a seal that does not hold,
    or entities that differ from those its records register up to its sequence number (an
    edit whose seal was recomputed). Reads every registration: for `timeline verify`.
    """
    where = store.location
    last = store.last_seq()
    for name, upto, data in store.snapshots():
        if name != "entities":
            continue
        what = f"the catalogue snapshot (of record {upto})"
        if upto > last:
            yield Problem(upto, where, f"{what} is of a record beyond the last, {last}")
            continue
        try:
            stored = decode_entities(data, seal=snapshot_seal(upto, store.hash_at(upto)))
            found = {key: stored[key] for key in stored}
        except (SnapshotError, InputError) as exc:
            reason = exc.message if isinstance(exc, InputError) else str(exc)
            yield Problem(upto, where, f"{what} {reason}")
            continue
        registered = catalogue(r for r in store.registrations() if r.seq <= upto).entities
        differ = _differences(found, registered)
        if differ:
            shown = "; ".join(differ[:5]) + ("; ..." if len(differ) > 5 else "")
            yield Problem(upto, where, f"{what} differs from the records: {shown}")


def _differences(stored: Mapping[str, Entity], registered: Mapping[str, Entity]) -> list[str]:
    """How the entities of a snapshot differ from those registered, one phrase an entity."""
    out = []
    for key in sorted(stored.keys() | registered.keys()):
        mine, theirs = stored.get(key), registered.get(key)
        if theirs is None:
            out.append(f"{key} is not registered")
        elif mine is None:
            out.append(f"{key} is missing")
        elif mine != theirs:
            fields = [
                f for f in ("name", "kind", "aliases") if getattr(mine, f) != getattr(theirs, f)
            ]
            out.append(f"{key} has another {' and '.join(fields) or 'form'}")
    return out
