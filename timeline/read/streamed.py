"""The state of one entity by a full replay in bounded memory: the records of one streamed
read (`timeline.log.streamed`) folded by the same projections as everywhere, `admitted` and
`fold_state`.

Merges (`projections.identities`) are folded from the same pass: when the entity turns out to
be one of several merged ids, the records are read again for all of them, and its events are
read as merged.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from timeline.log.protocol import Stored
from timeline.log.streamed import stream_selected
from timeline.projections.admitted import admitted
from timeline.projections.axes import Axes
from timeline.projections.catalogue import catalogue
from timeline.projections.identities import identities
from timeline.projections.state import State, fold_state

__all__ = ["streamed_state"]


def streamed_state(
    lines: Callable[[], Iterable[Stored]],
    entity: str,
    axes: Axes | None = None,
    *,
    owned: Iterable[str] = (),
    naming: Callable[[Collection[str], int], Iterable[Stored]] | None = None,
    members: Collection[str] = (),
) -> State:
    """The state of `entity` along `axes`, replayed from the stored records that `lines()`
    gives in log order; equal to the state a full replay of the decoded log gives.

    `entity` is best an id: a name or alias is found in the registrations once the records
    have been read, and they are read a second time for the entity's id. `owned` and `naming`
    are those of `stream_selected`; `members`, the ids merged with `entity` already known.
    """
    axes = axes or Axes()
    group = {entity, *members}
    read = stream_selected(lines, group, axes.upto_seq, owned=owned, naming=naming)
    names = catalogue(read.registrations)
    found = names.find(entity)
    merged = identities(r.event for r in read.merges)
    kept_id = merged.resolve(found.id)
    if kept_id != entity or not merged.group(kept_id) <= group:
        others = merged.group(kept_id) - {kept_id}
        return streamed_state(lines, kept_id, axes, owned=owned, naming=naming, members=others)
    records = merged.records(read.records)
    found = merged.kept(found, names.entities)
    return fold_state(admitted(records, axes), names, found, axes)
