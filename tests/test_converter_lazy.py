"""The converter's tagged union of events builds a class's hooks on first use, and answers as
cattrs' `configure_tagged_union` did (tests/test_converter.py holds the round trips and the
refusals).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.converter import (
    _EVENT_CLASSES,
    EventUnion,
    _quick,
    converter,
    structure_event,
    unstructure_event,
)
from timeline.log._event_data import describe
from timeline.vocabulary.events import Event

from .helpers import COMMITTED_LOG, ROOT
from .strategies.events import events
from .strategies.hostile import mutated_json

_CHILD = """
import json
from timeline import converter
before = sorted(converter._STRUCTURE_HOOKS)
converter.structure_event(json.loads(input()))
print(json.dumps({"before": before, "after": sorted(converter._STRUCTURE_HOOKS)}))
"""


@given(event=events())
def test_structuring_leaves_the_data_as_it_was(event: Event) -> None:
    """The `type` tag is taken from a copy: the dict given to `structure_event` keeps it."""
    data = unstructure_event(event)
    kept = json.loads(json.dumps(data))
    assert event == structure_event(data)
    assert kept == data


@given(event=events())
def test_structuring_through_the_union_is_structure_event(event: Event) -> None:
    """`converter.structure(data, EventUnion)` is the event `structure_event` gives."""
    data = unstructure_event(event)
    assert structure_event(data) == converter.structure(data, EventUnion)


def test_a_class_outside_the_union_does_not_unstructure_as_one() -> None:
    """An event of the base class, in no tagged union, is a KeyError as cattrs' union gave."""
    with pytest.raises(KeyError):
        converter.unstructure(Event(), EventUnion)


def test_importing_the_converter_builds_no_decoder() -> None:
    """A new interpreter that imports the converter has built no event class's decoder, and
    decoding an event builds that class's alone.
    """
    data = json.loads(COMMITTED_LOG.read_text(encoding="utf-8").splitlines()[-1])["event"]
    line = json.dumps(data)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=line,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(done.stdout)
    assert [] == found["before"]
    assert [data["type"]] == found["after"]


def _read_by_the_converter(data: dict[str, object]) -> tuple[str, object]:
    """What the converter's own (detailed) hook makes of an event's data: ("ok", the event)
    or ("error", the one-line account `describe` gives of its error).
    """
    value = dict(data)
    cls = _EVENT_CLASSES[str(value.pop("type"))]
    try:
        return "ok", converter.get_structure_hook(cls)(value, cls)
    except Exception as exc:
        return "error", describe(exc)


def _read_by_structure_event(data: dict[str, object]) -> tuple[str, object]:
    """The same for `structure_event`, which reads through the quick converter first."""
    try:
        return "ok", structure_event(data)
    except Exception as exc:
        return "error", describe(exc)


@given(event=events())
def test_the_quick_converter_reads_every_event_as_the_converter_does(event: Event) -> None:
    """Events are read by a copy of the converter that does not gather each field's errors:
    it reads every event's data into the event the converter itself reads.
    """
    data = unstructure_event(event)
    value = dict(data)
    cls = _EVENT_CLASSES[str(value.pop("type"))]
    assert event == _quick().structure(value, cls) == converter.structure(value, cls)


@given(data=st.builds(unstructure_event, events()).flatmap(mutated_json))
def test_an_event_the_quick_converter_refuses_gets_the_converters_error(data: object) -> None:
    """Data that is not an event, damaged anywhere (a field of another type, a missing key,
    an unknown one), gets from `structure_event` the error the converter's own hook raises,
    naming the field, or the same event when the damage leaves one.
    """
    kind = data.get("type") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(kind, str) or kind not in _EVENT_CLASSES:
        return
    assert _read_by_the_converter(data) == _read_by_structure_event(data)
