"""Events from JSON data, and back: the one gate for events from outside (`event_from_data`),
the one-line account of a structuring error (`describe`), and what would make an event built
in code unreadable once written (`event_problem`).
"""

from __future__ import annotations

from typing import Any

import attrs
import cattrs

from timeline.converter import structure_event, unstructure_event
from timeline.log._strict_json import json_problem
from timeline.vocabulary.events import EVENT_TAGS, Event, Reported

__all__ = ["describe", "event_from_data", "event_problem"]


def event_from_data(data: Any) -> Event:
    """The event that decoded JSON describes; ValueError with a one-line reason otherwise.

    The one gate for events from outside (log records, `timeline append`): whatever `data`
    is, nothing but ValueError comes out.
    """
    if not isinstance(data, dict):
        raise ValueError(f"an event must be a JSON object, not {type(data).__name__}")
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in EVENT_TAGS:
        raise ValueError(f"unknown event type {kind!r}; known: {', '.join(sorted(EVENT_TAGS))}")
    try:
        event = structure_event(data)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, OverflowError) as exc:
        raise ValueError(f"{kind}: {describe(exc)}") from None
    if isinstance(event, Reported) and not event.entities:
        raise ValueError(f"{kind}: a reported event names at least one entity")
    return event


def describe(exc: BaseException) -> str:
    """A one-line account of a structuring error, naming the innermost cause."""
    if isinstance(exc, cattrs.BaseValidationError):
        notes = cattrs.transform_error(exc, format_exception=_reason)
        return "; ".join(notes) if notes else str(exc)
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _reason(exc: BaseException, type_: Any) -> str:
    """A structuring error's own message when it has one (a date out of range, a span
    ending before it starts), else cattrs' account of it.
    """
    if type(exc) is ValueError and str(exc):
        return str(exc).splitlines()[0]
    return cattrs.v.format_exception(exc, type_)


def event_problem(event: Event) -> str | None:
    """What would make the record of `event` unreadable, None when nothing would: the limits
    of `decode_record` (an integer beyond 64 bits, nesting deeper than 32 levels, a lone
    surrogate, a number that is not finite) and the types of `event_from_data` (a field of
    another type than its class declares, which the attrs classes do not check).

    For the library's front door (`Timeline.append`), which takes events built in code:
    events decoded from JSON or a seed file have their types already.
    """
    try:
        data = unstructure_event(event)
    except Exception as exc:  # a value the field's unstructuring cannot take: any error
        return f"{event.TYPE}: a field holds what it cannot ({describe(exc)})"
    problem = json_problem(data, depth=1)
    if problem:
        return f"{event.TYPE}: {problem}"
    try:
        decoded = event_from_data(data)
    except ValueError as exc:
        return str(exc)
    if decoded != event:  # a value of another type that converts silently ("0" for ("0",))
        for field in attrs.fields(type(event)):
            given, read = getattr(event, field.name), getattr(decoded, field.name)
            if given != read:
                return f"{event.TYPE}: field {field.name!r} holds {given!r}, read back as {read!r}"
        return f"{event.TYPE}: does not read back as it was given"
    return None
