"""Readings of where a dispatch comes from and who told its news, added after the 2026-12-03
evening session's reading of `dev13`: a dateline's place is never the organisation in focus,
a title's full stop ("Gov.") ends no sentence, a trailing clause that only tells who
announced the news gives the news its day and no fact of its own, and a company choosing a
place for its expansion opens a site. Each is checked on sentences written for these tests.
"""

from __future__ import annotations

from timeline.extract._text import sentences
from timeline.extract.cues import CueType, find_cues
from timeline.extract.entities import rule_mentions

from .helpers import rules_draft as _draft

_DISPATCH = (
    "Craft-beer giant Globex Brewing Co. has chosen Springfield County for its expansion\n\n"
    "VILLEBOURG, N.C. - Craft-beer giant Globex Brewing Co. has chosen Springfield County for"
    " its East Coast expansion, Gov. Jane Doe and company officials announced Wednesday.\n\n"
    "The company plans to create 95 full-time jobs in Springfield County. The long-awaited "
    "announcement came this afternoon in Villebourg."
)


def test_a_dateline_place_is_not_the_organisation_in_focus() -> None:
    """The dateline "VILLEBOURG, N.C. -" names a town: "The company plans to create 95 jobs"
    is about the brewer, not the town.
    """
    plans = [e for e in _draft(_DISPATCH, "en").events if e.type == "plan_announced"]
    assert plans, "the plan gives an event"
    assert {"globex-brewing-co"} == {e.fields["organization"] for e in plans}


def test_a_title_s_stop_ends_no_sentence() -> None:
    """The stop of "Gov." before a name ends no sentence, nor do those of "Sen." and "Lt."."""
    text = "Globex grew, Gov. Jane Doe said. Sen. John Roe and Lt. Anna Smith agreed."
    assert 2 == len(sentences(text))


def test_a_clause_telling_who_announced_dates_the_news_and_is_no_fact() -> None:
    """In "has chosen Springfield County for its East Coast expansion, Gov. Jane Doe and
    company officials announced Wednesday", the site is dated Wednesday and the telling
    clause gives no generic fact.
    """
    events = _draft(_DISPATCH, "en").events
    sites = [e for e in events if e.type == "site_opened"]
    assert [("globex-brewing-co", "springfield-county", "Wednesday")] == [
        (e.fields["organization"], e.fields["place"], e.when) for e in sites
    ]
    assert not [e for e in events if e.quote.startswith("Gov.")]


def test_choosing_a_place_for_an_expansion_is_a_site() -> None:
    """The words "Globex has chosen Springfield for its new plant" and "Globex selected
    Villebourg for a distribution center" open sites; choosing a supplier does not.
    """
    text = (
        "Globex\n\nShares of Globex rose. Globex has chosen Springfield for its new plant. "
        "Globex selected Villebourg for a distribution center. Globex chose Initech as its "
        "supplier."
    )
    sites = [
        e.quote
        for e in _draft(text, "en").events
        if e.type == "site_opened" or e.fields.get("attribute") == "sites"
    ]
    assert [
        "Globex has chosen Springfield for its new plant",
        "Globex selected Villebourg for a distribution center",
    ] == sites


def test_job_cuts_told_by_eliminating_or_abolishing_posts() -> None:
    """The words "prévoit éliminer un total de 7 000 emplois" and "2 500 postes seront
    abolis" are job cuts (a change of -7 000 and -2 500), not a headcount; the trailing "a
    indiqué la multinationale mercredi" dates the first.
    """
    text = (
        "Globex\n\nDans le monde, Globex prévoit éliminer un total de 7 000 emplois, dont 2 830 "
        "au Canada, a indiqué la multinationale mercredi. Au plan mondial, quelque 2 500 postes "
        "seront abolis dans les usines."
    )
    cuts = [e for e in _draft(text, "fr").events if e.type == "headcount_changed"]
    assert [(-7000, "mercredi"), (-2500, None)] == [(e.fields.get("change"), e.when) for e in cuts]


def test_a_demonstrative_refers_to_the_last_name_of_the_sentence_before() -> None:
    """In "Le fonds Initech a redressé Globex. Celle-ci a réalisé un chiffre d'affaires de 208
    millions d'euros", the revenue is Globex's, the last name before "Celle-ci", not the
    subject of the sentence before.
    """
    text = (
        "Globex\n\nEn cinq ans, le fonds Initech a épongé la dette de Globex. Celle-ci a réalisé "
        "en 2013 un chiffre d'affaires de 208 millions d'euros."
    )
    results = [e for e in _draft(text, "fr").events if e.type == "results_reported"]
    assert ["globex"] == [e.fields["organization"] for e in results]


def test_a_public_body_joined_by_and_is_one_name() -> None:
    """After "the", "Trade and Industry Office" and "Parks and Lakes Service" are one
    body's name each; "Globex and Initech" stays two names.
    """
    text = (
        "The Trade and Industry Office fined Globex. Globex and Initech said the "
        "Parks and Lakes Service sued Initech."
    )
    names = [m.name for m in rule_mentions(text, sentences(text), "en")]
    assert "Trade and Industry Office" in names
    assert "Parks and Lakes Service" in names
    assert {"Globex", "Initech"} <= set(names)


