"""A role told by "to be" after a person ("Jane Doe is chief financial officer of Globex",
"est actuellement directeur général adjoint"), by a role carried on ("continuera d'assurer
les fonctions de", "will continue to serve as", "conservera ses fonctions ... en tant que"):
a role held; "to be" after a company's name holds no role.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("sentence", "lang", "role"),
    [
        ("Jane Doe is chief financial officer of Globex.", "en", "chief financial officer"),
        (
            "Jane Doe, who is currently chief financial officer of Globex, said sales rose.",
            "en",
            "chief financial officer",
        ),
        ("Jane Doe will continue to serve as chairman of Globex.", "en", "chairman"),
        (
            "Jean Martin est actuellement directeur général adjoint de Globex.",
            "fr",
            "directeur général adjoint",
        ),
        (
            "Jean Martin continuera d'assurer les fonctions de directeur général de Globex.",
            "fr",
            "directeur général",
        ),
    ],
)
def test_a_role_held(sentence: str, lang: str, role: str) -> None:
    """One role held by the person at Globex."""
    events = _draft("Globex news\n\n" + sentence, lang).events
    held = [(e.fields["organization"], e.fields["role"]) for e in events if e.type == "role_held"]
    assert held == [("globex", role)]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex est président du syndicat patronal.", "fr"),
        ("Globex is president of the trade body.", "en"),
    ],
)
def test_a_company_holds_no_role(sentence: str, lang: str) -> None:
    """No role held: the name before "to be" is a company's, not a person's."""
    events = _draft("Globex news\n\n" + sentence, lang).events
    assert not any(e.type == "role_held" for e in events)
