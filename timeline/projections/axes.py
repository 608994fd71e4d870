"""The three axes every query is asked along, and which events each admits.

- `as_of` (valid time): what had happened by the end of this span. An event whose span ends by
  then is *definite*; one that starts before then but ends after is *possible*; later events are
  out.
- `known_at` (publication time): only events whose source was published by the end of this span.
- `upto_seq` (recording time): the log as it stood at this sequence number.

Every axis defaults to "everything".
"""

from __future__ import annotations

import enum

import attrs

from timeline.time.span import Span
from timeline.vocabulary.recorded import Recorded

__all__ = ["Axes", "Certainty"]

_EVERYTHING = Span.unknown()


class Certainty(enum.Enum):
    """Whether an event surely happened by the query date or only may have."""

    DEFINITE = "definite"
    POSSIBLE = "possible"


@attrs.frozen
class Axes:
    """Where a query stands on valid, publication and recording time."""

    as_of: Span | None = None
    known_at: Span | None = None
    upto_seq: int | None = None

    def recorded(self, record: Recorded) -> bool:
        """True when the record was in the log at `upto_seq`."""
        return self.upto_seq is None or record.seq <= self.upto_seq

    def known(self, known_since_ordinal: int) -> bool:
        """True when a source published on that day was out by the end of `known_at`."""
        return self.known_at is None or known_since_ordinal < self.known_at.end_key

    @property
    def limit(self) -> int:
        """The day ordinal an event must start before to be admitted (an event whose span,
        corroborated, starts on or after it is not, `certainty`): the day after `as_of`.
        """
        return (self.as_of or _EVERYTHING).end_key

    def certainty(self, when: Span) -> Certainty | None:
        """How surely an event over `when` had happened by `as_of`; None if not at all."""
        limit = self.limit
        if when.end_key <= limit:
            return Certainty.DEFINITE
        if when.start_key < limit:
            return Certainty.POSSIBLE
        return None
