"""Seed files: a source's metadata, its entities and the annotated events, in TOML.

A seed file sits beside the text it annotates: the `text` path, relative to the seed file's
folder, must stay inside that folder, unless the reader allows a text anywhere (`text_anywhere`:
a seed file a person named, as `timeline ingest FILE` does, may name its text by a path that
leaves the folder or an absolute one; seed files found in a folder, and those the server reads,
may not). It is meant to be written and reviewed by people; see the README for the
format. Parsing keeps the line of every table and key so that errors can point at it.

Limits: a seed file and its text are each at most `MAX_SEED_BYTES` of UTF-8, the file nests
at most `MAX_DEPTH` levels; a `schema` key, when present, is a format version this engine
knows.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import attrs

from timeline._files import regular_file
from timeline.converter import SCHEMA_VERSION
from timeline.errors import InputError

__all__ = ["Annotation", "SeedFile", "read_seed"]

MAX_SEED_BYTES = 1024 * 1024
"""A seed file or source text larger than this is refused (1 MiB: a long article is a few
dozen KiB, and the text must fit in one log record with room to spare)."""
MAX_DEPTH = 32
"""A seed file whose tables, arrays and inline tables nest deeper than this is refused, as a
log record nesting deeper is (no annotation comes near it)."""

_EVENT_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*event[ \t]*\]\]", re.MULTILINE)
_ENTITY_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*entity[ \t]*\]\]", re.MULTILINE)
_SOURCE_HEADER = re.compile(r"^[ \t]*\[[ \t]*source[ \t]*\]", re.MULTILINE)
_SCHEMA_KEY = re.compile(r"^[ \t]*schema[ \t]*=", re.MULTILINE)
_TOML_PLACE = re.compile(r"\(at line (\d+), column \d+\)")


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
    source_lines: dict[str, int] = attrs.field(factory=dict)
    """The line of each key of the [source] table (and of the header, under "")."""

    def where(self, key: str | None = None) -> str:
        """`path:line` of the [source] table, or of one of its keys."""
        line = self.source_lines.get(key or "", self.source_lines.get("", 0))
        return f"{self.path}:{line}" if line else str(self.path)


def read_seed(path: Path, *, text_anywhere: bool = False) -> SeedFile:
    """Parse the seed file at `path` and read the text it annotates; InputError on any flaw.

    The `text` path is read relative to the seed file's folder and must stay inside it, unless
    `text_anywhere` (then it may leave the folder, or be absolute).
    """
    raw = _read_text(path)
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        place = _TOML_PLACE.search(str(exc))
        where = f"{path}:{place.group(1)}" if place else str(path)
        reason = _TOML_PLACE.sub("", str(exc)).strip()
        raise InputError(where, f"not valid TOML ({reason})") from None
    except RecursionError:  # the parser recurses into each nested array and inline table
        raise InputError(str(path), f"nested deeper than {MAX_DEPTH} levels") from None
    if _too_deep(data):
        raise InputError(str(path), f"nested deeper than {MAX_DEPTH} levels")
    lines = raw.splitlines()
    _check_schema(data, path, raw)
    source = data.get("source")
    if not isinstance(source, dict):
        raise InputError(str(path), "missing the [source] table")
    extra = set(data) - {"source", "entity", "event", "schema"}
    if extra:
        raise InputError(str(path), f"unknown top-level keys {sorted(extra)}")
    source_line = _pad(_header_lines(raw, _SOURCE_HEADER), 1)[0]
    source_lines = {"": source_line, **_key_lines(lines, source_line)} if source_line else {}
    text_path = _text_path(path, source, source_lines, anywhere=text_anywhere)
    text = _read_text(text_path)
    events = _tables(data, "event", path)
    entities = _tables(data, "entity", path)
    event_lines = _pad(_header_lines(raw, _EVENT_HEADER), len(events))
    entity_lines = _pad(_header_lines(raw, _ENTITY_HEADER), len(entities))
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
        source_lines=source_lines,
    )


def _too_deep(data: Any) -> bool:
    """Whether parsed TOML nests tables and arrays deeper than `MAX_DEPTH` (walked without
    recursion).
    """
    stack = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        if isinstance(value, dict):
            stack += [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list):
            stack += [(v, depth + 1) for v in value]
    return False


def _check_schema(data: dict[str, Any], path: Path, raw: str) -> None:
    """InputError unless the optional `schema` key names a format version this engine reads."""
    if "schema" not in data:
        return
    schema = data["schema"]
    found = _SCHEMA_KEY.search(raw)
    where = f"{path}:{raw.count(chr(10), 0, found.start()) + 1}" if found else str(path)
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise InputError(where, f"schema must be a format version like 1, got {schema!r}")
    if schema > SCHEMA_VERSION:
        raise InputError(
            where, f"schema version {schema} is newer than this engine's {SCHEMA_VERSION}"
        )


def _read_text(path: Path) -> str:
    regular_file(path)  # before opening it: a named pipe would block the read
    try:
        with path.open("rb") as f:
            data = f.read(MAX_SEED_BYTES + 1)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise InputError(str(path), getattr(exc, "strerror", None) or str(exc)) from None
    if len(data) > MAX_SEED_BYTES:
        raise InputError(str(path), f"larger than {MAX_SEED_BYTES} bytes")
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is not part of the text
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{path}:{line}", f"not UTF-8 at byte {exc.start}") from None


def _text_path(
    seed: Path, source: dict[str, Any], lines: dict[str, int], *, anywhere: bool
) -> Path:
    line = lines.get("text", lines.get("", 0))
    where = f"{seed}:{line}" if line else f"{seed} [source]"
    name = source.get("text")
    if not isinstance(name, str) or not name.strip():
        raise InputError(where, "'text' must name the source's text file")
    try:
        folder = seed.resolve().parent
        target = (folder / name).resolve()
    except (OSError, ValueError, RuntimeError) as exc:
        raise InputError(where, f"text path {name!r} cannot be used ({exc})") from None
    if not anywhere and not target.is_relative_to(folder):
        raise InputError(where, f"text path {name!r} escapes the seed folder")
    if not target.is_file():
        raise InputError(where, f"text path {name!r} is not a file")
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
