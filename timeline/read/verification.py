"""`Timeline.verify`: the whole log checked, and on an indexed store its index and snapshot."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

import attrs

from timeline.log import EventLog
from timeline.log.verify import Problem, RawLine, Verdict, check
from timeline.progress import counted
from timeline.read.stored_catalogue import snapshot_problems

__all__ = ["Verification", "verified"]


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


def verified(
    log: EventLog,
    *,
    expect_head: str | None = None,
    progress: Callable[[int], None] | None = None,
    faults: int = 10,
) -> Verification:
    """What `Timeline.verify` says of `log` (its docstring tells what is checked)."""
    store = log if log.indexed else None
    with log.reading():
        lines: Iterable[RawLine] = log.raw_lines()
        if progress is not None:
            lines = counted(lines, progress)
        verdict = check(lines, expect_head=expect_head)
        if store is None or not verdict.ok:
            return Verification(verdict=verdict, indexed=store is not None)
        found = itertools.chain(store.index_problems(), snapshot_problems(store))
        return Verification(
            verdict=verdict, index_faults=tuple(itertools.islice(found, faults)), indexed=True
        )
