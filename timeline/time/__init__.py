"""Time: spans of days, how they order, and date expressions resolved to spans."""

from timeline.time.machine import parse_machine
from timeline.time.normalize import Tense, resolve
from timeline.time.order import Allen, definitely_before, possibly_before, relation, replay_key
from timeline.time.span import Precision, Span

__all__ = [
    "Allen",
    "Precision",
    "Span",
    "Tense",
    "definitely_before",
    "parse_machine",
    "possibly_before",
    "relation",
    "replay_key",
    "resolve",
]
