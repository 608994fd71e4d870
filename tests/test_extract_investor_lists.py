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
