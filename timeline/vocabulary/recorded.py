"""What a projection folds: an event with the two facts of its recording.

A projection reads the log's records only through this protocol: the event, its sequence
number (the recording-time axis, `upto_seq`) and when it was recorded. The log's own record
(`timeline.log.LogRecord`) is one; a projection never sees its hash chain, schema or line.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from timeline.vocabulary.events import Event

__all__ = ["Recorded"]


class Recorded(Protocol):
    """An event as the log recorded it: its place in the log and the moment it came in."""

    @property
    def seq(self) -> int:
        """Its sequence number in the log, from 1."""
        ...

    @property
    def recorded_at(self) -> dt.datetime:
        """When the log took it (UTC)."""
        ...

    @property
    def event(self) -> Event:
        """What it says happened."""
        ...
