"""Files the engine reads must be regular files: opening a named pipe (FIFO) for reading blocks
until something writes to it, and a device may never end, so both are refused before opening.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from timeline.errors import InputError

__all__ = ["regular_file"]

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def regular_file(path: str | os.PathLike[str]) -> Path:
    """`path`, unless it names something other than a regular file (a symbolic link counts as
    what it points to): then InputError "not a regular file". A path that names nothing, or
    cannot be looked at, is returned as it is, for opening it to say why.
    """
    p = Path(path)
    try:
        mode = p.stat().st_mode
    except (OSError, ValueError):  # ValueError: a NUL in the path
        return p
    if stat.S_ISREG(mode):
        return p
    kind = next((name for test, name in _KINDS if test(mode)), "not a file")
    raise InputError(str(p), f"not a regular file ({kind})")
