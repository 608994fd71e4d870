"""Appointments and legal actions in the wordings of fresh articles: a person who "became
interim CEO" or "took over as CEO" (not a takeover of a company), and the legal cue words
that had no action to report (a complaint, an inquiry, formal proceedings, damages, a
verdict) or that name none ("faire appel à", to call on). Each is checked on sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_TEXT = "Globex news\n\nJane Doe joined Globex in 2010. {}"


def _types(sentence: str, lang: str = "en") -> list[str]:
    """The types of the events drafted from `sentence`, after a line naming Jane Doe."""
    events = _draft(_TEXT.format(sentence), lang).events
    return [e.type for e in events if "Jane Doe joined" not in e.quote]


@pytest.mark.parametrize(
    "sentence",
    [
        "Doe became interim CEO in 2022.",
        "Doe became acting chief executive in 2022.",
        "Doe agreed to take over as permanent CEO in 2022.",
        "Doe took over from Richard Roe as chief executive in 2022.",
    ],
)
def test_a_person_becoming_or_taking_over_as_ceo_is_appointed(sentence: str) -> None:
    """'became interim CEO', 'take over as CEO', 'took over from': an appointment, where
    the qualifier before the role hid the cue and 'took over' was read as a takeover.
    """
    types = _types(sentence)
    assert "person_appointed" in types
    assert "acquisition_announced" not in types


def test_a_company_taking_over_another_is_still_an_acquisition() -> None:
    """The rule for people leaves takeovers alone: 'Globex took over Initech' is one."""
    text = "Globex news\n\nGlobex took over Initech in 2022 for $5 million."
    events = _draft(text, "en").events
    assert [(e.fields["acquirer"], e.fields["target"]) for e in events] == [("globex", "initech")]


@pytest.mark.parametrize(
    ("sentence", "lang", "action"),
    [
        ("Initech launched a formal complaint against Globex in 2003.", "en", "complaint"),
        ("The Commission began inquiries into Globex in late 2003.", "en", "investigated"),
        ("The Commission opened formal proceedings against Globex in 2006.", "en", "proceedings"),
        ("In 2006, Globex was told to pay $5 million in punitive damages.", "en", "damages"),
        ("La Commission a ouvert une procédure contre Globex en 2006.", "fr", "proceedings"),
    ],
)
def test_legal_cue_words_report_their_action(sentence: str, lang: str, action: str) -> None:
    """A complaint, an inquiry, formal proceedings and damages are legal actions with their
    action named, where the cue had no action and the clause fell to a weaker reading
    ('launched' a product) or to a bare fact.
    """
    events = _draft(f"Globex\n\n{sentence}", lang).events
    assert [e.fields["action"] for e in events if e.type == "legal_action_reported"] == [action]


def test_calling_on_someone_is_no_appeal() -> None:
    """'Globex a fait appel à un tandem' calls on people: no legal action (an appeal is
    'fait appel' with no 'à' after it).
    """
    text = "Globex\n\nPour lui succéder, Globex a fait appel à un tandem issu de la maison."
    assert not [e for e in _draft(text, "fr").events if e.type == "legal_action_reported"]
    appeal = "Globex\n\nGlobex a fait appel de la décision du tribunal lundi."
    actions = [e.fields["action"] for e in _draft(appeal, "fr").events if "action" in e.fields]
    assert "appeal" in actions


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Jane Roe, the next Globex CEO, ran a bakery in 2010.", "en"),
        ("Jane Roe, the incoming Globex chief executive, ran a bakery in 2010.", "en"),
        ("Jeanne Roux, la future directrice générale de Globex, dirigeait Initech en 2010.", "fr"),
    ],
)
def test_the_next_holder_of_a_role_is_appointed(sentence: str, lang: str) -> None:
    """'Jane Roe, the next Globex CEO': a role to be taken up is an appointment announced
    with the article, not a role held.
    """
    events = _draft(f"Globex\n\n{sentence}", lang).events
    appointed = [e for e in events if e.type == "person_appointed"]
    assert [e.fields["organization"] for e in appointed] == ["globex"]
    assert appointed[0].anchor == "published"
    assert not [e for e in events if e.type == "role_held"]


def test_a_role_held_without_a_word_of_the_future_stays_held() -> None:
    """'Jane Roe, the Globex CEO' holds the role: no appointment."""
    events = _draft("Globex\n\nJane Roe, the Globex CEO, ran a bakery in 2010.", "en").events
    assert [e.type for e in events if e.type in ("role_held", "person_appointed")] == ["role_held"]


@pytest.mark.parametrize(
    ("sentence", "lang", "headcount"),
    [
        ("The Globex headquarters will bring about 300 jobs to the county by 2026.", "en", 300),
        ("Le nouveau site de Globex représente 250 emplois directs depuis 2019.", "fr", 250),
    ],
)
def test_a_number_of_jobs_is_a_headcount(sentence: str, lang: str, headcount: int) -> None:
    """'300 jobs', '250 emplois directs': a number of jobs tells a headcount, without a verb
    of cutting or hiring.
    """
    events = _draft(f"Globex\n\n{sentence}", lang).events
    assert [e.fields.get("headcount") for e in events if e.type == "headcount_changed"] == [
        headcount
    ]


def test_jobs_without_a_number_tell_no_headcount() -> None:
    """'The jobs report in 2019' counts no jobs: no headcount."""
    events = _draft("Globex\n\nThe jobs report in 2019 said little about Globex.", "en").events
    assert not [e for e in events if e.type == "headcount_changed"]


def test_a_chairman_and_chief_executive_in_one_hyphenated_title_holds_a_role() -> None:
    """'Jeanne Roux, présidente-directrice générale de Globex': the hyphenated title is a
    role held, not a description.
    """
    text = "Globex\n\nJeanne Roux, présidente-directrice générale de Globex, a parlé en 2022."
    roles = [e.fields for e in _draft(text, "fr").events if e.type == "role_held"]
    assert [(r["person"], r["organization"], r["role"]) for r in roles] == [
        ("jeanne-roux", "globex", "présidente-directrice générale")
    ]


def test_a_co_distribution_agreement_is_a_partnership() -> None:
    """'ayant signé un accord de codistribution en 2021': a partnership, with or without the
    partner named after 'avec'.
    """
    text = "Globex\n\nGlobex et Initech ayant signé un accord de codistribution en 2021."
    facts = [e.fields.get("attribute") for e in _draft(text, "fr").events]
    types = [e.type for e in _draft(text, "fr").events]
    assert "partnership_announced" in types or "partnerships" in facts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le conseil de Globex a nommé lundi Jeanne Roux directrice générale en remplacement"
            " d'Anne Roy qui prendra sa retraite.",
            "fr",
        ),
        (
            "Jane Roe, the chief operating officer of Globex, will take over the CEO title when"
            " Richard Roe retires in December.",
            "en",
        ),
    ],
)
def test_the_verb_of_a_relative_or_when_clause_does_not_type_the_sentence(
    text: str, lang: str
) -> None:
    """'a nommé X ... qui prendra sa retraite', 'will take over the CEO title when Y
    retires': the departure told in the relative or 'when' clause does not outrank the
    appointment of the main clause (nor is taking over a title a takeover).
    """
    types = [e.type for e in _draft(f"Globex\n\n{text}", lang).events if e.type != "role_held"]
    assert types[0] == "person_appointed"
    assert "acquisition_announced" not in types


def test_a_departure_in_the_main_clause_still_types_it() -> None:
    """'Richard Roe, who joined Globex in 2010, will retire in December': the departure is
    the main clause's news; the verb of the relative clause does not type it.
    """
    text = (
        "Globex\n\nRichard Roe, who joined Globex in 2010, will retire as chief executive in"
        " December."
    )
    types = [e.type for e in _draft(text, "en").events]
    assert "person_departed" in types


def test_leaving_in_the_future_is_a_departure() -> None:
    """'Mr Roe will leave the company': a departure told in the future."""
    text = "Globex\n\nRichard Roe, chief executive of Globex, will leave the company in December."
    assert "person_departed" in [e.type for e in _draft(text, "en").events]


def test_the_person_succeeded_is_not_the_organisation_of_an_appointment() -> None:
    """'nommé directeur général pour succéder à Jeanne Roux': the name after 'à' is the
    predecessor, a person, not the organisation the role is at.
    """
    text = (
        "Globex change de patron\n\nPierre Martin a été nommé mercredi directeur général pour"
        " succéder à Jeanne Roux."
    )
    appointed = [e.fields for e in _draft(text, "fr").events if e.type == "person_appointed"]
    assert [(f["organization"], f.get("predecessor")) for f in appointed] == [
        ("globex", "jeanne-roux")
    ]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Globex said CEO Richard Roe is retiring and will be replaced by current lead"
            " director Jane Doe in April.",
            "en",
        ),
        (
            "Le PDG de Globex, Jean Roux, quitte ses fonctions et sera remplacé par l'actuel"
            " directeur financier Pierre Martin en avril.",
            "fr",
        ),
    ],
)
def test_a_successor_named_after_the_role_they_hold_now(sentence: str, lang: str) -> None:
    """'will be replaced by current lead director Jane Doe': the role the successor holds
    now stands between the words of succession and the name, which is still the successor.
    """
    departed = [e.fields for e in _draft(f"Globex\n\n{sentence}", lang).events]
    successors = [f.get("successor") for f in departed if "successor" in f]
    assert successors
    assert successors[0] in ("jane-doe", "pierre-martin")


@pytest.mark.parametrize(
    ("text", "lang", "when"),
    [
        (
            "Globex\n\nJeanne Roux a annoncé son départ. Présidente de Globex depuis juin 2010,"
            " elle restera au conseil.",
            "fr",
            "juin 2010",
        ),
        (
            "Globex\n\nJane Roe joined Globex in 2001. She has been CEO of Globex since 2020.",
            "en",
            "2020",
        ),
    ],
)
def test_a_role_held_since_a_date_is_an_appointment_of_that_date(
    text: str, lang: str, when: str
) -> None:
    """'Présidente de Globex depuis juin 2010', 'has been CEO of Globex since 2020': the
    role was taken on that date, an appointment dated by it, where the clause was kept only
    for its date.
    """
    appointed = [e for e in _draft(text, lang).events if e.type == "person_appointed"]
    assert [(e.fields["organization"], e.when) for e in appointed if e.when == when] == [
        ("globex", when)
    ]


def test_an_authority_s_sanction_falls_on_the_company_named_against_it() -> None:
    """In "La CNIL a prononcé une sanction ... à l'encontre de Globex", the action is Globex's,
    the CNIL its authority, not the organisation acted on.
    """
    text = (
        "Globex condamnée\n\nLa CNIL a prononcé le 18 novembre une sanction de 2 millions"
        " d’euros à l’encontre de Globex."
    )
    actions = [e.fields for e in _draft(text, "fr").events if e.type == "legal_action_reported"]
    assert [("globex", "cnil")] == [(f["organization"], f.get("authority")) for f in actions]


@pytest.mark.parametrize(
    "sentence",
    [
        "Doe was recruited to Globex by John Roe in August 2016.",
        "Doe was parachuted in as CEO of Globex in November 2018.",
    ],
)
def test_a_person_recruited_or_parachuted_in_is_appointed(sentence: str) -> None:
    """The words "recruited to" and "parachuted in as" tell an appointment, not a generic
    fact.
    """
    events = _draft(_TEXT.format(sentence), "en").events
    assert any(
        e.type == "person_appointed" or e.fields.get("attribute") == "appointments"
        for e in events
        if "joined" not in e.quote
    )


def test_poursuit_after_a_comma_goes_on_speaking_and_before_a_name_sues() -> None:
    """The words ", poursuit Jean Dupont" tell who goes on speaking: no legal action; "Globex
    poursuit Initech en justice" is one.
    """
    text = (
        "Globex\n\n« Le site va accueillir 1 500 salariés, poursuit Jean Dupont. Nous sommes"
        " contents. » Globex poursuit Initech en justice."
    )
    legal = [e for e in _draft(text, "fr").events if e.type == "legal_action_reported"]
    assert ["Globex poursuit Initech en justice"] == [e.quote for e in legal]


def test_agreeing_to_pay_to_resolve_claims_is_a_settlement() -> None:
    """A company that "has agreed to pay $100 million to resolve a regulator's claims" makes
    a settlement of that amount, where "agreed to pay $5 billion for Initech" stays a purchase.
    """
    text = (
        "Globex Bank news\n\nGlobex Bank has agreed to pay $100 million to resolve a"
        " regulator's claims that the bank failed. Hooli agreed to pay $5 billion for Initech."
    )
    events = _draft(text, "en").events
    legal = [e.fields for e in events if e.type == "legal_action_reported"]
    assert [("globex-bank", "settlement", 100_000_000)] == [
        (f["organization"], f["action"], f.get("amount")) for f in legal
    ]
    assert not any("Hooli" in e.quote for e in events if e.type == "legal_action_reported")
