"""Acquisitions read from the ways real dispatches tell them: in the progressive ("is
buying"), with a place before the target ("buying US paving business, Apex"), with a price
per share beside the deal's worth, and with a target whose name holds "and" and is spelled
out by its acronym. Each is checked on sentences written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

from timeline.extract._text import sentences
from timeline.extract.entities import kind_of, rule_mentions

from .helpers import rules_draft as _draft


def _deals(text: str, lang: str = "en") -> list[dict[str, Any]]:
    """The fields of the acquisitions drafted from `text`."""
    return [dict(e.fields) for e in _draft(text, lang).events if e.type == "acquisition_announced"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex is buying Initech for $618 million in cash.",
        "Globex announced it was buying Initech for $618 million in cash.",
        "Globex is acquiring Initech for $618 million in cash.",
        "Globex is taking over Initech for $618 million in cash.",
        "Globex announced it would be taking over Initech for $618 million in cash.",
    ],
)
def test_an_acquisition_in_the_progressive_is_active(sentence: str) -> None:
    """'is buying', 'is taking over': the auxiliary before a cue in '-ing' makes no passive, so
    the name before it is the acquirer and the name after it the target.
    """
    deals = _deals(f"Globex news\n\n{sentence}")
    assert [(d["acquirer"], d["target"], d.get("price")) for d in deals] == [
        ("globex", "initech", 618_000_000)
    ]


def test_a_passive_acquisition_still_reads_its_agent() -> None:
    """The rule for '-ing' leaves the passive alone: 'Initech was acquired by Globex' names
    Globex the acquirer.
    """
    deals = _deals("Globex news\n\nInitech was acquired by Globex for $618 million.")
    assert [(d["acquirer"], d["target"]) for d in deals] == [("globex", "initech")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex is buying US paving business, Initech Paving, for $1.3 billion.",
        "Globex agreed to buy Mexico's Initech beer unit for $1.3 billion.",
    ],
)
def test_a_place_before_the_target_describes_it(sentence: str) -> None:
    """A place right after the verb of buying ('buying US paving business, X', "buy
    Mexico's X") says where the target is: the target is the name after it, not the place.
    """
    deals = _deals(f"Globex news\n\n{sentence}")
    assert len(deals) == 1
    assert deals[0]["target"] in ("initech-paving", "initech")
    assert deals[0]["price"] == 1_300_000_000


def test_a_place_alone_after_the_verb_is_no_target() -> None:
    """'Globex is buying in France' names no company bought: no acquisition of France."""
    deals = _deals("Globex news\n\nGlobex is buying in France, said Initech.")
    assert all(d["target"] != "france" for d in deals)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Globex is buying Initech for $157 U.S. a share in an all-cash deal worth $28 billion.",
            "en",
        ),
        (
            "Globex va racheter Initech pour 157 euros par action, une opération d'un montant"
            " de 28 milliards d'euros.",
            "fr",
        ),
    ],
)
def test_a_price_per_share_is_not_the_price_of_the_deal(sentence: str, lang: str) -> None:
    """An amount followed by 'a share', 'par action' is what each share fetches: the deal's
    price is the amount its worth is told by.
    """
    deals = _deals(f"Globex\n\n{sentence}", lang)
    assert [d.get("price") for d in deals] == [28_000_000_000]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Globex bought Apex Paving and Construction (APAC) on Monday.",
            "en",
            "Apex Paving and Construction",
        ),
        (
            "Globex a racheté la Banque de Commerce et Industrie (BCI) lundi.",
            "fr",
            "Banque de Commerce et Industrie",
        ),
    ],
)
def test_a_name_with_and_spelled_by_its_acronym_is_one_name(
    text: str, lang: str, name: str
) -> None:
    """A name coordinated over 'and'/'et' and followed by the bracketed acronym of all its
    words is one name, not two.
    """
    names = [m.name for m in rule_mentions(text, sentences(text), lang)]
    assert name in names


def test_two_names_with_and_stay_two_without_their_acronym() -> None:
    """Without an acronym spelling both, 'Globex and Initech Paving (IP)' are two names."""
    text = "Yesterday Globex and Initech Paving (IP) said they would merge."
    names = [m.name for m in rule_mentions(text, sentences(text), "en")]
    assert "Globex" in names
    assert "Initech Paving" in names


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Initech a été rachetée en 2014 par le groupe breton Globex.", "fr"),
        ("Initech was acquired last year by the Irish group Globex.", "en"),
    ],
)
def test_the_agent_of_a_passive_may_follow_a_description(sentence: str, lang: str) -> None:
    """'rachetée par le groupe breton Globex': the agent of the passive is the name after
    the description, so Globex bought Initech.
    """
    deals = _deals(f"Nouvelles\n\n{sentence}", lang)
    assert [(d["acquirer"], d["target"]) for d in deals] == [("globex", "initech")]


def test_a_passive_whose_only_name_is_its_agent_buys_no_company() -> None:
    """'Cette usine a été rachetée par Globex': what was bought has no name, so no
    acquisition of Globex by itself (nor of another company) is drafted.
    """
    assert (
        _deals("Nouvelles\n\nCette usine a été rachetée en 2014 par le groupe Globex.", "fr") == []
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "part"),
    [
        (
            "Les activités d'approvisionnement de Initech ont été rachetées par le groupe Globex.",
            "fr",
            "activités d'approvisionnement de Initech",
        ),
        (
            "Globex agreed to buy the paving business of Initech for $5 million.",
            "en",
            "paving business of Initech",
        ),
    ],
)
def test_a_part_of_a_company_bought_is_not_the_company(sentence: str, lang: str, part: str) -> None:
    """When what is bought is a part of a company ('les activités de X', 'the paving
    business of X'), X is not acquired: the buyer's acquisitions name the part.
    """
    events = _draft(f"Nouvelles\n\n{sentence}", lang).events
    assert not [e for e in events if e.type == "acquisition_announced"]
    facts = [
        (e.fields["entity"], e.fields["attribute"], e.fields["value"])
        for e in events
        if e.type == "fact_asserted"
    ]
    assert ("globex", "acquisitions", part) in facts


def test_a_compound_given_name_makes_a_person_who_raises_for_their_company() -> None:
    """'Louis-Henri Durand' opens on two given names joined by a hyphen, a compound the list
    of given names does not hold: a person, so 'il vient de lever 100 millions' after him is
    a round of the company he leads, not his.
    """
    assert kind_of("Louis-Henri Durand") == "person"
    text = (
        "Globex lève 100 millions\n\nLe patron de Globex, Louis-Henri Durand, a"
        " cofondé la société en 2019. Mais il vient aussi de lever 100 millions d'euros en"
        " 2023."
    )
    rounds = [e.fields for e in _draft(text, "fr").events if e.type == "funding_raised"]
    assert [r["organization"] for r in rounds] == ["globex"]


@pytest.mark.parametrize(
    ("sentence", "lang", "amount"),
    [
        ("Le finlandais Initech a amassé 128 millions d'euros en 2022.", "fr", 128_000_000),
        ("Initech a récolté plus de 12 millions d'euros en 2022.", "fr", 12_000_000),
    ],
)
def test_amassing_money_is_a_round(sentence: str, lang: str, amount: int) -> None:
    """'a amassé 128 millions', 'a récolté 12 millions': money raised, a funding round."""
    rounds = [e.fields for e in _draft(f"Nouvelles\n\n{sentence}", lang).events]
    assert [(r.get("organization"), r.get("amount")) for r in rounds] == [("initech", amount)]


def test_a_harvest_without_an_amount_is_no_round() -> None:
    """'récolté les fruits' raises no money: the cue wants an amount after it."""
    text = "Nouvelles\n\nInitech a récolté les fruits de sa stratégie en 2022."
    assert not [e for e in _draft(text, "fr").events if e.type == "funding_raised"]


def test_a_total_secured_in_financing_is_the_total_raised() -> None:
    """'has now secured a total of more than $300 million in financing' is what the company
    raised in all, not a round.
    """
    text = "Globex news\n\nGlobex has now secured a total of more than $300 million in financing."
    facts = [
        (e.fields.get("attribute"), e.fields.get("value"))
        for e in _draft(text, "en").events
        if e.type == "fact_asserted"
    ]
    assert ("total raised to date", "more than $300 million") in facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Initech va être cédée au groupe suisse Globex, numéro un mondial de l'intérim.",
        "Initech doit être rachetée par le groupe suisse Globex.",
    ],
)
def test_a_sale_or_purchase_told_in_the_passive_infinitive(sentence: str) -> None:
    """'va être cédée au groupe Globex', 'doit être rachetée par Globex': 'être' before the
    participle makes a passive, so Globex buys Initech.
    """
    deals = _deals(f"Nouvelles\n\n{sentence}", "fr")
    assert [(d["acquirer"], d["target"]) for d in deals] == [("globex", "initech")]


def test_the_company_after_the_verb_of_buying_is_the_one_named_before() -> None:
    """'Shares of Initech jumped after Globex agreed to acquire the company for $2.3
    billion': the company bought is Initech, named before the acquirer.
    """
    text = (
        "Why Initech soared\n\nShares of Initech (INI) jumped on Monday after Globex agreed to"
        " acquire the company for $2.3 billion."
    )
    deals = _deals(text)
    assert [(d["acquirer"], d["target"], d.get("price")) for d in deals] == [
        ("globex", "initech", 2_300_000_000)
    ]


def test_the_company_alone_with_no_other_name_is_no_target() -> None:
    """'Globex agreed to acquire the company' with no other organisation named before: no
    target is guessed.
    """
    assert (
        _deals("Globex news\n\nOn Monday Globex agreed to acquire the company for $2 billion.")
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "lang", "stake"),
    [
        ("Globex annonce l'acquisition de 63,98% du capital d'Initech.", "fr", "63.98%"),
        ("Globex rachète 51 % d'Initech pour 20 millions d'euros.", "fr", "51%"),
        ("Globex said it has acquired a 85.1 per cent stake in Initech.", "en", "85.1%"),
        ("Globex has agreed to acquire an 80% interest in Initech for $5.6 million.", "en", "80%"),
        ("Globex agreed to buy a 20% stake in Initech.", "en", "20%"),
    ],
)
def test_the_share_of_the_capital_bought_is_the_stake(sentence: str, lang: str, stake: str) -> None:
    """A percent right before the target's name, with the words of a stake between ('63,98%
    du capital de', 'a 85.1 per cent stake in', 'an 80% interest in'), is the stake bought.
    """
    deals = _deals(f"Globex news\n\n{sentence}", lang)
    assert [(d["acquirer"], d["target"], d.get("stake")) for d in deals] == [
        ("globex", "initech", stake)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex is buying Initech, which makes 80% of its sales in Europe, for $618 million.",
        "Globex is buying Initech for $618 million, a 30% premium.",
    ],
)
def test_a_percent_that_is_not_before_the_target_is_no_stake(sentence: str) -> None:
    """A percent elsewhere in the sentence (a share of sales, a premium) says nothing of the
    share bought: the deal has no stake.
    """
    deals = _deals(f"Globex news\n\n{sentence}")
    assert [(d["target"], d.get("stake")) for d in deals] == [("initech", None)]


def test_a_stake_sold_in_a_named_company_is_the_buyers_acquisition_of_it() -> None:
    """'Acme a cédé sa participation de 24,33% dans Initech au groupe Globex': Globex acquires
    a stake of 24.33% in Initech.
    """
    deals = _deals(
        "Titre\n\nAcme a annoncé avoir cédé sa participation de 24,33% dans Initech au groupe "
        "Globex.",
        "fr",
    )
    assert [(d["acquirer"], d["target"], d.get("stake")) for d in deals] == [
        ("globex", "initech", "24.33%")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex a annoncé mercredi vouloir acquérir son concurrent Initech pour trois milliards"
        " d’euros.",
        "Globex acquerra Initech pour trois milliards d’euros.",
    ],
)
def test_the_french_infinitive_and_future_of_acquiring_are_an_acquisition(sentence: str) -> None:
    """The infinitive "acquérir" and the future "acquerra" are verbs of buying like
    "acquiert", and a price written in words ("trois milliards d'euros") is the price.
    """
    deals = _deals(f"Globex\n\n{sentence}", "fr")
    assert [(d["acquirer"], d["target"], d.get("price"), d.get("currency")) for d in deals] == [
        ("globex", "initech", 3_000_000_000, "EUR")
    ]


def test_a_lead_and_an_investor_may_follow_a_description() -> None:
    """In "led by crypto exchange Initech" and "including Springfield's state investment firm
    Hooli Holdings", the lead and the investor are the names after their descriptions, and a
    place before "'s" names no one.
    """
    text = (
        "Globex news\n\nGlobex has raised $8 million in a seed round led by crypto exchange"
        " Initech. Springfield's Acme has raised $230 million from investors, including"
        " Springfield's state investment firm Hooli Holdings, it said on Tuesday."
    )
    rounds = [e.fields for e in _draft(text, "en").events if e.type == "funding_raised"]
    assert [("globex", "initech", None), ("acme", None, ["hooli-holdings"])] == [
        (f["organization"], f.get("lead_investor"), f.get("investors")) for f in rounds
    ]


def test_a_place_based_before_the_target_tells_where_it_is() -> None:
    """In "an 80% interest in Springfield, OH based Initech Foods Ltd.", the target is
    Initech Foods, not the place nor its state's abbreviation.
    """
    deals = _deals(
        "Globex news\n\nGlobex Corp announced today the acquisition of an 80% interest in"
        " Springfield, OH based Initech Foods Ltd. for approximately $5.6 million."
    )
    assert [("globex-corp", "initech-foods-ltd")] == [(d["acquirer"], d["target"]) for d in deals]


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex raised $5 million in a round led by people close to Hooli.",
        "Globex raised $5 million, with a loan from the state of Springfield.",
    ],
)
def test_a_name_related_to_someone_else_or_a_place_is_no_backer(sentence: str) -> None:
    """A round "led by people close to Hooli" names no lead; a place lends as no investor."""
    rounds = [e.fields for e in _draft(f"Globex\n\n{sentence}", "en").events]
    assert [(None, None)] == [
        (f.get("lead_investor"), f.get("investors")) for f in rounds if "amount" in f
    ]
