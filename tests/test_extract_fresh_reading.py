"""Readings added after fresh development batches (`dev3`, `dev4`) showed what the rules
missed on articles they had never seen: capitalised words that name nothing (currency codes,
legal forms, acronyms, number words, a company's board), a name whose first word is a common
word, places, cue words of job cuts, hiring, bids, investments, partnerships and sites, a
subject cut from its verb by an aside, roles in apposition, investors and their shares of a
round, results filed by metric, and a headline about what a company owns; and the limits
that keep each rule from catching news it should leave alone. Each is checked on sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract._figures import metric_named
from timeline.extract._filters import _generic
from timeline.extract._registry import Entities
from timeline.extract._text import fold, sentences
from timeline.extract.cues import CueType, find_cues, main_cue
from timeline.extract.draft import _headline_subject
from timeline.extract.entities import kind_of, plausible_name, rule_mentions
from timeline.extract.given_names import GIVEN_NAMES
from timeline.extract.money import amounts
from timeline.extract.place_names import PLACE_NAMES
from timeline.extract.tagger import tag
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense

from .helpers import rules_draft as _draft


def _cue_kind(clause: str, lang: str) -> CueType | None:
    """The kind of the cue that types `clause`, None when it has none."""
    cue = main_cue(find_cues(fold(clause), lang))
    return None if cue is None else cue.kind


def _names(text: str, lang: str) -> list[str]:
    """The names the rules find in `text`."""
    return [m.name for m in rule_mentions(text, sentences(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Globex offered to pay USD 78.50 per share for Initech, valued at EUR 9 billion.",
            "en",
            ["Globex", "Initech"],
        ),
        ("Globex Interactive, Inc. said it plans to cut jobs.", "en", ["Globex Interactive"]),
        (
            "Initech is the largest EV startup and sells an SUV in Europe.",
            "en",
            ["Initech", "Europe"],
        ),
        (
            "Globex annonce la fermeture du site. Soixante-dix salariés sont touchés. "
            "Principale difficulté : le taux de change.",
            "fr",
            ["Globex"],
        ),
        (
            "Le groupe a réuni les fonctions de président du Conseil d’administration et de "
            "directeur général.",
            "fr",
            [],
        ),
        (
            "Globex reported a profit. Inventories rose 15% to $6.7 billion. The Springfield, "
            "Ore., company gained 200 million MAD.",
            "en",
            ["Globex", "Springfield"],
        ),
        (
            "Globex staff speak English. Mandarin is not spoken at Globex.",
            "en",
            ["Globex", "Globex"],
        ),
        (
            "Globex forme ses équipes. Anglais et Arabe sont enseignés chez Globex.",
            "fr",
            ["Globex", "Globex"],
        ),
    ],
)
def test_capitalised_words_that_name_nothing_are_no_entities(
    text: str, lang: str, expected: list[str]
) -> None:
    """A currency code before a figure, a legal form after a comma, a common acronym, a
    number word or a noun in -é opening a sentence, a company's own board and a language
    are written with capitals but name no entity.
    """
    assert expected == _names(text, lang)


@pytest.mark.parametrize(
    "name", ["USD", "Inc", "SUV", "Conseil d'administration", "Board", "Conseil", "Estimant qu’"]
)
def test_another_analysers_names_are_refused_by_the_same_list(name: str) -> None:
    """A name another analyser proposes passes the same list of words that name nothing, and
    a word with an elided one after it ("Estimant qu'") is no name.
    """
    assert not plausible_name(name)


def test_a_common_noun_before_of_is_not_part_of_the_name() -> None:
    """In "Shares of Globex Interactive rose", the name starts after "Shares of"."""
    assert ["Globex Interactive"] == _names("Shares of Globex Interactive rose 5% on Monday.", "en")


def test_a_name_opening_on_a_common_word_is_kept_when_written_inside_a_sentence() -> None:
    """The name "Nickel General" opens two sentences and "nickel" is a common word of the text, but
    the whole name is also written inside a sentence: it is a name, not "General" after a
    sentence's first word. A title-like last word ("General") is part of it.
    """
    text = (
        "Nickel General rose. Shares in Nickel General jumped. "
        "Its nickel chain grows, said Nickel General."
    )
    assert ["Nickel General"] * 3 == _names(text, "en")


@pytest.mark.parametrize(
    ("clause", "lang", "kind"),
    [
        ("said it plans to cut about 2800 jobs globally", "en", CueType.HEADCOUNT),
        ("will invest $600 million and add 400 jobs", "en", CueType.HEADCOUNT),
        ("corporate positions would be reduced by 20 percent", "en", CueType.HEADCOUNT),
        ("has hired around 2,400 people", "en", CueType.HEADCOUNT),
        ("hired jane doe as its chief financial officer", "en", CueType.APPOINTMENT),
        ("offered to pay $78.50 per share in cash for initech", "en", CueType.ACQUISITION),
        ("scooped up big investments from initech and hooli", "en", CueType.FUNDING),
        ("has already opened up a half-dozen offices in europe", "en", CueType.SITE),
        ("le chiffre d'affaire trimestriel est en recul", "fr", CueType.RESULTS),
        ("la construction du site s'est achevee en 2018", "fr", CueType.SITE),
    ],
)
def test_the_words_of_company_news_type_the_clause(clause: str, lang: str, kind: CueType) -> None:
    """Job cuts and hires counted in people, a bid, investments from named backers, offices
    opened, a turnover misspelt in the singular and a site's construction are company news
    of their kind; a person hired is an appointment.
    """
    assert kind is _cue_kind(clause, lang)


def test_a_subject_and_its_verb_across_an_aside_are_one_clause() -> None:
    """In "Le chiffre d'affaires, évalué à 1,5 milliard, est en recul", the figure's noun,
    the aside and the verb make one result, not a noun with no verb and a dated fragment.
    """
    events = _draft(
        "Globex publie ses résultats trimestriels\n\n"
        "Le chiffre d’affaire trimestriel, évalué à 1,5 milliard d’euros, est en recul de 6,9 %.",
        "fr",
    ).events
    quotes = [(e.fields.get("attribute"), e.quote) for e in events]
    expected = (
        "Le chiffre d’affaire trimestriel, évalué à 1,5 milliard d’euros, est en recul de 6,9 %"
    )
    assert [("results", expected)] == quotes


def test_an_aside_with_news_of_its_own_is_not_joined() -> None:
    """An aside that holds a cue of its own ("qui était donné sur le départ") stays its own
    clause: the role kept after it is still read.
    """
    events = _draft(
        "Le directeur financier Jean Dupont, qui était donné sur le départ, est quant à lui "
        "confirmé dans ses fonctions chez Globex.",
        "fr",
    ).events
    assert "role_held" in [e.type for e in events]


def test_a_headline_about_what_a_company_owns_is_about_the_owned_company() -> None:
    """In "Globex's Initech fined", the headline opens on the owner, but its news is about
    Initech.
    """
    text = "Globex's Initech fined £35m by watchdog\n\nThe regulator fined Initech on Monday."
    every = sentences(text)
    found = rule_mentions(text, every, "en")
    at = _headline_subject(text, fold(text), "en", every, found, [m.start for m in found])
    assert text.index("Initech") == at


def test_a_title_case_headline_names_what_the_body_names() -> None:
    """In a headline written in title case, capitals tell no name: its names are those the
    body writes the same way, so the headline's subject is found ("Initech To Buy Globex"),
    and its other capitalised words ("To Buy", "For") are none.
    """
    text = (
        "Initech To Buy Globex For $5 Billion In Cash\n\n"
        "Initech Corp said on Monday it would buy Globex. Globex makes printers. Initech "
        "said Globex would keep its name."
    )
    every = sentences(text)
    found = rule_mentions(text, every, "en")
    headline = [m.name for m in found if m.end <= text.index("\n")]
    assert headline == ["Initech", "Globex"]
    at = _headline_subject(text, fold(text), "en", every, found, [m.start for m in found])
    assert at == 0


def test_a_person_named_by_surname_in_a_title_case_headline_is_no_organisation() -> None:
    """In "Doe Welcomes Initech To Springfield", the body names Jane Doe in full later, so the
    headline's "Doe" is her surname, not a name of its own the focus could count.
    """
    text = (
        "Doe Welcomes Initech To The Springfield Region\n\n"
        "Governor Jane Doe said Initech would move there. Doe praised the company."
    )
    found = rule_mentions(text, sentences(text), "en")
    assert [m.name for m in found if m.end <= text.index("\n")] == ["Initech"]


@pytest.mark.parametrize(
    ("clause", "lang", "kind"),
    [
        ("initech was up 4.8 at usd 79.69", "en", CueType.RESULTS),
        ("hooli fell 1.9 percent to usd 54.57", "en", CueType.RESULTS),
        ("shares of globex are currently trading in pre-market at $29.10", "en", CueType.RESULTS),
        ("shares in globex jumped 11 percent", "en", CueType.RESULTS),
        ("he is also a board member of initech", "en", CueType.ROLE),
        ("the vice-chairman of its executive committee", "en", CueType.ROLE),
        ("globex is working with initech on a new car", "en", CueType.PARTNERSHIP),
        ("who previously had announced his retirement", "en", CueType.DEPARTURE),
        ("il partira a la retraite en juin", "fr", CueType.DEPARTURE),
        ("globex a l'intention d'explorer d'autres usages", "fr", CueType.PLAN),
        ("a smoker awarded $100 million in punitive damages", "en", CueType.LEGAL),
        ("globex was ordered to pay $22 million to a customer", "en", CueType.LEGAL),
        ("the jury found for the plaintiff", "en", CueType.LEGAL),
        ("5 000 euros de dommages et interets a chacun", "fr", CueType.LEGAL),
        ("dans l'objectif d'innover davantage", "fr", CueType.PLAN),
        ("doe will be taking over", "en", CueType.APPOINTMENT),
        ("globex took over initech", "en", CueType.ACQUISITION),
    ],
)
def test_more_words_of_company_news(clause: str, lang: str, kind: CueType) -> None:
    """A name's price move in a market report, a share trading at a price, a board seat, a
    vice-chair, working with another company, a retirement, and taking over with nothing
    after it (a successor) against taking over a company (a deal).
    """
    assert kind is _cue_kind(clause, lang)


def test_working_with_ones_own_company_is_no_partnership() -> None:
    """Having "been working with the company for 30 years" is a career, not a partnership."""
    assert _cue_kind("doe has been working with the company for 30 years", "en") is None


def test_news_told_over_its_subjects_name_is_one_event_dated_by_its_own_words() -> None:
    """In "Globex announced Thursday that its chief executive, Jane Doe, will be stepping down
    in January", one departure, quoted from the announcement, dated January (the departure's
    own date words), not Thursday (the announcement's).
    """
    events = _draft(
        "Globex announced Thursday that its chief executive officer, Jane Doe, will be "
        "stepping down in January.",
        "en",
    ).events
    assert [("person_departed", "January")] == [(e.type, e.when) for e in events]
    assert events[0].quote.startswith("Globex announced Thursday")


def test_a_day_right_after_a_verb_of_telling_is_in_the_past() -> None:
    """In "Globex said Tuesday it will add 400 jobs", Tuesday is the day it said so, the last
    Tuesday, though the complement is in the future.
    """
    found = tag("Globex said Tuesday it will add 400 jobs.", dt.date(2024, 3, 13), "en")
    spans = [t.span for t in found]
    assert [(dt.date(2024, 3, 12), dt.date(2024, 3, 13))] == [
        (s.start, s.end) for s in spans if s is not None
    ]


@pytest.mark.parametrize(
    "quote",
    [
        "Une levée de fonds est une procédure par laquelle une entreprise augmente son capital",
        "L’entreprise peut lever des fonds auprès de différents types d’investisseurs",
        "A startup can raise money from angels",
    ],
)
def test_a_definition_is_no_news(quote: str) -> None:
    """A general statement (an indefinite subject, or a company in general with a modal,
    naming nothing and no figure) defines; it tells no organisation's news.
    """
    assert _generic(quote, fold(quote))


@pytest.mark.parametrize(
    "quote",
    [
        "Une levée qui s’accompagne d’une nouvelle gouvernance",
        "Une levée de 5 millions est une première",
        "Une entreprise de Globex peut lever",
    ],
)
def test_a_particular_thing_is_not_a_definition(quote: str) -> None:
    """A subject made particular by a relative clause, a figure or a name is news."""
    assert not _generic(quote, fold(quote))


@pytest.mark.parametrize(
    ("text", "lang", "role", "org"),
    [
        (
            "Globex ferme son usine. « Le site est en perte », a indiqué Jean Dupont, le PDG, "
            "à nos confrères.",
            "fr",
            "PDG",
            "globex",
        ),
        (
            "Initech offered to buy Globex. Jane Doe, Initech's chairman and chief executive, "
            "said the deal was good.",
            "en",
            "chairman and chief executive",
            "initech",
        ),
        (
            "Initech offered to buy Globex. “We are happy,” said Jane Doe, Globex president"
            " and CEO.",
            "en",
            "president and CEO",
            "globex",
        ),
        (
            "Initech offered to buy Globex. “We are happy,” said Jane Doe, Initech’s executive"
            " vice president and chief financial officer.",
            "en",
            "executive vice president and chief financial officer",
            "initech",
        ),
        (
            "Globex Systems is big. Globex Systems' associate general counsel, Jane Doe, said no.",
            "en",
            "associate general counsel",
            "globex-systems",
        ),
        (
            "Initech offered to buy Globex. Jane Doe, who is president of Initech, spoke.",
            "en",
            "president",
            "initech",
        ),
        (
            "Globex Bank named a CEO. “He is great,” said Jane Doe, the bank’s lead"
            " independent director.",
            "en",
            "lead independent director",
            "globex-bank",
        ),
    ],
)
def test_a_role_in_apposition_after_a_name_is_a_role_held(
    text: str, lang: str, role: str, org: str
) -> None:
    """The appositions "Jean Dupont, le PDG," and "Jane Doe, Initech's chairman and chief
    executive," tell the role each holds, at the organisation named in the apposition or
    the one of the paragraph; a name before the title needs no "'s" ("Globex president and
    CEO"), a title may be ranked and joined to another ("executive vice president and
    chief financial officer"), the organisation's role may come before the name ("Globex
    Systems' associate general counsel, Jane Doe") and "who is" may open it.
    """
    held = [e.fields for e in _draft(text, lang).events if e.type == "role_held"]
    assert [(role, org)] == [(f["role"], f["organization"]) for f in held]


def test_a_sentence_opening_on_a_word_before_a_is_no_name() -> None:
    """In "Conformément à la loi", "à" is a preposition, not the verb "a" after a subject."""
    assert [] == _names("Conformément à la loi, l’entreprise cherche un repreneur.", "fr")


def test_a_cut_told_as_a_share_is_a_fact_of_its_own() -> None:
    """After "cut about 2800 jobs", "positions would be reduced by approximately 20 percent"
    is a second job cut with a figure of its own (20%), not the first one said again.
    """
    events = _draft(
        "Globex said it plans to cut about 2800 jobs. "
        "Corporate positions would be reduced by approximately 20 percent.",
        "en",
    ).events
    details = [e.fields["detail"] for e in events if e.type == "headcount_changed"]
    assert ["job cuts", "job cuts, by 20%"] == details


def test_investors_named_where_the_money_comes_from_or_before_also_participated() -> None:
    """After a round, "The new funding comes from A, B and C" lists investors, and so does
    "D and E also participated in the round, which was advised by F": the names before the
    closing words, without the adviser.
    """
    events = _draft(
        "Globex has raised $50 million. The new funding comes from Initech Capital, Hooli "
        "Ventures and Acme Partners. Vandelay Fund and Soylent Capital also participated in "
        "the funding round, which was advised by Pendant Bank.",
        "en",
    ).events
    lists = [e.fields["value"] for e in events if e.fields.get("attribute") == "investors"]
    assert [
        "Initech Capital, Hooli Ventures, Acme Partners",
        "Vandelay Fund, Soylent Capital",
    ] == lists


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        (
            "Globex nomme un PDG. Marie Durand, membre du comité stratégique d'Initech, "
            "démissionne quant à elle de sa fonction de censeur.",
            "fr",
            "censeur",
        ),
        (
            "Globex named a CEO. Jane Doe, a member of Initech's board, resigned as its chief "
            "financial officer.",
            "en",
            "chief financial officer",
        ),
    ],
)
def test_a_departure_is_told_from_its_subject_over_an_apposition(
    text: str, lang: str, role: str
) -> None:
    """A person, an apposition, then the verb of leaving ("démissionne", "resigned"): one
    departure of that person, quoted from the name, from the organisation in focus (the verb
    "démissionne" has its person before it, unlike the noun "la démission de").
    """
    departed = [e for e in _draft(text, lang).events if e.type == "person_departed"]
    assert [(role, "globex")] == [(e.fields["role"], e.fields["organization"]) for e in departed]
    assert text.split(". ")[1].startswith(departed[0].quote)


def test_the_noun_of_resignation_names_the_person_after_it() -> None:
    """The words "la démission de Marie Durand" tell her departure: the person after the noun."""
    events = _draft("Globex a annoncé la démission de Marie Durand, sa directrice générale.", "fr")
    departed = [e.fields for e in events.events if e.type == "person_departed"]
    assert [("marie-durand", "globex")] == [(f["person"], f["organization"]) for f in departed]


@pytest.mark.parametrize(
    ("clause", "lang", "kind"),
    [
        ("la maison sort aujourd'hui sa tres attendue premiere ligne", "fr", CueType.LAUNCH),
        ("50 millions sont apportes par initech capital", "fr", CueType.FUNDING),
        ("hooli qui rentre dans le capital en apportant 10 millions", "fr", CueType.FUNDING),
        ("la prise de participation d'initech au capital de la societe", "fr", CueType.ACQUISITION),
        ("sa filiale a egalement signe un accord avec initech", "fr", CueType.PARTNERSHIP),
    ],
)
def test_french_words_of_launches_rounds_and_stakes(clause: str, lang: str, kind: CueType) -> None:
    """The words "sort sa ligne" launch a product; money "apportés par" an investor and an investor
    entering the capital are a round; "une prise de participation" buys a stake; "signé un
    accord avec" another company is a partnership.
    """
    assert kind is _cue_kind(clause, lang)


def test_a_long_awaited_thing_is_not_in_the_future() -> None:
    """The words "très attendue" are an adjective (long-awaited), not "attendue" of a plan
    to come; the word before a pair is read as its context only.
    """
    assert verb_tense(["très", "attendue", "première"], "fr", context=1) is None
    assert verb_tense(["elle", "est", "attendue"], "fr", context=1) is Tense.FUTURE


def test_a_partnership_to_be_announced_by_its_parties_is_the_partnership() -> None:
    """In "Globex will announce a partnership with Initech on Thursday" and "Globex and
    Initech on Thursday will announce a partnership", its parties are named, so it is the
    partnership's news, not a plan.
    """
    told = _draft("Globex will announce a partnership with Initech on Thursday.", "en").events
    assert ["partnership_announced"] == [e.type for e in told]
    events = _draft(
        "Globex and Initech on Thursday will announce a partnership that gives their best "
        "customers VIP perks.",
        "en",
    ).events
    assert ["partnerships"] == [e.fields.get("attribute", e.type) for e in events]


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Middle-East-Africa", "place"), ("Latin America", "place"), ("Africa Holdings", "")],
)
def test_a_region_of_the_world_is_a_place(name: str, kind: str) -> None:
    """A name made only of the words of regions is a place, not a company."""
    assert kind == kind_of(name)


def test_a_city_before_a_state_is_no_subject() -> None:
    """In "the Springfield, Ore., company reported", Springfield is a city: the results are
    the company's in focus.
    """
    events = _draft(
        "Globex Systems reported its results on Tuesday. For the quarter, the Springfield, "
        "Ore., company reported net income of $95 million.",
        "en",
    ).events
    owners = {e.fields.get("organization") or e.fields.get("entity") for e in events}
    assert {"globex-systems"} == owners


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Revenue slipped 0.6% to $10.59 billion from $10.66 billion.", "results (revenue)"),
        ("Inventories rose 15% to $6.7 billion in the quarter.", "results (inventories)"),
        ("Globex shares at last check rose 8.6% to $126.97.", "results (share price)"),
    ],
)
def test_a_result_without_its_period_is_filed_under_its_metric(sentence: str, label: str) -> None:
    """A result whose period is not read stays a fact, labelled with what it measures (the
    first metric it names, or the metric noun it opens on), so that the state groups it.
    """
    events = _draft(f"Globex Systems reported its results on Tuesday. {sentence}", "en").events
    labels = [e.fields.get("attribute") for e in events if e.quote in sentence]
    assert [label] == labels


def test_returning_backers_are_investors() -> None:
    """After a round, "Company backers A, B and C returned for the round" lists investors."""
    events = _draft(
        "Globex has raised $58 million in a series B round. Company backers Initech Capital, "
        "Hooli Ventures and Acme Partners returned for the round.",
        "en",
    ).events
    lists = [e.fields["value"] for e in events if e.fields.get("attribute") == "investors"]
    assert ["Initech Capital, Hooli Ventures, Acme Partners"] == lists


def test_an_investors_share_of_a_round_is_no_round_of_its_own() -> None:
    """After "Globex lève 80 millions d'euros", "50 millions sont apportés par Initech
    Capital" and "Hooli Ventures rentre dans le capital en apportant 10 millions" tell who
    put what into that round: investors of Globex, not two more rounds (which would count
    the money twice) nor a round raised by Hooli.
    """
    events = _draft(
        "Globex lève 80 millions d'euros. 50 millions d'euros sont apportés par Initech "
        "Capital, et Hooli Ventures rentre dans le capital en apportant 10 millions d'euros.",
        "fr",
    ).events
    assert ["funding_raised"] == [e.type for e in events if e.type == "funding_raised"]
    shares = [
        (e.fields["entity"], e.fields["value"])
        for e in events
        if e.fields.get("attribute") == "investors"
    ]
    assert [
        ("globex", "Initech Capital (50 millions d'euros)"),
        ("globex", "Hooli Ventures (10 millions d'euros)"),
    ] == shares


def test_money_invested_in_a_company_is_its_round() -> None:
    """Money that "vient d'être investi dans" Globex is Globex's round."""
    events = _draft(
        "82 millions d'euros viennent d'être investis dans le spécialiste du logiciel Globex.",
        "fr",
    ).events
    rounds = [(e.fields["organization"], e.fields["amount"]) for e in events]
    assert [("globex", 82_000_000)] == rounds


# --- The limits of the rules above: news they must leave alone ---------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Globex traverse une crise. Une centaine de postes doivent être supprimés d'ici juin.",
            "fr",
            "plan_announced",
        ),
        ("Globex is in crisis. A hundred employees are being laid off.", "en", "headcount_changed"),
    ],
)
def test_a_figure_in_words_keeps_a_general_subject_news(text: str, lang: str, kind: str) -> None:
    """A number word ("une centaine", "a hundred") is a figure: the clause is news, no
    definition.
    """
    assert [kind] == [e.type for e in _draft(text, lang).events]


