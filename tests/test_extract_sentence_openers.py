"""A company's name that opens a sentence and is written nowhere else inside one is still a
name when what follows shows it: a second name and a verb ("Globex and Initech have formed"),
or an apposition that describes a company ("Globex, founded in 2012 by").
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Company news\n\n"


def test_the_first_of_two_subjects_is_a_party() -> None:
    """Both companies that formed a joint venture are its parties."""
    events = _draft(
        _HEADLINE + "Globex and Initech have formed a joint venture in Ohio.", "en"
    ).events
    assert [(e.type, e.fields.get("parties")) for e in events] == [
        ("partnership_announced", ["globex", "initech"])
    ]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex, founded in 2012 by Jane Doe and John Smith, now employs 400 people.", "en"),
        ("Globex, fondée en 2012 par Jeanne Dupont, emploie aujourd'hui 400 salariés.", "fr"),
    ],
)
def test_a_company_described_after_its_name_keeps_its_news(sentence: str, lang: str) -> None:
    """The headcount is the company's, not its founder's."""
    events = _draft(_HEADLINE + sentence, lang).events
    counts = [
        (e.fields.get("organization"), e.fields.get("headcount"))
        for e in events
        if e.type == "headcount_changed"
    ]
    assert counts == [("globex", 400)]


def test_a_word_written_in_lower_case_elsewhere_is_no_name() -> None:
    """A pair such as "Shares and Bonds" opening a sentence is no pair of companies when the
    text writes "shares" in lower case: no partnership is drafted between them.
    """
    text = (
        _HEADLINE
        + "Shares and Bonds have formed a joint venture, the shares of Globex said on Monday."
    )
    events = _draft(text, "en").events
    assert not any(e.type == "partnership_announced" for e in events)
