"""Drafting company news told in the general wording of business news (issue 11): share-price
moves, verbs of saying in all their forms, and the other standard phrasings a business desk
uses, each read from sentences written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract._segments import segments
from timeline.extract.draft import DraftEvent

from .helpers import rules_draft as _draft


def _holding(text: str, lang: str, quote: str) -> list[DraftEvent]:
    """The draft events of `text` whose quote holds `quote`."""
    return [e for e in _draft(text, lang).events if quote in e.quote]


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        (
            "Initech Corp said on Monday it would cut 300 jobs. "
            "Shares of Initech were down 4% in early trading.",
            "en",
            "Shares of Initech were down 4%",
        ),
        (
            "Globex Inc reported revenue of $2 billion for 2023. "
            "The stock was trading higher by 6% on Tuesday.",
            "en",
            "The stock was trading higher by 6%",
        ),
        (
            "Globex Inc reported revenue of $2 billion for 2023. "
            "Globex shares jumped 9% before the opening bell.",
            "en",
            "Globex shares jumped 9%",
        ),
        (
            "Le groupe Globex a annoncé lundi la suppression de 300 postes. "
            "L'action Globex a perdu 4 % à la Bourse de Paris.",
            "fr",
            "L'action Globex a perdu 4 %",
        ),
    ],
)
def test_a_move_of_the_share_price_is_a_result_of_the_company(
    text: str, lang: str, quote: str
) -> None:
    """A share price told moving by a figure ("shares of X were down 4%", "the stock was
    trading higher", "l'action X a perdu 4 %") is a result of the company in focus.
    """
    found = _holding(text, lang, quote)
    assert [("fact_asserted", "results (share price)")] == [
        (e.type, e.fields["attribute"]) for e in found
    ]
    assert found[0].fields["entity"] in ("initech-corp", "globex-inc", "globex")


def test_the_company_named_in_a_share_price_move_is_its_subject() -> None:
    """A share price move ("shares of X were up") is about X, not the buyer told before."""
    found = _holding(
        "Globex Inc agreed to buy Initech for $2 billion on Monday. "
        "Shares of Initech were up 11% in early trading.",
        "en",
        "Shares of Initech",
    )
    assert ["initech"] == [e.fields["entity"] for e in found]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Globex Corp opened a plant in Ohio on Monday.\n\n"
            "“We looked at ten states,” Smith said, adding that Ohio “is where our "
            "suppliers are.”\n\nGlobex Corp employs 300 people.",
            "en",
            "smith",
        ),
        (
            "Globex a ouvert une usine à Lyon lundi.\n\n"
            "« C'est un grand jour pour nous », a déclaré Jeanne Dupont, « et pour toute la "
            "région. »\n\nGlobex emploie 300 personnes.",
            "fr",
            "jeanne-dupont",
        ),
    ],
)
def test_a_paragraph_ending_on_a_quotation_after_its_stop_is_no_heading(
    text: str, lang: str, speaker: str
) -> None:
    """A one-sentence paragraph whose stop is inside its closing quotation mark ('... to
    build.”', '... région. »') is a statement, not a heading left unread.
    """
    said = [e for e in _draft(text, lang).events if e.type == "stance_stated"]
    assert [speaker] == [e.fields["speaker"] for e in said]


@pytest.mark.parametrize(
    ("text", "lang", "verb"),
    [
        (
            "Globex et Initech ont signé un accord lundi. « Nous livrerons nos premiers robots "
            "cet été », précisent les deux groupes dans un communiqué.",
            "fr",
            "précisent",
        ),
        (
            "Globex a racheté Initech lundi. « Cette opération nous donne une taille nouvelle "
            "sur le marché européen », se félicite Jeanne Dupont, directrice générale de Globex.",
            "fr",
            "se félicite",
        ),
        (
            "Globex a racheté Initech lundi. Globex espère gagner des parts de marché en Europe.",
            "fr",
            "espère",
        ),
        (
            "Globex Corp raised $5 million on Monday. Jane Doe suggested that the company "
            "might list its shares in London.",
            "en",
            "suggested",
        ),
    ],
)
def test_a_verb_of_saying_in_its_plural_reflexive_or_hoping_form_is_a_statement(
    text: str, lang: str, verb: str
) -> None:
    """Verbs of saying in the third person plural ("précisent"), reflexive ("se félicite"),
    of hoping ("espère") and of suggesting ("suggested") tell a statement.
    """
    said = [e for e in _draft(text, lang).events if verb in e.quote]
    assert ["stance_stated"] == [e.type for e in said]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Globex a été condamnée lundi par le tribunal de commerce. "
            "Globex contestera la décision du tribunal.",
            "Globex contestera la décision du tribunal",
        ),
        (
            "Globex a annoncé 300 suppressions de postes. "
            "Ces suppressions de postes s'étaleront sur deux ans.",
            "Ces suppressions de postes s'étaleront sur deux ans",
        ),
    ],
)
def test_news_named_by_its_noun_in_a_future_clause_is_a_plan(text: str, quote: str) -> None:
    """A clause in the future that names company news by its noun, with no figure of its own
    ("Globex contestera la décision du tribunal"), tells what is still to happen: a plan.
    """
    found = _holding(text, "fr", quote)
    assert [("plan_announced", "globex")] == [(e.type, e.fields["organization"]) for e in found]


def test_a_future_clause_with_a_figure_of_its_own_tells_the_news() -> None:
    """A future clause with its own figure ("its workforce will be reduced to about 900
    employees") is the headcount news, not a plan: the figure is what the clause reports.
    """
    found = _holding(
        "Globex Corp said on Monday its workforce will be reduced to about 900 employees.",
        "en",
        "its workforce will be reduced",
    )
    assert [("headcount_changed", 900)] == [(e.type, e.fields.get("headcount")) for e in found]


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        (
            "Globex Corp is moving its headquarters to Denver, the company said on Monday.",
            "en",
            "moving its headquarters",
        ),
        ("Globex s'implante à Lyon.", "fr", "s'implante à Lyon"),
        (
            "Le groupe Globex va s'implanter sur une friche industrielle achetée à Initech.",
            "fr",
            "va s'implanter",
        ),
    ],
)
def test_moving_headquarters_or_settling_somewhere_is_a_site(
    text: str, lang: str, quote: str
) -> None:
    """Moving a headquarters and "s'implanter" (to set up somewhere) tell a site, also when
    it is still to come: a site opened or planned is a site.
    """
    found = _holding(text, lang, quote)
    assert [e.type for e in found] in (["site_opened"], ["fact_asserted"])
    assert found[0].type == "site_opened" or found[0].fields["attribute"] == "sites"


def test_a_french_clause_in_the_future_with_no_cue_is_a_plan() -> None:
    """A French main clause whose verb is in the simple future ("prendra deux ans") is a plan
    of the organisation in focus, as an English clause with "will" is.
    """
    found = _holding(
        "Globex a racheté Initech pour 2 milliards d'euros. "
        "L'intégration des deux groupes prendra deux ans.",
        "fr",
        "prendra deux ans",
    )
    assert [("plan_announced", "globex")] == [(e.type, e.fields["organization"]) for e in found]


def test_a_future_verb_in_a_relative_clause_makes_no_plan() -> None:
    """The verb of a relative clause ("un apport qui doit servir à grandir") is not the
    clause's own: without another cue the sentence gives no plan.
    """
    events = _draft(
        "Globex a levé 15 millions d'euros. Initech suit avec un apport qui doit servir à grandir.",
        "fr",
    ).events
    assert [] == [e for e in events if e.type == "plan_announced"]


def test_what_a_speaker_says_of_another_organisation_before_the_verb_is_a_claim() -> None:
    """The clause before a closing "X said" ("The lender broke the rules, the Authority
    said") is what X said; about another organisation it is a claim.
    """
    found = _holding(
        "The Globex Authority fined Acme Bank £10m on Monday. The British lender broke the "
        "reporting rules for three years, the Globex Authority said.",
        "en",
        "broke the reporting rules",
    )
    assert [("claim_attributed", "acme-bank", "globex-authority")] == [
        (e.type, e.fields["about"], e.fields["claimant"]) for e in found
    ]


def test_what_a_company_says_of_itself_before_the_verb_is_its_statement() -> None:
    """A closing "Acme Corp said" after a clause about Acme is Acme's statement."""
    found = _holding(
        "Acme Corp opened a plant in Ohio on Monday. The new plant is the largest of its kind "
        "in the whole state, Acme Corp said.",
        "en",
        "largest of its kind",
    )
    assert [("stance_stated", "acme-corp")] == [(e.type, e.fields["speaker"]) for e in found]


def test_a_second_verb_phrase_after_and_is_its_own_fact_however_far_its_cue() -> None:
    """An auxiliary after "et" ("qui emploient 500 personnes et ont réalisé 90 millions
    d'euros de chiffre d'affaires") opens a second fact, a result beside the headcount, though
    its cue comes several words later.
    """
    events = _draft(
        "Globex a racheté deux usines à Initech, qui emploient 500 personnes et ont réalisé "
        "90 millions d'euros de chiffre d'affaires en 2023.",
        "fr",
    ).events
    kinds = {e.type: e.quote for e in events}
    assert "qui emploient 500 personnes" == kinds["headcount_changed"]
    assert kinds["results_reported"].startswith("et ont réalisé 90 millions")


def test_an_audience_and_a_headcount_joined_by_and_are_two_facts() -> None:
    """Monthly visitors are a result of a site, and "and 45 employees" after them, though it
    opens on a number, is a headcount of its own.
    """
    events = _draft(
        "Globex Inc raised $8 million on Monday. "
        "The app now counts 3 million monthly visitors and 45 employees.",
        "en",
    ).events
    told = [(e.type, e.fields.get("attribute"), e.quote) for e in events[1:]]
    assert [
        ("fact_asserted", "results", "The app now counts 3 million monthly visitors"),
        ("headcount_changed", None, "and 45 employees"),
    ] == told


@pytest.mark.parametrize(
    ("text", "lang", "person", "role"),
    [
        (
            "Globex Corp ousted its chairman on Monday. Investors were relieved that Jane Doe "
            "will remain CEO of Globex Corp.",
            "en",
            "jane-doe",
            "CEO",
        ),
        (
            "Globex a nommé un nouveau président lundi. "
            "Jeanne Dupont reste directrice générale de Globex.",
            "fr",
            "jeanne-dupont",
            "directrice générale",
        ),
        (
            "Globex a remanié sa direction lundi. Le directeur financier Jean Martin, lui, est "
            "confirmé dans ses fonctions.",
            "fr",
            "jean-martin",
            "directeur financier",
        ),
    ],
)
def test_a_role_kept_is_a_role_held_not_a_plan(
    text: str, lang: str, person: str, role: str
) -> None:
    """A role kept ("she will remain CEO", "reste directrice générale", "est confirmé dans
    ses fonctions") is a role held by its person, even told in the future.
    """
    held = [e for e in _draft(text, lang).events if e.type == "role_held"]
    assert [(person, role)] == [(e.fields["person"], e.fields["role"]) for e in held]
    assert [] == [e for e in _draft(text, lang).events if e.type == "plan_announced"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Globex Corp announced a $2 billion share buyback on Monday.", "en"),
        (
            "Globex Corp approved a share repurchase plan of $400 million on Tuesday.",
            "en",
        ),
        ("Globex a lancé lundi un rachat d'actions de 500 millions d'euros.", "fr"),
    ],
)
def test_a_share_buyback_is_a_plan_not_an_acquisition(text: str, lang: str) -> None:
    """A share buyback ("share repurchase authorization", "rachat d'actions") is a plan of
    the company to buy its own shares back, not the purchase of a company.
    """
    types = [e.type for e in _draft(text, lang).events]
    assert ["plan_announced"] == types


@pytest.mark.parametrize(
    ("text", "lang", "quote"),
    [
        (
            "Globex a été condamnée lundi à une amende de 2 millions d'euros. "
            "Globex renonce à faire appel du jugement.",
            "fr",
            "renonce à faire appel",
        ),
        (
            "Globex Corp was fined $2 million on Monday. "
            "Globex Corp decided not to appeal the ruling.",
            "en",
            "not to appeal",
        ),
    ],
)
def test_a_legal_action_not_taken_is_a_statement_of_the_company(
    text: str, lang: str, quote: str
) -> None:
    """A legal action negated ("renonce à faire appel", "not to appeal") is no legal action:
    it tells the company's decision, a statement.
    """
    found = _holding(text, lang, quote)
    assert [("stance_stated", True)] == [
        (e.type, e.fields["speaker"].startswith("globex")) for e in found
    ]


def test_a_presidency_now_held_by_someone_is_an_appointment() -> None:
    """A presidency "désormais assurée par" someone tells that person's appointment, not a
    speech: the verb "assurer" there is no verb of saying.
    """
    found = _holding(
        "Globex a remanié sa direction. "
        "La présidence du conseil de Globex est désormais assurée par Jeanne Dupont.",
        "fr",
        "assurée par Jeanne Dupont",
    )
    assert [("person_appointed", "jeanne-dupont")] == [(e.type, e.fields["person"]) for e in found]


def test_a_funding_assured_by_an_investor_is_no_appointment() -> None:
    """Only a presidency, a management or an interim "assurée par" someone is an
    appointment: "le financement est assuré par" names no one appointed.
    """
    events = _draft(
        "Globex a levé 5 millions d'euros. Le financement est assuré par Initech Capital.", "fr"
    ).events
    assert [] == [e for e in events if e.type == "person_appointed"]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Initech shares rose $3.54, or 7.5 percent, to $50.30 on Tuesday.",
            ["Initech shares rose $3.54, or 7.5 percent, to $50.30 on Tuesday"],
        ),
        (
            "Le titre a gagné 12 euros, soit 5 %, à 250 euros mardi.",
            ["Le titre a gagné 12 euros, soit 5 %, à 250 euros mardi"],
        ),
        (
            "Initech rose, or so it seems, and Globex fell.",
            ["Initech rose", "or so it seems", "and Globex fell"],
        ),
    ],
)
def test_a_figure_told_again_between_commas_is_no_clause_of_its_own(
    text: str, pieces: list[str]
) -> None:
    """'rose $3.54, or 7.5 percent, to $50.30': the share told after 'or'/'soit' between
    commas restates the figure before it, so the sentence is one clause (its date is the
    move's); other commas still cut.
    """
    assert [text[s.start : s.end] for s in segments(text, 0, len(text))] == pieces


