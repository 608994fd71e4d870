"""The converter: every event and span to JSON-ready data and back, strictly, and content ids."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.converter import EventUnion, converter, structure_event, unstructure_event
from timeline.errors import InputError
from timeline.identity import content_id, with_content_id
from timeline.log.records import GENESIS, decode_record, encode_record, seal, seal_encoded
from timeline.time.span import Span
from timeline.vocabulary.documents import Citation
from timeline.vocabulary.events import (
    EVENT_TYPES,
    REPORTED_TYPES,
    Event,
    Founded,
    ResultsReported,
)

from .strategies.dates import spans
from .strategies.events import REPORTED_STRATEGIES, events, events_of

_BY_NAME = pytest.mark.parametrize("cls", EVENT_TYPES, ids=lambda cls: cls.__name__)
_REFUSALS = (cattrs.BaseValidationError, KeyError, TypeError, ValueError)
"""What structuring raises on bad data: cattrs' errors, and KeyError for a bad `type` tag."""
_RECORDED_AT = dt.datetime(2024, 3, 12, 9, 30, tzinfo=dt.UTC)


def _json_trip(data: Any) -> Any:
    return json.loads(json.dumps(data))


def test_every_event_type_has_a_strategy() -> None:
    """The strategies cover every reported event class, so the round trips cover every type."""
    assert set(REPORTED_TYPES) == set(REPORTED_STRATEGIES)


@_BY_NAME
@given(data=st.data())
def test_every_event_type_survives_a_round_trip(cls: type[Event], data: st.DataObject) -> None:
    """An event comes back equal from its unstructured form, also through JSON text."""
    event = data.draw(events_of(cls).map(with_content_id))
    unstructured = unstructure_event(event)
    assert event == structure_event(unstructured)
    assert event == structure_event(_json_trip(unstructured))


@given(
    data=st.data(),
    whole=st.integers(-(10**9), 10**9),
    decimals=st.text("0123456789", min_size=1, max_size=4),
)
def test_a_result_with_decimals_survives_a_round_trip(
    data: st.DataObject, whole: int, decimals: str
) -> None:
    """A result with an exact figure (its whole value, a point, its decimals) comes back
    equal from its unstructured form and through JSON text, its decimals written as drawn.
    """
    drawn = data.draw(events_of(ResultsReported))
    assert isinstance(drawn, ResultsReported)
    event = with_content_id(attrs.evolve(drawn, value=whole, exact=f"{whole}.{decimals}"))
    unstructured = unstructure_event(event)
    assert f"{whole}.{decimals}" == unstructured["exact"]
    assert event == structure_event(unstructured)
    assert event == structure_event(_json_trip(unstructured))


@given(event=events())
def test_unstructured_events_are_tagged_with_their_type(event: Event) -> None:
    """The unstructured form names its class in `type`, the union's tag."""
    expected = type(event).TYPE
    assert expected == unstructure_event(event)["type"]


@given(event=events())
def test_the_per_class_unstructure_equals_the_tagged_union(event: Event) -> None:
    """`unstructure_event`'s shortcut through each class's hook gives the tagged union's dict."""
    assert converter.unstructure(event, EventUnion) == unstructure_event(event)


@given(batch=st.lists(events(), min_size=1, max_size=5), last_seq=st.integers(0, 10**6))
def test_a_sealed_line_is_the_record_encoded(batch: list[Event], last_seq: int) -> None:
    """The line `seal_encoded` writes beside each record is `encode_record` of that record,
    and the record's hash is the one its fields give.
    """
    sealed = seal_encoded(batch, last_seq=last_seq, last_hash=GENESIS, recorded_at=_RECORDED_AT)
    for record, line, data in sealed:
        assert encode_record(record) == line
        assert record.computed_hash() == record.hash
        assert unstructure_event(record.event) == data


def test_event_type_tags_are_distinct() -> None:
    """No two event classes share a tag, so a tag names exactly one class."""
    tags = [cls.TYPE for cls in EVENT_TYPES]
    assert sorted(set(tags)) == sorted(tags)


@given(event=events(), key=st.text(min_size=1, max_size=10))
def test_an_unknown_key_on_an_event_is_refused(event: Event, key: str) -> None:
    """A key the event class does not have is an error, not a silently dropped field."""
    data = unstructure_event(event)
    if key in data:
        key += "_extra"
    data[key] = "surprise"
    with pytest.raises(cattrs.BaseValidationError):
        structure_event(data)


