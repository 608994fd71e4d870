"""News dated after the publication day is still to come: a fact, a site or a headcount so
dated is a plan stated on the day and aimed at that date, and a statement is dated by the day
it was made, never by a date it speaks of.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.draft import Draft

from .helpers import rules_draft as _draft


def _plans(result: Draft) -> list[tuple[str | None, str | None, object]]:
    return [
        (e.when, e.anchor, e.fields.get("target"))
        for e in result.events
        if e.type == "plan_announced"
    ]


@pytest.mark.parametrize(
    ("sentence", "lang", "target"),
    [
        ("Globex ouvrira une usine en mars 2025.", "fr", "mars 2025"),
        ("Globex annonce 280 embauches d'ici à la fin 2025.", "fr", "la fin 2025"),
    ],
)
def test_news_dated_after_publication_is_a_plan(sentence: str, lang: str, target: str) -> None:
    """One plan, undated (known from the publication day), aimed at the future date words;
    nothing dated in the future.
    """
    result = _draft("Globex news\n\n" + sentence, lang)  # published 2024-03-12
    assert _plans(result) == [(None, None, target)]
    assert all(e.type == "plan_announced" or e.when is None for e in result.events)


def test_a_statement_about_a_date_to_come_is_dated_when_said() -> None:
    """A statement that names March 2025, said in 2024, is anchored on the publication day."""
    text = (
        "Globex news\n\n« Le groupe entame une nouvelle étape, avec notre plan stratégique qui "
        "sera présenté en mars 2025 », a déclaré Jean Martin, PDG de Globex."
    )
    stances = [e for e in _draft(text, "fr").events if e.type == "stance_stated"]
    assert stances
    assert all(e.when is None and e.anchor == "published" for e in stances)


def test_news_dated_by_the_inverted_speech_after_it() -> None:
    """A round told before an inverted speech ("a-t-elle annoncé ce mardi") is dated by it."""
    text = "Globex lève des fonds\n\nGlobex a levé 100 millions d'euros, a-t-elle annoncé ce mardi."
    events = _draft(text, "fr", published=dt.date(2024, 3, 12)).events
    assert [e.when for e in events if e.type == "funding_raised"] == ["ce mardi"]


def test_a_speech_that_tells_news_of_its_own_dates_nothing_beside() -> None:
    """A speech that tells a figure of its own ("said its fourth-quarter profit fell") does
    not date the headcount told before it.
    """
    text = (
        "Globex results\n\nBut Globex, which employs 19,300 people, said its fourth-quarter "
        "operating profit fell 6 percent to 226 million euros."
    )
    events = _draft(text, "en").events
    assert [e.when for e in events if e.type == "headcount_changed"] == [None]
