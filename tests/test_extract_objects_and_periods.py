"""Readings of a clause's object and of the period of results, added after the 2026-12-03
evening session's reading of the development batches: a name the subject owns ("its Globex
brand") is the verb's object, never its subject; results a company releases are results, not
a launch, and are dated by the day they were released, even after two periods. Each is
checked on sentences written for these tests, with the limits that keep the rule from
catching what it should leave alone.
"""

from __future__ import annotations

import pytest

from timeline.extract._text import sentences
from timeline.extract.entities import rule_mentions

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Initech, which debuted its Globex Lager in 1985, is big.", "initech"),
        ("Initech is big. The company gave its Globex brand a refresh last year.", "initech"),
    ],
)
def test_a_name_the_subject_owns_is_not_the_subject(text: str, subject: str) -> None:
    """After "which debuted its" or "gave its", the name is what the subject owns: the
    event is about the company before it (or in focus), not about the owned name.
    """
    events = _draft(f"Initech\n\n{text}", "en").events
    dated = [e for e in events if e.when is not None]
    assert dated, "the dated clause gives an event"
    firsts = [
        e.fields.get("entity") or e.fields.get("organization") or e.fields.get("acquirer")
        for e in dated
    ]
    assert firsts == [subject] * len(dated)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Acme and its partner Globex signed a deal in 2019.", "globex"),
        ("Acme is big. Its subsidiary Globex raised $5 million in 2019.", "globex"),
    ],
)
def test_a_possessive_opening_a_subject_keeps_its_name_free(text: str, subject: str) -> None:
    """A possessive after "and" or opening the clause names a subject ("Acme and its partner
    Globex signed", "Its subsidiary Globex raised"): the name after it stays the nearest
    subject, not skipped as an owned object.
    """
    events = [e for e in _draft(f"Acme\n\n{text}", "en").events if e.when == "2019"]
    assert events, "the clause dated 2019 gives an event"
    first = events[0].fields
    assert subject == (first.get("entity") or first.get("organization") or first.get("parties"))


def test_results_released_are_results_dated_by_the_day() -> None:
    """The words "Globex released its fourth quarter and full fiscal year 2023 financial
    results on Tuesday" tell results, not a launch, and is dated Tuesday, not the fourth quarter.
    """
    text = (
        "Globex\n\nGlobex released its fourth quarter and full fiscal year 2023 financial "
        "results on Tuesday."
    )
    events = _draft(text, "en").events
    assert [("results", "Tuesday")] == [
        (e.fields.get("attribute"), e.when) for e in events if e.type == "fact_asserted"
    ]


def test_a_product_released_is_still_a_launch() -> None:
    """The words "Globex released its new Widget X phone on Tuesday" tell a product's launch: the
    results reading needs the words of results after the verb.
    """
    events = _draft("Globex\n\nGlobex released its new Widget X phone on Tuesday.", "en").events
    assert "results" not in [e.fields.get("attribute") for e in events]
    assert any(e.type == "product_released" for e in events)


def test_the_date_of_a_comparison_is_not_the_figure_s() -> None:
    """In "Le résultat net s'établit à 17 millions d'euros contre 25 millions d'euros en
    2023", 2023 is the period of the 25 millions, not of the 17: the first is a result with
    no period of its own, the second a result of 2023.
    """
    text = (
        "Globex\n\nLe résultat net de Globex s’établit à 17 millions d’euros contre 25 millions"
        " d’euros en 2023."
    )
    events = _draft(text, "fr").events
    dated = [(e.fields.get("value"), e.when) for e in events if e.type == "results_reported"]
    assert [(25_000_000, "2023")] == dated
    undated = [e for e in events if e.fields.get("attribute") == "results (net profit)"]
    assert ["Le résultat net de Globex s’établit à 17 millions d’euros"] == [
        e.quote for e in undated
    ]
    assert [None] == [e.when for e in undated]


def test_two_results_with_different_figures_are_two_facts() -> None:
    """Two results of one metric, organisation and period with different figures ("le
    résultat net" and "le résultat net part du groupe") are two facts: the second is not
    dropped as a repeat of the first, since a result's figure is part of its fact.
    """
    text = (
        "Globex\n\nEn 2024, le résultat net de Globex atteint 17 millions d’euros. En 2024, le "
        "résultat net part du groupe de Globex atteint 20 millions d’euros."
    )
    values = [e.fields.get("value") for e in _draft(text, "fr").events]
    assert [17_000_000, 20_000_000] == values