@pytest.mark.parametrize(
    ("clause", "lang", "kind"),
    [
        ("globex's valuation jumped 20% to $5 billion", "en", CueType.VALUATION),
        ("it issued new shares at $2 apiece", "en", None),
        ("globex a signe un accord de rachat avec initech", "fr", CueType.ACQUISITION),
        ("globex a conclu un accord de principe avec les syndicats sur le plan social", "fr",
         CueType.HEADCOUNT),
        ("the globex app works with initech phones", "en", None),
        ("globex bids for a government contract in springfield", "en", None),
        ("who previously had announced his retirement", "en", CueType.DEPARTURE),
        ("globex offers retirement savings accounts", "en", None),
    ],
)  # fmt: skip
def test_cues_that_must_not_catch_other_news(clause: str, lang: str, kind: CueType | None) -> None:
    """A valuation's move is no share price (a price per share has no word of millions),
    shares issued at a price are no result, an agreement to buy or with unions is no
    partnership, an app that works with phones, a bid for a contract and retirement savings
    are no company news of those kinds.
    """
    assert kind is _cue_kind(clause, lang)


def test_a_passive_after_will_be_keeps_its_future() -> None:
    """In "The merger will be announced Friday", Friday is the day to come, not the one before."""
    found = tag("The merger will be announced Friday.", dt.date(2024, 3, 12), "en")
    spans = [t.span for t in found]
    assert [dt.date(2024, 3, 15)] == [s.start for s in spans if s is not None]