@pytest.mark.parametrize(
    ("quoted", "kind"),
    [
        ('"We intend to expand the product offerings of Initech,"', "plan_announced"),
        ('"The products of Initech will help us,"', "stance_stated"),
    ],
)
def test_a_speakers_own_plan_in_a_quotation_is_a_plan(quoted: str, kind: str) -> None:
    """'"We intend to expand...," said Jane Doe': the speaker tells their own plan in the
    quotation, a plan; a quotation with no 'we' before its word of the future stays a
    statement.
    """
    text = f"Globex buys Initech\n\n{quoted} said Jane Doe, chief executive of Globex."
    types = [e.type for e in _draft(text, "en").events if e.type != "role_held"]
    assert types == [kind]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Globex grows\n\nGlobex is a bank. The firm says it now has 200,000 customers.", "en"),
        ("Globex grandit\n\nGlobex est une banque. Elle compte aujourd'hui 200 000 clients.", "fr"),
    ],
)
def test_a_figure_of_the_present_is_a_result_without_a_period(text: str, lang: str) -> None:
    """'it now has 200,000 customers', 'compte aujourd'hui 200 000 clients': a metric told
    as of now is a result of the company, not a statement, though no period is named.
    """
    events = _draft(text, lang).events
    labels = [
        e.type if e.type != "fact_asserted" else str(e.fields.get("attribute")) for e in events
    ]
    assert labels in (["results_reported"], ["results (customers)"])


def test_revealing_a_product_is_a_launch() -> None:
    """'Globex finally revealed its new console on Thursday': a product presented, a launch
    (a product's release, or the launches it is filed under when the product is not named).
    """
    text = "Globex news\n\nOn Thursday, Globex finally revealed its new console, the Globex Switch."
    events = _draft(text, "en").events
    assert [e.type if e.type != "fact_asserted" else e.fields.get("attribute") for e in events] in (
        ["product_released"],
        ["launches"],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Globex news\n\nGlobex will invest approximately $1 billion in its plant by 2027.", "en"),
        ("Globex investit\n\nGlobex investira 9 millions d'euros dans son usine d'ici 2027.", "fr"),
    ],
)
def test_a_plan_to_invest_has_the_topic_investment(text: str, lang: str) -> None:
    """'will invest $1 billion', 'investira 9 millions': a plan whose clause has no other cue
    of company news is about an investment, and `state` files it so.
    """
    topics = [
        e.fields.get("topic") for e in _draft(text, lang).events if e.type == "plan_announced"
    ]
    assert topics == ["investment"]
