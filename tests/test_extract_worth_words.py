"""An amount after a word of worth ("valant plus d'un milliard de dollars") is a valuation,
not the money raised; a valuation in another currency than the round's is not filed as the
round's valuation (it would be shown in the round's currency).
"""

from __future__ import annotations

from .helpers import rules_draft as _draft


def test_the_round_is_the_money_raised_not_the_worth() -> None:
    """The round is 100 million euros; the billion dollars is no amount raised, and no
    valuation in euros.
    """
    text = (
        "Globex devient une licorne\n\nLa pépite française Globex est devenue une licorne - "
        "nom donné à une start-up valant plus d'un milliard de dollars - après une nouvelle "
        "levée de fonds de 100 millions d'euros."
    )
    rounds = [e.fields for e in _draft(text, "fr").events if e.type == "funding_raised"]
    assert [(f["amount"], f["currency"]) for f in rounds] == [(100_000_000, "EUR")]
    assert "valuation" not in rounds[0]


def test_a_valuation_in_the_rounds_currency_is_kept() -> None:
    """A valuation in the round's currency ("valuing it at $1 billion") is the round's."""
    text = "Globex raises\n\nGlobex raised $100 million in a round valuing it at $1 billion."
    rounds = [e.fields for e in _draft(text, "en").events if e.type == "funding_raised"]
    assert [(f["amount"], f.get("valuation")) for f in rounds] == [(100_000_000, 1_000_000_000)]