@pytest.mark.parametrize(
    ("text", "lang", "fields"),
    [
        (
            "Initech racheté par Globex pour 50 millions d'euros.",
            "fr",
            {"acquirer": "globex", "target": "initech"},
        ),
        (
            "Initech acquired by Globex for $50 million.",
            "en",
            {"acquirer": "globex", "target": "initech"},
        ),
    ],
)
def test_a_headlines_passive_without_its_auxiliary(
    text: str, lang: str, fields: dict[str, str]
) -> None:
    """In "Initech racheté par Globex", the participle before "par"/"by" is a passive, so the
    name before it is the target and the one after the acquirer.
    """
    deals = [e.fields for e in _draft(text, lang).events if e.type == "acquisition_announced"]
    assert [fields] == [{k: d[k] for k in fields} for d in deals]


def test_a_speaker_before_a_closing_list_is_no_investor() -> None:
    """In "Hooli said Initech also participated in the round, advised by Acme", only the
    list right before the closing words (Initech) invested.
    """
    events = _draft(
        "Globex has raised $50 million. Hooli said Initech Capital also participated in the "
        "round, advised by Acme Partners.",
        "en",
    ).events
    lists = [e.fields["value"] for e in events if e.fields.get("attribute") == "investors"]
    assert ["Initech Capital"] == lists


def test_an_investor_entering_another_companys_capital_funds_that_company() -> None:
    """When "Hooli entre au capital d'Initech", Initech is funded, not the company of the round
    told in an earlier paragraph.
    """
    events = _draft(
        "Globex a levé 10 millions d'euros en 2020.\n\nPar ailleurs, Hooli entre au capital "
        "d'Initech en apportant 5 millions d'euros.",
        "fr",
    ).events
    shares = [e.fields["entity"] for e in events if e.fields.get("attribute") == "investors"]
    assert ["initech"] == shares


def test_a_share_elsewhere_in_the_clause_is_no_cut_by_a_share() -> None:
    """In "Globex will cut 200 jobs after sales fell by 15 percent", the share is the sales',
    not the cut's.
    """
    events = _draft("Globex will cut 200 jobs after sales fell by 15 percent.", "en").events
    assert ["job cuts"] == [e.fields.get("detail") for e in events]


def test_an_intended_partnership_is_a_plan() -> None:
    """The words "prévoit de nouer un partenariat" are an intention: a plan."""
    events = _draft("Globex prévoit de nouer un partenariat avec Initech en juin.", "fr").events
    assert ["plan_announced"] == [e.type for e in events]


def test_a_role_in_apposition_stops_before_a_former_one() -> None:
    """Of "Jane Doe, chair of Initech's board and former CEO of Hooli,", the role held is the
    first.
    """
    events = _draft(
        "Initech raised $5 million. Jane Doe, chair of Initech's board and former CEO of "
        "Hooli, said the round went well.",
        "en",
    ).events
    roles = [e.fields["role"] for e in events if e.type == "role_held"]
    assert ["chair of Initech's board"] == roles


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Selon le Directeur Général, Globex va bien.", "fr", [("Globex", "")]),
        ("Jane Doe, Ore. native, joined Globex.", "en", [("Jane Doe", "person"), ("Globex", "")]),
    ],
)
def test_a_title_alone_and_a_person_before_a_state_keep_their_kind(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    """The words "Directeur Général" are a title, not a name "Général"; a person's name before a
    state's abbreviation stays a person.
    """
    assert expected == [(m.name, m.kind) for m in rule_mentions(text, sentences(text), lang)]


@pytest.mark.parametrize(
    ("clause", "metric"),
    [
        ("la dette de globex a baisse de 5 %", "dette"),
        ("le cours de la bauxite a monte de 3 %", None),
        ("stock of cash rose to $2 billion", None),
    ],
)
def test_the_metric_of_a_result_after_a_determiner(clause: str, metric: str | None) -> None:
    """The metric noun after a determiner is found ("La dette"); the price of a commodity
    and a stock of cash are no share price.
    """
    assert metric == metric_named(clause)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drug major Sun Initech today said it completed the deal.", ["Sun Initech"]),
        ("The meeting is on Sun. 12 May at noon.", []),
        ("Globex will report on Wed March 5.", ["Globex"]),
    ],
)
def test_a_short_date_word_opening_a_name(text: str, expected: list[str]) -> None:
    """A day's or a month's abbreviation before a capitalised word opens a name ("Sun
    Pharmaceutical"); before a stop, a number or a month it is a date.
    """
    assert expected == _names(text, "en")


