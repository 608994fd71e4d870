"""Hostile input: mutations of real inputs (log lines, events as JSON, seed files) and texts
that are, or nearly are, JSON, for fuzzing the readers: whatever they are given, only a
documented error may come out.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

HOSTILE_JSON_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    2**64,
    -(2**70),
    1.5,
    "",
    " ",
    "\x00",
    "\ud800",
    "é" * 40,
    "2024-02-30",
    "2024-13-01",
    "9999-12-31",
    "0001-01-01",
    "2024-03-12T09:30:00",
    "../../../etc/passwd",
    "teleported",
    "founded",
    "source_registered",
    [],
    {},
    [1, "a", None],
    {"start": "2024-03-01", "end": "2024-02-01"},
    {"type": "founded"},
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
)
"""JSON values that break assumptions: wrong types, impossible dates, lone surrogates,
integers beyond 64 bits, deep nesting, paths that escape."""


def _json_paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path (keys and indexes) into nested dicts and lists, the root included."""
    paths = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            paths += _json_paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            paths += _json_paths(value, (*prefix, index))
    return paths


_REMOVE = object()


def _replace(data: Any, path: tuple[Any, ...], new: Any) -> Any:
    """A copy of `data` with the value at `path` replaced by `new` (removed when `new` is
    `_REMOVE`).
    """
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        out = dict(data)
        if rest or new is not _REMOVE:
            out[head] = _replace(data[head], rest, new)
        else:
            del out[head]
        return out
    items = list(data)
    if rest or new is not _REMOVE:
        items[head] = _replace(items[head], rest, new)
    else:
        del items[head]
    return items


@st.composite
def mutated_json(draw: st.DrawFn, data: Any) -> Any:
    """`data` with one to three of its values replaced by hostile ones, removed, swapped
    with another of its values, or given an unknown key.
    """
    for _ in range(draw(st.integers(1, 3))):
        paths = _json_paths(data)
        path = draw(st.sampled_from(paths))
        other = draw(st.sampled_from(paths))
        values = [_REMOVE] if path else []
        new = draw(
            st.sampled_from([*HOSTILE_JSON_VALUES, *values])
            | st.just(_value_at(data, other))
            | st.integers()
            | st.text(max_size=10)
        )
        data = _replace(data, path, new)
        if isinstance(data, dict) and draw(st.booleans()):
            data = {**data, draw(st.text(max_size=5)): draw(st.sampled_from(HOSTILE_JSON_VALUES))}
    return data


def _value_at(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


_GARBAGE = st.sampled_from(
    [b"\x00", b"\n", b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"{", b"}", b'"', b"\\", b"\r\n"]
) | st.binary(min_size=1, max_size=20)


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """`data` after one to three accidents or attacks: a flipped byte, a cut, a deleted or
    repeated span, a duplicated, dropped or swapped line, garbage or broken UTF-8 inserted.
    """
    for _ in range(draw(st.integers(1, 3))):
        size = len(data)
        at = draw(st.integers(0, size))
        kind = draw(
            st.sampled_from(["flip", "cut", "delete", "repeat", "garbage", "line", "swap", "drop"])
        )
        lines = data.splitlines(keepends=True)
        if kind == "flip" and size:
            at = min(at, size - 1)
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif kind == "cut":
            data = data[:at]
        elif kind in ("delete", "repeat"):
            end = draw(st.integers(at, min(size, at + 200)))
            data = data[:at] + (data[at:end] * 2 if kind == "repeat" else b"") + data[end:]
        elif kind == "garbage":
            data = data[:at] + draw(_GARBAGE) + data[at:]
        elif lines:
            i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
            if kind == "line":
                lines.insert(j, lines[i])
            elif kind == "swap":
                lines[i], lines[j] = lines[j], lines[i]
            else:
                del lines[i]
            data = b"".join(lines)
    return data


HOSTILE_TOML_VALUES: tuple[str, ...] = (
    '"../../../etc/passwd"',
    '"/etc/passwd"',
    '"a\\u0000b.txt"',
    '"."',
    '""',
    '"   "',
    "2024-02-30",
    "9999-12-31",
    "0001-01-01",
    "1979-05-27T07:32:00Z",
    "07:32:00",
    "-1",
    "99999999999999999999999",
    "1e400",
    "nan",
    "inf",
    "true",
    "[]",
    '[1, "a"]',
    "{ a = 1 }",
    '"31 février"',
    '"le 30 février 2024"',
    '"fin février"',
    '"future"',
    '"before"',
    '"teleported"',
    '"unknown-entity"',
    '"Acme"',
)
"""TOML literals that break a seed file's assumptions."""


@st.composite
def mutated_toml(draw: st.DrawFn, text: str) -> str:
    """A seed file with one to three lines changed: a value replaced by a hostile one or by
    another line's value, a line deleted or repeated, a table header added.
    """
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 3))):
        i = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["value", "swap", "delete", "repeat", "header"]))
        keyed = [n for n, line in enumerate(lines) if "=" in line]
        if kind in ("value", "swap") and "=" in lines[i]:
            key = lines[i].split("=", 1)[0]
            if kind == "value":
                value = draw(st.sampled_from(HOSTILE_TOML_VALUES))
            else:
                value = lines[draw(st.sampled_from(keyed))].split("=", 1)[1].strip()
            lines[i] = f"{key}= {value}"
        elif kind == "delete" and len(lines) > 1:
            del lines[i]
        elif kind == "repeat":
            lines.insert(i, lines[i])
        elif kind == "header":
            lines.insert(i, draw(st.sampled_from(["[[event]]", "[[entity]]", "[source]", "[x]"])))
    return "\n".join(lines) + "\n"


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value: nested lists and objects of nulls, booleans, big integers and text."""
    return st.recursive(
        st.none()
        | st.booleans()
        | st.integers(-(2**70), 2**70)
        | st.text(st.characters(codec="utf-8")),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(st.text(st.characters(codec="utf-8"), max_size=6), inner, max_size=4)
        ),
        max_leaves=20,
    )


def json_texts() -> st.SearchStrategy[str | bytes]:
    """Texts that are, or nearly are, JSON: values with deep nesting, integers around 64 bits,
    lone surrogates, NaN and huge exponents, as text or UTF-8 bytes, some of them cut short or
    with a character changed.
    """
    leaves = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.sampled_from([2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64, 10**30])
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=8)
    )
    values = st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
        ),
        max_leaves=40,
    )
    deep = st.integers(25, 40).map(lambda n: "[" * n + "1" + "]" * n)
    raw = (
        values.map(lambda v: json.dumps(v, ensure_ascii=False))
        | values.map(json.dumps)
        | deep
        | st.sampled_from(["NaN", "[Infinity]", "[1e400]", '"\\ud800"', '"\ud800"', "\ufeff{}"])
    )
    edited = st.tuples(
        raw, st.integers(0, 60), st.sampled_from(["cut", "swap", "keep"]), st.characters()
    )
    texts = edited.map(_edit_text)
    return texts | texts.map(lambda t: t.encode("utf-8", "surrogatepass"))


def _edit_text(case: tuple[str, int, str, str]) -> str:
    text, at, how, char = case
    at = min(at, len(text))
    if how == "cut":
        return text[:at]
    if how == "swap" and text:
        at = min(at, len(text) - 1)
        return text[:at] + char + text[at + 1 :]
    return text
