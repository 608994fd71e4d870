"""The `timeline` command: a thin layer over the library.

Exit status: 0 on success, 1 when `verify` finds a problem, 2 on bad input or usage, with a
one-line message on stderr. Nothing is written on any error.

One module per group of commands, each adding its commands through `register`: the
questions (`_query`: replay, log, diff, why, entities; `_state`; `_sources`: sources, search),
the writes (`_write`: ingest, append), the checks (`_check`: verify, when), drafting
(`_extract`: tag, extract), copying (`_transfer`: export, import), merging (`_merge`), the page
(`_html`) and the server (`_serve`); `_common` holds what they share, `_render` the text
output, `_formats` the CSV and Markdown tables.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from timeline import __version__
from timeline.cli import (
    _check,
    _extract,
    _html,
    _merge,
    _query,
    _serve,
    _sources,
    _transfer,
    _write,
)
from timeline.cli._common import DEFAULT_LOG, Parents, default_log, iso_date, seq_number
from timeline.errors import TimelineError

__all__ = ["DEFAULT_LOG", "default_log", "main"]


class _Parser(argparse.ArgumentParser):
    def format_help(self) -> str:
        """The help, its example naming an entity and a seed file of the default log, so that
        it runs as written where that log is (this repository's root).
        """
        text = super().format_help()
        if "{entity}" in text or "{seed}" in text:
            values = _example_values()
            text = text.replace("{entity}", values["entity"]).replace("{seed}", values["seed"])
        return text

    def error(self, message: str) -> Any:
        """One line, exit 2; an unknown command or choice gets the closest known one."""
        wrong = re.search(r"invalid choice: '([^']*)' \(choose from (.*)\)", message)
        if wrong:
            known = re.findall(r"'([^']*)'", wrong.group(2))
            import difflib

            close = difflib.get_close_matches(wrong.group(1), known, n=1)
            if close:
                message += f"; did you mean '{close[0]}'?"
        self.exit(2, f"{self.prog}: error: {message}\n")


def _example_values() -> dict[str, str]:
    """The first organisation the default log registered and the first seed file of ./seeds,
    or placeholders where there are none: the entities are data, never named by the code.
    """
    from timeline.api import Timeline

    entity, seed = "ENTITY", "SEEDFILE.toml"
    path = Path(os.environ.get("TIMELINE_LOG") or default_log())
    if path.is_file():
        try:
            entities = Timeline.open(path).catalogue.entities.values()
            entity = next((e.id for e in entities if e.kind == "organization"), entity)
        except (TimelineError, OSError):
            pass
    seeds = sorted(Path("seeds").glob("*.toml")) if Path("seeds").is_dir() else []
    if seeds:
        seed = seeds[0].as_posix()
    return {"entity": entity, "seed": seed}


def _parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command; with `only` naming a command, of that command alone
    (what running it needs: the other commands' arguments go to a parser that is never used,
    which spares building a parser a command at every start).
    """
    log = argparse.ArgumentParser(add_help=False)
    log.add_argument(
        "--log",
        default=None,
        metavar="PATH",
        help="the event log (default: $TIMELINE_LOG, else the `log` of [tool.timeline] in "
        f"./pyproject.toml, else ./{DEFAULT_LOG})",
    )
    fmt = argparse.ArgumentParser(add_help=False)
    fmt.add_argument("--json", action="store_true", help="print JSON for programs")
    axes = argparse.ArgumentParser(add_help=False)
    axes.add_argument("--known-at", metavar="WHEN", help="only what had been published by then")
    axes.add_argument(
        "--upto-seq", metavar="N", type=seq_number, help="the log as it stood at seq N"
    )
    axes.add_argument(
        "--ref",
        metavar="DATE",
        type=iso_date,
        help="reference date for relative WHEN (default: today)",
    )

    top = _Parser(
        prog="timeline",
        description="An event-sourced timeline of the news: what was true, as of when, and why.",
        epilog="Example: timeline state {entity} --as-of 2024-03",
    )
    top.add_argument("--version", action="version", version=f"timeline {__version__}")
    sub: Any = top.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=_Parser
    )

    unused = argparse.ArgumentParser(add_help=False, conflict_handler="resolve")

    def command(
        name: str, help: str, example: str, parents: list[argparse.ArgumentParser]
    ) -> argparse.ArgumentParser:
        if only is not None and name != only:
            return unused
        parser: argparse.ArgumentParser = sub.add_parser(
            name,
            help=help,
            description=help,
            epilog=f"Example: {example}",
            parents=parents,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        return parser

    parents = Parents(log, fmt, axes)
    _query.register(command, parents)
    _sources.register(command, parents)
    _write.register(command, parents)
    _check.register(command, parents)
    _extract.register(command, parents)
    _transfer.register(command, parents)
    _html.register(command, parents)
    _merge.register(command, parents)
    _serve.register(command, parents)
    if only is not None and only not in sub.choices:
        return _parser()  # no such command: the error names the known ones
    return top


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status (a console script entry point).

    Ctrl-C (SIGINT) ends any command with status 130 and one line, `timeline: interrupted`:
    a read leaves nothing behind, an append interrupted mid-write a torn tail that readers
    ignore and the next append cuts.
    """
    try:
        return _main(argv, out)
    except KeyboardInterrupt:
        sys.stderr.write("timeline: interrupted\n")
        return _INTERRUPTED


_INTERRUPTED = 128 + 2
"""The exit status after SIGINT (signal 2), as shells report a command it ended."""


def _main(argv: Sequence[str] | None, out: TextIO | None) -> int:
    stdout = out or sys.stdout
    args = _parser(_named(argv)).parse_args(argv)
    run: Callable[[argparse.Namespace, TextIO], int] = args.run
    try:
        return run(args, stdout)
    except TimelineError as exc:
        sys.stderr.write(f"timeline {args.command}: error: {_one_line(str(exc))}\n")
        return exc.exit_status
    except BrokenPipeError:
        return 0
    except OSError as exc:  # an unreadable or unwritable file: a one-line message, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        message = _one_line(f"{where}{exc.strerror or exc}")
        sys.stderr.write(f"timeline {args.command}: error: {message}\n")
        return 2


def _named(argv: Sequence[str] | None) -> str | None:
    """The word `argv` starts with, the command to run if it names one; None when it starts
    with an option (`--help`, `--version`), which needs the parser of every command.
    """
    words = sys.argv[1:] if argv is None else argv
    return words[0] if words and not words[0].startswith("-") else None


def _one_line(text: str) -> str:
    """`text` with the characters that would break its line escaped (a key or value quoted
    from hostile input may hold a carriage return or a line separator).
    """
    return "".join(c.encode("unicode_escape").decode("ascii") if c in _BREAKS else c for c in text)


_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
"""The characters `str.splitlines` breaks a line at."""


if __name__ == "__main__":
    raise SystemExit(main())
