"""`timeline export` and `timeline import`: a log copied between JSON Lines and SQLite.

Both copy the whole log record for record (same sequence numbers, recording times and
hashes) into a new, empty log whose format the file suffix chooses (`.jsonl`, `.sqlite`,
`.db`). `export DEST` copies the log of `--log` into DEST; `import SRC` copies SRC into the log
of `--log`. A destination that holds records is refused, and so is one that another process
creates while the copy runs; an existing empty one is held for the whole copy, so appends to
it wait and land after (`timeline.log.transfer`). A progress line is shown on stderr when it
is a terminal.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from timeline.cli._common import Command, Parents, default_log
from timeline.errors import InputError

__all__ = ["Progress", "register"]


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


class Progress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal and the work is
    long: `minimum` records or more, or an unknown number (`total` 0).
    """

    def __init__(
        self, total: int, verb: str, stream: TextIO | None = None, *, minimum: int = 10_000
    ) -> None:
        self.total, self.verb = total, verb
        self.stream = stream or sys.stderr
        self.shown = self.stream.isatty() and (total == 0 or total >= minimum)
        self._last = 0.0
        self.count = 0

    def __call__(self, count: int) -> None:
        """Show that `count` of `total` are done (at most ten times a second)."""
        self.count = count
        now = time.monotonic()
        if not self.shown or now - self._last < 0.1:
            return
        self._last = now
        if not self.total:
            self.stream.write(f"\r{count:,} {self.verb}")
        else:
            filled = int(30 * min(1.0, count / self.total))
            bar = "#" * filled + "-" * (30 - filled)
            self.stream.write(f"\r[{bar}] {count:,}/{self.total:,} {self.verb}")
        self.stream.flush()

    def done(self) -> None:
        """End the bar's line."""
        if self.shown:
            self._last = 0.0
            self(self.total or self.count)
            self.stream.write("\n")
            self.stream.flush()
