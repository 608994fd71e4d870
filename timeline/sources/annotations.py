"""Seed files: a source's metadata, its entities and the annotated events, in TOML.

A seed file sits beside the text it annotates (the `text` path must stay inside the seed
file's folder). It is meant to be written and reviewed by people; see the README for the
format. Parsing keeps the line of every `[[event]]` so that errors can point at it.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import attrs

from timeline.errors import InputError

__all__ = ["Annotation", "SeedFile", "read_seed"]

MAX_SEED_BYTES = 8 * 1024 * 1024
"""A seed file or source text larger than this is refused (8 MiB)."""

_EVENT_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*event[ \t]*\]\]", re.MULTILINE)
_ENTITY_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*entity[ \t]*\]\]", re.MULTILINE)


@attrs.frozen
class Annotation:
    """One `[[event]]` table as written, with the line of its header and of each key."""

    fields: dict[str, Any]
    line: int
    key_lines: dict[str, int]

    def where(self, path: Path, key: str | None = None) -> str:
        """`path:line` of the annotation, or of one of its keys."""
        return f"{path}:{self.key_lines.get(key, self.line) if key else self.line}"


@attrs.frozen
class SeedFile:
    """A parsed seed file: where it is, its source table, entity tables and annotations."""

    path: Path
    source: dict[str, Any]
    entities: tuple[tuple[int, dict[str, Any]], ...]
    annotations: tuple[Annotation, ...]
    text: str


def read_seed(path: Path) -> SeedFile:
    """Parse the seed file at `path` and read the text it annotates; InputError on any flaw."""
    raw = _read_text(path)
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(str(path), f"not valid TOML ({exc})") from None
    source = data.get("source")
    if not isinstance(source, dict):
        raise InputError(str(path), "missing the [source] table")
    extra = set(data) - {"source", "entity", "event", "schema"}
    if extra:
        raise InputError(str(path), f"unknown top-level keys {sorted(extra)}")
    text = _read_text(_text_path(path, source))
    events = _tables(data, "event", path)
    entities = _tables(data, "entity", path)
    event_lines = _pad(_header_lines(raw, _EVENT_HEADER), len(events))
    entity_lines = _pad(_header_lines(raw, _ENTITY_HEADER), len(entities))
    lines = raw.splitlines()
    annotations = tuple(
        Annotation(fields, line, _key_lines(lines, line))
        for fields, line in zip(events, event_lines, strict=True)
    )
    return SeedFile(
        path=path,
        source=source,
        entities=tuple(zip(entity_lines, entities, strict=True)),
        annotations=annotations,
        text=text,
    )


def _read_text(path: Path) -> str:
    try:
        with path.open("rb") as f:
            data = f.read(MAX_SEED_BYTES + 1)
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    if len(data) > MAX_SEED_BYTES:
        raise InputError(str(path), f"larger than {MAX_SEED_BYTES} bytes")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not UTF-8 at byte {exc.start}") from None


def _text_path(seed: Path, source: dict[str, Any]) -> Path:
    name = source.get("text")
    if not isinstance(name, str) or not name:
        raise InputError(f"{seed} [source]", "'text' must name the source's text file")
    folder = seed.resolve().parent
    target = (folder / name).resolve()
    if not target.is_relative_to(folder):
        raise InputError(f"{seed} [source]", f"text path {name!r} escapes the seed folder")
    return target


def _tables(data: dict[str, Any], key: str, path: Path) -> list[dict[str, Any]]:
    tables = data.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise InputError(str(path), f"'{key}' must be written as [[{key}]] tables")
    return tables


def _header_lines(raw: str, header: re.Pattern[str]) -> list[int]:
    return [raw.count("\n", 0, m.start()) + 1 for m in header.finditer(raw)]


def _pad(lines: list[int], count: int) -> list[int]:
    """Header lines for `count` tables; 0 where a header could not be found in the text."""
    return (lines + [0] * count)[:count]


def _key_lines(lines: list[str], header_line: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for number in range(header_line + 1, len(lines) + 1):
        line = lines[number - 1].strip()
        if line.startswith("["):
            break
        key = line.split("=", 1)[0].strip() if "=" in line else ""
        if key and not key.startswith("#"):
            found.setdefault(key, number)
    return found
