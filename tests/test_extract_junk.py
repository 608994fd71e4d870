"""What a draft leaves out as no news (issue 11): a clause that only says who told the news
and when, a clause read twice for its two dates, and a comment on news told before whose
noun carries an adjective or a possessive date, each on sentences written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract.grounding import review

from .helpers import rules_draft as _draft


def _quotes(text: str, lang: str) -> list[str]:
    """The quotes of the draft events of `text`."""
    return [e.quote for e in _draft(text, lang).events]


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        (
            "Title\n\nBrightwave Labs has raised $12 million in a Series B round, the company "
            "announced Tuesday. The round was led by Northgate Partners.",
            "en",
            "the company announced Tuesday",
        ),
        (
            "Titre\n\nLe groupe Verdane rachète la société Lumio pour 40 millions d'euros, "
            "a poursuivi Jeanne Morel.",
            "fr",
            "a poursuivi Jeanne Morel",
        ),
        (
            "Titre\n\nMardi 5 mars à Clermont-Ferrand (Puy-de-Dôme), la société Arvelle a "
            "inauguré une usine de 200 salariés.",
            "fr",
            "Mardi 5 mars à Clermont-Ferrand (Puy-de-Dôme)",
        ),
    ],
)
def test_a_clause_that_only_says_who_told_the_news_and_when_is_left_out(
    text: str, lang: str, fragment: str
) -> None:
    """A clause whose words, without its date, names and function words, are at most a verb
    of telling (an attribution or a dateline) is no event of its own.
    """
    quotes = _quotes(text, lang)
    assert [] == [q for q in quotes if q.strip() == fragment]
    assert [] != quotes  # the news of the sentence is still drafted


def test_a_clause_with_content_besides_its_attribution_is_kept() -> None:
    """A short clause that says something besides who told it ("confirmed the closure of its
    plant") is not taken for a bare attribution.
    """
    text = "Title\n\nOn Monday, Halvorsen Foods confirmed the closure of its plant in Leeds."
    assert any("closure of its plant" in q for q in _quotes(text, "en"))


def test_a_clause_read_once_per_date_is_drafted_once() -> None:
    """A clause with a range of two years ("2016-2017") gives one draft event, not one for
    each of its dates.
    """
    text = (
        "Titre\n\nLa société Ormelle a été condamnée le 3 mars par le tribunal de Lyon à une "
        "amende de 2 millions d'euros, pour des faits datant de 2016-2017, a indiqué son avocat."
    )
    events = _draft(text, "fr").events
    quotes = [e.quote for e in events]
    assert len(quotes) == len(set(zip(quotes, (e.type for e in events), strict=True)))


@pytest.mark.parametrize(
    ("text", "lang", "comment"),
    [
        (
            "Title\n\nRegulators fined Zentrix $80m on Monday for misleading customers. "
            "The fine is the third-largest consumer penalty handed down by the Consumer "
            "Authority.",
            "en",
            "The fine is the third-largest consumer penalty",
        ),
        (
            "Title\n\nRegulators fined Zentrix $80m for misleading customers. "
            "Monday’s fine is a sign of the regulator’s new resolve.",
            "en",
            "Monday’s fine is a sign",
        ),
        (
            "Titre\n\nLe régulateur a infligé une amende de 8 millions d'euros à Zentrix. "
            "Il s'agit de la plus forte amende jamais prononcée par l'Autorité des marchés "
            "à l'encontre d'un opérateur.",
            "fr",
            "la plus forte amende",
        ),
    ],
)
def test_a_comment_on_a_fine_told_before_is_left_out(text: str, lang: str, comment: str) -> None:
    """A clause whose only news is a noun of a kind told earlier, after a determiner and up to
    two adjectives ("the third-largest consumer penalty", "la plus forte amende") or after a
    possessive date ("Monday's fine"), is a comment on that news: the fine itself stays.
    """
    quotes = _quotes(text, lang)
    assert [] == [q for q in quotes if comment in q]
    assert any("fined Zentrix" in q or "infligé une amende de 8" in q for q in quotes)


def test_a_new_fine_of_its_own_is_kept_after_another() -> None:
    """A second fine with its own verb and figure is news, not a comment on the first."""
    text = (
        "Title\n\nRegulators fined Zentrix $80m on Monday. "
        "They also fined Quorvel $12m for the same practices."
    )
    assert any("fined Quorvel $12m" in q for q in _quotes(text, "en"))


def test_a_comment_left_out_is_listed_by_the_review() -> None:
    """The sentence of a comment left out is still listed as left out by the review, so a
    reviewer sees what the draft did not keep.
    """
    text = (
        "Title\n\nRegulators fined Zentrix $80m on Monday for misleading customers.\n\n"
        "The penalty is the third-largest consumer fine in the country."
    )
    result = _draft(text, "en")
    lines = review(result, "en")
    assert any(line.startswith("left out") and "third-largest" in line for line in lines)


def test_a_round_told_again_with_its_lead_investor_is_drafted_once() -> None:
    """A round told first in short and again with its lead investor is one event: the fuller,
    later telling is kept.
    """
    text = (
        "Title\n\nQuillmark has raised $6 million in Series A funding. It will hire engineers."
        "\n\nThe startup said on Tuesday that it raised $6 million in a Series A round led by "
        "Harbour Ventures."
    )
    rounds = [e for e in _draft(text, "en").events if e.type == "funding_raised"]
    assert ["Harbour Ventures"] == [e.quote[-16:] for e in rounds]


def test_two_rounds_of_different_amounts_stay_two_events() -> None:
    """A second round with another amount is a second event, however alike its wording."""
    text = (
        "Title\n\nQuillmark has raised $6 million in Series A funding.\n\n"
        "Quillmark raised $2 million in seed funding led by Harbour Ventures last year."
    )
    rounds = [e for e in _draft(text, "en").events if e.type == "funding_raised"]
    assert 2 == len(rounds)


def test_a_plan_said_again_in_the_same_words_is_drafted_once() -> None:
    """A plan of the lede said again in the body in the same words ("aucune usine ne devrait
    fermer") is one plan: the later telling is kept.
    """
    text = (
        "Titre\n\nLa société Ormelle rachète Vantix. En France, aucune usine ne devrait fermer."
        "\n\nSelon la direction d'Ormelle, aucune usine ne devrait fermer d'ici deux ans."
    )
    plans = [e.quote for e in _draft(text, "fr").events if "usine" in e.quote]
    assert 1 == len(plans)
    assert "deux ans" in plans[0]


def test_two_plans_with_different_words_stay_two_events() -> None:
    """Two plans of one company that share a few words ("plans to use the funds") but say
    different things are both kept.
    """
    text = (
        "Title\n\nQuillmark plans to use the funds to hire engineers and designers.\n\n"
        "Quillmark also plans to use the funds to expand into new markets in Asia."
    )
    plans = [e for e in _draft(text, "en").events if e.type == "plan_announced"]
    assert 2 == len(plans), plans


def test_charged_with_a_task_is_no_legal_action() -> None:
    """'Charged with' before a verb in -ing gives a task ("charged with rebuilding"), not a
    criminal charge, which 'charged with fraud' still is.
    """
    task = "Title\n\nMarta Velez was charged with turning around Orvane Bank after years of losses."
    crime = "Title\n\nThe former chief of Orvane Bank was charged with fraud on Monday."
    assert [] == [e for e in _draft(task, "en").events if e.type == "legal_action_reported"]
    assert ["legal_action_reported"] == [
        e.type for e in _draft(crime, "en").events if e.type == "legal_action_reported"
    ]


def test_a_former_plan_in_the_pluperfect_is_no_plan() -> None:
    """A plan told in the pluperfect ("avait d'abord prévu de") is the background of what
    was done instead; the plan told in the present stays.
    """
    text = (
        "Titre\n\nLa société Ormelle avait d'abord prévu de fermer son usine de Vienne cette "
        "année. Elle prévoit désormais de la vendre d'ici 2026."
    )
    plans = [e.quote for e in _draft(text, "fr").events if e.type == "plan_announced"]
    assert [] == [q for q in plans if "fermer" in q]
    assert any("vendre" in q for q in plans)


def test_what_analysts_expected_is_no_result() -> None:
    """A clause opening on analysts' expectations ("versus analyst expectations of") gives
    their figure, not a result of the company; the company's own figure stays.
    """
    text = (
        "Title\n\nBrightwave Labs reported revenue of $2.1 billion for the quarter, versus "
        "analyst expectations of $2.3 billion in sales."
    )
    quotes = [e.quote for e in _draft(text, "en").events]
    assert [] == [q for q in quotes if "expectations" in q]
    assert any("$2.1 billion" in q for q in quotes)


def test_a_condition_of_completion_is_background() -> None:
    """A clause opening on "une fois" ("une fois bouclée la consultation") is the condition
    of the news told before it, not news of its own; the completion date stays.
    """
    text = (
        "Titre\n\nLe rachat de Vantix par Ormelle devrait être finalisé à l'été, une fois "
        "obtenu le feu vert des autorités de la concurrence."
    )
    quotes = [e.quote for e in _draft(text, "fr").events]
    assert [] == [q for q in quotes if q.startswith("une fois")]
    assert any("finalisé" in q for q in quotes)


def test_a_participle_clause_without_a_figure_is_background() -> None:
    """A clause opening on a present participle ("ayant désormais accès à") is a circumstance
    of the sentence's news, which stays.
    """
    text = (
        "Titre\n\nLa société Ormelle espère gagner de nouveaux clients, ayant désormais accès "
        "à des réseaux de distribution en Asie."
    )
    quotes = [e.quote for e in _draft(text, "fr").events]
    assert [] == [q for q in quotes if q.startswith("ayant")]
    assert any("espère gagner" in q for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nOrvane Bank paid tribute to its late founder Ada Marsh on Tuesday.",
        "Title\n\nThe event was opened by Ada Marsh, the co-founder of Orvane Bank who died "
        "in 2015.",
    ],
)
def test_the_role_of_a_person_who_has_died_is_no_role_held(text: str) -> None:
    """A title given to a person who has died ("its late founder", "the co-founder of X who
    died in 2015") is background: no role is held after death.
    """
    assert [] == [e for e in _draft(text, "en").events if e.type == "role_held"]


def test_the_role_of_a_living_person_is_held() -> None:
    """The same title without a word of death is a role held."""
    text = "Title\n\nOrvane Bank paid tribute to its founder Ada Marsh on Tuesday."
    assert ["role_held"] == [e.type for e in _draft(text, "en").events if e.type == "role_held"]


def test_the_sending_of_a_text_reproduced_below_is_no_news() -> None:
    """A clause that introduces a text reproduced after it ("sent the following memo to
    staff") is no event; the news of the memo stays.
    """
    text = (
        "Title\n\nOrvane Bank will cut 400 jobs, its chief executive said on Monday.\n\n"
        "Earlier today, Orvane Bank CEO Ada Marsh sent the following memo to staff."
    )
    quotes = [e.quote for e in _draft(text, "en").events]
    assert [] == [q for q in quotes if "following memo" in q]
    assert any("cut 400 jobs" in q for q in quotes)


def test_a_company_s_mission_is_no_plan() -> None:
    """A description whose relative clause says what the company wants ("is a software
    company that wants to make...") is its mission, not a plan announced; a plan of the
    company in its own clause stays.
    """
    text = (
        "Title\n\nQuillmark is a small software company that wants to make invoices easier "
        "to read. Quillmark plans to double its sales team next year."
    )
    plans = [e.quote for e in _draft(text, "en").events if e.type == "plan_announced"]
    assert [] == [q for q in plans if "wants to" in q]
    assert any("sales team" in q for q in plans)


@pytest.mark.parametrize(
    ("text", "lang", "opening"),
    [
        (
            "Title\n\nQuillmark raised $6 million in Series A funding on Monday. It also comes "
            "amid a wave of funding for invoicing startups in Europe.",
            "en",
            "It also comes amid",
        ),
        (
            "Titre\n\nLa société Ormelle a levé 5 millions d'euros lundi. Malgré la crise du "
            "secteur, les investisseurs parient sur sa croissance.",
            "fr",
            "Malgré la crise",
        ),
    ],
)
def test_a_clause_opening_on_a_circumstance_is_background(
    text: str, lang: str, opening: str
) -> None:
    """A clause opening on the circumstance of the news ("It also comes amid", "Malgré la
    crise") without a date or a figure is background; the round stays.
    """
    quotes = [e.quote for e in _draft(text, lang).events]
    assert [] == [q for q in quotes if q.startswith(opening)]
    assert any("million" in q for q in quotes)


def test_after_a_verb_is_no_circumstance() -> None:
    """'After' before a verb in -ing ("After acquiring Vantix") opens no circumstance: the
    clause is read as before.
    """
    text = "Title\n\nAfter acquiring Vantix for $40 million, Quillmark plans to hire 50 people."
    assert any("Vantix" in e.quote for e in _draft(text, "en").events)


def test_apres_avoir_is_no_circumstance() -> None:
    """'Après avoir' before a participle ("après avoir lancé une offre") tells news done,
    not a circumstance: the clause stays.
    """
    text = (
        "Titre\n\nLa société Ormelle a assuré mardi qu'elle garderait ses prix, après avoir "
        "lancé avec Vantix une offre payante de son logiciel."
    )
    assert any("offre payante" in e.quote for e in _draft(text, "fr").events)


def test_a_right_to_appeal_is_no_legal_action() -> None:
    """A right to appeal ("can appeal the ruling") is a possibility, not a legal action taken;
    the fine stays.
    """
    text = (
        "Title\n\nRegulators fined Zentrix $80m on Monday for misleading customers.\n\n"
        "Zentrix can appeal the ruling before the courts."
    )
    legal = [e.quote for e in _draft(text, "en").events if e.type == "legal_action_reported"]
    assert [] == [q for q in legal if "can appeal" in q]
    assert any("fined Zentrix" in q for q in legal)


def test_a_share_move_told_in_the_pluperfect_is_background() -> None:
    """A share price that had moved before the news ("had gained 40% over the last year") is
    background; the day's move stays.
    """
    text = (
        "Title\n\nQuorvel shares rose 9% on Tuesday after the takeover offer.\n\n"
        "Before the offer, Quorvel's stock had gained 40% over the last year."
    )
    quotes = [e.quote for e in _draft(text, "en").events]
    assert [] == [q for q in quotes if "had gained" in q]
    assert any("rose 9%" in q for q in quotes)


def test_the_date_of_what_a_noun_names_is_no_event() -> None:
    """A clause kept only for its date, where the date is that of what a noun names ("pour
    des faits datant de 2015"), is no event; the ruling stays.
    """
    text = (
        "Titre\n\nLa société Ormelle a été condamnée le 3 mars à une amende de 2 millions "
        "d'euros, pour des faits datant de 2015, et a décidé de faire appel."
    )
    quotes = [e.quote for e in _draft(text, "fr").events]
    assert [] == [q for q in quotes if "datant de" in q]
    assert any("amende" in q for q in quotes)


def test_a_passer_by_is_no_source_of_the_company() -> None:
    """A statement whose speaker is an unnamed passer-by ("confie une riveraine") is no
    statement of the article's company; the company's own statement stays.
    """
    text = (
        "Titre\n\nLa société Ormelle va ouvrir une usine à Vienne. « Nous allons recruter "
        "200 personnes », explique la société. « C'est une chance pour le quartier », confie "
        "une riveraine enthousiaste."
    )
    quotes = [e.quote for e in _draft(text, "fr").events]
    assert [] == [q for q in quotes if "riveraine" in q]
    assert any("recruter" in q for q in quotes)


def test_an_unnamed_spokesperson_is_a_source() -> None:
    """A statement by an unnamed spokesperson ("said a spokesperson") is still a statement
    of the company.
    """
    text = (
        'Title\n\nZentrix will appeal the fine. "We acted in good faith throughout," said a '
        "spokesperson."
    )
    assert any("good faith" in e.quote for e in _draft(text, "en").events)


def test_a_quotation_said_twice_stays_two_statements() -> None:
    """Only plans are merged by their words: the same quotation said twice by a speaker is
    two statements.
    """
    speech = "« Nous restons confiants », a-t-elle ajouté."
    text = "Titre\n\nJeanne Morel, directrice d'Ormelle, a parlé. " + speech + " " + speech
    stances = [e for e in _draft(text, "fr").events if e.type == "stance_stated"]
    assert 2 == len(stances)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Globex cuts jobs\n\nGlobex will cut 200 jobs, the telecom giant announced Wednesday.",
            "en",
        ),
        (
            "Globex embauche\n\nGlobex va embaucher 200 personnes, indique-t-il jeudi dans un"
            " communiqué.",
            "fr",
        ),
        (
            "Globex lève 5 millions\n\nGlobex a levé 5 millions d'euros. Quand il a soutenu sa"
            " thèse en 2002, Jean Roux étudiait.",
            "fr",
        ),
    ],
)
def test_a_dated_clause_that_only_tells_who_said_it_or_when_is_no_fact(
    text: str, lang: str
) -> None:
    """'the telecom giant announced Wednesday', 'indique-t-il jeudi dans un communiqué': a
    clause that only tells where the news came from, and one of time about something else
    ('Quand il a soutenu sa thèse en 2002'), give no generic fact of their own.
    """
    quotes = [e.quote for e in _draft(text, lang).events if e.type == "fact_asserted"]
    assert not any(q.startswith(("the telecom", "indique-t-il", "Quand il")) for q in quotes), (
        quotes
    )


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        (
            "Globex rachète Initech\n\nGlobex rachète Initech. Des changements sont-ils prévus"
            " en termes de management, notamment pour la filiale belge ?",
            "fr",
            "changements",
        ),
        (
            "Globex raises $5 million\n\nGlobex has raised $5 million. The Daily has reached out"
            " to Globex on the details of the round and will update this report.",
            "en",
            "reached out",
        ),
    ],
)
def test_a_question_or_a_request_for_comment_is_no_news(
    text: str, lang: str, fragment: str
) -> None:
    """A sentence that asks ("Des changements sont-ils prévus, ... ?") and the press's note
    that it asked a company ("has reached out to Globex ... and will update this report")
    state nothing about the company: no event quotes them.
    """
    quotes = _quotes(text, lang)
    assert quotes  # the news itself is drafted
    assert [] == [q for q in quotes if fragment in q]


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        ("Globex raised $5 million from Hooli, Acme Capital and others.", "en", "Acme"),
        (
            "Globex a inauguré son usine à Villebourg, près de Springfield, ce lundi.",
            "fr",
            "près de",
        ),
    ],
)
def test_a_list_of_names_or_where_a_place_lies_is_no_description(
    text: str, lang: str, fragment: str
) -> None:
    """After a name and a comma, another name ("Hooli, Acme Capital") continues a list and
    "près de Springfield" tells where a place lies: neither describes the name before.
    """
    events = _draft(f"Globex\n\n{text}", lang).events
    assert [] == [
        e
        for e in events
        if e.fields.get("attribute") == "description" and fragment in str(e.fields["value"])
    ]


def test_a_description_after_a_name_is_still_drafted() -> None:
    """The apposition in "Globex, the world's largest widget maker," describes Globex."""
    text = "Globex\n\nGlobex, the world's largest widget maker, raised $5 million."
    facts = [e.fields for e in _draft(text, "en").events if e.type == "fact_asserted"]
    assert [("globex", "the world's largest widget maker")] == [
        (f["entity"], f["value"]) for f in facts if f.get("attribute") == "description"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Title\n\nOrvane launched its map app on Monday. Orvane users will be able to share "
            "maps with their teams.",
            "en",
        ),
        (
            "Titre\n\nOrvane a lancé son application lundi. Les utilisateurs pourront alors "
            "partager leurs cartes dès le mois de mai.",
            "fr",
        ),
        (
            "Title\n\nOrvane unveiled a console on Monday. Investors seem to be hoping the new "
            "console will help Orvane.",
            "en",
        ),
    ],
)
def test_what_a_company_s_audience_will_do_is_no_plan(text: str, lang: str) -> None:
    """A clause whose subject is the people a company serves or answers to ("users will be
    able to", "Les utilisateurs pourront", "Investors seem to be hoping") describes an offer
    or a mood: no plan of the company is drafted from it, and the launch before it stays.
    """
    types = [e.type for e in _draft(text, lang).events]
    assert "plan_announced" not in types
    assert types


def test_what_the_customers_of_a_deal_will_get_stays_a_plan() -> None:
    """The customers "of" the companies name what a deal brings: what they will get is the
    companies' news and stays drafted.
    """
    text = (
        "Title\n\nThe customers of both companies would also benefit from the merger, Orvane "
        "said on Monday."
    )
    assert [e.type for e in _draft(text, "en").events]
