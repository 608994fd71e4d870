"""A company's name that opens a sentence and is written nowhere else inside one is still a
name when an apposition that describes a company follows ("Globex, founded in 2012 by");
a word before a title ("Former chief executive") or before a second name ("Unions and
Globex") is none.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Company news\n\n"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Unions and Globex have reached a deal on 300 job cuts.", "en"),
        ("Former chief executive Jane Doe said Globex would cut 300 jobs.", "en"),
        ("Interim chief executive Jane Doe said Globex would cut 300 jobs.", "en"),
        ("Syndicats et Globex ont signé un accord sur la suppression de 300 postes.", "fr"),
    ],
)
def test_a_word_before_a_title_or_a_pair_is_no_company(sentence: str, lang: str) -> None:
    """The words "Former" and "Interim" before a title, "Unions" before "and Globex", name no
    company: the cuts are Globex's.
    """
    events = _draft(_HEADLINE + sentence, lang).events
    cuts = [e.fields.get("organization") for e in events if e.type == "headcount_changed"]
    assert cuts == ["globex"]


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


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Globex Farms has closed a $7.3 million Series B round. News of Globex Farms "
            "raising a new round came in April.",
            "en",
        ),
        (
            "Globex Farms a levé 5 millions d'euros. Annonce de Globex Farms en avril : "
            "une usine sera construite.",
            "fr",
        ),
    ],
)
def test_a_noun_and_of_before_a_name_opening_a_sentence_is_no_part_of_it(
    text: str, lang: str
) -> None:
    """A common noun and "of" opening a sentence are no part of the name after them: "News of
    Globex Farms" names Globex Farms, written so inside another sentence.
    """
    ids = {e.id for e in _draft("Globex Farms lands funding\n\n" + text, lang).entities}
    assert ids == {"globex-farms"}
