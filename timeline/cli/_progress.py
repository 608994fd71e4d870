"""The progress line of long work (`import`, `export`, `verify`, `state --streamed`)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]


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
