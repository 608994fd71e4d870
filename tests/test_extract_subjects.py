"""Who company news is about, read without a parse: the organisation in focus (the headline's
name, the lede's subject), names that cannot be a clause's subject, and the person of a
departure. Each reading is checked on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract._registry import Entities
from timeline.extract._text import fold, sentences
from timeline.extract.draft import _headline_subject
from timeline.extract.entities import bracketed, rule_mentions

from .helpers import rules_draft as _draft


def test_results_told_without_a_name_belong_to_the_company_of_the_headline() -> None:
    """A results story that names its company only in the headline is about that company,
    not about an abbreviation in brackets ("(Ebit)") nor a name after a preposition in a
    later paragraph ("au consensus Initech").
    """
    events = _draft(
        "Globex publie des résultats annuels en hausse\n\n"
        "Sur l'année, le chiffre d'affaires a progressé de 5% à 2 milliards d'euros.\n\n"
        "Le résultat opérationnel (Ebit) est resté stable à 300 millions d'euros. "
        "Le bénéfice net est conforme au consensus Initech.",
        "fr",
    ).events
    results = [
        e.fields["entity"] for e in events if e.fields.get("attribute", "").startswith("results")
    ]
    assert ["globex", "globex"] == results


def test_a_name_in_brackets_is_not_the_subject_of_the_verb() -> None:
    """A ticker in brackets after the company's name ("(NASDAQ: GLBX)") is an aside: the
    acquirer is the name before it.
    """
    events = _draft(
        "Globex Inc. (NASDAQ: GLBX) announced it will acquire Initech for $5 billion in cash.",
        "en",
    ).events
    deals = [e.fields for e in events if e.type == "acquisition_announced"]
    assert [("globex-inc", "initech")] == [(d["acquirer"], d["target"]) for d in deals]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Globex (Paris) a levé 5 millions", 0, False),
        ("Globex (Paris) a levé 5 millions", 8, True),
        ("Globex (Paris) et Initech", 18, False),
    ],
)
def test_a_name_is_bracketed_only_between_its_brackets(
    text: str, start: int, expected: bool
) -> None:
    """A name is in brackets when a bracket opened before it is not yet closed."""
    assert expected == bracketed(text, 0, start)


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Globex lève 5 millions d'euros\n\nLa société a levé 5 millions.", "fr", "Globex"),
        ("Bretagne : Globex ouvre une usine\n\nL'usine ouvrira en 2025.", "fr", "Globex"),
        ("Globex : rachat d'Initech\n\nLe rachat est conclu.", "fr", None),
        ("Des usines de Globex rachetées par Initech\n\nLe rachat est conclu.", "fr", None),
        ("Globex raises $5M\n\nThe company raised $5 million.", "en", "Globex"),
        (
            "Installée à Lyon, Globex lève 5 millions\n\nLa société a levé 5 millions.",
            "fr",
            "Globex",
        ),
        (
            "Built in Springfield, Globex raises $5M\n\nGlobex raised $5 million.",
            "en",
            "Globex",
        ),
        ("Agroalimentaire : résultats records pour Globex\n\nLe groupe a gagné.", "fr", "Globex"),
        ("Record profits for Globex\n\nThe group earned $5 million.", "en", "Globex"),
    ],
)
def test_the_headlines_subject_is_its_first_name_after_its_rubric(
    text: str, lang: str, name: str | None
) -> None:
    """The first name of a headline, after the rubric before a colon, that no preposition
    governs is a subject of the article ("Built in Springfield, Globex raises"); none after
    a preposition ("de Globex", "par Initech"), unless all its names are governed and the
    first by "pour" or "for", whose news it is ("résultats records pour Globex").
    """
    every = sentences(text)
    mentions = rule_mentions(text, every, lang)
    start = _headline_subject(text, fold(text), lang, every, mentions, [m.start for m in mentions])
    found = next((m.name for m in mentions if m.start == start), None)
    assert name == found


def test_the_lede_is_the_first_paragraph_of_the_body() -> None:
    """The first paragraph of the body opens on no name: the subject of a later paragraph
    ("Initech Partners" here) does not weigh as the lede's, and the company of the headline
    stays the organisation in focus.
    """
    events = _draft(
        "Globex confirme ses objectifs\n\n"
        "Le chiffre d'affaires annuel a progressé de 4% à 900 millions d'euros.\n\n"
        "Initech Partners juge ces chiffres solides.\n\n"
        "Le bénéfice net a progressé de 2% à 80 millions d'euros.",
        "fr",
    ).events
    results = [
        e.fields["entity"] for e in events if e.fields.get("attribute", "").startswith("results")
    ]
    assert ["globex", "globex"] == results


def test_a_handover_told_after_a_departure_is_no_second_departure() -> None:
    """When the subject of a departure's clause is the organisation told of just before (no
    name of its own), the person is the last person told of, never a name read earlier in
    the sentence: "an orderly handover that will see him replaced" is not a second
    departure of the CEO, with the successor's title.
    """
    events = _draft(
        "Globex names a new chief executive\n\n"
        "Globex said on Monday that Jane Doe would lead the company.\n\n"
        "Initech Partners welcomed the news. The shares barely moved after the drug maker "
        "announced the departure of CEO John Smith, an orderly handover that will see him "
        "replaced by his COO at year-end.",
        "en",
    ).events
    departures = [
        (e.fields["person"], e.fields["role"]) for e in events if e.type == "person_departed"
    ]
    assert [("john-smith", "CEO")] == departures


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday, Globex and Initech introduced a new cloud service in Europe.", "en"),
        ("Lundi, Globex et le groupe allemand Initech ont lancé une offre commune.", "fr"),
    ],
)
def test_the_first_of_two_joined_subjects_comes_first(text: str, lang: str) -> None:
    """Of two names joined by "and"/"et" before the verb, the first is the subject news
    writing puts first: the event's first entity.
    """
    event = _draft(text, lang).events[0]
    first = next(v for v in event.fields.values() if v in ("globex", "initech"))
    assert "globex" == first


def test_each_name_of_a_longer_list_keeps_its_own_news() -> None:
    """In a list of three names or more ("Globex, Initech and Acme have cut jobs"), the last
    name is not read as the first: each keeps its own event.
    """
    events = _draft("This year, Globex, Initech and Acme have announced layoffs.", "en").events
    assert ["globex", "initech", "acme"] == [e.fields["organization"] for e in events]


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        (
            "The offer values the shares of Initech's parent, which ended trading at $12 on "
            "Friday.",
            "en",
            "which ended trading",
        ),
        (
            "Globex a racheté en 2023 l'enseigne Initech, qui a levé 5 millions d'euros en 2020.",
            "fr",
            "qui a levé 5 millions",
        ),
    ],
)
def test_a_relative_clause_is_about_the_name_its_antecedent_ends_on(
    text: str, lang: str, quote: str
) -> None:
    """A clause opening on "which"/"qui" after a comma is about the name the clause before
    ends on, or owns its last noun, even after a preposition ("of Initech's parent",
    "l'enseigne Initech").
    """
    events = [e for e in _draft(text, lang).events if e.quote.startswith(quote)]
    assert ["initech"] == [next(iter(e.fields.values())) for e in events]


def test_a_place_before_a_relative_clause_is_not_its_antecedent() -> None:
    """After "en France, qui emploient", the relative is about the sites, not the place."""
    events = _draft(
        "Globex a racheté trois usines en Bretagne et en Normandie, qui emploient 800 personnes.",
        "fr",
    ).events
    assert "normandie" not in {v for e in events for v in e.fields.values()}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Globex agreed on Monday to buy Initech for $2 billion. Initech reported revenue "
            "of $300 million last year. The deal will be funded with cash on hand.",
            "en",
        ),
        (
            "Globex a annoncé lundi le rachat d'Initech pour 2 milliards d'euros. Initech a "
            "réalisé 300 millions d'euros de chiffre d'affaires en 2023. L'opération sera "
            "financée par la trésorerie.",
            "fr",
        ),
    ],
)
def test_a_clause_on_the_deal_is_about_its_acquirer(text: str, lang: str) -> None:
    """A clause that opens on the deal told before ("The deal will be funded", "L'opération
    sera financée") is about the acquirer, though the target was named last.
    """
    plans = [e.fields for e in _draft(text, lang).events if e.type == "plan_announced"]
    assert ["globex"] == [p["organization"] for p in plans]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Initech a accepté lundi de se faire racheter par Globex pour 2 milliards d'euros.", "fr"),
        ("Initech agreed on Monday to get acquired by Globex for $2 billion.", "en"),
    ],
)
def test_to_get_oneself_bought_is_a_passive(text: str, lang: str) -> None:
    """To get oneself bought ("se faire racheter par", "to get acquired by") is a passive: the
    subject is the target, the name after "par"/"by" the acquirer.
    """
    deals = [e.fields for e in _draft(text, lang).events if e.type == "acquisition_announced"]
    assert [("globex", "initech")] == [(d["acquirer"], d["target"]) for d in deals]


@pytest.mark.parametrize("opening", ["Suite à", "Après"])
def test_a_court_named_after_a_preposition_in_the_lede_is_not_its_subject(opening: str) -> None:
    """The lede's first name after "par le" is who acted on its subject, not the subject:
    the organisation in focus, whose conviction it tells, is the company named after it
    ("Suite à", a preposition, is no name either).
    """
    events = _draft(
        "Communiqué\n\n"
        f"{opening} sa condamnation par le Tribunal de Lyon à une amende de 2 millions "
        "d'euros, Globex a décidé de ne pas faire appel.\n\n"
        "Globex contestera le calcul des intérêts.",
        "fr",
    ).events
    legal = [e.fields for e in events if e.type == "legal_action_reported"]
    assert [("globex", "tribunal-de-lyon")] == [(f["organization"], f["authority"]) for f in legal]


def test_a_company_named_without_its_last_word_and_legal_form_is_the_same() -> None:
    """A name that is a company's full name less its last word and legal form ("Globex" of
    "Globex Scientific Inc.") is the same company, though "Scientific" is no company form.
    """
    events = _draft(
        "Globex Scientific Inc. said on Monday it will acquire Initech for $2 billion. "
        "On Tuesday, Globex shares were up 3%.",
        "en",
    ).events
    orgs = [next(iter(e.fields.values())) for e in events]
    assert ["globex-scientific-inc", "globex-scientific-inc"] == orgs


def test_the_owner_of_a_role_is_the_organisation_of_a_departure() -> None:
    """In "to resign as Globex's chair", Globex, which owns the role, is the organisation
    the person leaves, not the organisation in focus.
    """
    events = _draft(
        "Initech Partners reported revenue of $2 billion on Monday.\n\n"
        "Initech Partners said Jane Doe struck a deal that required her to resign as "
        "Globex's chair.",
        "en",
    ).events
    gone = [e.fields for e in events if e.type == "person_departed"]
    assert [("jane-doe", "globex")] == [(g["person"], g["organization"]) for g in gone]


def test_who_is_told_is_not_the_speaker() -> None:
    """In "Globex ... told Initech it will use the funding", the name after "told" is who
    was told: the speaker, whose plan it is, is Globex.
    """
    events = _draft(
        "Globex Systems raised $8 million on Monday. Globex Systems has made games until "
        "now, but told Initech it will use the funding to hire engineers.",
        "en",
    ).events
    plans = [e.fields for e in events if e.type == "plan_announced"]
    assert ["globex-systems"] == [p["organization"] for p in plans]


@pytest.mark.parametrize(
    ("text", "kept", "not_kept"),
    [
        (
            "Globex’s CEO will step down. Shares of Globex’s (GLX) fell on Monday.",
            "Globex’s",
            "Globex",
        ),
        (
            "He worked at Initech and at Initech-owned Hooli’s Club for years.",
            "Hooli’s Club",
            "Club",
        ),
        ("Sweden's Globex raised $5 million. Globex is based in Stockholm.", "Globex", "Sweden's"),
        ("Globex's revenue rose. Globex also hired.", "Globex", "Globex's"),
        (
            "Initech's Globex unit grew. Globex hired. Initech's Hooli shrank.",
            "Globex",
            "Initech's",
        ),
    ],
)
def test_a_name_never_written_without_its_s_keeps_it(text: str, kept: str, not_kept: str) -> None:
    """A company whose name ends in "'s" ("Kohl's", "Sam's Club") is written with it every
    time: such a name, given twice that way or opening another name never named alone, is
    the whole. A possessive of a name written bare elsewhere, of a place or before another
    name stays the name alone.
    """
    names = [m.name for m in rule_mentions(text, sentences(text), "en")]
    assert kept in names
    assert not_kept not in names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Neelie Vandam fined Globex on Monday. Ms Vandam said it was a record.", "en"),
        ("Neelie Vandam a sanctionné Globex lundi. Mme Vandam a parlé d'un record.", "fr"),
    ],
)
def test_a_name_after_a_civil_title_is_a_persons(text: str, lang: str) -> None:
    """'Ms Vandam', 'Mme Vandam': a civil title makes the name a person's, and so the full
    name it is the surname of, though 'Neelie' is no common given name.
    """
    kinds = {m.name: m.kind for m in rule_mentions(text, sentences(text), lang)}
    assert kinds["Vandam"] == "person"
    assert kinds["Neelie Vandam"] == "person"


def test_a_pronoun_before_the_verb_of_saying_stands_for_the_last_person() -> None:
    """'"...," she said' after 'Ms Vandam' is said by Ms Vandam, not by the organisation in
    focus: the pronoun before the verb is read like the one after it ('a-t-elle dit').
    """
    text = (
        "Globex fined\n\nNeelie Vandam, the commissioner, fined Globex on Monday.\n\n"
        "Ms Vandam coupled the fine with a warning.\n\n"
        '"The sky is not the limit," she said.'
    )
    speakers = [e.fields["speaker"] for e in _draft(text, "en").events if e.type == "stance_stated"]
    assert speakers == ["neelie-vandam"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La Société Industrielle et Financière de l’Ouest a publié ses comptes.",
            "Société Industrielle et Financière de l’Ouest",
        ),
        ("La Banque de l'Union a publié ses comptes lundi.", "Banque de l'Union"),
        ("Le Conseil d’Administration de Globex a arrêté les comptes.", "Globex"),
    ],
)
def test_a_french_company_name_runs_over_et_and_de_l(text: str, name: str) -> None:
    """A French company's name may join its adjectives by 'et' after 'Société', 'Banque'...
    ('Société Industrielle et Financière') and run on over 'de l'' ('Banque de l'Union');
    a board written in capitals ('Conseil d'Administration de Globex') is no part of it.
    """
    names = [m.name for m in rule_mentions(text, sentences(text), "fr")]
    assert name in names


def test_two_companies_joined_by_et_stay_two() -> None:
    """'La Société Générale et Danone': the word after 'et' is a name, no adjective, so the
    two companies stay two.
    """
    text = "La Société Générale et Danone ont signé un accord."
    names = [m.name for m in rule_mentions(text, sentences(text), "fr")]
    assert names == ["Société Générale", "Danone"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Amende record\n\nLa CNIL a infligé une amende de 3 millions d'euros à Globex. La CNIL"
            " reproche à Globex des manquements. Selon la CNIL, les données étaient mal"
            " protégées. La CNIL a publié sa décision.",
            "fr",
        ),
        (
            "Record fine\n\nThe Federal Widget Commission fined Globex $5 million on Monday. The"
            " Federal Widget Commission said the data was exposed. The Federal Widget Commission"
            " also warned others.",
            "en",
        ),
    ],
)
def test_an_authority_is_not_the_organisation_in_focus(text: str, lang: str) -> None:
    """An authority named more often than the company it fines ('la CNIL', 'the Federal
    Widget Commission') is not what the article is about: the company acted on is in focus.
    """
    entities = Entities(rule_mentions(text, sentences(text), lang), None)
    assert entities.focus() == "globex"
