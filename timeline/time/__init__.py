"""Time: spans of days, how they order, and date expressions resolved to spans.

The normalizer (`resolve`, `Tense`) is loaded on first use (a module `__getattr__`): reading a
log needs spans, not the date grammar and its parser tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline.time.machine import parse_machine
from timeline.time.order import Allen, definitely_before, possibly_before, relation, replay_key
from timeline.time.span import Precision, Span

if TYPE_CHECKING:
    from timeline.time.normalize import Tense, resolve

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

if not TYPE_CHECKING:  # a type checker sees the import above, so a misspelt name is an error

    def __getattr__(name: str) -> Any:
        """`resolve` or `Tense`, imported from `timeline.time.normalize` on first use."""
        if name not in ("resolve", "Tense"):
            raise AttributeError(f"module 'timeline.time' has no attribute {name!r}")
        from timeline.time import normalize

        value = getattr(normalize, name)
        globals()[name] = value
        return value
