"""The catalogue snapshot of an indexed store: its sealed encoding, outside the hash chain.

A stored snapshot is a copy of what the records say, kept outside the hash chain, so it is
sealed: its first line is the SHA-256 of its JSON and of a seal naming the record it was made
at (its sequence number and hash). A snapshot whose seal does not hold (damaged, edited, of
another log) is not used: the catalogue is folded from the records instead. One who edits the
snapshot and recomputes the seal is caught by `timeline verify`, which compares each snapshot
with the records (`timeline.read.stored_catalogue.snapshot_problems`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import orjson

from timeline.converter import canonical_json, converter
from timeline.errors import InputError
from timeline.vocabulary.entities import Entity

__all__ = [
    "SnapshotError",
    "decode_entities",
    "encode_entities",
    "snapshot_seal",
    "with_changes",
]


class SnapshotError(ValueError):
    """A stored snapshot that is not one `encode_entities` made with the seal expected."""


def snapshot_seal(upto_seq: int, head: str | None) -> str:
    """What a snapshot made at record `upto_seq`, whose hash is `head`, is sealed with."""
    return f"{upto_seq}:{head}"


def _digest(seal: str, body: bytes) -> bytes:
    import hashlib  # on first use: a log without snapshots is read without hashing

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


def with_changes(
    entities: Mapping[str, Entity], changed: Mapping[str, Entity]
) -> Mapping[str, Entity]:
    """`entities` with `changed` put in or replaced; those of a snapshot never decoded stay so."""
    if not changed:
        return entities
    if isinstance(entities, _SnapshotEntities):
        return entities.updated(changed)
    return {**entities, **changed}
