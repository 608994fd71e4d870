"""The library's front door: `Timeline`, which wires a log to the projections.

    >>> from timeline import Timeline
    >>> tl = Timeline.open("events/acme.jsonl")
    >>> state = tl.state("acme-corp", as_of="2024-03")

Query dates (`as_of`, `known_at`, `until`, ...) accept a `Span`, a `datetime.date`, or text:
machine forms (`2024-03`) or expressions (`mars 2024`, `fin février 2024`) resolved against
today's date unless `ref` is given.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

import attrs

from timeline.answers import involved
from timeline.errors import DateError, InputError
from timeline.identity import with_content_id
from timeline.log import EventLog, LogRecord, open_log
from timeline.log.admission import refusal
from timeline.log.verify import Problem, RawLine, Verdict, check
from timeline.progress import counted
from timeline.projections import (
    Axes,
    Catalogue,
    Diff,
    Entry,
    Explanation,
    State,
    Step,
    admitted,
    catalogue,
    diff_states,
    explain,
    fold_state,
    replay_steps,
)
from timeline.projections.identities import MERGE_TYPES, Identities, identities
from timeline.read.index import AsOfIndex
from timeline.read.stored_catalogue import snapshot_problems, stored_catalogue
from timeline.read.streamed import streamed_state
from timeline.sources.ingest import events_from_seeds
from timeline.time.machine import parse_machine
from timeline.time.normalize import resolve
from timeline.time.span import Span
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import EVENT_TAGS, EntitiesMerged, Event, MergeRetracted

__all__ = ["MAX_SEQ", "Timeline", "Verification", "When", "to_span"]

MAX_SEQ = 2**63 - 1
"""The largest sequence number a query may name: the largest integer SQLite stores."""

When = Span | dt.date | str
"""What a query date may be given as."""


@attrs.frozen(kw_only=True)
class Verification:
    """What `Timeline.verify` found: the verdict on the records and, on an indexed store
    whose records are sound, the faults of its index and catalogue snapshot.
    """

    verdict: Verdict
    index_faults: tuple[Problem, ...] = ()
    indexed: bool = False

    @property
    def ok(self) -> bool:
        """True when nothing fatal was found in the records or the index."""
        return self.verdict.ok and not self.index_faults


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _at_one_moment(
    method: Callable[Concatenate[Timeline, _P], _R],
) -> Callable[Concatenate[Timeline, _P], _R]:
    """A query method answered inside one read transaction (see `Timeline._one_moment`)."""

    def answer(self: Timeline, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._one_moment():
            return method(self, *args, **kwargs)

    return functools.update_wrapper(answer, method)


def to_span(when: When, ref: dt.date | None = None) -> Span:
    """The span a query date denotes (text is resolved against `ref`, default today)."""
    if isinstance(when, Span):
        return when
    if isinstance(when, dt.date):
        return Span.day(when)
    text = when.strip()
    if not text:
        raise DateError(when, "empty date")
    return parse_machine(text) or resolve(text, ref or dt.date.today())


class Timeline:
    """An event log and the questions it answers, along valid, publication and log time."""

    def __init__(self, log: EventLog) -> None:
        self.log = log
        self._records: list[LogRecord] | None = None
        self._catalogue: Catalogue | None = None
        self._index = AsOfIndex()
        self._by_seq: dict[int, LogRecord] = {}
        self._streamed = False
        self._merges: tuple[int, list[LogRecord]] | None = None

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False) -> Timeline:
        """The timeline of the log at `path` (a `.jsonl` or `.sqlite` file). InputError when
        there is no such file, unless `create`: then a new log starts there on the first
        append (a mistyped path is not an empty timeline).
        """
        log = open_log(path)
        if not create and not Path(path).exists():
            raise InputError(str(path), "no such log (Timeline.open(path, create=True) starts one)")
        return cls(log)

    # Reading -----------------------------------------------------------------------------

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
        store = self._store()
        if store is None:
            if self._catalogue is None:
                self._catalogue = catalogue(self.records())
            return self._catalogue
        with store.reading():
            self._catalogue = stored_catalogue(store, self._catalogue)
        return self._catalogue

    @contextlib.contextmanager
    def _one_moment(self) -> Iterator[None]:
        """On a store, one read transaction for the whole answer: the catalogue, the records
        selected and every record read come from the log as it stood at one moment (records
        cached from another moment are read again).
        """
        store = self._store()
        if store is None:
            yield
            return
        with store.reading():
            if self._records is not None:
                last = store.last_seq()
                if last != (self._records[-1].seq if self._records else 0):
                    self._records = None
            yield

    @_at_one_moment
    def entities(self) -> list[Entity]:
        """The registered entities, sorted by id."""
        return sorted(self.catalogue.entities.values(), key=lambda e: e.id)

    @_at_one_moment
    def entity(self, name: str) -> Entity:
        """The entity with this id, name or alias; UnknownEntityError with suggestions if none."""
        return self.catalogue.find(name)

    def axes(
        self,
        as_of: When | None = None,
        known_at: When | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
    ) -> Axes:
        """The three query axes, from dates in any accepted form; InputError unless `upto_seq`
        is None or an integer from 0 to `MAX_SEQ`.
        """
        if upto_seq is not None and (
            not isinstance(upto_seq, int)
            or isinstance(upto_seq, bool)
            or not 0 <= upto_seq <= MAX_SEQ
        ):
            raise InputError(
                "upto_seq", f"must be an integer from 0 to {MAX_SEQ}, not {upto_seq!r}"
            )
        return Axes(
            as_of=None if as_of is None else to_span(as_of, ref),
            known_at=None if known_at is None else to_span(known_at, ref),
            upto_seq=upto_seq,
        )

    @_at_one_moment
    def state(
        self,
        entity: str,
        as_of: When | None = None,
        *,
        known_at: When | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
    ) -> State:
        """What was true of `entity` by the end of `as_of`, from what was known at `known_at`,
        in the log as it stood at `upto_seq`.
        """
        axes = self.axes(as_of, known_at, upto_seq, ref)
        if self._first_of_a_file():
            # A first question of a JSON Lines log: one streamed pass, which decodes only the
            # records the answer needs, is faster than decoding every record to index them.
            return self.replayed_state(
                entity, axes.as_of, known_at=axes.known_at, upto_seq=upto_seq
            )
        found = self._found(entity, axes)
        return fold_state(self._admitted(axes, found.id), self.catalogue, found, axes)

    def _first_of_a_file(self) -> bool:
        """Whether this is the first question asked of a JSON Lines log with nothing read yet
        (the next ones are answered from the records and the index then kept).
        """
        if self._streamed or self._records is not None or not self.log.streams_first:
            return False
        self._streamed = True
        return True

    def replayed_state(
        self,
        entity: str,
        as_of: When | None = None,
        *,
        known_at: When | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> State:
        """`state` by a full replay: every stored record read in log order and streamed, in
        memory bounded by what the answer needs, with no index, no snapshot and nothing this
        timeline has cached. The same answer as `state`; the way to ask one question of a
        JSON Lines log of millions of records, or to check an indexed store's answer.
        `progress`, when given, is called with the count of records read so far, every
        10,000 records and at the end of each pass.
        """
        axes = self.axes(as_of, known_at, upto_seq, ref)
        store = self._store()
        naming = None if store is None else store.scan_rows_naming
        lines = self.log.scan_rows
        if progress is not None:
            stored, lines = lines, lambda: counted(stored(), progress)
        return streamed_state(lines, entity, axes, naming=naming)

    @_at_one_moment
    def events(
        self,
        entity: str | None = None,
        until: When | None = None,
        *,
        since: When | None = None,
        types: Iterable[str] = (),
        known_at: When | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
    ) -> list[Entry]:
        """Reported events in timeline order: those involving `entity`, of the given types,
        ending after the start of `since` and starting by the end of `until`.
        """
        axes = self.axes(until, known_at, upto_seq, ref)
        wanted = set(types)
        found = None if entity is None else self._found(entity, axes).id
        floor = None if since is None else to_span(since, ref).start_key
        return [
            e
            for e in self._admitted(axes, found)
            if (found is None or found in e.event.entities)
            and (not wanted or e.event.TYPE in wanted)
            and (floor is None or e.when.end_key > floor)
        ]

    @_at_one_moment
    def replay(
        self,
        entity: str | None = None,
        until: When | None = None,
        *,
        known_at: When | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
    ) -> list[Step]:
        """The log replayed in timeline order, each event with the facts it changes."""
        axes = self.axes(until, known_at, upto_seq, ref)
        found = None if entity is None else self._found(entity, axes).id
        return replay_steps(self._admitted(axes, found), self.catalogue, found)

    @_at_one_moment
    def diff(
        self,
        entity: str,
        before: When,
        after: When,
        *,
        known_at: When | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
    ) -> Diff:
        """What changed in the state of `entity` from `before` to `after`."""
        return diff_states(
            self.state(entity, before, known_at=known_at, upto_seq=upto_seq, ref=ref),
            self.state(entity, after, known_at=known_at, upto_seq=upto_seq, ref=ref),
        )

    @_at_one_moment
    def why(
        self,
        entity: str,
        attribute: str,
        as_of: When | None = None,
        *,
        known_at: When | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
    ) -> Explanation:
        """The events, quotes and documents behind `entity.attribute`, and what superseded,
        disputes, retracted or corrected them.
        """
        axes = self.axes(as_of, known_at, upto_seq, ref)
        found = self._found(entity, axes)
        records = self._relevant(attrs.evolve(axes, as_of=None), found.id)
        entries = admitted(records, axes)
        why = explain(records, entries, self.catalogue, found, attribute, axes)
        if why.current or why.superseded or why.retracted or why.corrected:
            return why
        known = self.state(found.id).attributes()
        if attribute in known:
            return why
        close = difflib.get_close_matches(attribute, known, n=3, cutoff=0.4)
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        raise InputError(found.id, f"no attribute {attribute!r}{hint}")

    def log_records(
        self,
        *,
        since: When | None = None,
        until: When | None = None,
        types: Iterable[str] = (),
        entity: str | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
    ) -> Iterator[LogRecord]:
        """The committed records in log order, streamed (`timeline log`): those recorded on or
        after the start of `since` and by the end of `until`, of the given event `types`,
        naming `entity` (an id, name or alias) or registering it, up to `upto_seq`.
        InputError for an unknown type, naming the closest known one.
        """
        wanted = set(types)
        unknown = sorted(wanted - EVENT_TAGS)
        if unknown:
            close = difflib.get_close_matches(unknown[0], sorted(EVENT_TAGS), n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            raise InputError(
                "--type",
                f"unknown event type {unknown[0]!r}; {hint}known: {', '.join(sorted(EVENT_TAGS))}",
            )
        first = None if since is None else to_span(since, ref).start_key
        last = None if until is None else to_span(until, ref).end_key
        found = None if entity is None else self.entity(entity).id
        upto = self.axes(upto_seq=upto_seq).upto_seq
        for record in self.log.read(lte=upto):
            day = record.recorded_at.date().toordinal()
            if (first is not None and day < first) or (last is not None and day >= last):
                continue
            if wanted and record.event.TYPE not in wanted:
                continue
            if found is not None and found not in involved(record.event):
                continue
            yield record

    def verify(
        self,
        *,
        expect_head: str | None = None,
        progress: Callable[[int], None] | None = None,
        faults: int = 10,
    ) -> Verification:
        """Check the whole log (`timeline verify`): sequence, hash chain, schema, ids and every
        quote; with `expect_head`, that it still holds the record of that hash; on an indexed
        store whose records are sound, also its index and catalogue snapshot (the first
        `faults` problems), all from the log as it stood at one moment. `progress` is called
        with the count of records read so far.
        """
        store = self._store()
        with self.log.reading():
            lines: Iterable[RawLine] = self.log.raw_lines()
            if progress is not None:
                lines = counted(lines, progress)
            verdict = check(lines, expect_head=expect_head)
            if store is None or not verdict.ok:
                return Verification(verdict=verdict, indexed=store is not None)
            found = itertools.chain(store.index_problems(), snapshot_problems(store))
            return Verification(
                verdict=verdict, index_faults=tuple(itertools.islice(found, faults)), indexed=True
            )

    # Writing -----------------------------------------------------------------------------

    def append(
        self,
        events: Sequence[Event],
        *,
        expected_seq: int | None = None,
        places: Sequence[str] | None = None,
    ) -> list[LogRecord]:
        """Append the events whose ids are not yet in the log, each once, as one atomic batch.

        First the checks of `timeline.log.admission`, which `timeline append` and `ingest`
        rely on: InputError, and nothing written, at the first event whose record would not
        read back, whose quote is not where it says in a document registered before it, or
        that corrects or retracts an id neither the log nor the batch before it holds.
        `places[i]`, when given, says where `events[i]` came from, for that error.

        The log itself leaves out, under its lock, the events it holds (`skip_known`), so that
        two concurrent appends never store an event twice and have no conflict to retry.
        With `expected_seq`, ConflictError and nothing written unless the log ends there.
        """
        found = self._refusal(events)
        if found is not None:
            self._forget()  # what was read may be out of date: ask the log again
            found = self._refusal(events)
        if found is not None:
            index, problem = found
            raise InputError(places[index] if places else f"event {index + 1}", problem)
        records = self.log.append(events, expected_seq=expected_seq, skip_known=True)
        if records:
            self._forget()
        return records

    def merge(self, merged: str, into: str, *, reason: str | None = None) -> LogRecord:
        """Append an `entities_merged` event: from now on `merged` (an id, name or alias) is
        read as the entity `into` names, in every answer; answers at an earlier `upto_seq`
        stay as they were. InputError, and nothing written, when either is unknown, when
        they already name one entity, or when `merged` is merged into another already.
        """
        ids = self.identities()
        source, kept = self.entity(merged), self.entity(into)
        if ids.resolve(source.id) == ids.resolve(kept.id):
            raise InputError(source.id, f"already read as the same entity as {kept.id!r}")
        earlier = ids.merge_of(source.id)
        if earlier is not None:
            raise InputError(
                source.id,
                f"already merged into {earlier.kept!r} by {earlier.id}; "
                f"unmerge it first to merge it elsewhere",
            )
        nth = 1 + sum(
            1
            for r in self._merge_records()
            if isinstance(r.event, EntitiesMerged)
            and (r.event.kept, r.event.merged) == (kept.id, source.id)
        )
        event = with_content_id(
            EntitiesMerged(kept=kept.id, merged=source.id, reason=reason or None, nth=nth)
        )
        return self._appended_one(event)

    def unmerge(self, merged: str, *, reason: str | None = None) -> LogRecord:
        """Append a `merge_retracted` event undoing the merge in force of `merged` (an id,
        name or alias): from now on it names an entity of its own again. InputError, and
        nothing written, when it is not merged.
        """
        source = self.entity(merged)
        merge = self.identities().merge_of(source.id)
        if merge is None:
            raise InputError(source.id, "is not merged into another entity")
        return self._appended_one(
            with_content_id(MergeRetracted(retracts=merge.id, reason=reason or None))
        )

    def _appended_one(self, event: Event) -> LogRecord:
        records = self.append([event])
        if not records:  # cannot happen: a new merge or retraction has a new id
            raise InputError(event.id, "is in the log already")
        return records[0]

    def _merge_records(self) -> list[LogRecord]:
        """The merges and their retractions, read again only when the log has grown."""
        store = self._store()
        last = self.log.last_seq() if store is not None else len(self.records())
        if self._merges is not None and self._merges[0] == last:
            return self._merges[1]
        if store is not None:
            found = list(store.of_types(MERGE_TYPES))
        else:
            found = [r for r in self.records() if r.event.TYPE in MERGE_TYPES]
        self._merges = (last, found)
        return found

    def _refusal(self, events: Sequence[Event]) -> tuple[int, str] | None:
        """The first of `events` the log may not take, and why (`admission.refusal`)."""

        def document_text(document: str) -> str | None:
            found = self.catalogue.documents.get(document)
            return None if found is None else found.text

        return refusal(events, present=self._ids, document_text=document_text)

    def _forget(self) -> None:
        """Drop what was read from the log, so the next question reads it again."""
        self._records = None
        self._catalogue = None

    def ingest(
        self,
        paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        *,
        text_anywhere: bool = False,
    ) -> list[LogRecord]:
        """Check seed files (one path, or several) and append their new events; nothing is
        written on any error. A seed's `text` must stay inside its folder, unless
        `text_anywhere` (a draft `timeline extract` wrote in another folder names its article
        by a path that leaves it, or an absolute one).
        """
        given = [Path(p) for p in ([paths] if isinstance(paths, str | os.PathLike) else paths)]
        anywhere = given if text_anywhere else ()
        events = events_from_seeds(given, self.catalogue, text_anywhere=anywhere)
        return self.append(events)

    def _ids(self, ids: Iterable[str]) -> set[str]:
        """Those of `ids` that the log already holds."""
        store = self._store()
        if store is not None:
            return store.has_ids(ids)
        wanted = set(ids)
        return {r.event.id for r in self.records() if r.event.id in wanted}

    def _store(self) -> EventLog | None:
        """The log when it is an indexed store that answers selections itself (else this
        timeline keeps an index beside the records it reads).
        """
        return self.log if self.log.indexed else None

    def _admitted(self, axes: Axes, entity: str | None = None) -> list[Entry]:
        """The entries `axes` admit: from every record, or from those a projection of
        `entity` may need (the same entries as far as that entity is concerned); their
        events read as merged (`identities`).
        """
        if entity is None:
            return admitted(self.identities(axes.upto_seq).records(self.records()), axes)
        return admitted(self._relevant(axes, entity), axes)

    @_at_one_moment
    def kept_entity(self, name: str) -> Entity:
        """The entity `name` (an id, name or alias) is read as in the log as it stands: itself,
        or the entity it is merged into, with the merged names among its aliases.
        """
        return self._found(name, Axes())

    @_at_one_moment
    def merged_records(self) -> list[LogRecord]:
        """Every committed record in log order, its event read as merged (`identities`): the
        records a projection folds, as `records()` holds them stored.
        """
        return self.identities().records(self.records())

    def _found(self, name: str, axes: Axes) -> Entity:
        """The entity `name` names (id, name or alias), read as the id it is merged into."""
        found = self.entity(name)
        ids = self.identities(axes.upto_seq)
        return ids.kept(found, self.catalogue.entities) if ids else found

    @_at_one_moment
    def identities(self, upto_seq: int | None = None) -> Identities:
        """The merges in force in the log as it stood at `upto_seq` (as it stands, by
        default): which ids are read as one entity (`projections.identities`).
        """
        found = self._merge_records()
        return identities(r.event for r in found if upto_seq is None or r.seq <= upto_seq)

    def _relevant(self, axes: Axes, entity: str) -> list[LogRecord]:
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
        store = self._store()
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


_CACHE_LIMIT = 200_000
"""How many decoded records a timeline on an indexed store keeps for its next queries."""
