"""The catalogue of an indexed store, without folding every registration each time.

An answer on a store reads its catalogue from the sealed snapshot of its entities
(`timeline.log.catalogue_snapshot`) and the registrations after it, by the catalogue's rule
(`projections.catalogue.catalogue_changes`); documents are read when first asked for.
`snapshot_problems` is what `timeline verify` says of a snapshot the records do not bear out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from timeline.errors import InputError
from timeline.log.catalogue_snapshot import (
    SnapshotError,
    decode_entities,
    encode_entities,
    snapshot_seal,
    with_changes,
)
from timeline.log.problems import Problem
from timeline.log.protocol import EventLog
from timeline.log.records import LogRecord
from timeline.projections.catalogue import Catalogue, catalogue, catalogue_changes
from timeline.vocabulary.documents import Document
from timeline.vocabulary.entities import Entity

__all__ = ["StoredDocuments", "advance_catalogue", "snapshot_problems", "stored_catalogue"]


def advance_catalogue(
    entities: Mapping[str, Entity], tail: Iterable[LogRecord]
) -> Mapping[str, Entity]:
    """The entities of a snapshot brought up to date with the registrations in `tail`, by the
    catalogue's rule (`catalogue_changes`); entities of the snapshot never asked for stay
    undecoded.
    """
    return with_changes(entities, catalogue_changes(entities, tail))


def stored_catalogue(store: EventLog, known: Catalogue | None = None) -> Catalogue:
    """The catalogue of an indexed store as it stands (call it inside `store.reading()` to
    have it at the moment of an answer): `known`, a catalogue made by this function, when the
    log has not grown since, brought up to date by the registrations after it when it has;
    else the entities of the stored snapshot (if its seal holds: an edited or damaged one is
    not trusted) and the registrations after it. The snapshot is rewritten when it was not
    usable or the registrations after it are many; documents are read when first asked for.
    """
    last = store.last_seq()
    if known is not None and isinstance(known.documents, StoredDocuments):
        if known.documents.upto == last:
            return known
        if known.documents.upto < last:
            tail = [r for r in store.registrations(gt=known.documents.upto) if r.seq <= last]
            entities = advance_catalogue(known.entities, tail)
            return Catalogue(entities, known.documents.advanced(tail, last))
    snapshot = store.snapshot("entities")
    upto, found = 0, None
    if snapshot is not None and snapshot[0] <= last:  # not a snapshot of a longer log
        seal = snapshot_seal(snapshot[0], store.hash_at(snapshot[0]))
        try:
            upto, found = snapshot[0], decode_entities(snapshot[1], seal=seal)
        except SnapshotError:
            upto, found = 0, None
    tail = [r for r in store.registrations(gt=upto) if r.seq <= last]
    entities = advance_catalogue(found or {}, tail)
    if last and (found is None or len(tail) >= _SNAPSHOT_EVERY):
        seal = snapshot_seal(last, store.hash_at(last))
        store.save_snapshot("entities", last, encode_entities(entities, seal=seal))
    return Catalogue(entities, StoredDocuments(store, last))


_SNAPSHOT_EVERY = 64
"""How many registrations after the snapshot make it worth writing a new one."""


class StoredDocuments(Mapping[str, Document]):
    """The documents registered in a store up to a sequence number, read on first use."""

    def __init__(
        self, store: EventLog, upto: int, documents: Mapping[str, Document] | None = None
    ) -> None:
        self._store, self._upto = store, upto
        self._documents = documents

    @property
    def upto(self) -> int:
        """The sequence number of the last record these documents are of."""
        return self._upto

    def advanced(self, tail: Iterable[LogRecord], upto: int) -> StoredDocuments:
        """These documents and those registered in `tail`, as of `upto` (read when first asked
        for, if these were not read yet).
        """
        if self._documents is None:
            return StoredDocuments(self._store, upto)
        return StoredDocuments(self._store, upto, {**self._documents, **catalogue(tail).documents})

    def _loaded(self) -> Mapping[str, Document]:
        if self._documents is None:
            found = (r for r in self._store.registrations() if r.seq <= self._upto)
            self._documents = catalogue(found).documents
        return self._documents

    def __getitem__(self, key: str) -> Document:
        return self._loaded()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


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
