"""The start-up benchmark's floors are what it says they are (`benchmarks/startup.py`)."""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import pytest

_BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
if str(_BENCHMARKS) not in sys.path:
    sys.path.insert(0, str(_BENCHMARKS))

import startup  # noqa: E402


def test_the_second_floor_defines_one_frozen_class_per_count_with_that_many_fields() -> None:
    """The floor program makes the libraries' converter, then a frozen attrs class per entry,
    each with as many fields as the entry says, all defaulting to None.
    """
    space: dict[str, object] = {}
    exec(compile(startup.floor_program([3, 0, 7]), "floor.py", "exec"), space)
    classes = [space[f"K{i}"] for i in range(3)]
    assert all(isinstance(c, type) and attrs.has(c) for c in classes)
    assert [len(attrs.fields(c)) for c in classes] == [3, 0, 7]  # type: ignore[arg-type]
    instance = classes[2]()  # type: ignore[operator]
    assert instance.f6 is None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        instance.f0 = 1
    assert "converter" in space
    assert "K3" not in space


def test_the_census_counts_the_classes_a_state_answer_loads() -> None:
    """The census runs a `state` answer in a child and counts the attrs classes it loaded:
    at least the span, the record and an event class, each with at least one field, and a
    warm answer's time.
    """
    fields, warm = startup.census(startup._environment())
    assert len(fields) >= 10
    assert sum(fields) >= len(fields)
    assert warm > 0
