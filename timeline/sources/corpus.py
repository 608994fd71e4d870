"""Many articles at once: folders of seed files, and what each file brought to the log.

`seed_files` expands folders: a folder stands for its `*.toml` files, in name order, except a
draft (`X.draft.toml`) that has a reviewed copy beside it (`X.reviewed.toml`, as `timeline
serve` writes it), which stands in its place. `ingest_corpus` checks every file, appends all
their new events in one batch (nothing is written on any error, as `Timeline.ingest`), and
says per file what it brought: events new to the log, events it already held, reports that
corroborate an event of another source (`same_event`), and reports that conflict with one (a
founding, a release or an acquisition placed on disjoint spans).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from timeline.errors import InputError
from timeline.projections.corroboration import ONCE, identity_key, same_event
from timeline.sources.ingest import events_by_seed
from timeline.vocabulary.events import Reported

if TYPE_CHECKING:
    from timeline.api import Timeline

__all__ = ["FileReport", "ingest_corpus", "seed_files"]


@attrs.frozen
class FileReport:
    """What one seed file brought to the log."""

    path: str
    reported: int
    """Its reported events (registrations of sources and entities aside)."""
    new: int
    """Of those, the ones the log did not hold."""
    known: int
    """Of those, the ones the log already held (the same content)."""
    corroborations: int
    """New reports of an event that another source had reported."""
    conflicts: int
    """New reports placing a once-only event on a span disjoint from another source's."""

    def line(self) -> str:
        """The report as one line of text."""
        out = f"{self.path}: {self.new} new events"
        if self.known:
            out += f", {self.known} already in the log"
        if self.corroborations:
            out += f", {self.corroborations} corroborating another source"
        if self.conflicts:
            out += f", {self.conflicts} in conflict with another source"
        return out


def seed_files(paths: Iterable[str | Path]) -> list[Path]:
    """The seed files named by `paths`: files as given, folders as their seed files."""
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            out.append(path)
            continue
        found = sorted(p for p in path.glob("*.toml") if p.is_file())
        names = {p.name for p in found}
        for p in found:
            if p.name.endswith(".draft.toml"):
                reviewed = p.name[: -len(".draft.toml")] + ".reviewed.toml"
                if reviewed in names:
                    continue
            out.append(p)
        if not found:
            raise InputError(str(path), "a folder without seed files (*.toml)")
    return out


def ingest_corpus(
    tl: Timeline, paths: Iterable[str | Path], *, text_anywhere: bool = False
) -> list[FileReport]:
    """Check the seed files of `paths`, append their new events, and report per file.

    With `text_anywhere`, a seed file named in `paths` (not one found in a folder) may name
    its text outside its own folder (`timeline.sources.annotations.read_seed`).
    """
    given = [Path(p) for p in paths]
    files = seed_files(given)
    named = {p for p in given if not p.is_dir()} if text_anywhere else set()
    by_seed = events_by_seed(files, tl.catalogue, text_anywhere=named)
    held: set[str] = set()
    earlier: list[Reported] = []
    for record in tl.records():  # one read of the log: what it holds, and what it reported
        held.add(record.event.id)
        if isinstance(record.event, Reported):
            earlier.append(record.event)
    tl.append([event for _, events in by_seed for event in events])
    reports = []
    for path, events in by_seed:
        reported = [e for e in events if isinstance(e, Reported)]
        new = [e for e in reported if e.id not in held]
        corroborating = sum(1 for e in new if _corroborates(e, earlier))
        conflicting = sum(1 for e in new if _conflicts(e, earlier))
        reports.append(
            FileReport(
                str(path),
                len(reported),
                len(new),
                len(reported) - len(new),
                corroborating,
                conflicting,
            )
        )
        held.update(e.id for e in new)
        earlier.extend(new)
    return reports


def _corroborates(event: Reported, earlier: Sequence[Reported]) -> bool:
    return any(
        other.source.document != event.source.document and same_event(event, other)
        for other in earlier
    )


def _conflicts(event: Reported, earlier: Sequence[Reported]) -> bool:
    if type(event) not in ONCE:
        return False
    key = identity_key(event)
    return key is not None and any(
        other.source.document != event.source.document
        and identity_key(other) == key
        and not event.when.overlaps(other.when)
        for other in earlier
    )
