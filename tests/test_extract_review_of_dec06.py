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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"We are reviewing it," said Globex spokesman John Smith in a statement.', "john-smith"),
        ('"Demand remained strong," said Jane Doe at a press conference held here.', "jane-doe"),
        ('"We have no plans to sell," said Jane Doe when asked about Initech.', "jane-doe"),
    ],
)
def test_the_speaker_after_said_keeps_speaking(sentence: str, speaker: str) -> None:
    """A name after "said" followed by a title, a preposition or "when" is the speaker."""
    events = _draft("Globex news\n\n" + sentence, "en").events
    assert [e.fields["speaker"] for e in events if e.type == "stance_stated"] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex welcomed the dismissal of Initech's appeal by the Supreme Court on Monday.", "en"),
        ("Globex's board voted for the dismissal of the lawsuit brought by Initech.", "en"),
        ("A former Globex engineer, John Smith, won his unfair dismissal claim against it.", "en"),
        ("Activist Hooli is pushing for the ouster of Globex chief executive John Smith.", "en"),
        ("Globex a obtenu l'éviction de son concurrent Initech du marché chinois.", "fr"),
    ],
)
def test_a_dismissal_that_is_no_departure(sentence: str, lang: str) -> None:
    """A court's dismissal, a dismissal claim, a demand for an ouster or a rival pushed out
    of a market is no departure.
    """
    events = _draft("Globex news\n\n" + sentence, lang).events
    assert not any(e.type == "person_departed" for e in events)
    assert not any(e.fields.get("attribute") == "departures" for e in events)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex's board proposed a dividend of $1.20 per share for fiscal 2019.", "en"),
        (
            "Le conseil d'administration de Globex a proposé le versement d'un dividende de "
            "1,50 euro au titre de l'exercice 2019.",
            "fr",
        ),
    ],
)
def test_a_dividend_is_not_dated_by_its_fiscal_year(sentence: str, lang: str) -> None:
    """The year after "for fiscal"/"au titre de l'exercice" is what the dividend is for."""
    events = _draft("Globex news\n\n" + sentence, lang).events
    assert [e.when for e in events if e.type == "plan_announced"] == [None]


def test_a_plan_for_a_year_ahead_keeps_its_target() -> None:
    """A plan for a year still to come ("for 2021", told in 2020) is aimed at that year."""
    text = "Globex news\n\nGlobex plans to hire 2,000 workers for 2021, the company said."
    events = _draft(text, "en", published=dt.date(2020, 5, 12)).events
    assert [e.fields.get("target") for e in events if e.type == "plan_announced"] == ["2021"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jean Martin est président du directoire de Globex depuis 2015.",
        "Jean Martin est directeur général délégué chargé des finances.",
    ],
)
def test_a_role_told_by_est_with_a_date_or_no_company(sentence: str) -> None:
    """With its own date the role is read as before; with no company, no role of a person
    at herself.
    """
    events = _draft("Nouvelles\n\n" + sentence, "fr").events
    assert not any(
        e.type == "role_held" and e.fields.get("organization") == e.fields.get("person")
        for e in events
    )
    assert not any(e.type == "role_held" and e.when is None and "2015" in e.quote for e in events)


def test_a_department_is_a_closed_list() -> None:
    """A company named once between a title and a person ("Chief Executive Officer of Hooli
    Jane Doe") is no department: its name is not dropped.
    """
    text = 'Globex news\n\n"We are growing fast," said Chief Executive Officer of Hooli Jane Doe.'
    assert any("Hooli" in e.name for e in _draft(text, "en").entities)


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex said it had no plans to file for bankruptcy protection.",
        "Globex raided its cash reserves to fund the $1 billion acquisition of Initech.",
        "Globex, which emerged from receivership in 2018, reported a profit of $20 million.",
    ],
)
def test_no_legal_action_out_of_context(sentence: str) -> None:
    """A negated filing, cash reserves raided and a receivership left are no legal action."""
    events = _draft("Globex news\n\n" + sentence, "en").events
    assert not any(e.type == "legal_action_reported" for e in events)


def test_a_plant_bought_from_a_company_buys_no_company() -> None:
    """A plant bought from a company ("from Initech") does not buy the company."""
    text = "Globex news\n\nGlobex bought a plant in Hollowbrook from Initech for $40 million."
    events = _draft(text, "en").events
    assert not any(e.fields.get("target") == "initech" for e in events)


def test_a_product_figure_goes_to_the_maker_named_after_it() -> None:
    """Copies sold of a product named with its maker ("de Hooli") are not the focus's."""
    text = (
        "Globex présente ses résultats\n\nGlobex a présenté ses résultats mardi. Hooli a "
        "lancé la Hyperion 5 en 2018. La Hyperion 5 de Hooli s'est vendue à 300 000 "
        "exemplaires en 2019."
    )
    events = _draft(text, "fr").events
    sold = [e for e in events if "exemplaires" in e.quote]
    assert all((e.fields.get("entity") or e.fields.get("organization")) != "globex" for e in sold)