def test_a_move_before_from_a_year_ago_dates_the_base_only() -> None:
    """In "said revenue fell 8% to $14.2 billion from $15.33 billion a year ago", "a year
    ago" dates the $15.33 billion, a result of revenue; the $14.2 billion has no date of its
    own, and its metric is revenue, not the words of its move.
    """
    text = "Globex\n\nGlobex said revenue fell 8% to $14.2 billion from $15.33 billion a year ago."
    events = _draft(text, "en").events
    assert [("revenue", 15_330_000_000, "a year ago")] == [
        (e.fields["metric"], e.fields["value"], e.when)
        for e in events
        if e.type == "results_reported"
    ]
    assert ["results (revenue)"] == [
        e.fields["attribute"] for e in events if e.type == "fact_asserted"
    ]


def test_the_subject_is_before_an_aside_not_in_it() -> None:
    """When a clause opens on its verb after an aside between commas, its subject is before
    the aside (here a description of the organisation in focus), not the last founder the
    aside's list names.
    """
    text = (
        "Globex raises money\n\nGlobex Mobility, an electric taxi platform, has raised $5 "
        "million.\n\nThe Springfield-based company, set up last year by Jane K Doe, John Singh "
        "Roe and Anna Singh Roe, has raised this capital from Hooli Ventures."
    )
    events = _draft(text, "en").events
    told = [e for e in events if e.quote.startswith("has raised this capital")]
    assert told, "the clause gives an event"
    assert {"globex-mobility"} == {e.fields.get("entity") for e in told}


def test_an_abbreviated_legal_form_is_part_of_the_name() -> None:
    """The words "Globex Mobility Pvt. Ltd" and "Initech Co. Ltd." are one name each: the full
    stop of "Pvt." or "Co." before "Ltd" ends no sentence and cuts no name.
    """
    text = "Globex Mobility Pvt. Ltd, a taxi app, raised $5 million. Initech Co. Ltd. grew."
    sents = sentences(text)
    assert 2 == len(sents)
    names = [m.name for m in rule_mentions(text, sents, "en")]
    assert ["Globex Mobility Pvt. Ltd", "Initech Co. Ltd"] == names


def test_a_pre_series_round_keeps_its_name() -> None:
    """A "pre-Series A" round is named so, not "Series A"."""
    text = "Globex\n\nGlobex has raised $5 million in a pre-Series A funding round."
    rounds = [e for e in _draft(text, "en").events if e.type == "funding_raised"]
    assert ["pre-Series A"] == [e.fields.get("round") for e in rounds]


def test_investors_of_the_capital_raised_and_the_leads_after_a_list() -> None:
    """The words "has raised this capital from A, B and C, Globex News reported" list the round's
    investors up to C; "with D and E leading the round" names its leads.
    """
    text = (
        "Acme raises money\n\nAcme has raised $5 million in a seed round.\n\nThe company has "
        "raised this capital from Hooli Ventures, Initech Partners and Globex Capital, Umbrella "
        "News reported. Other investors include Vandelay Fund, with Wayne Holdings and "
        "Stark Capital leading the round."
    )
    facts = {
        (e.fields.get("attribute"), e.fields.get("value"))
        for e in _draft(text, "en").events
        if e.type == "fact_asserted"
    }
    assert ("investors", "Hooli Ventures, Initech Partners, Globex Capital") in facts
    assert ("lead investor", "Wayne Holdings, Stark Capital") in facts


def test_a_stake_bought_in_the_company_in_focus() -> None:
    """The words "Initech bought a 10% stake in the company last year", in an article about
    Globex with no other name before the verb, tell Initech buying into Globex.
    """
    text = "Globex\n\nShares of Globex rose. Initech bought a 10% stake in the company last year."
    deals = [e for e in _draft(text, "en").events if e.type == "acquisition_announced"]
    assert [("initech", "globex")] == [(e.fields["acquirer"], e.fields["target"]) for e in deals]