@pytest.mark.parametrize(("name", "kind"), [("Chine", "place"), ("United States", "place")])
def test_a_country_is_a_place(name: str, kind: str) -> None:
    """A country is a place, never the organisation in focus."""
    assert kind == kind_of(name)


def test_a_surname_is_the_persons_before_a_company_ending_on_it() -> None:
    """The word "Ricard" alone is Jean Ricard's surname, not the end of the company "Globex Ricard"
    named before him: the company stays the organisation in focus.
    """
    events = _draft(
        "Globex Ricard publie ses résultats\n\nGlobex Ricard a vu sa croissance accélérer. "
        "« Nous sommes confiants », a déclaré son PDG Jean Ricard. Selon Ricard, le chiffre "
        "d'affaires de 2019 a progressé de 5 % à 9 milliards d'euros.",
        "fr",
    ).events
    owners = {e.fields.get("organization") or e.fields.get("entity") for e in events}
    assert "globex-ricard" in owners
    assert owners <= {"globex-ricard", "jean-ricard"}


@pytest.mark.parametrize(
    ("clause", "lang", "kind"),
    [
        ("thierry durand, le drh", "fr", CueType.ROLE),
        ("cash reserves drop to $1m", "en", CueType.RESULTS),
    ],
)
def test_a_human_resources_director_and_cash_reserves(
    clause: str, lang: str, kind: CueType
) -> None:
    """A DRH is a role; cash reserves are a result."""
    assert kind is _cue_kind(clause, lang)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Drug major Sun Initech today said it completed the deal.", ["today"]),
        ("We met on Sun, Dec 18.", ["Sun, Dec 18"]),
        ("The meeting is on Sun. 12 May.", ["Sun", "12 May"]),
    ],
)
def test_a_days_abbreviation_opening_a_name_is_no_date(text: str, dates: list[str]) -> None:
    """The tagger leaves "Sun" out when a capitalised word that is no month follows it ("Sun
    Initech"): a name, not a Sunday.
    """
    assert dates == [t.text for t in tag(text, dt.date(2016, 12, 20), "en")]


def test_a_title_in_capitals_is_no_name() -> None:
    """In "Jean Dupont, le DRH", the acronym of a title names no organisation."""
    assert ["Jean Dupont"] == _names("Jean Dupont, le DRH, recrute.", "fr")


@pytest.mark.parametrize(
    ("text", "lang", "full", "short"),
    [
        (
            "Globex will pay $70 million, the Federal Widget Commission said on Monday. "
            '"Buyers are protected," FWC Chairman John Smith said.',
            "en",
            "Federal Widget Commission",
            "FWC",
        ),
        (
            "La Compagnie Générale des Gadgets a racheté mardi la société Globex. « Globex "
            "complète notre offre », a déclaré la CGG.",
            "fr",
            "Compagnie Générale des Gadgets",
            "CGG",
        ),
    ],
)
def test_an_acronym_is_the_body_whose_initials_it_spells(
    text: str, lang: str, full: str, short: str
) -> None:
    """An acronym that spells a longer name's initials (function words left out or not) is that
    body named short: one entity, with the acronym among its aliases.
    """
    entities = {e.name: e for e in _draft(text, lang).entities}
    assert short not in entities
    assert short in entities[full].aliases


def test_an_acronym_spelling_no_name_stays_an_entity_of_its_own() -> None:
    """An acronym that spells only the start of a name's initials ("GWC", "Globex Widgets")
    is another body.
    """
    entities = {
        e.name: e
        for e in _draft(
            "Globex Widgets a été rachetée par Initech. Le GWC a approuvé mardi l'opération.", "fr"
        ).entities
    }
    assert "GWC" in entities
    assert "GWC" not in entities["Globex Widgets"].aliases


@pytest.mark.parametrize(
    ("text", "lang", "words", "start"),
    [
        (
            "Sales reached $216 million, against $204 million in the second quarter of last year.",
            "en",
            "the second quarter of last year",
            dt.date(2016, 4, 1),
        ),
        (
            "Le bénéfice atteint 5 millions, contre 4 au deuxième trimestre de l'année dernière.",
            "fr",
            "deuxième trimestre de l'année dernière",
            dt.date(2016, 4, 1),
        ),
    ],
)
def test_a_quarter_of_last_year_is_read_whole(
    text: str, lang: str, words: str, start: dt.date
) -> None:
    """The tagger reads "the second quarter of last year" as one date, the quarter of the year
    before publication, not as this year's second quarter.
    """
    dated = [(t.text, t.span.start) for t in tag(text, dt.date(2017, 8, 9), lang) if t.span]
    assert dated == [(words, start)]


def _results(text: str, lang: str) -> list[tuple[str | None, object, str | None]]:
    """The (metric or label, value, date words) of a draft's results, in order."""
    return [
        (e.fields.get("metric") or e.fields.get("attribute"), e.fields.get("value"), e.when)
        for e in _draft(text, lang).events
        if e.type == "results_reported" or str(e.fields.get("attribute", "")).startswith("result")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "base"),
    [
        (
            "Globex reported results on Wednesday.\n\nEarnings were $48.9 million or 71 cents a"
            " share, compared with $54.7 million or 79 cents per share a year ago.",
            "en",
            ("earnings", 54_700_000, "a year ago"),
        ),
        (
            "Globex reported results.\n\nSales increased to $594.2 million this year from $563.1"
            " million last year.",
            "en",
            ("revenue", 563_100_000, "last year"),
        ),
        (
            "Globex a publié ses comptes.\n\nLe chiffre d'affaires atteint 3 millions d'euros en"
            " 2024, contre 2 millions d'euros en 2023.",
            "fr",
            ("revenue", 2_000_000, "2023"),
        ),
    ],
)
def test_the_base_of_a_comparison_is_a_result_of_its_own_period(
    text: str, lang: str, base: tuple[str, int, str]
) -> None:
    """Words of comparison ("compared with", "from" before an amount, "contre") open the base
    of a comparison: a result of the same metric, its own figure, dated by its own words.
    """
    assert base in _results(text, lang)


def test_a_comparison_dates_neither_the_figure_it_follows_nor_a_clause_without_an_amount() -> None:
    """The base's date words are not the period of the figure compared with it, and "from"
    not followed by an amount opens no base.
    """
    found = _results(
        "Globex reported results.\n\nRailway tie sales were $214.2 million, compared with $216.3"
        " million in sales in the second quarter of last year.",
        "en",
    )
    assert "214.2" in str(found[0][1])
    assert found[0][2] is None
    assert found[1] == ("revenue", 216_300_000, "the second quarter of last year")
    assert _results(
        "Globex reported results.\n\nSales reached $5 million in 2024, from stores opened in 2019.",
        "en",
    ) == [("revenue", 5_000_000, "2024")]


@pytest.mark.parametrize(
    ("text", "lang", "base"),
    [
        (
            "Globex a publié ses comptes.\n\nLe groupe a enregistré un bénéfice net de 72"
            " millions d'euros en 2024, contre 59 millions d'euros l'année précédente.",
            "fr",
            "contre 59 millions d'euros l'année précédente",
        ),
        (
            "Globex a publié ses comptes.\n\nLe chiffre d'affaires atteint 2,77 milliards"
            " d'euros en 2024, contre 2,28 milliards un an auparavant.",
            "fr",
            "contre 2,28 milliards un an auparavant",
        ),
        (
            "Globex reported results.\n\nOperating income was $19.8 million in 2024, compared"
            " with $6.8 million in the prior year.",
            "en",
            "compared with $6.8 million in the prior year",
        ),
    ],
)
def test_the_base_of_a_comparison_with_an_earlier_period_told_by_distance_is_undated(
    text: str, lang: str, base: str
) -> None:
    """A base whose period is told by its distance to the figure ("the prior year", "un an
    auparavant") and not by date words that resolve is a result of its own, of an earlier,
    unknown day: anchored before, with the metric of the figure it is compared with, even
    without its currency.
    """
    events = _draft(text, lang).events
    found = [e for e in events if e.quote == base]
    assert [(e.type, e.when, e.anchor) for e in found] == [("fact_asserted", None, "before")]
    assert str(found[0].fields["attribute"]).startswith("results (")
    compared = max((e for e in events if e.start < found[0].start), key=lambda e: e.start)
    assert compared.when == "2024"  # the figure compared with keeps its own period


