"""Successions told across sentences: a departure without a successor and the appointment of
another person to the same role at the same organisation are joined; a role's words stop at
a word that goes on with the sentence. Each is checked on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract._successions import role_key

from .helpers import rules_draft as _draft


def _people(text: str) -> list[tuple[str, str, str | None]]:
    """(type, person, successor or predecessor) of the appointments and departures drafted."""
    return [
        (e.type, e.fields["person"], e.fields.get("successor") or e.fields.get("predecessor"))
        for e in _draft(text, "en").events
        if e.type in ("person_appointed", "person_departed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Globex news\n\nGlobex said its CEO Jane Roe will step down in January. "
        "John Doe, the next Globex CEO, joins from Initech.",
        "Globex news\n\nGlobex said its chief executive officer, Jane Roe, will step down in "
        "January. John Doe, the next Globex CEO, joins from Initech.",
    ],
)
def test_a_departure_takes_the_person_appointed_to_its_role_as_successor(text: str) -> None:
    """The departure of one sentence and the appointment to the same role ('CEO' and 'chief
    executive officer' are one role) in the next are one succession, told from both sides.
    """
    assert sorted(_people(text)) == [
        ("person_appointed", "john-doe", "jane-roe"),
        ("person_departed", "jane-roe", "john-doe"),
    ]


def test_two_people_appointed_to_the_role_join_no_succession() -> None:
    """When two other people are appointed to the role, which one succeeds is not told: the
    departure keeps no successor.
    """
    text = (
        "Globex news\n\nGlobex said its CEO Jane Roe will step down in January. "
        "John Doe, the next Globex CEO, joins from Initech. "
        "In 2015, Globex appointed Mary Major as CEO."
    )
    departures = [p for p in _people(text) if p[0] == "person_departed"]
    assert departures == [("person_departed", "jane-roe", None)]


def test_an_appointment_to_another_role_is_no_succession() -> None:
    """The chief financial officer appointed beside a chief executive's departure does not
    succeed her.
    """
    text = (
        "Globex news\n\nGlobex said its CEO Jane Roe will step down in January. "
        "Globex also appointed John Doe as chief financial officer."
    )
    departures = [p for p in _people(text) if p[0] == "person_departed"]
    assert departures == [("person_departed", "jane-roe", None)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("CEO", "Chief Executive Officer"),
        ("chairman", "chair"),
        ("PDG", "président-directeur général"),
    ],
)
def test_spellings_of_one_role_have_one_key(a: str, b: str) -> None:
    """'CEO' and 'Chief Executive Officer', 'chairman' and 'chair': one role."""
    assert role_key(a) == role_key(b)
    assert role_key(a) != role_key("chief financial officer")


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex has named Jane Roe chief executive officer following the retirement of John Doe.",
        "Globex appointed Jane Roe chief executive officer effective immediately.",
    ],
)
def test_a_role_stops_at_a_word_that_goes_on_with_the_sentence(sentence: str) -> None:
    """'chief executive officer following the retirement', '... effective immediately': the
    role is 'chief executive officer'.
    """
    roles = [e.fields["role"] for e in _draft(f"Globex news\n\n{sentence}", "en").events]
    assert roles == ["chief executive officer"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Globex a nommé Jean Martin directeur général, en remplacement de Paul Durand qui "
            "prendra sa retraite.",
            "fr",
        ),
        (
            "Globex named Jean Martin chief executive, succeeding Paul Durand, who will retire "
            "in May.",
            "en",
        ),
    ],
)
def test_a_relative_clause_departs_its_antecedent(sentence: str, lang: str) -> None:
    """The retirement told in a relative clause after the predecessor's name is his
    departure, not that of the person appointed.
    """
    events = _draft("Globex news\n\n" + sentence, lang).events
    assert [e.fields["person"] for e in events if e.type == "person_departed"] == ["paul-durand"]
