"""The days of the current period on one side of the reference day ("earlier this month",
"plus tard cette année"), and a month with its year after a comma ("June, 1995"): resolved,
tagged whole, and kept in one clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import DateError, resolve
from timeline.extract.tagger import tag
from timeline.time.timex import date_timex

from .helpers import rules_draft as _draft

REF = dt.date(2017, 11, 17)


@pytest.mark.parametrize(
    ("words", "lang", "ref", "first", "last"),
    [
        ("earlier this month", "en", "2017-11-17", "2017-11-01", "2017-11-16"),
        ("Earlier this year", "en", "2021-07-13", "2021-01-01", "2021-07-12"),
        ("earlier this week", "en", "2020-09-23", "2020-09-21", "2020-09-22"),
        ("later this year", "en", "2020-05-12", "2020-05-13", "2020-12-31"),
        ("plus tôt cette année", "fr", "2020-05-12", "2020-01-01", "2020-05-11"),
        ("plus tard ce mois-ci", "fr", "2020-05-12", "2020-05-13", "2020-05-31"),
    ],
)  # fmt: skip
def test_one_side_of_the_current_period(
    words: str, lang: str, ref: str, first: str, last: str
) -> None:
    """The span runs over the period's days before (or after) the reference day, never it."""
    span = resolve(words, dt.date.fromisoformat(ref), lang=lang)
    end = dt.date.fromisoformat(last) + dt.timedelta(days=1)
    assert (span.start, span.end) == (dt.date.fromisoformat(first), end)


def test_no_day_before_the_first_of_the_month() -> None:
    """Read on the 1st, "earlier this month" holds no day: an error, not a guess."""
    with pytest.raises(DateError):
        resolve("earlier this month", dt.date(2020, 5, 1), lang="en")


@pytest.mark.parametrize(
    ("words", "ref", "value", "mod"),
    [
        ("earlier this month", dt.date(2017, 11, 17), "2017-11", "START"),
        ("earlier this year", dt.date(1989, 10, 30), "1989", "START"),
        ("later this month", dt.date(2020, 5, 12), "2020-05", "END"),
        ("later this year", dt.date(2020, 5, 12), "2020", "END"),
    ],
)
def test_timeml_mod_of_a_side(words: str, ref: dt.date, value: str, mod: str) -> None:
    """The TIMEX3 of a side keeps the period as value, with the side it holds as mod."""
    timex = date_timex(words, resolve(words, ref, lang="en"))
    assert (timex.value, timex.mod) == (value, mod)


@pytest.mark.parametrize(
    ("sentence", "ref", "words"),
    [
        ("Globex went into administration earlier this month.", REF, "earlier this month"),
        ("Jane Doe was appointed in June, 1995.", dt.date(2007, 1, 12), "June, 1995"),
    ],
)  # fmt: skip
def test_tagged_whole(sentence: str, ref: dt.date, words: str) -> None:
    """The tagger keeps the side word, and a month's year after a comma, in the date."""
    assert [t.text for t in tag(sentence, ref, "en")] == [words]


def test_a_comma_inside_a_date_cuts_no_clause() -> None:
    """A month's year after a comma ("in June, 1995") dates the appointment: one clause."""
    text = "Globex news\n\nJane Doe was appointed chief executive of Globex in June, 1995."
    events = [e for e in _draft(text, "en").events if e.type == "person_appointed"]
    assert [e.when for e in events] == ["June, 1995"]


def test_a_wire_datelines_date_is_no_fact() -> None:
    """The date of "MIAMI, March 17, 2025 (GLOBE NEWSWIRE) --" opens the release: no event."""
    text = (
        "Globex news\n\nMIAMI, March 17, 2025 (GLOBE NEWSWIRE) -- Globex and Initech today "
        "announced a strategic collaboration."
    )
    events = _draft(text, "en").events
    assert not any(e.when == "March 17, 2025" and e.type == "fact_asserted" for e in events)


def test_a_date_told_again_more_precisely_frames_the_sentence() -> None:
    """A date told again more precisely ("L'an dernier, le 1er juillet 2019") frames the clause."""
    text = "Globex news\n\nL'an dernier, le 1er juillet 2019, le groupe Globex a racheté Initech."
    events = _draft(text, "fr", published=dt.date(2020, 5, 12)).events
    assert [e.when for e in events if e.type == "acquisition_announced"] == ["le 1er juillet 2019"]
