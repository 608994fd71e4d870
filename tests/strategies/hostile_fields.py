"""Hostile fields: events built in code with one field set to a value a reader refuses, or
that the field may not hold.
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import strategies as st

from timeline.identity import with_content_id
from timeline.vocabulary.documents import Document
from timeline.vocabulary.events import Event

from .events import REPORTED_STRATEGIES


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def hostile_values() -> st.SearchStrategy[Any]:
    """Values a log reader refuses, or that an event's field may not hold: integers beyond 64
    bits (and just inside), NaN and the infinities, lone surrogates, lists nested around the
    32 levels a record may, and plain values of every other JSON type.
    """
    return st.one_of(
        st.integers(min_value=2**63 - 2, max_value=2**70),
        st.integers(min_value=-(2**70), max_value=-(2**63) + 2),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),
        st.integers(26, 40).map(_nested),
        st.none() | st.booleans() | st.text(max_size=5),
    )


@st.composite
def hostile_events(draw: st.DrawFn, document: Document | None = None) -> Event:
    """A reported event of any class citing `document` (a correction or a retraction names a
    target in no log), one of its fields other than the id set to a `hostile_values()` value,
    with its content id recomputed when that can be done.
    """
    make = draw(st.sampled_from(tuple(REPORTED_STRATEGIES.values())))
    event = with_content_id(draw(make(document)))
    names = [f.name for f in attrs.fields(type(event)) if f.name != "id"]
    name, value = draw(st.sampled_from(names)), draw(hostile_values())
    try:
        changed = attrs.evolve(event, **{name: value})
    except (TypeError, ValueError):
        return event  # a validator refused the value: the event as it was
    try:
        return with_content_id(changed)
    except (TypeError, ValueError, AttributeError):
        return changed