@pytest.mark.parametrize(
    ("text", "lang", "level"),
    [
        (
            "Globex a publié ses comptes.\n\nLe chiffre d'affaires est en progression de 21,4 %,"
            " à 2,77 milliards d'euros.",
            "fr",
            "2,77 milliards",
        ),
        (
            "Globex reported results.\n\nIts revenue rose 12 percent, to $3.1 billion.",
            "en",
            "$3.1 billion",
        ),
    ],
)
def test_the_level_a_change_in_percent_reaches_is_of_the_same_clause(
    text: str, lang: str, level: str
) -> None:
    """A comma between a change in percent and the level it reaches ("up 12 percent, to $3.1
    billion") does not cut the clause: the result keeps its figure.
    """
    quotes = [e.quote for e in _draft(text, lang).events]
    assert any("%" in q or "percent" in q for q in quotes)
    assert [q for q in quotes if level in q and ("%" in q or "percent" in q)]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        (
            "Globex a publié ses comptes.\n\nGlobex a vu son chiffre d'affaires progresser de 17 %"
            " au premier semestre, pour atteindre 805 millions d'euros.",
            "fr",
            805_000_000,
        ),
        (
            "Globex a publié ses comptes.\n\nDe janvier à juin 2019, Globex a connu une hausse de"
            " 5 % de son chiffre d'affaires, à plus de 9 milliards d'euros.",
            "fr",
            9_000_000_000,
        ),
        (
            "Globex reported results.\n\nGlobex's revenue grew in the first half of 2019,"
            " reaching $2.5 billion.",
            "en",
            2_500_000_000,
        ),
    ],
)
def test_a_level_reached_after_a_comma_is_the_figure_of_the_clause_before(
    text: str, lang: str, value: int
) -> None:
    """'…, pour atteindre 805 millions', '…, reaching $2.5 billion', and '…, à plus de 9
    milliards' after a change in percent somewhere in the clause: the level is the result.
    """
    assert [("revenue", value)] == [(m, v) for m, v, _ in _results(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "metric", "value"),
    [
        (
            "Globex publie ses comptes.\n\nSon résultat net 2022 atteint 74 millions d'euros.",
            "fr",
            "net profit",
            74_000_000,
        ),
        (
            "Globex reported results.\n\nGlobex said its 2022 revenue was $74 million.",
            "en",
            "revenue",
            74_000_000,
        ),
    ],
)
def test_a_year_beside_the_metric_is_its_period(
    text: str, lang: str, metric: str, value: int
) -> None:
    """A bare year right after the metric ('résultat net 2022') or before it ('2022
    revenue') is the period of the figure, which makes the figure a result.
    """
    events = [e for e in _draft(text, lang).events if e.type == "results_reported"]
    assert [(metric, value, "2022")] == [
        (e.fields["metric"], e.fields["value"], e.fields["period"]) for e in events
    ]


def test_a_year_after_the_publication_beside_a_metric_is_no_period() -> None:
    """'son chiffre d'affaires 2030' in an article of 2024 is a target, not a period reported
    on: no result is drafted for it.
    """
    text = (
        "Globex publie ses comptes.\n\nSon chiffre d'affaires 2030 atteindra 74 millions d'euros."
    )
    assert [] == [e for e in _draft(text, "fr").events if e.type == "results_reported"]


@pytest.mark.parametrize(
    ("clause", "lang", "kind"),
    [
        ("95 emplois devraient etre crees durant la premiere annee", "fr", CueType.HEADCOUNT),
        ("la creation de 120 emplois", "fr", CueType.HEADCOUNT),
        ("500 jobs will be created", "en", CueType.HEADCOUNT),
        ("globex a ete creee en 2015", "fr", CueType.FOUNDED),
        ("the company was created in 2010", "en", CueType.FOUNDED),
    ],
)
def test_jobs_created_are_hires_and_a_company_created_a_founding(
    clause: str, lang: str, kind: CueType
) -> None:
    """Jobs "créés" or "created" are hires; a company "créée" or "created" is a founding."""
    assert kind is _cue_kind(clause, lang)


@pytest.mark.parametrize(
    ("clause", "lang"),
    [
        ("47 personnes ont également été embauchées", "fr"),
        ("150 personnes travaillent désormais sur le site", "fr"),
        ("le site, qui occupe 340 personnes", "fr"),
        ("the plant, where 300 people work", "en"),
        ("1,200 employees will work at the new campus", "en"),
    ],
)
def test_people_hired_or_working_somewhere_are_a_headcount(clause: str, lang: str) -> None:
    """People "embauchées", "N personnes travaillent", a site that "occupe N personnes" and
    "where N people work" tell a headcount.
    """
    assert _cue_kind(clause, lang) is CueType.HEADCOUNT


def test_jobs_to_be_created_are_a_hiring_of_that_many() -> None:
    """Jobs to be created ("95 emplois devraient être créés") are a change of 95 by hiring, not
    a headcount of 95.
    """
    events = _draft(
        "Globex construit une usine.\n\nGlobex va investir 10 millions d'euros. 95 emplois"
        " devraient être créés durant la première année.",
        "fr",
    ).events
    found = [e.fields for e in events if e.type == "headcount_changed"]
    assert {"organization": "globex", "detail": "hiring", "change": 95} in found


@pytest.mark.parametrize(
    ("text", "lang", "amount"),
    [
        (
            "Globex lève des fonds\n\nGlobex a annoncé mardi avoir complété sa troisième levée de"
            " fonds, portée à 30 millions d'euros, pour recruter.",
            "fr",
            (30_000_000, "EUR"),
        ),
        (
            "Globex raises money\n\nGlobex closed a Series B round on Monday, totalling $5"
            " million, to hire engineers.",
            "en",
            (5_000_000, "USD"),
        ),
    ],
)
def test_a_rounds_amount_told_in_the_segment_after_it(
    text: str, lang: str, amount: tuple[int, str]
) -> None:
    """A round whose clause names no amount takes the one of the segment after it, when that
    segment says what the round came to ("portée à", "totalling").
    """
    rounds = [e.fields for e in _draft(text, lang).events if e.type == "funding_raised"]
    assert [(r["amount"], r["currency"]) for r in rounds] == [amount]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Le groupe Globex/Initech a signé jeudi l'accord.", ["Globex/Initech"]),
        ("Le brasseur AB/Hooli et Acme-Initech aussi.", ["AB/Hooli", "Acme-Initech"]),
    ],
)
def test_names_joined_by_a_slash_are_one_name(text: str, names: list[str]) -> None:
    """Two capitalised words joined by a slash without spaces name one body, as a hyphen
    does (a press group named after its two founders, "Globex/Initech").
    """
    assert names == _names(text, "fr")


@pytest.mark.parametrize(
    "clause",
    [
        "globex reported second-quarter results on wednesday",
        "globex will publish its annual results",
        "shares of globex shot up 8% after hours",
    ],
)
def test_results_announced_and_a_share_price_shooting_up_are_results(clause: str) -> None:
    """Results named by their period ("second-quarter results", "annual results") and a share
    price that "shot up" are cues of results.
    """
    assert _cue_kind(clause, "en") is CueType.RESULTS


def test_results_reported_without_a_figure_are_still_news() -> None:
    """Results reported without a figure ("Globex reported second-quarter results on
    Wednesday") are a fact of results, dated by their day.
    """
    events = _draft(
        "Globex posts results\n\nGlobex reported second-quarter results on Wednesday.", "en"
    ).events
    assert [(e.fields.get("attribute"), e.when) for e in events] == [("results", "Wednesday")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The bank said Jane Q. Doe, its chief executive, will retire.", "Jane Q. Doe"),
        ("He will be replaced by H. John Smith Jr., a board member.", "H. John Smith Jr"),
    ],
)
def test_a_name_with_an_initial_is_one_persons_name(text: str, name: str) -> None:
    """A middle or leading initial ("Jane Q. Doe", "H. John Smith") does not cut a name in
    two, and the name is a person's by the given name after a leading initial.
    """
    found = {m.name: m.kind for m in rule_mentions(text, sentences(text), "en")}
    assert found.get(name) == "person"
    assert not any(n != name and n in name for n in found)


def test_two_years_joined_are_one_date_from_the_first_to_the_second() -> None:
    """The tagger reads "2018-2019" and "2018/19" as one date running over both years, not
    as two dates.
    """
    dated = [
        (t.text, t.span.start, t.span.end)
        for t in tag("La marge progresse en 2018-2019, puis en 2020/21.", dt.date(2021, 9, 1), "fr")
        if t.span
    ]
    assert dated == [
        ("2018-2019", dt.date(2018, 1, 1), dt.date(2020, 1, 1)),
        ("2020/21", dt.date(2020, 1, 1), dt.date(2022, 1, 1)),
    ]


def test_a_currency_sign_before_a_figure_names_nothing() -> None:
    """The letters of a currency's sign ("US$", "HK$") are no name."""
    assert _names(
        "US$2 million of the fine will go to Globex; HK$3bn came from Initech.", "en"
    ) == [
        "Globex",
        "Initech",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Globex opens plant\n\nGlobex said on Monday that the Springfield plant will hire 120"
        " workers.",
        "Globex opens plant\n\nThe Globex plant will hire 120 workers, Globex said.",
    ],
)
def test_the_place_of_a_site_is_not_the_subject_of_its_news(text: str) -> None:
    """A name between "the" and a site's noun ("the Springfield plant") says where the site
    is: the news of the site is the company's.
    """
    found = [e.fields for e in _draft(text, "en").events if e.type == "headcount_changed"]
    assert found == [{"organization": "globex", "detail": "hiring", "change": 120}]


