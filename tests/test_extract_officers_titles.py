"""Officers named after their titles, as press releases write them: prefixed titles ("Vice
Chairman", "Co-CEO"), two titles joined ("Chairman and Co-Chief Executive Officer"), a
company's possessive before the title, and a company's short name after its legal one.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_DEAL = (
    "Globex to buy brewer\n\nGlobex Beverage Corporation will acquire Initech Craft Brewery "
    "Collective LLC, a craft beer company, for $330m. Founded in 2015, Initech is the sixth "
    "largest craft brewer in the US. “This transaction is a springboard,” said {officer}."
)


@pytest.mark.parametrize(
    ("officer", "role"),
    [
        ("Globex’s Vice Chairman and Co-CEO Jane Doe", "Vice Chairman and Co-CEO"),
        (
            "Globex's Chairman and Co-Chief Executive Officer Jane Doe",
            "Chairman and Co-Chief Executive Officer",
        ),
        ("Globex’s chief executive Jane Doe", "chief executive"),
        ("Globex Vice Chairman Jane Doe", "Vice Chairman"),
        ("Globex Executive Vice President Jane Doe", "Executive Vice President"),
        ("Globex's Senior Vice President Jane Doe", "Senior Vice President"),
        ("Globex interim CEO Jane Doe", "interim CEO"),
        ("Globex Deputy CEO Jane Doe", "Deputy CEO"),
    ],
)
def test_the_officer_after_a_title_speaks_and_holds_the_whole_title(
    officer: str, role: str
) -> None:
    """Jane Doe, not the company, says the quotation, and holds the whole title written
    before her name at the company: its prefix and both its joined titles.
    """
    events = _draft(_DEAL.format(officer=officer), "en").events
    speakers = [e.fields["speaker"] for e in events if e.type == "stance_stated"]
    assert speakers == ["jane-doe"]
    held = [
        (e.fields["person"], e.fields["role"], e.fields["organization"])
        for e in events
        if e.type == "role_held"
    ]
    assert held == [("jane-doe", role, "globex-beverage-corporation")]


def test_a_company_named_short_after_its_legal_name_is_one_entity() -> None:
    """A company's short name after its legal name is the same company: "Initech", after
    "Initech Craft Brewery Collective LLC", gives one entity, not two.
    """
    result = _draft(_DEAL.format(officer="Jane Doe"), "en")
    ids = {e.id for e in result.entities if e.kind == "organization"}
    assert ids == {"globex-beverage-corporation", "initech-craft-brewery-collective-llc"}


def test_a_french_word_inside_an_english_name_is_a_word_of_the_name() -> None:
    """In English, "Car" in "Globex Car Corporation" is a word of the name, not the French
    conjunction: one organisation, whose vice-chairman is named after it.
    """
    text = (
        "Globex names CEO\n\nGlobex has named Jane Doe as its chief executive. However, Globex "
        "Car Corporation vice-chairman John Smith said the board decided."
    )
    result = _draft(text, "en")
    assert "corporation" not in {e.id for e in result.entities}
    held = [e.fields["organization"] for e in result.events if e.type == "role_held"]
    assert held == ["globex-car-corporation"]


def test_the_company_after_an_officer_s_title_is_where_the_role_is_held() -> None:
    """The company after an officer's title is where the role is held: in "said Jane Doe,
    President and CEO, Globex North America", Jane Doe speaks and holds the role at Globex
    North America, which is no person holding a role of its own.
    """
    text = (
        "Globex opens centre\n\nGlobex USA Inc. will open a new distribution center in "
        "Springfield. “We are investing in the U.S.,” said Jane Doe, President and CEO, "
        "Globex North America."
    )
    result = _draft(text, "en")
    speakers = [e.fields["speaker"] for e in result.events if e.type == "stance_stated"]
    assert speakers == ["jane-doe"]
    held = [
        (e.fields["person"], e.fields["organization"], e.fields["role"])
        for e in result.events
        if e.type == "role_held"
    ]
    assert held == [("jane-doe", "globex-north-america", "President and CEO")]
    kinds = {e.id: e.kind for e in result.entities}
    assert kinds["globex-north-america"] == "organization"


@pytest.mark.parametrize(
    "quote",
    [
        "“This will temper the excitement,” said Hooli Research analyst Bruno Monteyne.",
        "“This will temper the excitement,” Hooli Research analyst Bruno Monteyne said.",
    ],
)
def test_an_analyst_of_another_firm_speaks_and_holds_his_title_there(quote: str) -> None:
    """An analyst named after his firm and title is the speaker, and an analyst at that
    firm: the firm is neither the speaker nor a person.
    """
    text = "Globex lifts dividend\n\nGlobex lifted its dividend on Tuesday. " + quote
    result = _draft(text, "en")
    assert [e.fields["speaker"] for e in result.events if e.type == "stance_stated"] == [
        "bruno-monteyne"
    ]
    held = [
        (e.fields["person"], e.fields["organization"], e.fields["role"])
        for e in result.events
        if e.type == "role_held"
    ]
    assert held == [("bruno-monteyne", "hooli-research", "analyst")]


def test_a_surname_after_a_generational_suffix_is_the_person() -> None:
    """A surname before a generational suffix names the person again: "Doe said", after
    "John E. Doe III", is John E. Doe III speaking, not an organisation "Doe".
    """
    text = (
        "Globex to close stores\n\nGlobex brought back a former chief executive, John E. Doe "
        "III. “It is necessary to reexamine our store portfolio,” Doe said in a statement."
    )
    events = _draft(text, "en").events
    assert [e.fields["speaker"] for e in events if e.type == "stance_stated"] == ["john-e-doe-iii"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Former Globex Vice Chairman John Smith joined Initech as chief executive.", "en"),
        (
            "L'ancien président de Globex, Jean Martin, rejoint Initech comme directeur général.",
            "fr",
        ),
    ],
)
def test_a_person_who_joins_a_company_is_appointed_there(text: str, lang: str) -> None:
    """The company joined is where the person is appointed, not the one of a former title."""
    events = _draft("Globex hires\n\n" + text, lang).events
    assert [e.fields["organization"] for e in events if e.type == "person_appointed"] == ["initech"]


def test_a_name_before_a_possessive_apposition_is_a_company() -> None:
    """A name before a possessive apposition is a company: in "Initech, its main rival,
    reported…", then "Initech also cut 200 jobs", the cuts are Initech's, not the focus's.
    """
    text = (
        "Acme Corp results\n\nAcme Corp reported revenue of $5 billion on Monday. Initech, its "
        "main rival, reported revenue of $3 billion. Initech also cut 200 jobs."
    )
    events = _draft(text, "en").events
    cuts = [e.fields["organization"] for e in events if e.type == "headcount_changed"]
    assert cuts == ["initech"]


@pytest.mark.parametrize(
    ("sentence", "lang", "role"),
    [
        (
            "Globex named Jane Doe, who was CFO at Hooli, as chief executive.",
            "en",
            "chief executive",
        ),
        (
            "Globex a nommé Jeanne Dupont, qui était directrice financière chez Hooli, au poste de "
            "directrice générale.",
            "fr",
            "directrice générale",
        ),
    ],
)
def test_the_role_taken_is_not_the_one_of_an_aside_about_the_past(
    sentence: str, lang: str, role: str
) -> None:
    """The role a person is appointed to comes after an aside about the role she held
    before ("…, who was CFO at Hooli, as chief executive").
    """
    events = _draft("News\n\n" + sentence, lang).events
    assert [e.fields["role"] for e in events if e.type == "person_appointed"] == [role]
