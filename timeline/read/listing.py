"""`timeline log` and `Timeline.log_records`: the records of a log, filtered as they stream."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from timeline.errors import InputError
from timeline.log import LogRecord
from timeline.vocabulary.events import EVENT_TAGS, involved

__all__ = ["known_types", "listed"]


def known_types(types: Iterable[str]) -> set[str]:
    """`types` as a set; InputError for an unknown event type, naming the closest known one."""
    wanted = set(types)
    unknown = sorted(wanted - EVENT_TAGS)
    if unknown:
        close = difflib.get_close_matches(unknown[0], sorted(EVENT_TAGS), n=1)
        hint = f"did you mean {close[0]}? " if close else ""
        raise InputError(
            "--type",
            f"unknown event type {unknown[0]!r}; {hint}known: {', '.join(sorted(EVENT_TAGS))}",
        )
    return wanted


def listed(
    records: Iterable[LogRecord],
    *,
    first: int | None = None,
    last: int | None = None,
    types: set[str] | frozenset[str] = frozenset(),
    entity: str | None = None,
) -> Iterator[LogRecord]:
    """Those of `records` recorded on a day ordinal from `first` and before `last`, of one of
    `types` (any, when empty), involving the id `entity` or registering it.
    """
    for record in records:
        day = record.recorded_at.date().toordinal()
        if (first is not None and day < first) or (last is not None and day >= last):
            continue
        if types and record.event.TYPE not in types:
            continue
        if entity is not None and entity not in involved(record.event):
            continue
        yield record
