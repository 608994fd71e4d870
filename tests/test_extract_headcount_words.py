"""Job news told by a company's officer: words of job cuts are read from the start of a word
(the "cut" inside "executive" or "charcuterie" is none), a company's name that opens a
sentence before its officer's title is a name ("Globex chief executive Jane Doe said"), and
the officer named before the company ("Jane Doe, Globex chief executive, said") is no second
company of a list.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Jobs news\n\n"


@pytest.mark.parametrize(
    ("sentence", "change", "detail"),
    [
        (
            "Globex chief executive Jane Doe said the company will create 500 jobs in Ohio.",
            500,
            "hiring",
        ),
        ("The display maker Globex said on Monday it has hired 300 workers.", 300, "hiring"),
        ("The display maker Globex said it hired 200 engineers.", 200, "hiring"),
        ("The display maker Globex has been adding 300 jobs a month.", 300, "hiring"),
        (
            "Globex spokeswoman Jane Doe said on Monday the company will cut 200 jobs.",
            -200,
            "job cuts",
        ),
        (
            "Jane Doe, Globex chief executive, said on Monday the company will cut 200 jobs.",
            -200,
            "job cuts",
        ),
    ],
)
def test_job_news_told_by_an_officer(sentence: str, change: int, detail: str) -> None:
    """One headcount change, of the company, with its sign: jobs created under a chief
    executive are a gain.
    """
    events = _draft(_HEADLINE + sentence, "en").events
    found = [
        (e.fields["organization"], e.fields.get("change"), e.fields["detail"])
        for e in events
        if e.type == "headcount_changed"
    ]
    assert found == [("globex", change, detail)]


def test_a_speech_told_to_staff_dates_the_news_and_says_nothing_else() -> None:
    """The clause "chief executive Jane Doe told staff Thursday" after the cut dates it, and
    is no statement of its own.
    """
    text = (
        _HEADLINE
        + "Globex is laying off 14% of its staff, chief executive Jane Doe told staff Thursday."
    )
    events = _draft(text, "en").events
    assert [(e.type, e.when) for e in events if e.type != "role_held"] == [
        ("headcount_changed", "Thursday")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "98 personnes vont être licenciées chez Globex.",
        "Globex licenciera 98 personnes.",
        "98 personnes issues du studio Globex Montréal, son plus gros studio, vont être "
        "licenciées.",
    ],
)
def test_people_to_be_dismissed_are_job_cuts_of_their_number(sentence: str) -> None:
    """People to be dismissed ("licenciées", "licenciera") are job cuts of the 98 counted,
    also where the count opens the sentence and the verb closes it: never a plan, nor a
    headcount of 98.
    """
    events = _draft("Globex licencie\n\n" + sentence, "fr").events
    cuts = [
        (e.fields["organization"], e.fields.get("change"), e.fields.get("headcount"))
        for e in events
        if e.type == "headcount_changed"
    ]
    assert cuts == [("globex", -98, None)]
    assert [e for e in events if e.type == "plan_announced"] == []


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex will lay off about 10% of its workforce, or roughly 1,000 employees.", "en"),
        ("Globex va supprimer 10 % de ses effectifs, soit environ 1 000 postes.", "fr"),
    ],
)
def test_a_share_of_jobs_glossed_with_its_number_is_one_cut(sentence: str, lang: str) -> None:
    """A share of the staff cut, glossed with its number ("…, or roughly 1,000 employees"),
    is one cut of 1,000, not a cut without a number and a headcount of 1,000.
    """
    events = _draft("Jobs\n\n" + sentence, lang).events
    cuts = [
        (e.fields.get("change"), e.fields.get("headcount"))
        for e in events
        if e.type == "headcount_changed"
    ]
    assert cuts == [(-1000, None)]


@pytest.mark.parametrize(
    ("sentence", "change"),
    [
        ("Globex a recruté 50 ingénieurs en 2019.", 50),
        ("Globex recrute 200 personnes.", 200),
        ("Les Globex recrutent 30 techniciens.", 30),
    ],
)
def test_french_recruiting_is_hiring_in_every_form(sentence: str, change: int) -> None:
    """French recruiting is hiring in every form: "recruté", "recrute", "recrutent" hire the
    people counted (the participle's pattern needed an ending, so "a recruté 50 ingénieurs"
    hired no one).
    """
    events = _draft("Globex recrute\n\n" + sentence, "fr").events
    assert [e.fields.get("change") for e in events if e.type == "headcount_changed"] == [change]
