"""What a `Timeline` reads from its log to answer, and what it keeps between answers.

`LogReader` holds the caches of one timeline: the decoded records of a log without an index
and the as-of index kept beside them, the records decoded from an indexed store (bounded),
the catalogue, and the merges in force. It gives an answer the records it needs
(`relevant`), their entries along the axes (`admitted`), and the entity a name is read as
(`found`); the facade (`timeline.api`) folds them. On a store, `one_moment` makes every read
of an answer come from one read transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import attrs

from timeline.log import EventLog, LogRecord
from timeline.projections import Axes, Catalogue, Entry, admitted, catalogue
from timeline.projections.identities import MERGE_TYPES, Identities, identities
from timeline.read.index import AsOfIndex
from timeline.read.stored_catalogue import stored_catalogue
from timeline.vocabulary.entities import Entity

__all__ = ["LogReader"]

_CACHE_LIMIT = 200_000
"""How many decoded records a timeline on an indexed store keeps for its next queries."""


class LogReader:
    """The reads of one timeline from `log`, with what it keeps between answers."""

    def __init__(self, log: EventLog) -> None:
        self.log = log
        self._records: list[LogRecord] | None = None
        self._catalogue: Catalogue | None = None
        self._index = AsOfIndex()
        self._by_seq: dict[int, LogRecord] = {}
        self._streamed = False
        self._merges: tuple[int, list[LogRecord]] | None = None

    def records(self) -> list[LogRecord]:
        """Every committed record, in log order (read once, then cached)."""
        if self._records is None:
            self._records = list(self.log.read())
        return self._records

    @property
    def catalogue(self) -> Catalogue:
        """The entities and documents the log has registered (on a store: as it stands now,
        or at the moment of the answer being read).
        """
        store = self.store()
        if store is None:
            if self._catalogue is None:
                self._catalogue = catalogue(self.records())
            return self._catalogue
        with store.reading():
            self._catalogue = stored_catalogue(store, self._catalogue)
        return self._catalogue

    @contextlib.contextmanager
    def one_moment(self) -> Iterator[None]:
        """On a store, one read transaction for the whole answer: the catalogue, the records
        selected and every record read come from the log as it stood at one moment (records
        cached from another moment are read again).
        """
        store = self.store()
        if store is None:
            yield
            return
        with store.reading():
            if self._records is not None:
                last = store.last_seq()
                if last != (self._records[-1].seq if self._records else 0):
                    self._records = None
            yield

    def first_of_a_file(self) -> bool:
        """Whether this is the first question asked of a JSON Lines log with nothing read yet
        (the next ones are answered from the records and the index then kept).
        """
        if self._streamed or self._records is not None or not self.log.streams_first:
            return False
        self._streamed = True
        return True

    def store(self) -> EventLog | None:
        """The log when it is an indexed store that answers selections itself (else this
        reader keeps an index beside the records it reads).
        """
        return self.log if self.log.indexed else None

    def forget(self) -> None:
        """Drop what was read from the log, so the next question reads it again."""
        self._records = None
        self._catalogue = None

    def ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` that the log already holds."""
        store = self.store()
        if store is not None:
            return store.has_ids(ids)
        wanted = set(ids)
        return {r.event.id for r in self.records() if r.event.id in wanted}

    # Merges ------------------------------------------------------------------------------

    def merge_records(self) -> list[LogRecord]:
        """The merges and their retractions, read again only when the log has grown."""
        store = self.store()
        last = self.log.last_seq() if store is not None else len(self.records())
        if self._merges is not None and self._merges[0] == last:
            return self._merges[1]
        if store is not None:
            found = list(store.of_types(MERGE_TYPES))
        else:
            found = [r for r in self.records() if r.event.TYPE in MERGE_TYPES]
        self._merges = (last, found)
        return found

    def identities(self, upto_seq: int | None = None) -> Identities:
        """The merges in force in the log as it stood at `upto_seq` (as it stands, by
        default): which ids are read as one entity (`projections.identities`).
        """
        found = self.merge_records()
        return identities(r.event for r in found if upto_seq is None or r.seq <= upto_seq)

    def found(self, name: str, axes: Axes) -> Entity:
        """The entity `name` names (id, name or alias), read as the id it is merged into."""
        names = self.catalogue
        found = names.find(name)
        ids = self.identities(axes.upto_seq)
        return ids.kept(found, names.entities) if ids else found

    # The records of one answer -----------------------------------------------------------

    def admitted(self, axes: Axes, entity: str | None = None) -> list[Entry]:
        """The entries `axes` admit: from every record, or from those a projection of
        `entity` may need (the same entries as far as that entity is concerned); their
        events read as merged (`identities`).
        """
        if entity is None:
            return admitted(self.identities(axes.upto_seq).records(self.records()), axes)
        return admitted(self.relevant(axes, entity), axes)

    def relevant(self, axes: Axes, entity: str) -> list[LogRecord]:
        """The records a projection of `entity` along `axes` may need, in log order, their
        events read as merged: those of every id merged with `entity`.
        """
        ids = self.identities(axes.upto_seq)
        group = ids.group(entity) if ids else frozenset({entity})
        if len(group) == 1:
            return ids.records(self._selected(axes, entity))
        # The index passes over reports that start after the as-of date unless one of the
        # same event (same identity key, so the same ids) starts by then; once merged, reports
        # filed under two ids may be of one event, so every record of the group is read.
        whole = attrs.evolve(axes, as_of=None)
        found = {r.seq: r for member in sorted(group) for r in self._selected(whole, member)}
        return ids.records(found[seq] for seq in sorted(found))

    def _selected(self, axes: Axes, entity: str) -> list[LogRecord]:
        """The records a projection of the id `entity` along `axes` may need, in log order,
        chosen by the store's index (SQLite) or by an index kept beside the cached records.
        """
        store = self.store()
        if store is not None:
            if len(self._by_seq) > _CACHE_LIMIT:
                self._by_seq.clear()
            return list(
                store.select(entity, limit=axes.limit, upto_seq=axes.upto_seq, cache=self._by_seq)
            )
        records = self.records()
        if self._index.upto < (records[-1].seq if records else 0):
            self._index.extend(records)
            self._by_seq.update((r.seq, r) for r in records)
        return [self._by_seq[seq] for seq in self._index.select(entity, axes)]