def test_a_career_told_in_one_sentence_is_one_appointment_per_role_and_date() -> None:
    """A career told in one sentence ("joined Globex in 2005 as its controller before being
    named treasurer in 2012 and COO in 2019") is one appointment per role, each dated.
    """
    events = _draft(
        "Globex names CFO\n\nGlobex named Jane Doe chief financial officer on Monday. Doe joined"
        " Globex in 2005 as its controller before being named treasurer in 2012 and COO in 2019.",
        "en",
    ).events
    steps = [
        (e.fields["role"], e.when)
        for e in events
        if e.type == "person_appointed" and e.fields.get("person") == "jane-doe"
    ]
    assert steps == [
        ("chief financial officer", "Monday"),
        ("controller", "2005"),
        ("treasurer", "2012"),
        ("COO", "2019"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Globex results\n\nGlobex reported revenue of $20 million in 2024, against $5 million"
        " spent on research in 2023.",
        "Globex results\n\nGlobex reported revenue of $20 million in 2024, against $18 million"
        " expected by analysts in January.",
        "Globex results\n\nGlobex said net income rose to $20 million from $15 million in the"
        " first quarter.",
    ],
)
def test_a_figure_spent_expected_or_of_the_same_period_is_no_base(text: str) -> None:
    """After a word of comparison, a sum spent or expected, or one dated as the figure it is
    compared with, is no result of an earlier period.
    """
    assert len(_results(text, "en")) == 1


def test_an_acronym_is_no_alias_of_a_persons_name() -> None:
    """An acronym names a body, not a person, though "HP" spells Hélène Petit's initials."""
    entities = {
        e.id: e
        for e in _draft(
            "Hélène Petit, directrice générale de Globex, a signé un accord avec HP. HP a acquis"
            " Globex pour 2 millions d'euros.",
            "fr",
        ).entities
    }
    assert "hp" in entities
    assert "HP" not in entities["helene-petit"].aliases


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Globex closed its Series B. Jane Doe, its chief executive, said so.", ["Jane Doe"]),
        ("The rating was cut to grade B. Globex said it would cut jobs.", ["Globex"]),
    ],
)
def test_a_capital_letter_ending_a_sentence_is_no_initial(text: str, names: list[str]) -> None:
    """A letter closing a sentence ("Series B.", "grade B.") is joined to no name after it:
    an initial is one inside a person's name.
    """
    found = _names(text, "en")
    assert names[0] in found
    assert not any(n != names[0] and n.endswith(names[0]) for n in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Globex raises\n\nGlobex a bouclé une levée de fonds, portée par le fonds Initech.", "fr"),
        (
            "Globex raises\n\nGlobex raised a new round led by Initech, valued at $500 million.",
            "en",
        ),
    ],
)
def test_a_segment_after_a_round_gives_its_amount_only_when_it_says_so(
    text: str, lang: str
) -> None:
    """The segment after a round names who led it ("portée par") or its valuation ("valued
    at"): neither is the round's amount.
    """
    assert all(
        "amount" not in e.fields for e in _draft(text, lang).events if e.type == "funding_raised"
    )


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Audi launched the RS 5 and the RS 3", "en", []),
        ("Shares fell to Rs 958 on the BSE", "en", [(958, "INR")]),
        ("Globex raised$5 million.", "en", [(5_000_000, "USD")]),
    ],
)
def test_rupees_are_written_rs_and_a_sign_needs_no_space(
    text: str, lang: str, found: list[tuple[int, str]]
) -> None:
    """Rupees are written "Rs" ("RS 5" is a car); a sign glued to the word before reads."""
    assert [(a.value, a.currency) for a in amounts(text, lang)] == found


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Springfield Governor Jane Doe announced the plant.", "en", ["Springfield", "Jane Doe"]),
        ("Mayor Jane Doe and Senator John Roe spoke.", "en", ["Jane Doe", "John Roe"]),
        ("Finalement, le tribunal de commerce a retenu Globex.", "fr", ["Globex"]),
        ("Eventually, Globex agreed.", "en", ["Globex"]),
        ("Clément, le PDG de Globex, a parlé.", "fr", ["Clément", "Globex"]),
    ],
)
def test_political_titles_and_opening_adverbs_are_no_part_of_a_name(
    text: str, lang: str, names: list[str]
) -> None:
    """A governor's, a mayor's or a senator's title is cut off the name, and an adverb opening
    a sentence before a comma ("Finalement,", "Eventually,") is no name; a given name is.
    """
    assert names == _names(text, lang)


def test_a_division_of_the_company_is_not_the_subject_of_its_figures() -> None:
    """A name after "la division" names a part of the company: its results are the
    company's, under a metric of the part, so that they do not stand for the company's own.
    """
    events = _draft(
        "Globex publie ses ventes\n\nLe chiffre d'affaires de Globex atteint 805 M€ au premier"
        " semestre 2017. La division Outillage a vu son chiffre d'affaires progresser de 19 %,"
        " à 300 M€ au premier semestre 2017.",
        "fr",
    ).events
    owners = [e.fields.get("organization") or e.fields.get("entity") for e in events]
    assert owners == ["globex", "globex"]
    assert [e.fields.get("metric") for e in events] == ["revenue", "revenue of Outillage"]


@pytest.mark.parametrize("titles", ["Founder and CEO", "CEO", "President, Founder and CEO"])
def test_the_speaker_after_a_company_and_its_titles_is_the_person(titles: str) -> None:
    """The speaker after a company and its titles ("said Initech Founder and CEO John Roe")
    is the person, who speaks for the company, whatever titles are joined between them.
    """
    events = _draft(
        f'Globex buys Initech\n\n"We are glad," said Initech {titles} John Roe.', "en"
    ).events
    said = [
        (e.fields["speaker"], e.fields["organization"]) for e in events if e.type == "stance_stated"
    ]
    assert said == [("john-roe", "initech")]


@pytest.mark.parametrize(
    ("sentence", "lang", "label"),
    [
        ("Its shares closed on Tuesday up 3.1% at $116.87.", "en", "results (share price)"),
        ("Net debt declined 4.0 percent in the first half of 2025.", "en", "results"),
        (
            "It posted a loss of $23 million for the three months through June.",
            "en",
            "results (net loss)",
        ),
        (
            "Exports showed decreases of 3.8 percent in the first half of 2025.",
            "en",
            "results (exports)",
        ),
        (
            "L'endettement net du groupe est en baisse de 32% au 30 juin 2025.",
            "fr",
            "results (endettement)",
        ),
        ("Le groupe avait 300 millions d'euros de dettes en 2015.", "fr", "events"),
        ("Le site produit depuis 2019 300 kg par jour.", "fr", "events"),
        ("In 2015 it paid $5 million for a building.", "en", "events"),
    ],
)
def test_a_dated_clause_with_a_measured_figure_is_a_result(
    sentence: str, lang: str, label: str
) -> None:
    """A dated clause without a cue, whose figure (a share or money) comes with what it
    measures or how it moved, is filed as a result, under its metric when it names one; a
    figure without either, or a clause without a share or money, stays a dated event.
    """
    lead = (
        "Globex Corp. said on Monday it would hire."
        if lang == "en"
        else "Globex a annoncé lundi des embauches."
    )
    events = _draft(f"Globex news\n\n{lead} {sentence}", lang, dt.date(2025, 9, 30)).events
    assert [e.fields.get("attribute") for e in events if e.quote in sentence] == [label]


@pytest.mark.parametrize(
    ("sentence", "lang", "topic"),
    [
        ("Globex plans to hire fewer people next year.", "en", "headcount"),
        ("Globex prévoit de finaliser le rachat d'Initech à l'automne.", "fr", "acquisitions"),
        ("Globex expects revenue to grow next year.", "en", "results"),
        ("Globex will continue to grow next year.", "en", None),
    ],
)
def test_a_plan_is_given_the_topic_of_the_news_it_plans(
    sentence: str, lang: str, topic: str | None
) -> None:
    """A plan takes as its topic the kind of the first cue of company news in its clause
    (people hired, a company bought, a result), and none when it plans no such news.
    """
    plans = [
        e for e in _draft(f"Globex news\n\n{sentence}", lang).events if e.type == "plan_announced"
    ]
    assert [p.fields.get("topic") for p in plans] == [topic]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Montréal", "place"),
        ("Boulogne-Billancourt", "place"),
        ("Silicon Valley", "place"),
        ("British Columbia", "place"),
        ("U.S.", "place"),
        ("Globex", ""),
        ("Marc Durand", "person"),
        ("Jane County Development Authority", ""),
        ("Paul Allen Foundation", ""),
    ],
)
def test_states_provinces_and_cities_are_places(name: str, kind: str) -> None:
    """A state, a province, a city or a country's abbreviation is a place; a company's name
    and a person's are not, nor an institution's that opens on a given name.
    """
    assert kind_of(name) == kind


def test_the_place_names_are_folded_and_none_is_a_given_name() -> None:
    """The list of places holds folded names only, and none that would also make a person
    of a name opening on it.
    """
    assert len(PLACE_NAMES) > 1000
    assert all(fold(n) == n == n.strip() for n in PLACE_NAMES)
    assert not PLACE_NAMES & GIVEN_NAMES


def test_a_place_is_never_the_product_launched() -> None:
    """The name after a launch's verb that is a place ("lancé des projets au Maroc") is
    where, and never becomes a product.
    """
    result = _draft(
        "Globex news\n\nGlobex a lancé de nouveaux projets dans différentes régions du Maroc.",
        "fr",
    )
    assert [e for e in result.events if e.type == "product_released"] == []
    assert "product" not in {e.kind for e in result.entities}


