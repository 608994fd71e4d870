"""A company that invests in another, and an authority's action on a company named after its
description: the round is the company funded, the investor is the subject, and the company
fined is the one described ("fashion company Globex"), not the authority.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Initech has invested $5 million in fintech startup Globex."),
        ("en", "Initech invested $5 million in Globex in March."),
        ("fr", "Initech a investi 5 millions d'euros dans la start-up Globex."),
        ("fr", "Initech a investi dans Globex à hauteur de 5 millions d'euros."),
    ],
)
def test_an_investment_is_the_round_of_the_company_invested_in(lang: str, sentence: str) -> None:
    """One round, of Globex, for 5 million, with Initech as its investor."""
    events = _draft("News\n\n" + sentence, lang).events
    rounds = [
        (e.fields["organization"], e.fields["amount"], e.fields.get("investors"))
        for e in events
        if e.type == "funding_raised"
    ]
    assert rounds == [("globex", 5_000_000, ["initech"])]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Initech invested $50 million in a new factory in Ohio."),
        ("fr", "Initech investit 5 millions d'euros dans une nouvelle usine."),
    ],
)
def test_money_put_into_a_plant_is_no_round(lang: str, sentence: str) -> None:
    """An investment into something no company names (a factory, in a place) is no round."""
    events = _draft("News\n\n" + sentence, lang).events
    assert [e for e in events if e.type == "funding_raised"] == []


def test_an_investor_s_share_told_after_the_round_is_told_as_its_investors() -> None:
    """An investor's sum told after a round is its share of it: "Initech invested about $3
    million" after Globex's round is no round of Initech's own.
    """
    text = (
        "Globex raises $5 million\n\nGlobex has raised $5 million in a round led by Hooli. "
        "Initech invested about $3 million."
    )
    events = _draft(text, "en").events
    assert [e.fields["organization"] for e in events if e.type == "funding_raised"] == ["globex"]
    shares = [
        (e.fields["entity"], e.fields["value"])
        for e in events
        if e.type == "fact_asserted" and e.fields.get("attribute") == "investors"
    ]
    assert shares == [("globex", "Initech (about $3 million)")]


def test_the_company_fined_after_its_description_is_the_one_acted_on() -> None:
    """The company fined after its description is the one acted on: "has fined fashion
    company Globex Pty Ltd $12,600" is a legal action on Globex, by the office that fines it.
    """
    text = (
        "Globex fined for misleading consumers\n\nThe Springfield Office of Fair Trading has "
        "fined fashion company Globex Pty Ltd $12,600 for misleading consumers."
    )
    events = _draft(text, "en").events
    legal = [
        (e.fields["organization"], e.fields.get("authority"), e.fields.get("amount"))
        for e in events
        if e.type == "legal_action_reported"
    ]
    assert legal == [("globex-pty-ltd", "springfield-office-of-fair-trading", 12_600)]
