"""What a log's checks read and report: a stored line as bytes, and a problem found in it.

Kept apart from `verify` so that a backend, which yields lines and problems, does not import
the checks (and their hashing) to read a log for an answer.
"""

from __future__ import annotations

import attrs

__all__ = ["Problem", "RawLine"]


@attrs.frozen
class RawLine:
    """One stored record as bytes, with where it is and whether it was completely written."""

    where: str
    data: bytes
    complete: bool = True


@attrs.frozen
class Problem:
    """Something wrong in a log; `seq` is the first sequence number it affects."""

    seq: int
    where: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.where}: record {self.seq}: {self.message}"
