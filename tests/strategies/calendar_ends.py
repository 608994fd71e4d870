"""The ends of the calendar: days within about a year of 0001-01-01 and 9999-12-31, and date
expressions at or counting towards them.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import strategies as st

from .dates import expression_pairs

_A_YEAR = dt.timedelta(days=400)
_END_YEARS = st.sampled_from(["0001", "0002", "9998", "9999"])
_RECENT_YEAR = r"\b(?:19|20|21)\d\d\b"


def extreme_dates() -> st.SearchStrategy[dt.date]:
    """Days within about a year of either end of the calendar, the first and last drawn often."""
    ends = st.sampled_from(
        [dt.date.min, dt.date.min + dt.timedelta(days=1), dt.date.max - dt.timedelta(days=1)]
    )
    return st.one_of(
        st.just(dt.date.max),
        ends,
        st.dates(dt.date.min, dt.date.min + _A_YEAR),
        st.dates(dt.date.max - _A_YEAR, dt.date.max),
    )


@st.composite
def _machine_forms_at_the_ends(draw: st.DrawFn) -> str:
    day, other = draw(extreme_dates()), draw(extreme_dates())
    year = f"{day.year:04d}"
    return draw(
        st.sampled_from(
            [
                year,
                f"{year}-{day.month:02d}",
                day.isoformat(),
                f"{year}-W{draw(st.integers(1, 53)):02d}",
                f"{year}-Q{draw(st.integers(1, 4))}",
                f"{year}-H{draw(st.integers(1, 2))}",
                f"{day.isoformat()}/..",
                f"../{day.isoformat()}",
                f"{day.isoformat()}/{other.isoformat()}",
            ]
        )
    )


@st.composite
def _written_at_the_ends(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(draw(expression_pairs())))
    return re.sub(_RECENT_YEAR, lambda _: draw(_END_YEARS), text)


def extreme_expressions() -> st.SearchStrategy[str]:
    """Date expressions at or counting towards the ends of the calendar: machine forms in its
    first and last years, expressions in both languages with their years moved to 0001 or 9999,
    and relative ones ("hier", "dans 20 ans") to be read against an extreme reference date.
    """
    return st.one_of(_machine_forms_at_the_ends(), _written_at_the_ends())
