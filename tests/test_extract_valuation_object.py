"""A verb of valuing gives the value to its object ("The round values Initech at $1 billion",
"L'opération valorise Initech à 3 milliards d'euros"); a deal that "values" its target tells
its price, which the acquisition already holds.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = {"en": "Globex buys Initech\n\n", "fr": "Globex rachète Initech\n\n"}


@pytest.mark.parametrize(
    ("sentence", "lang", "found"),
    [
        (
            "Hooli led the round, which values Initech at $1 billion.",
            "en",
            [("initech", 1_000_000_000)],
        ),
        ("L'opération valorise Initech à 3 milliards d'euros.", "fr", [("initech", 3_000_000_000)]),
        ("The transaction values Initech at about $3 billion, including debt.", "en", []),
    ],
)
def test_the_object_of_a_verb_of_valuing(sentence: str, lang: str, found: list[object]) -> None:
    """The valuation is the object's, or there is none for a deal's price."""
    events = _draft(_HEADLINE[lang] + sentence, lang).events
    got = [
        (e.fields["organization"], e.fields["amount"])
        for e in events
        if e.type == "valuation_reported"
    ]
    assert got == found
