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

from timeline.converter import EventUnion, converter, structure_event, unstructure_event
from timeline.vocabulary.events import Event

from .helpers import COMMITTED_LOG, ROOT
from .strategies.events import events

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
