"""What the command line's modules share: the default log, the parsers of common arguments
(`--format`, `--limit`), opening the log a command reads or writes, and printing JSON.

Cheap to import, as every command's set-up imports it: the library loads when a command runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from timeline.errors import InputError

if TYPE_CHECKING:
    from timeline.api import Timeline

__all__ = [
    "DEFAULT_LOG",
    "FORMATS",
    "Command",
    "Parents",
    "add_format",
    "add_limit",
    "chosen",
    "default_log",
    "emit_json",
    "iso_date",
    "need_log",
    "positive",
    "seq_number",
    "sha256",
    "writable_log",
]

Command = Callable[[str, str, str, list[argparse.ArgumentParser]], argparse.ArgumentParser]
"""Adds a command to the parser: (name, help, example, parent parsers) -> its parser."""


@attrs.frozen
class Parents:
    """The parent parsers of shared arguments: `--log`; `--json`; the query axes
    (`--known-at`, `--upto-seq`, `--ref`).
    """

    log: argparse.ArgumentParser
    fmt: argparse.ArgumentParser
    axes: argparse.ArgumentParser


DEFAULT_LOG = "events/timeline.jsonl"
"""The log when neither `$TIMELINE_LOG` nor `[tool.timeline] log` in ./pyproject.toml names one."""


def default_log() -> str:
    """`$TIMELINE_LOG`, else the `log` of `[tool.timeline]` in ./pyproject.toml, else
    `DEFAULT_LOG`. The project's default log is data (its pyproject.toml), not code.
    """
    configured = os.environ.get("TIMELINE_LOG")
    if configured:
        return configured
    try:
        with open("pyproject.toml", "rb") as f:
            table = tomllib.load(f).get("tool", {}).get("timeline", {})
    except (OSError, tomllib.TOMLDecodeError):
        table = {}
    log = table.get("log") if isinstance(table, dict) else None
    return log if isinstance(log, str) and log else DEFAULT_LOG


def sha256(text: str) -> str:
    """A SHA-256 hash given on the command line, in lower case."""
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise argparse.ArgumentTypeError(f"not a SHA-256 hash (64 hex digits): {text!r}")
    return value


def seq_number(text: str) -> int:
    """A sequence number: an integer from 0 to `MAX_SEQ` (a SQLite integer holds no more)."""
    from timeline.api import MAX_SEQ

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a sequence number: {text!r}") from None
    if not 0 <= value <= MAX_SEQ:
        raise argparse.ArgumentTypeError(f"a sequence number is from 0 to {MAX_SEQ}, not {text}")
    return value


def iso_date(text: str) -> dt.date:
    """A date given on the command line as YYYY-MM-DD."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {text!r}") from None


def writable_log(args: argparse.Namespace) -> Timeline:
    """The log a writing command uses; a new log's folders are made (`events/` outside this
    repository's root is not there yet).
    """
    from timeline.api import Timeline

    path = Path(args.log or default_log())
    if not path.exists() and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return Timeline.open(path, create=True)


def need_log(args: argparse.Namespace) -> Timeline:
    """The log a reading command uses: InputError when it does not exist."""
    from timeline.api import Timeline

    path = Path(args.log or default_log())
    if not path.exists():
        raise InputError(str(path), "no such log (build it with `timeline ingest SEEDFILE`)")
    return Timeline.open(path)


def emit_json(out: TextIO, data: Any) -> None:
    """One JSON value on one line, UTF-8 characters as they are."""
    import json

    out.write(json.dumps(data, ensure_ascii=False) + "\n")


FORMATS = ("text", "json", "csv", "md")
"""The values of `--format`."""


def add_format(parser: argparse.ArgumentParser, rows: str = "fact and source") -> None:
    """Add `--format text|json|csv|md` to a command (`--json` stays as its alias); `rows`
    says what a row of its table is.
    """
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help=f"text (default), json (as --json), csv (one row per {rows}, with a header row, "
        "for a spreadsheet) or md (a Markdown table)",
    )


def chosen(args: argparse.Namespace) -> str:
    """The format asked for: `--format`, `json` for `--json`, else text; InputError for
    `--json` with another `--format`.
    """
    fmt: str | None = getattr(args, "format", None)
    if getattr(args, "json", False):
        if fmt not in (None, "json"):
            raise InputError("--format", f"--json and --format {fmt} contradict each other")
        return "json"
    return fmt or "text"


def positive(text: str) -> int:
    """A count given on the command line (`--limit`): an integer of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {text}")
    return value


def add_limit(parser: argparse.ArgumentParser, what: str) -> None:
    """Add `--limit N` to a command: at most N of `what`."""
    parser.add_argument("--limit", metavar="N", type=positive, help=f"at most N {what}")
