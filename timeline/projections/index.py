"""The as-of index and the catalogue snapshot: they choose and cache, the folds stay the same.

A state of one entity as of a date needs only some records: which, is the rule of
`timeline.log.selection`. `AsOfIndex` asks it along query axes; `admitted` and `fold_state`
then run on the records it gives unchanged, so an indexed answer is exactly the full replay's.

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
from timeline.log.records import LogRecord
from timeline.log.selection import Filings, later_bound
from timeline.log.verify import Problem
from timeline.projections.axes import Axes
from timeline.projections.catalogue import catalogue
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity

if TYPE_CHECKING:
    from timeline.log.protocol import EventLog

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


def limit_of(axes: Axes) -> int:
    """The day ordinal an event must start before to be admitted along `axes` (an event whose
    span, corroborated, starts on or after it is not admitted, `Axes.certainty`).
    """
    return (axes.as_of or _EVERYTHING).end_key


class AsOfIndex:
    """The filings of the records folded in (`timeline.log.selection.Filings`), asked along
    query axes; `upto` is the last sequence number folded in.
    """

    def __init__(self) -> None:
        self._filings = Filings()

    @property
    def upto(self) -> int:
        """The last sequence number folded in."""
        return self._filings.upto

    def extend(self, records: Iterable[LogRecord]) -> AsOfIndex:
        """Fold in the records after `upto` (earlier ones are skipped); returns the index."""
        self._filings.extend(records)
        return self

    def select(self, entity: str, axes: Axes) -> list[int]:
        """The sequence numbers, in order, of the records a projection of `entity` along
        `axes` may need (the rule of `timeline.log.selection`).
        """
        return self._filings.select(entity, limit=limit_of(axes), upto=axes.upto_seq)


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


def snapshot_problems(store: EventLog) -> Iterator[Problem]:
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
