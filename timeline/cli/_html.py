"""`timeline html`: an entity's facts as one self-contained HTML page (`timeline.html`).

The page is built in full before anything is written; then it goes to stdout (`-o -`) or to a
temporary file beside the destination, renamed over it (and `wrote FILE` is printed), so that
on any error nothing is written and no half page is left.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path
from typing import TextIO

from timeline.cli._common import Command, Parents, need_log
from timeline.errors import InputError

__all__ = ["register"]


def register(command: Command, parents: Parents) -> None:
    """Add `html` to the parser through its `command` helper."""
    log = parents.log
    p = command(
        "html",
        "write an entity's facts as one self-contained HTML page: a time axis, sliders for "
        "as of and known at, and each fact's sources",
        "timeline html {entity} --as-of 2024-03 -o /tmp/{entity}.html",
        [log],
    )
    p.add_argument("entity", help="entity id, name or alias")
    p.add_argument("--as-of", metavar="WHEN", help="where the as-of slider starts (default: end)")
    p.add_argument(
        "--known-at", metavar="WHEN", help="where the known-at slider starts (default: end)"
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="the page to write (- for stdout)"
    )
    p.set_defaults(run=_html)


def _html(args: argparse.Namespace, out: TextIO) -> int:
    tl = need_log(args)
    # Imported here: the page module is large, and only this command needs it.
    from timeline.html import page

    text = page(tl, args.entity, as_of=args.as_of, known_at=args.known_at)
    if args.output == "-":
        out.write(text)
        return 0
    _write_atomically(Path(args.output), text)
    out.write(f"wrote {args.output}\n")
    return 0


def _write_atomically(dest: Path, text: str) -> None:
    """Write `text` to a temporary file in `dest`'s folder, then rename it to `dest`."""
    if dest.is_dir():
        raise InputError(str(dest), "is a directory")
    try:
        import tempfile  # for writing the page only

        fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        raise InputError(str(dest), f"cannot write: {exc.strerror or exc}") from None
    try:
        os.fchmod(fd, 0o644)  # a page to be opened and shared, not mkstemp's private 0600
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(name, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
