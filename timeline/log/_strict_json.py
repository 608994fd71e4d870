"""JSON as a log reads it: stricter than `json.loads`, and the limits a record is held to.

No NaN or Infinity, no other encoding than UTF-8, no nesting deeper than `MAX_DEPTH` levels,
no integer beyond 64 bits, no lone surrogate in a string: what `parse_json` refuses in a line
read, `json_problem` finds in data about to be written.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson

from timeline.errors import InputError

__all__ = ["MAX_DEPTH", "json_problem", "may_be_deep", "parse_json", "parse_json_strictly"]

MAX_DEPTH = 32
"""The deepest a record's JSON may nest (a record is level 0, its event level 1)."""

_MAX_INT = 2**63


def parse_json(text: str | bytes, where: str) -> Any:
    """The JSON value of `text` (bytes must be UTF-8); InputError naming `where` otherwise.

    Stricter than `json.loads`: no NaN or Infinity, no other encoding than UTF-8, no nesting
    deeper than a record needs, no integer beyond 64 bits, no lone surrogate in a string.

    orjson parses first: it refuses all of these itself but deep nesting and long integers
    (which it turns into floats), so its answer stands unless the text holds more brackets than
    the depth allowed or a run of 19 digits; in those cases, and whenever orjson refuses the
    text, the checks below run and name the problem.
    """
    try:
        fast = orjson.loads(text)
    except orjson.JSONDecodeError:
        pass
    else:
        if not _may_be_deep_or_long(text):
            return fast
    return parse_json_strictly(text, where)


def parse_json_strictly(text: str | bytes, where: str) -> Any:
    """`parse_json` by the standard library's parser and a walk over the value: slower, and
    the one that names what is wrong.
    """
    try:
        data = json.loads(
            text.decode("utf-8") if isinstance(text, bytes) else text,
            parse_constant=_no_constant,
        )
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not UTF-8 at byte {exc.start}") from None
    except RecursionError:
        raise InputError(where, f"JSON nested deeper than {MAX_DEPTH} levels") from None
    except ValueError as exc:
        raise InputError(where, f"not valid JSON ({exc})") from None
    problem = json_problem(data)
    if problem:
        raise InputError(where, problem)
    return data


def may_be_deep(raw: bytes) -> bool:
    """Whether the JSON text `raw` may nest deeper than `MAX_DEPTH`: it opens more objects and
    arrays than that.
    """
    return raw.count(b"{") + raw.count(b"[") > MAX_DEPTH


def _may_be_deep_or_long(text: str | bytes) -> bool:
    """Whether `text` may nest deeper than `MAX_DEPTH` (`may_be_deep`) or hold an integer
    beyond 64 bits (it has a run of 19 digits).
    """
    raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    if may_be_deep(raw):
        return True
    return _DIGIT_RUN in raw.translate(_DIGITS_TO_ZERO)  # ten times faster than a regex


_DIGITS_TO_ZERO = bytes(ord("0") if chr(i).isdigit() and i < 128 else ord(" ") for i in range(256))
_DIGIT_RUN = b"0" * 19


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def json_problem(data: Any, depth: int = 0) -> str | None:
    """What makes decoded JSON unfit for a record, None when nothing does; `depth` is the
    level `data` stands at in its record (0 for the record, 1 for its event).
    """
    stack = [(data, depth)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"JSON nested deeper than {MAX_DEPTH} levels"
        if isinstance(value, dict):
            stack += [(k, depth + 1) for k in value] + [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list):
            stack += [(v, depth + 1) for v in value]
        elif isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return f"string {value[:20]!r} is not valid Unicode (a lone surrogate)"
        elif isinstance(value, int) and not -_MAX_INT < value < _MAX_INT:
            return f"integer {str(value)[:20]}... does not fit in 64 bits"
        elif isinstance(value, float) and not math.isfinite(value):
            return f"number {value} is not finite (JSON has no NaN or Infinity)"
    return None
