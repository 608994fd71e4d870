"""A founding named only as a landmark ("depuis sa création", "since its founding"), with no
date and no founder, is no founding event; with a date, it still is one.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Globex lève des fonds\n\n"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("La société a connu une croissance rapide depuis sa création.", "fr"),
        ("Globex has grown fast since its founding.", "en"),
    ],
)
def test_since_its_founding_is_no_founding(sentence: str, lang: str) -> None:
    """No `founded` event: the clause tells nothing of when or by whom."""
    events = _draft(_HEADLINE + sentence, lang).events
    assert not any(e.type == "founded" for e in events)


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("Depuis sa création en 2015, Globex a levé 20 millions d'euros.", "2015"),
        (
            "La jeune pousse totalise 450 millions d’euros récoltés depuis sa création, en 2016.",
            "2016",
        ),
    ],
)
def test_a_dated_founding_is_kept(sentence: str, when: str) -> None:
    """The founding's year, right after the landmark, keeps it a founding."""
    events = _draft(_HEADLINE + sentence, "fr").events
    assert [e.when for e in events if e.type == "founded"] == [when]
