"""The library's front door: `Timeline`, which wires a log to the projections.

    >>> from timeline import Timeline
    >>> tl = Timeline.open("events/acme.jsonl")
    >>> state = tl.state("acme-corp", as_of="2024-03")

Query dates (`as_of`, `known_at`, `until`, ...) accept a `Span`, a `datetime.date`, or text:
machine forms (`2024-03`) or expressions (`mars 2024`, `fin février 2024`) resolved against
today's date unless `ref` is given.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

import attrs

from timeline._lazy import lazy_names
from timeline.errors import InputError
from timeline.log import open_log
from timeline.progress import counted
from timeline.projections.state import fold_state
from timeline.read.axes import MAX_SEQ, When, query_axes, to_span
from timeline.read.reader import LogReader
from timeline.read.streamed import streamed_state as _streamed
from timeline.vocabulary.events import EntitiesMerged, MergeRetracted

if TYPE_CHECKING:
    from timeline.log import EventLog, LogRecord
    from timeline.projections import Axes, Catalogue, Diff, Entry, Explanation, State, Step
    from timeline.projections.identities import Identities
    from timeline.read.verification import Verification
    from timeline.vocabulary.entities import Entity
    from timeline.vocabulary.events import Event

__all__ = ["MAX_SEQ", "Timeline", "Verification", "When", "to_span"]

if not TYPE_CHECKING:  # `verify`'s answer, imported on first use
    __getattr__, __dir__ = lazy_names(__name__, {"Verification": "timeline.read.verification"})

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _at_one_moment(
    method: Callable[Concatenate[Timeline, _P], _R],
) -> Callable[Concatenate[Timeline, _P], _R]:
    """A query method answered inside one read transaction (see `LogReader.one_moment`)."""

    def answer(self: Timeline, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._read.one_moment():
            return method(self, *args, **kwargs)

    return functools.update_wrapper(answer, method)


class Timeline:
    """An event log and the questions it answers, along valid, publication and log time."""

    def __init__(self, log: EventLog) -> None:
        self.log = log
        self._read = LogReader(log)

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
        return self._read.records()

    @property
    def catalogue(self) -> Catalogue:
        """The entities and documents the log has registered (on a store: as it stands now,
        or at the moment of the answer being read).
        """
        return self._read.catalogue

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
        return query_axes(as_of, known_at, upto_seq, ref)

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
        if self._read.first_of_a_file():
            # A first question of a JSON Lines log: one streamed pass, which decodes only the
            # records the answer needs, is faster than decoding every record to index them.
            return self.replayed_state(
                entity, axes.as_of, known_at=axes.known_at, upto_seq=upto_seq
            )
        found = self._read.found(entity, axes)
        return fold_state(self._read.admitted(axes, found.id), self.catalogue, found, axes)

    def streamed_state(
        self,
        entity: str,
        as_of: When | None = None,
        *,
        known_at: When | None = None,
        upto_seq: int | None = None,
        ref: dt.date | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> State:
        """`state` by one streamed read of the whole log: every stored record read in log order, in
        memory bounded by what the answer needs, with no index, no snapshot and nothing this
        timeline has cached. The same answer as `state`; the way to ask one question of a
        JSON Lines log of millions of records, or to check an indexed store's answer.
        `progress`, when given, is called with the count of records read so far, every
        10,000 records and at the end of each pass.
        """
        axes = self.axes(as_of, known_at, upto_seq, ref)
        store = self._read.store()
        naming = None if store is None else store.scan_rows_naming
        lines = self.log.scan_rows
        if progress is not None:
            stored, lines = lines, lambda: counted(stored(), progress)
        return _streamed(lines, entity, axes, naming=naming)

    replayed_state = streamed_state
    """The old name of `streamed_state` ("replay" is also the timeline-ordered `replay`)."""

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
        found = None if entity is None else self._read.found(entity, axes).id
        floor = None if since is None else to_span(since, ref).start_key
        return [
            e
            for e in self._read.admitted(axes, found)
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
        found = None if entity is None else self._read.found(entity, axes).id
        from timeline.projections.replay import replay_steps

        return replay_steps(self._read.admitted(axes, found), self.catalogue, found)

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
        from timeline.projections.diff import diff_states

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
        import difflib

        from timeline.projections.admitted import admitted
        from timeline.projections.why import explain

        axes = self.axes(as_of, known_at, upto_seq, ref)
        found = self._read.found(entity, axes)
        records = self._read.relevant(attrs.evolve(axes, as_of=None), found.id)
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
        from timeline.read.listing import known_types, listed

        wanted = known_types(types)
        first = None if since is None else to_span(since, ref).start_key
        last = None if until is None else to_span(until, ref).end_key
        found = None if entity is None else self.entity(entity).id
        upto = self.axes(upto_seq=upto_seq).upto_seq
        return listed(self.log.read(lte=upto), first=first, last=last, types=wanted, entity=found)

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
        from timeline.read.verification import verified

        return verified(self.log, expect_head=expect_head, progress=progress, faults=faults)

    @_at_one_moment
    def kept_entity(self, name: str) -> Entity:
        """The entity `name` (an id, name or alias) is read as in the log as it stands: itself,
        or the entity it is merged into, with the merged names among its aliases.
        """
        from timeline.projections.axes import Axes

        return self._read.found(name, Axes())

    @_at_one_moment
    def merged_records(self) -> list[LogRecord]:
        """Every committed record in log order, its event read as merged (`identities`): the
        records a projection folds, as `records()` holds them stored.
        """
        return self.identities().records(self.records())

    @_at_one_moment
    def identities(self, upto_seq: int | None = None) -> Identities:
        """The merges in force in the log as it stood at `upto_seq` (as it stands, by
        default): which ids are read as one entity (`projections.identities`).
        """
        return self._read.identities(upto_seq)

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
            self._read.forget()  # what was read may be out of date: ask the log again
            found = self._refusal(events)
        if found is not None:
            index, problem = found
            raise InputError(places[index] if places else f"event {index + 1}", problem)
        records = self.log.append(events, expected_seq=expected_seq, skip_known=True)
        if records:
            self._read.forget()
        return records

    def merge(self, merged: str, into: str, *, reason: str | None = None) -> LogRecord:
        """Append an `entities_merged` event: from now on `merged` (an id, name or alias) is
        read as the entity `into` names, in every answer; answers at an earlier `upto_seq`
        stay as they were. InputError, and nothing written, when either is unknown, when
        they already name one entity, or when `merged` is merged into another already.
        """
        from timeline.identity import with_content_id

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
            for r in self._read.merge_records()
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
        from timeline.identity import with_content_id

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

    def _refusal(self, events: Sequence[Event]) -> tuple[int, str] | None:
        """The first of `events` the log may not take, and why (`admission.refusal`)."""

        def document_text(document: str) -> str | None:
            found = self.catalogue.documents.get(document)
            return None if found is None else found.text

        from timeline.log.admission import refusal

        return refusal(events, present=self._read.ids, document_text=document_text)

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
        from timeline.sources.ingest import events_from_seeds  # the seed reader, only here

        events = events_from_seeds(given, self.catalogue, text_anywhere=anywhere)
        return self.append(events)