def test_a_title_of_an_organisation_before_a_person_without_a_comma() -> None:
    """In "a déclaré le président de Globex Jean Dupont", Globex and Jean Dupont are two
    names: Jean Dupont speaks, and holds the role of président at Globex.
    """
    text = (
        "Globex\n\nGlobex a grandi. « Nous sommes ravis », a déclaré le président de Globex "
        "Jean Dupont."
    )
    events = _draft(text, "fr").events
    assert [("jean-dupont", "globex", "président")] == [
        (e.fields["person"], e.fields["organization"], e.fields["role"])
        for e in events
        if e.type == "role_held"
    ]
    assert ["jean-dupont"] == [e.fields["speaker"] for e in events if e.type == "stance_stated"]


def test_an_initial_or_a_portfolio_is_not_cut_from_a_person() -> None:
    """An initial before a given name ("H. Lawrence Doe") and a minister's portfolio ("la
    ministre du Travail Jeanne Dupont") are not taken for an organisation's name before a
    person's.
    """
    text = (
        "H. Lawrence Doe grew. H won. La ministre du Travail Jeanne Dupont a parlé. Le Travail "
        "est dur."
    )
    names = [m.name for m in rule_mentions(text, sentences(text), "fr")]
    assert "H. Lawrence Doe" in names
    assert "Travail Jeanne Dupont" in names  # one run, no organisation "Travail" cut off


def test_dates_that_are_not_the_news_day() -> None:
    """A month without its year after a verb of the future is a plan's target ("devrait
    ouvrir ses portes en novembre"); a relative clause's date ("qui prendra effet courant
    mars") does not date the clause after it; "depuis 2018" in a speaker's title does not
    date the speech.
    """
    text = (
        "Globex\n\nGlobex a grandi. Une boutique de Globex devrait ouvrir ses portes en "
        "novembre. Avec cette nomination, qui prendra effet courant mars, Globex entend "
        "renforcer sa présence en Europe. « Nous sommes ravis », a déclaré le président de "
        "Globex Jean Dupont depuis 2018."
    )
    events = _draft(text, "fr").events
    plans = [(e.fields.get("target"), e.when) for e in events if e.type == "plan_announced"]
    assert ("novembre", None) in plans
    assert all(when != "courant mars" for _, when in plans)
    assert [None] == [e.when for e in events if e.type == "stance_stated"]


def test_a_round_accepted_in_the_present_perfect_is_the_day_s_news() -> None:
    """The words "Globex has accepted $3.1m in additional funding" tell a round of the day
    it is reported (no anchor: the publication day), not one done before.
    """
    text = "Globex\n\nGlobex has accepted $3.1m in additional funding led by Initech Ventures."
    rounds = [e for e in _draft(text, "en").events if e.type == "funding_raised"]
    assert [(None, None)] == [(e.when, e.anchor) for e in rounds]  # not anchored "before"


def test_the_limits_found_by_review() -> None:
    """A company name with a given name inside and a company word at its end stays whole
    ("Globex Martin Holdings"); "Limited" after "Co." may open the next sentence; a clause
    whose announced thing is the news ("a annoncé la fermeture de son usine lundi") is no
    mere telling of who said it.
    """
    text = "Globex Martin Holdings said revenue rose 5%. Globex is a large firm."
    assert "Globex Martin Holdings" in [m.name for m in rule_mentions(text, sentences(text), "en")]
    assert 2 == len(sentences("Globex bought Initech Co. Limited details were released."))
    french = (
        "Globex\n\nGlobex, qui a racheté Initech en 2021, a annoncé la fermeture de son usine "
        "lundi."
    )
    quotes = [e.quote for e in _draft(french, "fr").events]
    assert any(q.startswith("a annoncé la fermeture") for q in quotes)


def test_set_up_last_year_by_is_a_founding() -> None:
    """The words "set up last year by Jane Doe" tell a founding dated last year (the cue's
    trailing space had kept it from ever matching).
    """
    text = (
        "Globex raises money\n\nGlobex has raised $5 million. The Springfield-based company, "
        "set up last year by Jane Doe, has 20 staff."
    )
    founded = [e for e in _draft(text, "en").events if e.type == "founded"]
    assert [("last year", "Jane Doe")] == [(e.when, e.fields.get("founders")) for e in founded]


def test_joining_a_group_au_sein_de_is_an_appointment_cue() -> None:
    """The words "est entrée au sein de Globex" and "au sein du groupe" are an arrival, as
    "au sein d'Initech" was (the cue had matched only before an apostrophe).
    """
    for clause in ("elle est entree au sein de globex", "il est entre au sein du groupe"):
        assert CueType.APPOINTMENT in [c.kind for c in find_cues(clause, "fr")]
