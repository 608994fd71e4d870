"""Deals told with "buy" after an auxiliary ("is to buy", "would buy") and sales told by the
seller in English ("sold Initech to Hooli"): the buyer acquires, and a sale agreed or to come
is no completed deal.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Deal news\n\n"


@pytest.mark.parametrize(
    ("sentence", "acquirer", "status"),
    [
        ("Globex is to buy Initech for $1.2 billion.", "globex", None),
        ("Globex said on Tuesday it would buy Initech for $1.2 billion.", "globex", None),
        ("Globex sold Initech to Hooli.", "hooli", "completed"),
        ("Globex agreed to sell Initech to Hooli for $300 million.", "hooli", None),
        ("Globex agreed to sell Initech to the private-equity firm Hooli.", "hooli", None),
    ],
)
def test_who_buys_and_whether_it_is_done(sentence: str, acquirer: str, status: str | None) -> None:
    """One acquisition of Initech, by the buyer, completed only when told as done."""
    events = _draft(_HEADLINE + sentence, "en").events
    deals = [
        (e.fields["acquirer"], e.fields["target"], e.fields.get("status"))
        for e in events
        if e.type == "acquisition_announced"
    ]
    assert deals == [(acquirer, "initech", status)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts rate Globex a buy.",
        "Globex will buy back $2 billion of its own shares.",
        "Globex will sell its new tablet in 20 countries.",
        "Globex sold Initech in 2018, according to Hooli.",
        "Globex sold its Springfield plant to Hooli last year.",
    ],
)
def test_no_deal_or_no_buyer(sentence: str) -> None:
    """An analyst's "buy", a buyback, a product on sale, and a sale whose buyer is not named
    (the name after "according to") or whose target is a place are no acquisition.
    """
    events = _draft(_HEADLINE + sentence, "en").events
    assert not any(e.type == "acquisition_announced" for e in events)


def test_a_name_in_a_relative_clause_buys_nothing() -> None:
    """In "sold its Initech unit, which supplies chips to Hooli, to Umbrella", Umbrella buys."""
    text = _HEADLINE + (
        "Globex sold its Initech unit, which supplies chips to Hooli, to Umbrella for $300 million."
    )
    deals = [e.fields["acquirer"] for e in _draft(text, "en").events if "acquirer" in e.fields]
    assert deals == ["umbrella"]


@pytest.mark.parametrize(
    ("sentence", "lang", "acquirer"),
    [
        ("Globex met la main sur Initech.", "fr", "globex"),
        ("Globex prend une participation majoritaire dans Initech.", "fr", "globex"),
        ("Initech passe sous le contrôle de Globex.", "fr", "globex"),
        ("Initech est passée sous le contrôle du fonds Hooli.", "fr", "hooli"),
        ("Globex snapped up Initech for $300 million.", "en", "globex"),
        ("Globex has taken a majority stake in Initech.", "en", "globex"),
    ],
)
def test_other_words_of_buying(sentence: str, lang: str, acquirer: str) -> None:
    """A company that "met la main sur", "prend une participation dans", "snapped up" or
    "has taken a majority stake in" Initech buys it; Initech "passe sous le contrôle de" its
    buyer.
    """
    deals = [
        (e.fields["acquirer"], e.fields["target"])
        for e in _draft(_HEADLINE + sentence, lang).events
        if e.type == "acquisition_announced"
    ]
    assert deals == [(acquirer, "initech")]


def test_investments_scooped_up_are_no_deal() -> None:
    """A startup "scooping up big investments from" an investor buys nothing."""
    text = _HEADLINE + "Globex has grown fast, scooping up big investments from Hooli."
    assert all(e.type != "acquisition_announced" for e in _draft(text, "en").events)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Le fonds Globex est en discussion pour racheter Initech.", "fr"),
        ("Globex is considering buying Initech.", "en"),
    ],
)
def test_a_deal_talked_of_is_not_completed(sentence: str, lang: str) -> None:
    """A deal still discussed or weighed is an acquisition the convention counts, never a
    completed one.
    """
    deals = [
        e.fields.get("status")
        for e in _draft(_HEADLINE + sentence, lang).events
        if e.type == "acquisition_announced"
    ]
    assert deals == [None]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Globex a acheté Initech.", "completed"),
        ("Globex achète Initech pour 5 millions d'euros.", None),
        ("Globex a acheté la majorité des actions d'Initech.", "completed"),
    ],
)
def test_french_acheter_is_a_purchase_of_the_company_named(
    sentence: str, status: str | None
) -> None:
    """To "acheter" a company, as the Quebec press writes it, is to acquire it; a building
    bought is no company acquired.
    """
    events = _draft(_HEADLINE + sentence, "fr").events
    deals = [
        (e.fields["acquirer"], e.fields["target"], e.fields.get("status"))
        for e in events
        if e.type == "acquisition_announced"
    ]
    assert deals == [("globex", "initech", status)]
    building = _draft(_HEADLINE + "Globex a acheté un immeuble à Lyon.", "fr").events
    assert [e for e in building if e.type == "acquisition_announced"] == []
