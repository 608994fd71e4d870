"""`timeline export` and `timeline import`: a log copied between JSON Lines and SQLite.

Both copy the whole log record for record (same sequence numbers, recording times and
hashes) into a new, empty log whose format the file suffix chooses (`.jsonl`, `.sqlite`,
`.db`). `export DEST` copies the log of `--log` into DEST; `import SRC` copies SRC into the log
of `--log`. A destination that holds records is refused, and so is one that another process
creates while the copy runs; an existing empty one is held for the whole copy, so appends to
it wait and land after (`timeline.log.transfer`). A progress line is shown on stderr when it
is a terminal (`_progress`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from timeline.cli._common import Command, Parents, default_log
from timeline.cli._progress import Progress
from timeline.errors import InputError

__all__ = ["register"]


def register(command: Command, parents: Parents) -> None:
    """Add `export` and `import` to the parser through its `command` helper."""
    log = parents.log
    p = command(
        "export",
        "copy the log, record for record, into a new log file (.jsonl or .sqlite)",
        "timeline export /tmp/timeline-copy.sqlite",
        [log],
    )
    p.add_argument("destination", metavar="DEST", help="the new log (must not hold records)")
    p.set_defaults(run=lambda args, out: _copy(args.log or default_log(), args.destination, out))

    p = command(
        "import",
        "copy a log file, record for record, into the (empty) log",
        "timeline import /tmp/timeline-copy.sqlite --log /tmp/timeline-copy.jsonl",
        [log],
    )
    p.add_argument("source", metavar="SRC", help="the log file to copy from")
    p.set_defaults(run=lambda args, out: _copy(args.source, args.log or default_log(), out))


def _copy(source: str, destination: str, out: TextIO) -> int:
    from timeline.log import open_log
    from timeline.log.transfer import copy_log

    src, dest = Path(source), Path(destination)
    if not src.exists():
        raise InputError(str(src), "no such log")
    if src.resolve() == dest.resolve():
        raise InputError(str(dest), "the source and the destination are the same file")
    origin = open_log(src)
    target = open_log(dest)
    bar = Progress(origin.last_seq(), "copied")
    count = copy_log(origin, target, bar)
    bar.done()
    out.write(f"copied {count} records from {src} to {dest}\n")
    return 0
