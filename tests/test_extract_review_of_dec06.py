"""Misfires a reviewer found in the rules of 2026-12-06, each with the reading it must keep:
a dash after a date later in a sentence is no dateline, an anaphoric "later in the year" is
no side of the current year, "au plus tard cette année" is this year, a past result of a
fiscal year ahead of the calendar is no plan, a statement keeps its own day, a passive with
its agent or "que" is said, a founding by someone is a founding, "May, 1800 workers" is a
count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.tagger import tag

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Globex went public on March 3, 2015 — two years after Initech.", "March 3, 2015"),
        ("Globex filed for bankruptcy on Monday (local time) -- its second in a decade.", "Monday"),
    ],
)
def test_a_dash_after_a_later_date_is_no_dateline(sentence: str, when: str) -> None:
    """The sentence keeps its dated fact: no wire dateline opens it."""
    events = _draft("Globex news\n\n" + sentence, "en").events
    assert when in [e.when for e in events]


@pytest.mark.parametrize(
    ("sentence", "lang", "words"),
    [
        ("Globex cut 500 jobs in 2018. Later in the year, it sold Initech.", "en", ["2018"]),
        ("Globex le fera au plus tard cette année.", "fr", ["cette année"]),
    ],
)
def test_anaphoric_and_deadline_sides(sentence: str, lang: str, words: list[str]) -> None:
    """An anaphoric "later in the year" is not the rest of the current year, and "au plus
    tard cette année" is this year, a deadline, not its rest.
    """
    assert [t.text for t in tag(sentence, dt.date(2020, 5, 12), lang)] == words


def test_a_past_result_of_a_fiscal_year_ahead_is_no_plan() -> None:
    """Revenue that rose in fiscal 2021, told in July 2020, is a result, not a plan."""
    text = "Globex results\n\nGlobex's revenue for fiscal year 2021 rose 12% to $4 billion."
    events = _draft(text, "en", published=dt.date(2020, 7, 20)).events
    assert events
    assert not any(e.type == "plan_announced" for e in events)


def test_a_statement_keeps_the_day_of_its_verb() -> None:
    """A statement about 2021 whose verb says "lundi" was said on Monday."""
    text = (
        "Globex news\n\n« Nous serons rentables en 2021 », a déclaré lundi Jean Martin, PDG "
        "de Globex."
    )
    events = _draft(text, "fr", published=dt.date(2020, 5, 12)).events
    assert [e.when for e in events if e.type == "stance_stated"] == ["lundi"]


@pytest.mark.parametrize(
    "sentence",
    [
        "L'offre d'Initech a été jugée « hostile » par Globex.",
        "Il est précisé que Globex conservera 51 % du capital d'Initech.",
        "Jean Martin, PDG de Globex, qui a indiqué comme priorité la réduction de la dette, part.",
    ],
)
def test_a_passive_with_its_agent_or_content_is_said(sentence: str) -> None:
    """Someone speaks: the sentence keeps a statement or a plan."""
    events = _draft("Globex news\n\n" + sentence, "fr").events
    assert any(e.type in ("stance_stated", "plan_announced") for e in events)


def test_a_founding_by_someone_is_a_founding() -> None:
    """A founder named after the landmark ("since its founding by Jane Doe") keeps it."""
    text = "Globex news\n\nSince its founding by Jane Doe, Globex has opened 40 stores."
    assert any(e.type == "founded" for e in _draft(text, "en").events)


def test_a_count_after_a_month_and_a_comma_is_no_year() -> None:
    """A count after a month and a comma ("In May, 1800 workers") is no year."""
    text = "Globex news\n\nIn May, 1800 workers were laid off by Globex."
    events = [e for e in _draft(text, "en").events if e.type == "headcount_changed"]
    assert [(e.when, e.fields.get("change")) for e in events] == [("May", -1800)]