def test_an_apposition_describing_a_place_is_no_news() -> None:
    """An apposition after a place ("à Lyon, la capitale des Gaules") describes the place,
    not an organisation of the article: no description is drafted; one after a company is.
    """
    events = _draft(
        "Globex news\n\nGlobex ouvre un bureau à Lyon, la capitale des Gaules. Initech, le"
        " leader du secteur, ouvre aussi un bureau.",
        "fr",
    ).events
    described = [e.fields["entity"] for e in events if e.fields.get("attribute") == "description"]
    assert described == ["initech"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The latest round takes funding to $53m since launch last January.",
        "It brought its funding to $53 million.",
    ],
)
def test_funding_taken_to_a_sum_is_the_total_raised_not_a_round(sentence: str) -> None:
    """A round that "takes funding to $53m" tells what the company has raised in all: a
    total raised to date, not a second round whose money the total would count twice.
    """
    events = _draft(f"Globex news\n\nGlobex raised $40m in a Series B round. {sentence}", "en")
    kinds = [(e.type, e.fields.get("attribute")) for e in events.events]
    assert kinds == [("funding_raised", None), ("fact_asserted", "total raised to date")]


def test_a_result_set_against_the_one_before_is_a_result_of_its_own() -> None:
    """A clause "..., while sales of parts were stable at $27.1 million" opens on a
    subordinating word, but has its own metric and figure: a second result.
    """
    found = _results(
        "Globex reported results.\n\nSales of printers remained stable at $153.2 million,"
        " while sales of parts remained stable at $27.1 million.",
        "en",
    )
    assert [value for _, value, _ in found] == [
        "Sales of printers remained stable at $153.2 million",
        "while sales of parts remained stable at $27.1 million",
    ]


def test_a_contrast_without_a_figure_is_still_part_of_the_statement() -> None:
    """A clause opening on "while" with a metric's word but no figure ("while revenue
    matters more") stays no result of its own.
    """
    found = _results(
        "Globex reported results.\n\nSales of printers rose 4 percent, while revenue matters"
        " more to investors.",
        "en",
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Retail revenue, including online orders, increased 9.5 percent.",
        "Printer sales rose 3 percent; parts revenue, excluding services, increased 9.5 percent.",
    ],
)
def test_a_metric_and_its_verb_across_an_aside_are_one_result(sentence: str) -> None:
    """A metric opening a clause without a determiner, an aside ("including online
    orders"), then the metric's verb: one result, with its figure.
    """
    found = _results(f"Globex reported results.\n\n{sentence}", "en")
    values = [str(value) for _, value, _ in found]
    assert any("9.5 percent" in v and ("including" in v or "excluding" in v) for v in values)


def test_an_item_of_a_list_is_a_statement_not_a_heading() -> None:
    """A release's bullets have no final stop, like headings, but each states a fact
    ("• Résultat net 2024 en hausse de 27 % à 74 M€"); a short line without a bullet
    stays a heading that gives no event.
    """
    text = (
        "Globex : une année record\n\nGlobex publie ses comptes annuels.\n\n"
        "• Résultat net 2024 en forte hausse de 27 % à 74 M€\n\n"
        "Résultat net 2024 en forte hausse\n\nLe groupe confirme ses objectifs."
    )
    quotes = [e.quote for e in _draft(text, "fr", dt.date(2025, 3, 14)).events]
    assert any(q.startswith("Résultat net 2024 en forte hausse de 27 %") for q in quotes)
    assert "Résultat net 2024 en forte hausse" not in quotes


def test_a_country_ending_a_companys_name_is_no_surname() -> None:
    """A company "Globex France" named before "en France" is a company with its country, not a
    person named again by a surname: it stays the organisation in focus, the subject of
    news told without a name.
    """
    text = (
        "Condamnation pour travail dissimulé\n\nLe tribunal a condamné mardi Globex France"
        " pour travail dissimulé. C'est le premier procès de ce type en France, selon le"
        " syndicat Initech. Globex France a réagi.\n\nInitech s'en félicite.\n\nL'entreprise"
        " devra payer 375 000 euros d'amende."
    )
    events = _draft(text, "fr", dt.date(2022, 4, 19)).events
    fine = next(e for e in events if e.quote.startswith("L'entreprise devra payer"))
    assert fine.fields["organization"] == "globex-france"


@pytest.mark.parametrize(
    ("text", "lang", "company"),
    [
        (
            "The Globex Company makes printers. Globex Company said on Monday that the Company"
            " would hire.",
            "en",
            "globex-company",
        ),
        (
            "Globex France a été condamnée. C'est un premier en France. Globex France fera appel.",
            "fr",
            "globex-france",
        ),
    ],
)
def test_a_word_of_a_companys_name_named_alone_is_no_surname(
    text: str, lang: str, company: str
) -> None:
    """The word "Company" or "France" written alone after "Globex Company" or "Globex
    France" does not make the company a person named again by a surname.
    """
    entities = Entities(rule_mentions(text, sentences(text), lang), None)
    assert company in {entities.id_of(n) for n in entities.names}
    assert company not in entities.people()


def test_rounds_listed_with_a_date_before_an_amount_are_one_round_each() -> None:
    """In "une première levée en 2018 de 3,5 millions puis une seconde de 11 millions en
    2020", the first date comes before its amount: still two rounds, each with its own date,
    and the name of the later round told after them ("série B") is neither's.
    """
    text = (
        "Globex grandit\n\nAprès une première levée de fonds en 2018 de 3,5 millions d'euros"
        " puis une seconde de 11 millions d'euros en 2020, Globex a annoncé le 7 février un"
        " tour de table de série B de 58 millions de dollars."
    )
    rounds = [
        (e.fields["amount"], e.when, e.fields.get("round"))
        for e in _draft(text, "fr", dt.date(2023, 2, 8)).events
        if e.type == "funding_raised"
    ]
    assert rounds == [
        (3_500_000, "2018", None),
        (11_000_000, "2020", None),
        (58_000_000, "le 7 février", "série B"),
    ]


def test_a_rounds_name_after_its_amount_is_still_its_own() -> None:
    """In "raised $5 million, in a Series A round led by X", the round's name in the clause
    after the amount, which tells no amount of its own, is this round's.
    """
    text = "Globex news\n\nGlobex raised $5 million on Monday, in a Series A round led by Initech."
    rounds = [e.fields for e in _draft(text, "en").events if e.type == "funding_raised"]
    assert [r.get("round") for r in rounds] == ["Series A"]


def _facts(text: str, lang: str) -> list[tuple[str, str, str]]:
    """The (entity, attribute, value) of a draft's generic facts, in order."""
    return [
        (e.fields["entity"], e.fields["attribute"], e.fields["value"])
        for e in _draft(text, lang).events
        if e.type == "fact_asserted"
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Globex news\n\nGlobex raised $8 million from Initech. The Series B funding was led"
            " by Initech, with participation from Hooli Ventures and Acme Capital.",
            "en",
        ),
        (
            "Globex lève 8 millions\n\nGlobex a levé 8 millions d'euros auprès d'Initech. Initech,"
            " déjà actionnaire, a mené l'opération, ainsi que Hooli Ventures et Acme Capital.",
            "fr",
        ),
    ],
)
def test_who_led_the_round_told_before_is_its_lead_investor(text: str, lang: str) -> None:
    """A sentence after a round that tells who led it ("The funding was led by X, with
    participation from A and B", "X a mené l'opération, ainsi que A et B") gives the
    organisation that raised its lead investor and its other investors.
    """
    facts = _facts(text, lang)
    assert ("globex", "lead investor", "Initech") in facts
    assert ("globex", "investors", "Hooli Ventures, Acme Capital") in facts


def test_a_lead_not_opening_its_sentence_is_not_guessed() -> None:
    """When the name before "a mené l'opération" is not the one the sentence opens on (a
    fund named inside an aside), no lead investor is proposed rather than a wrong one.
    """
    text = (
        "Globex lève 8 millions\n\nGlobex a levé 8 millions d'euros. Présent au capital via le"
        " fonds Initech Capital, le groupe a mené l'opération."
    )
    assert all(attribute != "lead investor" for _, attribute, _ in _facts(text, "fr"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Globex lève 8 millions\n\nGlobex a levé 8 millions d'euros en 2023. Le fonds"
            " souverain singapourien Initech a mené le tour de table aux côtés de Hooli Ventures.",
            "fr",
            [("globex", "lead investor", "Initech"), ("globex", "investors", "Hooli Ventures")],
        ),
        (
            "Globex news\n\nGlobex raised $8 million in 2023. Other participants in the funding"
            " round include Hooli Ventures and Acme Capital.",
            "en",
            [("globex", "investors", "Hooli Ventures, Acme Capital")],
        ),
        (
            "Globex news\n\nGlobex raised $8 million in 2023. The new investment, which came"
            " from existing partners Hooli Ventures and Acme Capital, values it at $1bn.",
            "en",
            [("globex", "investors", "Hooli Ventures, Acme Capital")],
        ),
    ],
)
def test_investors_told_in_other_wordings_after_a_round(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    """A lead named after its description ("Le fonds souverain singapourien Initech a mené le
    tour de table"), participants "in the funding round", an investment "which came from":
    the investors of the round told before.
    """
    facts = _facts(text, lang)
    assert all(f in facts for f in expected)


def test_investors_after_a_rival_s_round_are_the_focus_s() -> None:
    """A rival's round told in passing between the round of the organisation in focus and
    the list of its investors does not take the investors.
    """
    text = (
        "Globex lève 100 millions\n\nGlobex a levé 100 millions d'euros en 2023, un record."
        " Globex veut grandir. Le finlandais Initech a certes amassé 128 millions d'euros en"
        " 2022. Le fonds Hooli a mené le tour de table aux côtés d'Acme Capital."
    )
    facts = _facts(text, "fr")
    assert ("globex", "lead investor", "Hooli") in facts


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Globex a annoncé mercredi la fermeture de son usine de Saint-Priest.", "fr"),
        ("Globex announced last week that Jane Doe will succeed John Roe as CEO.", "en"),
    ],
)
def test_what_is_announced_about_a_name_is_no_launch_of_it(text: str, lang: str) -> None:
    """A verb of announcing launches the name that is its object, not a name inside what is
    announced ("la fermeture de son usine de ...") or inside a clause ("announced that").
    """
    events = _draft(f"Globex\n\n{text}", lang).events
    assert [] == [e for e in events if e.type == "product_released"]


