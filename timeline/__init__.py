"""An event-sourced timeline engine for the news.

Dated events read from articles go into an append-only, hash-chained log; projections answer
what was true of an entity as of a date, from what was known when, and why.
"""

from timeline.answers import as_json
from timeline.api import Timeline, When, to_span
from timeline.errors import (
    ConflictError,
    DateError,
    InputError,
    TimelineError,
    UnknownEntityError,
)
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