def _nested_objects(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every JSON object inside `data` (the span, the citation, the document, the entity)."""
    for value in data.values():
        if isinstance(value, dict):
            yield value
            yield from _nested_objects(value)


@given(event=events())
def test_an_unknown_key_inside_a_nested_value_is_refused(event: Event) -> None:
    """Spans, citations, documents and entities refuse unknown keys as events do."""
    for i in range(len(list(_nested_objects(unstructure_event(event))))):
        data = unstructure_event(event)
        list(_nested_objects(data))[i]["unexpected"] = 1
        with pytest.raises(cattrs.BaseValidationError):
            structure_event(data)


@given(event=events(), tag=st.text(max_size=20))
def test_an_unknown_type_tag_is_refused(event: Event, tag: str) -> None:
    """Data tagged with a type no event class has does not structure."""
    data = unstructure_event(event)
    if tag in {cls.TYPE for cls in EVENT_TYPES}:
        tag += "_unknown"
    data["type"] = tag
    with pytest.raises(_REFUSALS):
        structure_event(data)


@given(event=events())
def test_an_event_without_a_type_tag_is_refused(event: Event) -> None:
    """Data with no `type` does not structure, whatever else it holds."""
    data = unstructure_event(event)
    del data["type"]
    with pytest.raises(_REFUSALS):
        structure_event(data)


@given(event=events(), tag=st.text(min_size=1, max_size=20))
def test_a_record_with_an_unknown_type_tag_is_an_input_error(event: Event, tag: str) -> None:
    """Reading a log line whose event has an unknown tag raises InputError naming the place."""
    record = seal(event, seq=1, prev=GENESIS, recorded_at=_RECORDED_AT, commit=True)
    data = json.loads(encode_record(record))
    data["event"]["type"] = tag + "_unknown"
    with pytest.raises(InputError, match="line 7"):
        decode_record(json.dumps(data), "line 7")


@given(span=spans())
def test_a_span_survives_a_round_trip_through_the_converter(span: Span) -> None:
    """A span comes back equal from its unstructured form, also through JSON text."""
    data = converter.unstructure(span, Span)
    assert span == converter.structure(data, Span)
    assert span == converter.structure(_json_trip(data), Span)


@given(span=spans())
def test_an_unstructured_span_holds_iso_bounds(span: Span) -> None:
    """Span bounds are ISO dates, or null when open."""
    data = converter.unstructure(span, Span)
    expected = [
        None if span.start is None else span.start.isoformat(),
        None if span.end is None else span.end.isoformat(),
    ]
    assert expected == [data["start"], data["end"]]


@given(span=spans(), key=st.text(min_size=1, max_size=10))
def test_an_unknown_key_on_a_span_is_refused(span: Span, key: str) -> None:
    """A span with a key it does not have is an error."""
    data = converter.unstructure(span, Span)
    if key in data:
        key += "_extra"
    data[key] = None
    with pytest.raises(ValueError, match="unknown span keys"):
        converter.structure(data, Span)


# Content ids --------------------------------------------------------------------------------


def test_a_content_id_does_not_drift_between_versions() -> None:
    """A known event keeps the id it was stored with, so committed logs keep verifying."""
    event = Founded(
        entities=("mistral-ai",),
        when=Span.month(2023, 4, text="avril 2023", lang="fr"),
        source=Citation(document="doc-lemonde", quote="fondée en avril 2023", start=10, end=30),
        known_since=dt.date(2024, 3, 12),
        founders="trois chercheurs",
    )
    assert "founded-8c5fe431fd872a9d" == content_id(event)


@given(event=events())
def test_a_content_id_names_the_type_and_sixteen_hex_digits(event: Event) -> None:
    """An id reads `<type>-<16 hex digits>`."""
    assert re.fullmatch(rf"{re.escape(event.TYPE)}-[0-9a-f]{{16}}", content_id(event))


@given(event=events(), other_id=st.text(max_size=30))
def test_a_content_id_ignores_the_id_the_event_carries(event: Event, other_id: str) -> None:
    """The id is computed from the content alone, so setting it does not change it."""
    assert content_id(event) == content_id(attrs.evolve(event, id=other_id))


@given(event=events())
def test_with_content_id_is_idempotent(event: Event) -> None:
    """Setting the content id twice changes nothing the second time."""
    assert event == with_content_id(event)


@given(event=events())
def test_a_content_id_is_stable_through_json(event: Event) -> None:
    """The event read back from JSON has the same content id: ids survive storage."""
    assert content_id(event) == content_id(structure_event(_json_trip(unstructure_event(event))))


def _single_field_variants(value: Any, other: Any) -> Iterator[Any]:
    """`value` with one field, at any depth, replaced by the differing one from `other`."""
    for field in attrs.fields(type(value)):
        if field.name == "id" and isinstance(value, Event):
            continue
        mine, theirs = getattr(value, field.name), getattr(other, field.name)
        if mine == theirs:
            continue
        yield from _evolved(value, field.name, theirs)
        if attrs.has(type(mine)) and type(mine) is type(theirs):
            for nested in _single_field_variants(mine, theirs):
                yield attrs.evolve(value, **{field.name: nested})


def _evolved(value: Any, name: str, new: Any) -> Iterator[Any]:
    """`value` with `name` set to `new`, or nothing when that breaks a validator (a span's end)."""
    try:
        yield attrs.evolve(value, **{name: new})
    except ValueError:
        return


# Each example checks every field on which the two drawn events differ, so fewer will do.
@_BY_NAME
@settings(max_examples=max(10, settings().max_examples // 4))
@given(data=st.data())
def test_a_content_id_changes_when_any_field_changes(cls: type[Event], data: st.DataObject) -> None:
    """Two events that differ in a single field, however deep, have different ids."""
    event = data.draw(events_of(cls), label="event")
    other = data.draw(events_of(cls), label="other")
    for variant in _single_field_variants(event, other):
        assert content_id(event) != content_id(variant), variant
