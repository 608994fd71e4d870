"""The project's one cattrs converter: every value and event to JSON-ready data and back.

Dates are ISO strings, spans are objects with `start`/`end` (ISO, `end` exclusive, `null` when
open), events are a tagged union keyed by `type`. Unknown keys are refused, so a typo in a hand
written event is an error rather than a silently dropped field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Union

import cattrs
import orjson
from cattrs.gen import make_dict_unstructure_fn, override

from timeline.time.span import Precision, Span
from timeline.vocabulary.events import EVENT_TYPES, Event, PlanAnnounced, ResultsReported

__all__ = ["SCHEMA_VERSION", "canonical_json", "converter", "structure_event", "unstructure_event"]

SCHEMA_VERSION = 1
"""The version of the record and event formats; bumped on any incompatible change."""

converter = cattrs.Converter(forbid_extra_keys=True)

converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: _date(v))
converter.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
converter.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))


def _strict(kind: type) -> Any:
    """A structure hook that takes `kind` as it is and refuses anything else (no coercion)."""

    def hook(value: Any, _: Any) -> Any:
        if type(value) is not kind:
            raise ValueError(f"expected {kind.__name__}, got {type(value).__name__} {value!r}")
        return value

    return hook


for _kind in (str, int, bool):
    converter.register_structure_hook(_kind, _strict(_kind))


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO date string, got {value!r}")
    return dt.date.fromisoformat(value)


_PRECISIONS = {p: p.value for p in Precision}
"""Each precision's JSON name: a dict lookup is cheaper than the enum's `value`."""


def _unstructure_span(span: Span) -> dict[str, Any]:
    return {
        "start": None if span.start is None else span.start.isoformat(),
        "end": None if span.end is None else span.end.isoformat(),
        "precision": _PRECISIONS[span.precision],
        "approximate": span.approximate,
        "text": span.text,
        "lang": span.lang,
    }


_SPAN_KEYS = frozenset(_unstructure_span(Span.unknown()))
_PRECISION_OF = {p.value: p for p in Precision}
_strict_bool = _strict(bool)


def _structure_span(value: Any, _: Any) -> Span:
    if not isinstance(value, dict):
        raise ValueError(f"expected a span object, got {value!r}")
    if not _SPAN_KEYS.issuperset(value):
        raise ValueError(f"unknown span keys {sorted(set(value) - _SPAN_KEYS)}")
    start, end = value.get("start"), value.get("end")
    text, lang = value.get("text", ""), value.get("lang")
    if not isinstance(text, str) or not (lang is None or isinstance(lang, str)):
        raise ValueError("span text and lang must be strings")
    precision = value.get("precision", "day")
    return Span(
        None if start is None else _date(start),
        None if end is None else _date(end),
        _PRECISION_OF.get(precision) or Precision(precision),
        approximate=_strict_bool(value.get("approximate", False), bool),
        text=text,
        lang=lang,
    )


converter.register_unstructure_hook(Span, _unstructure_span)
converter.register_structure_hook(Span, _structure_span)


EventUnion = Union[*EVENT_TYPES]  # type: ignore[valid-type]
"""The union of the event classes, tagged by each class's `TYPE` under `type`."""

_EVENT_CLASSES: dict[str, type[Event]] = {cls.TYPE: cls for cls in EVENT_TYPES}
_STRUCTURE_HOOKS: dict[str, Any] = {}


def _structure_tagged(value: Any, _: Any) -> Event:
    """The event of a tagged dict, through its class's hook, built on the first event of
    that class: `cattrs.strategies.configure_tagged_union` builds the hooks of every class
    at import, most of a `timeline state`'s start-up. Same behaviour: the tag is popped from
    a copy (unknown keys are refused), KeyError for a missing or unknown tag.
    """
    value = value.copy()
    tag = value.pop("type")
    hook = _STRUCTURE_HOOKS.get(tag)
    if hook is None:
        cls = _EVENT_CLASSES[tag]
        hook = _STRUCTURE_HOOKS[tag] = _structure_with(converter.get_structure_hook(cls), cls)
    event: Event = hook(value)
    return event


def _structure_with(hook: Any, cls: type[Event]) -> Any:
    return lambda value: hook(value, cls)


def _unstructure_tagged(event: Event) -> dict[str, Any]:
    """The dict of an event of one of the union's classes, with its `type` tag (KeyError for
    a class outside the union).
    """
    if type(event) not in _IN_UNION:
        raise KeyError(type(event))
    return unstructure_event(event)


_IN_UNION = frozenset(EVENT_TYPES)


converter.register_structure_hook(EventUnion, _structure_tagged)
converter.register_unstructure_hook(EventUnion, _unstructure_tagged)


def unstructure_event(event: Event) -> dict[str, Any]:
    """The JSON-ready dict of an event, with its `type` tag.

    The same dict as `converter.unstructure(event, EventUnion)`, through the converter's hook
    for the event's own class (looked up once a class), which spares the tagged union's
    dispatch on every event: a quarter of the time, on the append path.
    """
    kind = type(event)
    hook = _EVENT_HOOKS.get(kind)
    if hook is None:
        hook = _EVENT_HOOKS[kind] = converter.get_unstructure_hook(kind)
    data: dict[str, Any] = hook(event)
    data["type"] = kind.TYPE
    return data


_EVENT_HOOKS: dict[type, Any] = {}

_LATER_FIELDS: dict[type[Event], tuple[str, ...]] = {
    PlanAnnounced: ("topic",),
    ResultsReported: ("exact",),
}
"""Fields added to an event type after its records were first written (all optional): left
out of the event's dict while they hold their default, so the events of older logs keep their
dicts, and their content-derived ids."""


def _omitting(cls: type[Event], names: tuple[str, ...]) -> Any:
    """The unstructure hook of `cls` that leaves out `names` at their default, built on the
    first event of the class (as `_structure_tagged` builds its hooks).
    """
    built: Any = None

    def hook(event: Event) -> dict[str, Any]:
        nonlocal built
        if built is None:
            omitted: dict[str, Any] = {n: override(omit_if_default=True) for n in names}
            built = make_dict_unstructure_fn(cls, converter, **omitted)
        data: dict[str, Any] = built(event)
        return data

    return hook


for _cls, _names in _LATER_FIELDS.items():
    converter.register_unstructure_hook(_cls, _omitting(_cls, _names))


def structure_event(data: Any) -> Event:
    """The event a JSON-ready dict describes.

    Raises a cattrs validation error, or KeyError for an unknown `type` tag, when it does not
    describe one; callers turn either into an `InputError` naming the place.
    """
    event: Event = converter.structure(data, EventUnion)
    return event


def canonical_json(data: Any) -> str:
    """The one JSON text of `data` that hashes and ids are computed over (sorted, compact).

    It is `json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)`,
    written by orjson when it can (six to eight times faster, the same bytes for the strings,
    integers, booleans, nulls, lists and objects the engine hashes; it holds no floats), by
    `json` otherwise (an integer beyond 64 bits, a key that is not a string).
    """
    try:
        return orjson.dumps(data, option=_ORJSON_CANONICAL).decode("utf-8")
    except TypeError:
        import json  # the rare fallback, imported when it is needed

        return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_ORJSON_CANONICAL = (
    orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
)
