"""A dismissal told by its noun ("le limogeage de son directeur général", "the ouster of
Jane Doe as chief executive") is a departure of the person named after it, from the
organisation that announces it.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex a annoncé le limogeage de son directeur général Jean Martin.", "fr"),
        ("Globex announced the ouster of Jean Martin as chief executive.", "en"),
        ("Globex announced the dismissal of its chief executive, Jean Martin.", "en"),
    ],
)
def test_a_dismissal_noun_is_a_departure(sentence: str, lang: str) -> None:
    """One departure: Jean Martin leaves Globex."""
    events = _draft("Globex news\n\n" + sentence, lang).events
    left = [
        (e.fields["person"], e.fields["organization"])
        for e in events
        if e.type == "person_departed"
    ]
    assert left == [("jean-martin", "globex")]


def test_a_dismissal_of_workers_is_no_departure() -> None:
    """A dismissal of workers names no one who leaves: no departure."""
    events = _draft("Globex news\n\nGlobex faces a lawsuit over the dismissal of 20 workers.", "en")
    assert not any(e.type == "person_departed" for e in events.events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jean Martin's ouster as Globex chief executive came after months of losses.",
        "Jean Martin's resignation as chief executive of Globex was announced on Monday.",
    ],
)
def test_the_person_before_the_possessive_leaves(sentence: str) -> None:
    """The person whose departure the noun names by a possessive leaves Globex."""
    events = _draft("Globex news\n\n" + sentence, "en").events
    left = [
        (e.fields["person"], e.fields["organization"])
        for e in events
        if e.type == "person_departed"
    ]
    assert left == [("jean-martin", "globex")]
