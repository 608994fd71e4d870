"""The as-of index kept beside a log's records: it chooses, the folds stay the same.

A state of one entity as of a date needs only some records: which, is the rule of
`timeline.log.selection`. `AsOfIndex` asks it along query axes; `admitted` and `fold_state`
then run on the records it gives unchanged, so an indexed answer is exactly the full replay's.
Built from records up to some `upto`, it is brought up to date by filing only the records
after it (the tail). An indexed store (SQLite) keeps the same filings in its tables.
"""

from __future__ import annotations

from collections.abc import Iterable

from timeline.log.records import LogRecord
from timeline.log.selection import Filings
from timeline.projections.axes import Axes

__all__ = ["AsOfIndex"]


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
        return self._filings.select(entity, limit=axes.limit, upto=axes.upto_seq)
