"""A role of two titles joined by "and"/"et" is one role ("president and chief executive
officer", "présidente et directrice générale"), and the role a relative clause gives a
person's former employer ("where she was chief financial officer") is not the one they take.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        (
            "Globex names new CEO\n\nGlobex appointed Jane Doe as president and chief "
            "executive officer.",
            "en",
            "president and chief executive officer",
        ),
        (
            "Globex change de patron\n\nJeanne Dupont est nommée présidente et directrice "
            "générale de Globex.",
            "fr",
            "présidente et directrice générale",
        ),
    ],
)
def test_two_titles_joined_are_one_role(text: str, lang: str, role: str) -> None:
    """The appointment holds both titles."""
    roles = [e.fields["role"] for e in _draft(text, lang).events if e.type == "person_appointed"]
    assert roles == [role]


def test_the_role_of_a_former_employer_is_not_the_new_one() -> None:
    """Jane Doe was chief financial officer at Initech: no appointment to that role at
    Globex is drafted.
    """
    text = (
        "Globex hires\n\nJane Doe joins Globex from Initech, where she was chief financial officer."
    )
    events = _draft(text, "en").events
    assert [e.fields.get("role") for e in events if e.type == "person_appointed"] == []
