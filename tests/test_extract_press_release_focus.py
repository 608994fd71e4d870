"""The organisation an article is about, in a press release's layout: a headline in
capitals, a dateline that opens on a place, results told without a subject, ordinals at the
start of a line, and a name right after the previous sentence's last words.
"""

from __future__ import annotations

from .helpers import rules_draft as _draft

_RELEASE = (
    "GLOBEX PARTS COMPANY REPORTS RESULTS FOR THE FOURTH QUARTER AND FULL YEAR 2019\n\n"
    "- Fourth Quarter Sales $4.7 billion, Up 2.2% -\n\n"
    "Springfield, Illinois, February 19, 2020 -- Globex Parts Company (NYSE: GPC) announced "
    "today financial results for the fourth quarter and twelve months ended December 31, "
    "2019.\n\n"
    "Sales for the fourth quarter were $4.7 billion. Total sales included 6.7% from "
    "acquisitions, offset by a 4.2% decline due to the sale of Initech, Inc (Initech). Net "
    "income was $8.9 million. In addition, net income for the fourth quarter of 2019 excludes "
    "any profit contribution from Initech.\n\n"
    "Fourth quarter sales for the Automotive Group were up 8.7%. Sales for the Industrial "
    "Group were down 5.9%, after the sale of Initech."
)


def _subjects(text: str, lang: str) -> list[object]:
    return [e.fields.get("organization", e.fields.get("entity")) for e in _draft(text, lang).events]


def test_the_company_a_headline_in_capitals_names_is_the_one_in_focus() -> None:
    """The release's figures, told without a subject, are the company's the capitals
    headline and the dateline open on, not those of the business it sold, named more often
    after a preposition.
    """
    subjects = _subjects(_RELEASE, "en")
    assert len(subjects) >= 5
    assert set(subjects) == {"globex-parts-company"}


def test_an_ordinal_is_never_a_name() -> None:
    """An ordinal names nothing: "Fourth Quarter Sales" in a headline list and "Fourth
    quarter sales" opening a sentence give no organisation "Fourth".
    """
    names = {e.name for e in _draft(_RELEASE, "en").entities}
    assert "Fourth" not in names
    french = _draft(
        "Résultats annuels\n\nPremier trimestre record pour Globex. Premier semestre en "
        "hausse de 5 % pour Globex, qui a vendu sa filiale.",
        "fr",
    )
    assert "Premier" not in {e.name for e in french.entities}


def test_a_name_after_the_previous_sentence_is_not_governed_by_its_last_words() -> None:
    """A sentence that opens on Globex ("… en 2019. Globex va supprimer") is Globex's: the
    "en" that ends the sentence before does not govern it, so Globex is the lede's subject
    and the sales figure told without a subject is its own.
    """
    text = (
        "Un plan social chez un sous-traitant\n\nLes ventes ont chuté de 20 % en 2019. Globex "
        "va supprimer 200 emplois, a annoncé la direction. Le groupe Initech, son principal "
        "client, a réduit ses commandes. Initech a aussi annoncé des pertes. Globex emploie "
        "3 000 personnes."
    )
    events = _draft(text, "fr").events
    sales = [e for e in events if e.quote.startswith("Les ventes")]
    assert [e.fields["entity"] for e in sales] == ["globex"]


def test_a_company_the_headline_and_the_lede_open_on_is_the_one_in_focus() -> None:
    """The company the headline is for and the lede opens on is the article's, though the
    company it bought is named at the head of more sentences after it: the plan told of
    "l'entreprise", in a paragraph of its own, is the buyer's.
    """
    text = (
        "Acquisition en Suisse pour Globex Conseil\n\n"
        "Globex Conseil met un pied en Europe. Elle a acheté, le 28 novembre, la majorité des "
        "actions de la plus grande firme suisse, Initech.\n\n"
        "Les clients d'Initech sont de grandes multinationales. Le président d'Initech, Paul "
        "Durand, restera en place. Le chiffre d'affaires d'Initech a progressé de 10 % en "
        "2010.\n\n"
        "L'entreprise compte faire d'autres acquisitions du genre à moyen terme."
    )
    events = _draft(text, "fr").events
    last = [e for e in events if e.quote.startswith("L'entreprise")]
    assert [e.fields.get("organization", e.fields.get("entity")) for e in last] == [
        "globex-conseil"
    ]


def test_a_lede_that_describes_the_headline_s_company_keeps_it_in_focus() -> None:
    """A lede that opens on a description and names no one ("Le fabricant de yaourts vient
    d'inaugurer…") tells of the headline's company: the figures told later without a subject
    are its own, not those of the group that bought it, named in the next sentence.
    """
    text = (
        "Lyon : Globex Yaourts dévoile sa nouvelle usine\n\n"
        "Le fabricant de yaourts au lait de brebis vient d'inaugurer ses locaux agrandis. Le "
        "groupe breton Initech Entreprises, qui a racheté le site en 2014, a investi neuf "
        "millions d'euros.\n\n"
        "Globex Yaourts est fabriqué à Lyon. Cette usine a été rachetée en 2014 par le groupe "
        "Initech Entreprises. Initech Entreprises commercialise aussi d'autres marques.\n\n"
        "Le chiffre d'affaires a été doublé en quatre ans : il est aujourd'hui de 56 millions "
        "d'euros."
    )
    events = _draft(text, "fr").events
    last = [e for e in events if "56 millions" in e.quote]
    assert [e.fields.get("organization", e.fields.get("entity")) for e in last] == [
        "globex-yaourts"
    ]


def test_a_company_named_like_a_person_is_in_focus_when_it_has_officers() -> None:
    """A name that opens on a given name but has an officer ("Jane Doe' associate general
    counsel") is a company: the article's focus, so its appeal is drafted, not dropped for
    want of an organisation.
    """
    text = (
        "Jane Doe appeal\n\nJane Doe says it will mount an aggressive appeal in a case involving "
        "a sick smoker awarded $100 million. Jane Doe' associate general counsel, John Smith, "
        "said the verdict was wrong."
    )
    events = _draft(text, "en").events
    legal = [e.fields["organization"] for e in events if e.type == "legal_action_reported"]
    assert legal
    assert set(legal) == {"jane-doe"}
