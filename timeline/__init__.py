"""An event-sourced timeline engine for the news.

Dated events read from articles go into an append-only, hash-chained log; projections answer
what was true of an entity as of a date, from what was known when, and why.

The public names are loaded on first use (a module `__getattr__`), so that importing a part of
the package, as the command line does, does not import all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline._lazy import lazy_names
from timeline.errors import (
    ConflictError,
    DateError,
    InputError,
    TimelineError,
    UnknownEntityError,
)

if TYPE_CHECKING:
    from timeline.answers import as_json
    from timeline.api import Timeline, When, to_span
    from timeline.projections import Axes, Certainty, Diff, Evidence, Fact, State
    from timeline.time import Allen, Precision, Span, Tense, relation, resolve

__version__ = "0.1.0"

__all__ = [
    "Allen",
    "Axes",
    "Certainty",
    "ConflictError",
    "DateError",
    "Diff",
    "Evidence",
    "Fact",
    "InputError",
    "Precision",
    "Span",
    "State",
    "Tense",
    "Timeline",
    "TimelineError",
    "UnknownEntityError",
    "When",
    "__version__",
    "as_json",
    "relation",
    "resolve",
    "to_span",
]

_LAZY = {
    "as_json": "timeline.answers",
    "Timeline": "timeline.api",
    "When": "timeline.api",
    "to_span": "timeline.api",
    "Axes": "timeline.projections",
    "Certainty": "timeline.projections",
    "Diff": "timeline.projections",
    "Evidence": "timeline.projections",
    "Fact": "timeline.projections",
    "State": "timeline.projections",
    "Allen": "timeline.time",
    "Precision": "timeline.time",
    "Span": "timeline.time",
    "Tense": "timeline.time",
    "relation": "timeline.time",
    "resolve": "timeline.time",
}
"""The module of each public name loaded on first use."""


if not TYPE_CHECKING:  # a type checker sees the imports above, so a misspelt name is an error
    __getattr__, __dir__ = lazy_names(__name__, _LAZY)
