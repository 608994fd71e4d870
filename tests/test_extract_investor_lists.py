"""A French list of investors goes on after "et d'" and after a comma with "de la"
("auprès de Hooli, de la Banque des Territoires et d'Acme"): every investor is one, and the
names after the comma are no description of the first.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Globex lève des fonds\n\n"


@pytest.mark.parametrize(
    ("sentence", "investors"),
    [
        (
            "Le groupe lyonnais Globex a annoncé lundi une levée de fonds de 20 millions "
            "d'euros auprès de Hooli Ventures et d'Acme Partners.",
            ["hooli-ventures", "acme-partners"],
        ),
        (
            "Globex a levé 20 millions d'euros auprès de Hooli Ventures, de la Banque des "
            "Territoires et de Acme Partners.",
            ["hooli-ventures", "banque-des-territoires", "acme-partners"],
        ),
    ],
)
def test_every_investor_of_a_french_list(sentence: str, investors: list[str]) -> None:
    """One round of Globex's, with all its investors, and no description drafted."""
    events = _draft(_HEADLINE + sentence, "fr").events
    assert [(e.type, e.fields.get("organization"), e.fields.get("investors")) for e in events] == [
        ("funding_raised", "globex", investors)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Globex lève 50 millions\n\nGlobex a levé 50 millions d'euros en série B. Le tour "
            "de table a été mené par Hooli Ventures, aux côtés des investisseurs historiques "
            "Acme Capital et Initech Partners.",
            "fr",
        ),
        (
            "Globex raises $50 million\n\nGlobex has raised $50 million in a Series B round "
            "led by Hooli Ventures, alongside existing investors Acme Capital and Initech "
            "Partners.",
            "en",
        ),
    ],
)
def test_investors_alongside_the_lead(text: str, lang: str) -> None:
    """The investors "aux côtés des investisseurs historiques" or "alongside existing
    investors" are the round's, and no description of its lead.
    """
    events = _draft(text, lang).events
    rounds = [
        (e.fields.get("lead_investor"), e.fields.get("investors"))
        for e in events
        if e.type == "funding_raised"
    ]
    assert rounds == [("hooli-ventures", ["acme-capital", "initech-partners"])]
    assert [e for e in events if e.fields.get("attribute") == "description"] == []


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("The startup bagged about $10 million in February 2020 from Hooli Ventures.", 10_000_000),
        ("Globex secured $20 million from Hooli Ventures last week.", 20_000_000),
    ],
)
def test_money_bagged_or_secured_is_a_round(sentence: str, amount: int) -> None:
    """Money a startup "bagged" or "secured" from an investor is a round of its own."""
    text = "Globex raises money\n\nGlobex is a payments startup. " + sentence
    rounds = [
        (e.fields["organization"], e.fields["amount"])
        for e in _draft(text, "en").events
        if e.type == "funding_raised"
    ]
    assert rounds == [("globex", amount)]


def test_a_contract_landed_is_no_round() -> None:
    """A contract "landed" raises no money."""
    text = "Globex news\n\nGlobex landed a contract with the city of Springfield."
    assert all(e.type != "funding_raised" for e in _draft(text, "en").events)
