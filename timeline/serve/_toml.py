"""Writing a seed file back as TOML: the few value types a seed file holds, nothing more.

The standard library reads TOML (`tomllib`) but does not write it. A seed file holds tables of
strings, integers, floats, booleans, dates and arrays of them; `value` writes those and
refuses anything else, and `dump` writes `[source]`, `[[entity]]` and `[[event]]` tables.
Strings are TOML basic strings: JSON's escapes are TOML's, except that TOML also forbids a
raw DEL, which is escaped here.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from timeline.errors import InputError

__all__ = ["dump", "key", "value"]

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def key(name: str) -> str:
    """`name` as a TOML key: bare when it may be, else quoted."""
    return name if _BARE_KEY.match(name) else _string(name)


def value(v: Any, where: str = "") -> str:
    """`v` as a TOML value; InputError (naming `where`) for a type a seed file cannot hold."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float) and math.isfinite(v):
        return repr(v)
    if isinstance(v, dt.datetime):
        raise InputError(where, "a date and time is not a seed-file value; write a date")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, list | tuple):
        return "[" + ", ".join(value(item, where) for item in v) + "]"
    raise InputError(where, f"cannot write {type(v).__name__} values in a seed file")


def dump(
    header: Iterable[str],
    top: Mapping[str, Any],
    tables: Iterable[tuple[str, Mapping[str, Any]]],
) -> str:
    """A TOML document: `header` comment lines, the top-level keys, then each `(name, table)`,
    written as `[name]` when `name` is "source" and as `[[name]]` otherwise.
    """
    lines = [f"# {line}" for line in header]
    lines += [f"{key(k)} = {value(v, k)}" for k, v in top.items()]
    for name, table in tables:
        lines += ["", f"[{name}]" if name == "source" else f"[[{name}]]"]
        lines += [f"{key(k)} = {value(v, f'{name}.{k}')}" for k, v in table.items()]
    return "\n".join(lines) + "\n"


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")