def test_a_name_right_after_a_verb_of_announcing_is_still_launched() -> None:
    """In "a annoncé mardi le nouveau Globex Phone", the announced name is the product."""
    events = _draft("Globex\n\nGlobex a annoncé mardi le nouveau Globex Phone.", "fr").events
    assert ["globex-phone"] == [e.fields["product"] for e in events if e.type == "product_released"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Globex said its revenue rose 24 percent in the fourth quarter.", "en"),
        ("Globex said its order intake increased 24 percent year-on-year.", "en"),
        (
            "Globex a indiqué que son chiffre d’affaires avait progressé de 24 % au quatrième"
            " trimestre.",
            "fr",
        ),
    ],
)
def test_a_company_telling_a_figure_of_its_own_results_reports_them(text: str, lang: str) -> None:
    """In "Globex said its revenue rose 24 percent", the news is Globex's result, not a
    statement; after a verb of reporting, the pluperfect ("avait progressé") is the tense of
    reported speech, not a figure of before.
    """
    events = _draft(f"Globex\n\n{text}", lang).events
    assert [("fact_asserted", "globex")] == [
        (e.type, e.fields["entity"])
        for e in events
        if str(e.fields.get("attribute", "")).startswith("results")
    ]
    assert [] == [e for e in events if e.type == "stance_stated"]


def test_a_figure_of_another_company_s_results_stays_a_statement() -> None:
    """In "Initech said Globex revenue rose 24 percent", Initech tells another company's
    figure: its statement, not a result of its own.
    """
    text = "Globex is big. Initech said Globex revenue rose 24 percent last year."
    events = _draft(f"Globex\n\n{text}", "en").events
    assert ["initech"] == [e.fields["speaker"] for e in events if e.type == "stance_stated"]


@pytest.mark.parametrize(
    "text",
    [
        "Globex reported a loss. During the same three months last year, Globex had revenues"
        " of $7.8 billion.",
        "Globex posted net income of $297 million, or 7 cents per share in the same quarter"
        " last year.",
    ],
)
def test_a_frame_of_time_or_a_figure_restated_is_no_fact_of_its_own(text: str) -> None:
    """An opening "During the same three months last year," frames the clause after it, and
    ", or 7 cents per share" restates the figure before it: neither is a generic fact.
    """
    events = _draft(f"Globex\n\n{text}", "en").events
    assert [] == [e for e in events if e.fields.get("attribute") == "events"]
    assert any(e.type == "results_reported" for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "A la Bourse de Paris, Globex chutait de plus de 12% à 178,75 euros vers 07h45 GMT.",
        "L’action Globex bondissait pour sa part de 38,4% à 29 euros à la Bourse d’Amsterdam.",
    ],
)
def test_a_french_share_price_move_in_the_imperfect_is_a_result(sentence: str) -> None:
    """A move of the share price told in the imperfect ("chutait", "bondissait"), of the
    share or of the name itself to a price in euros, is a result filed as the share price.
    """
    events = _draft(f"Globex\n\nGlobex rachète Initech. {sentence}", "fr").events
    assert ["results (share price)"] == [
        e.fields["attribute"]
        for e in events
        if str(e.fields.get("attribute")).startswith("results")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Globex, a San Francisco-based startup, raised $2 million.", "en", "San Francisco"),
        ("Globex raised $2 million. Globex is headquartered in Berlin.", "en", "Berlin"),
        (
            "Le tribunal a condamné Globex. Globex, dont le siège social est à Bordeaux, a payé.",
            "fr",
            "Bordeaux",
        ),
        ("Globex, une société basée à Lyon, a levé 5 millions d’euros.", "fr", "Lyon"),
    ],
)
def test_where_an_organisation_has_its_seat_is_its_headquarters(
    text: str, lang: str, place: str
) -> None:
    """Words of a seat ("a San Francisco-based startup", "headquartered in", "dont le siège
    social est à", "basée à") make the place the organisation's `headquarters`.
    """
    facts = [e.fields for e in _draft(f"Globex\n\n{text}", lang).events]
    assert [("globex", place)] == [
        (f["entity"], f["value"]) for f in facts if f.get("attribute") == "headquarters"
    ]


def test_a_person_based_somewhere_gives_no_headquarters() -> None:
    """In "Jane Doe, a Paris-based analyst", the place is a person's town, no seat."""
    text = "Globex\n\nGlobex raised $2 million, said Jane Doe, a Paris-based analyst."
    assert [] == [
        e for e in _draft(text, "en").events if e.fields.get("attribute") == "headquarters"
    ]


def test_a_strategic_collaboration_announced_by_two_named_companies_is_a_partnership() -> None:
    """In "Globex Inc. and Initech, an innovative biotech, today announced a strategic
    collaboration", a partnership of the two names joined before the clause, not of the
    dateline's places, even with a word of buying later in the clause.
    """
    text = (
        "Globex news\n\nSPRINGFIELD, Ohio and SHELBYVILLE, March 17, 2025 -- Globex Inc. and"
        " Initech, an innovative biotech, today announced a strategic collaboration aimed at"
        " finding compounds for potential acquisition by Initech."
    )
    deals = [e.fields for e in _draft(text, "en").events if e.type == "partnership_announced"]
    assert [["globex-inc", "initech"]] == [f["parties"] for f in deals]


def test_a_founder_told_in_a_relative_clause_founded_the_organisation_in_focus() -> None:
    """In "... se projette Jeanne Dupont, qui a cofondé cette société", Jeanne Dupont is the
    founder and the organisation in focus the one founded, not the person.
    """
    text = (
        "Globex lève 100 millions\n\nGlobex lève 100 millions d’euros. « Nous sommes"
        " contents », se projette Jeanne Dupont, qui a cofondé cette société avec quatre"
        " associés."
    )
    founded = [e for e in _draft(text, "fr").events if e.type == "founded"]
    assert [("Jeanne Dupont", ("globex",))] == [
        (e.fields.get("founders"), e.entities) for e in founded
    ]


def test_a_title_with_a_hyphen_opening_a_name_is_cut_from_it() -> None:
    """In "Co-founder Jane Doe said", Jane Doe is a co-founder: the title is not her name."""
    text = 'Globex raised $8 million. Co-founder Jane Doe said, "We are happy."'
    events = _draft(f"Globex\n\n{text}", "en").events
    assert [("jane-doe", "Co-founder")] == [
        (e.fields["person"], e.fields["role"]) for e in events if e.type == "role_held"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "anchor"),
    [
        (
            "Globex announced the opening of a new distribution center in Springfield.",
            "en",
            "before",
        ),
        ("Globex has expanded its North American headquarters in Springfield.", "en", None),
        ("Le fabricant Globex vient d'inaugurer ses locaux agrandis à Villebourg.", "fr", None),
    ],
)
def test_more_wordings_of_a_site_opened(text: str, lang: str, anchor: str | None) -> None:
    """The words "the opening of a new distribution center in", "has expanded its
    headquarters in" and "vient d'inaugurer ses locaux" tell a site; the present perfect
    and "vient de" tell the news of the day (no anchor `before`).
    """
    events = _draft(f"Globex\n\n{text}", lang).events
    sites = [e for e in events if e.type == "site_opened"]
    assert [("globex", anchor)] == [(e.fields["organization"], e.anchor) for e in sites]


@pytest.mark.parametrize(
    "text",
    [
        "Globex's new plant, located in Springfield, opened on Monday.",
        "Globex hired 50 engineers based in Springfield.",
        "Jane Doe, a Springfield-based analyst, said Globex grew.",
    ],
)
def test_a_place_that_is_not_the_organisation_s_seat_is_no_headquarters(text: str) -> None:
    """A plant located somewhere, engineers based somewhere, a person's town: none is the
    seat of the organisation named before.
    """
    events = _draft(f"Globex\n\n{text}", "en").events
    assert [] == [e for e in events if e.fields.get("attribute") == "headquarters"]


def test_the_place_glued_to_based_is_its_known_words() -> None:
    """In "an AI Springfield-based startup", the seat is Springfield, not "AI Springfield"."""
    text = "Globex\n\nGlobex, an AI Springfield-based startup, raised $2 million."
    facts = [e.fields for e in _draft(text, "en").events]
    assert ["Springfield"] == [f["value"] for f in facts if f.get("attribute") == "headquarters"]


@pytest.mark.parametrize(
    "text",
    [
        "Globex is big. Globex's board sacked its director, Jane Doe, on Monday.",
        "Globex is big. Jane Doe, who has been critical of Globex's CEO, spoke.",
    ],
)
def test_words_that_are_no_title_give_no_role(text: str) -> None:
    """The words "Globex's board sacked its director, Jane Doe" and "who has been critical of
    Globex's CEO" give Jane Doe no role.
    """
    events = _draft(f"Globex\n\n{text}", "en").events
    assert [] == [e for e in events if e.type == "role_held"]


def test_a_possessive_before_a_name_with_a_legal_form_is_one_company() -> None:
    """The words "Hooli's Enterprises Ltd." are one company's name, even where "Hooli" is
    also a founder's surname written alone.
    """
    text = "Globex bought 80% of Hooli's Enterprises Ltd. from George Hooli."
    assert "Hooli's Enterprises Ltd" in _names(text, "en")
