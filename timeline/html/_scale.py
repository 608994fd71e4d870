"""The page's time axis: days to pixels, with long empty stretches compressed.

News spans crowd near the publication date while a founding may lie a year before: a linear
axis would squeeze every recent mark into a few pixels. Between two consecutive days where
something starts, ends or is published, the axis gives each day its width up to a month, and
a gap longer than two months half a month and a little more (it is drawn as a break).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
from collections.abc import Iterable

import attrs

__all__ = ["Scale", "scale"]

_MONTH = 31
_MIN_WEIGHT = 3.0
_FIRST = dt.date.min.toordinal()
_LAST = dt.date.max.toordinal()


@attrs.frozen(kw_only=True)
class Scale:
    """A monotonic, piecewise-linear map from day numbers (ordinals) to x pixels."""

    days: tuple[int, ...]
    xs: tuple[float, ...]
    breaks: tuple[tuple[float, float], ...]
    """The x ranges of compressed gaps (longer than two months)."""

    @property
    def first(self) -> int:
        """The first day of the axis (ordinal)."""
        return self.days[0]

    @property
    def last(self) -> int:
        """The day the axis ends at (ordinal, exclusive)."""
        return self.days[-1]

    def x(self, day: int) -> float:
        """The x of the start of `day` (clamped to the axis)."""
        if day <= self.days[0]:
            return self.xs[0]
        if day >= self.days[-1]:
            return self.xs[-1]
        i = bisect.bisect_right(self.days, day) - 1
        d0, d1, x0, x1 = self.days[i], self.days[i + 1], self.xs[i], self.xs[i + 1]
        return x0 + (x1 - x0) * (day - d0) / (d1 - d0)

    def date_x(self, day: dt.date) -> float:
        """The x of the start of `day`."""
        return self.x(day.toordinal())


def _weight(gap: int) -> float:
    if gap <= _MONTH:
        return max(float(gap), _MIN_WEIGHT)
    return _MONTH / 2 + 4 * math.log2(gap / _MONTH)


def scale(days: Iterable[dt.date], left: float, right: float) -> Scale:
    """The axis through `days` (a week of margin before the first and a few days after the
    last) from x `left` to x `right`.
    """
    found = sorted({d.toordinal() for d in days})
    if not found:
        found = [dt.date.today().toordinal()]
    first, last = max(found[0] - 7, _FIRST), min(found[-1] + 3, _LAST)
    keys = sorted({first, *found, last})
    weights = [_weight(b - a) for a, b in itertools.pairwise(keys)]
    total = sum(weights)
    xs = [left]
    for w in weights:
        xs.append(xs[-1] + (right - left) * w / total)
    breaks = tuple(
        (xs[i], xs[i + 1]) for i in range(len(weights)) if keys[i + 1] - keys[i] > 2 * _MONTH
    )
    return Scale(days=tuple(keys), xs=tuple(xs), breaks=breaks)