@pytest.mark.parametrize(
    ("text", "lang", "exact"),
    [
        ("Title\n\nShares of Globex were up 15.7% at $41.80 in trading on Tuesday.", "en", "41.80"),
        ("Titre\n\nL'action Globex chutait de 12% à 178,75 euros mardi.", "fr", "178.75"),
    ],
)
def test_a_share_price_keeps_its_decimals(text: str, lang: str, exact: str) -> None:
    """A price with decimals of its own ("$41.80", "178,75 euros") is drafted with its
    whole part as the value and its decimals in `exact`, so the fact shows the price read.
    """
    [event] = [e for e in _draft(text, lang).events if e.type == "results_reported"]
    assert (int(float(exact)), exact) == (event.fields["value"], event.fields["exact"])


def test_a_share_price_moving_without_a_figure_is_a_result() -> None:
    """A share price's move told without a figure ("Shares of Globex shot up after hours
    Tuesday") is a fact of results, filed under the share price and dated by its day.
    """
    text = "Title\n\nShares of Globex shot up after hours Tuesday."
    events = _draft(text, "en").events
    assert [("results (share price)", "Tuesday")] == [
        (e.fields.get("attribute"), e.when) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("General Globex said on Monday it will cut 500 jobs.", ["General Globex"]),
        ("Le groupe General Initech France va supprimer 850 emplois.", ["General Initech France"]),
        ("General Manager Jane Doe said sales rose.", ["Jane Doe"]),
        ("Jane Doe, Directeur Général de Globex, a commenté.", ["Jane Doe", "Globex"]),
        ("General Counsel Jane Roe left Globex.", ["Jane Roe", "Globex"]),
    ],
)
def test_general_opening_a_company_s_name_is_no_title(text: str, names: list[str]) -> None:
    """The word "General" before another word of a name is the first word of a company's name
    ("General Globex"); before a title or a given name ("General Manager Jane Doe", "General
    Counsel Jane Roe"), or after a title ("Directeur Général de Globex"), it is a title.
    """
    lang = "fr" if " de " in text or " va " in text else "en"
    assert names == [m.name for m in rule_mentions(text, sentences(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Titre\n\nLe groupe Globex, qui possède notamment les marques Acme et Hooli, "
            "annonce le rachat d'Initech.",
            "fr",
        ),
        (
            "Title\n\nGlobex, which owns the Acme and Hooli brands, said it has acquired Initech.",
            "en",
        ),
        (
            "Titre\n\nLe groupe Globex, qui possède notamment les marques Acme et Hooli, "
            "annonce, ce mardi 28 mai 2024, l'acquisition d'Initech.",
            "fr",
        ),
        (
            "Title\n\nGlobex, which owns the Acme and Hooli brands, announced, on Tuesday, the "
            "acquisition of Initech.",
            "en",
        ),
    ],
)
def test_a_verb_of_telling_after_an_aside_takes_the_subject_before_it(text: str, lang: str) -> None:
    """A clause that opens on a verb of telling ("annonce", "said") after an aside between
    commas, its news perhaps after a date between commas ("annonce, ce mardi 28 mai 2024,
    l'acquisition"), is told by the name before the aside: the brands the aside lists do not
    buy.
    """
    [event] = [e for e in _draft(text, lang).events if e.type == "acquisition_announced"]
    assert ("globex", "initech") == (event.fields["acquirer"], event.fields["target"])


def test_a_place_qualifying_a_description_is_not_the_actor() -> None:
    """A local area named by its head ("Springfield County") before a description of the
    organisation in focus ("The Springfield County manufacturer said it has acquired") is a
    place, so the organisation in focus acquires, not the county.
    """
    text = (
        "Globex buys valve maker\n\nPipe maker Globex Inc. is growing. The Springfield County "
        "manufacturer said Tuesday it has acquired Initech Corp., a family-owned maker of valves."
    )
    [event] = [e for e in _draft(text, "en").events if e.type == "acquisition_announced"]
    assert ("globex-inc", "initech-corp") == (event.fields["acquirer"], event.fields["target"])
    kinds = {e.id: e.kind for e in _draft(text, "en").entities}
    assert "organization" != kinds.get("springfield-county")
