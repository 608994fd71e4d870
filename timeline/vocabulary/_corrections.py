"""Corrections and retractions: a later source corrects or withdraws an earlier event, by
id; the earlier record stays in the log.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from timeline.vocabulary._base import Reported


@attrs.frozen(kw_only=True)
class FactCorrected(Reported):
    """A later source corrects an earlier event: its attribute now has a new value or span."""

    TYPE: ClassVar[str] = "fact_corrected"
    ROLES: ClassVar[tuple[str, ...]] = ("entity",)
    corrects: str
    entity: str
    attribute: str
    value: str | None = None


@attrs.frozen(kw_only=True)
class EventRetracted(Reported):
    """A later source withdraws an earlier event, by id; the earlier record stays in the log."""

    TYPE: ClassVar[str] = "event_retracted"
    retracts: str
    reason: str | None = None
