"""A succession told in the sentence after a departure: the successor's appointment takes
the role of the person who leaves, whether named again ("Jeanne Dupont succède à Jean
Martin"), named by a pronoun ("lui succède", "will succeed him"), or told in the passive
("He will be succeeded by Jane Doe", where the person after "by" is the one appointed).
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_OPENING = {
    "fr": "Globex change de patron\n\nLe groupe lyonnais Globex a annoncé lundi un changement "
    "de direction. Jean Martin, PDG de Globex depuis 2010, part à la retraite. ",
    "en": "Globex names new CEO\n\nSpringfield-based Globex announced a leadership change on "
    "Monday. Jean Martin, Globex's chief executive since 2010, is retiring. ",
}


@pytest.mark.parametrize(
    ("lang", "sentence", "role"),
    [
        ("fr", "Jeanne Dupont lui succède.", "PDG"),
        ("fr", "Jeanne Dupont succède à Jean Martin.", "PDG"),
        ("en", "Jeanne Dupont will succeed him.", "chief executive"),
        ("en", "He will be succeeded by Jeanne Dupont.", "chief executive"),
    ],
)
def test_the_successor_takes_the_role_of_the_person_who_leaves(
    lang: str, sentence: str, role: str
) -> None:
    """One appointment, of the successor, to the departed person's role, with them as
    predecessor; the departure names the successor.
    """
    events = _draft(_OPENING[lang] + sentence, lang).events
    appointed = [
        (
            e.fields["person"],
            e.fields["role"],
            e.fields["organization"],
            e.fields.get("predecessor"),
        )
        for e in events
        if e.type == "person_appointed"
    ]
    assert appointed == [("jeanne-dupont", role, "globex", "jean-martin")]
    departed = [e.fields.get("successor") for e in events if e.type == "person_departed"]
    assert departed == ["jeanne-dupont"]


@pytest.mark.parametrize(("lang", "role"), [("fr", "PDG"), ("en", "chief executive")])
def test_the_time_a_role_was_held_is_not_the_role(lang: str, role: str) -> None:
    """The officer "PDG de Globex depuis 2010" or "Globex's chief executive since 2010" holds
    the role "PDG" or "chief executive": the years it was held are no words of the role.
    """
    events = _draft(_OPENING[lang], lang).events
    held = [e.fields["role"] for e in events if e.type == "role_held"]
    assert held == [role]


def test_a_seat_handed_over_is_a_departure_not_a_sale() -> None:
    """The sentence "Jean Martin cède son fauteuil de PDG à Jeanne Dupont" tells his
    departure, with her as successor, and so her appointment: nothing is sold.
    """
    text = "Globex : nouvelle direction\n\nJean Martin cède son fauteuil de PDG à Jeanne Dupont."
    events = _draft(text, "fr").events
    assert [(e.type, e.fields.get("successor"), e.fields.get("predecessor")) for e in events] == [
        ("person_departed", "jeanne-dupont", None),
        ("person_appointed", None, "jean-martin"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le conseil d'administration a porté Jeanne Dupont à la présidence.",
        "Jeanne Dupont a été portée à la tête de Globex.",
    ],
)
def test_carried_to_the_chair_is_an_appointment(sentence: str) -> None:
    """A person "porté(e) à la présidence" or "à la tête de" Globex is appointed there."""
    text = "Globex : nouvelle direction\n\nLe groupe Globex change de direction. " + sentence
    people = [e.fields["person"] for e in _draft(text, "fr").events if e.type == "person_appointed"]
    assert people == ["jeanne-dupont"]


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        (
            "Globex CEO to retire\n\nGlobex said chief executive Jane Doe will retire and will be "
            "replaced by current lead director John Smith in April.",
            "en",
            "chief executive",
        ),
        (
            "Globex change de patron\n\nLe 1er juillet, Jean Martin, PDG depuis 10 ans, laissera "
            "son poste à Jeanne Dupont.",
            "fr",
            "PDG",
        ),
    ],
)
def test_a_departure_that_names_its_successor_appoints_the_successor(
    text: str, lang: str, role: str
) -> None:
    """The person leaving is the one titled before the name, and the successor the departure
    names is appointed to that role, with the person leaving as predecessor.
    """
    events = _draft(text, lang).events
    departed = [
        (e.fields["role"], e.fields.get("successor")) for e in events if e.type == "person_departed"
    ]
    assert departed[0][0] == role
    appointed = [
        (e.fields["person"], e.fields["role"], e.fields.get("predecessor"))
        for e in events
        if e.type == "person_appointed"
    ]
    assert len(appointed) == 1
    assert appointed[0][1] == role
    assert appointed[0][0] == departed[0][1]
