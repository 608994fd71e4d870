"""Drafting company news: funding rounds, acquisitions, appointments, departures, results,
headcount, sites, legal actions and plans, read from short sentences in both languages, and
names read without spaCy. Every draft here also ingests unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline import Timeline
from timeline.extract import draft
from timeline.extract._registry import Entities
from timeline.extract._text import sentences
from timeline.extract.entities import rule_mentions

from .helpers import DRAFTED_ON, needs_spacy
from .helpers import rules_draft as _draft

PUBLISHED = DRAFTED_ON


def _events(text: str, lang: str) -> list[tuple[str, dict[str, Any]]]:
    """The (type, fields) of the rules draft of `text`."""
    return [(e.type, e.fields) for e in _draft(text, lang).events]


def _only(text: str, lang: str, kind: str) -> dict[str, Any]:
    """The fields of the one event of type `kind` drafted from `text`."""
    found = [fields for t, fields in _events(text, lang) if t == kind]
    assert len(found) == 1, _events(text, lang)
    return found[0]


def test_a_round_gives_its_amount_round_lead_and_other_investors() -> None:
    """Reads "raised $20 million in a Series B round led by A, with participation from B"."""
    fields = _only(
        "Globex raised $20 million in a Series B round led by Alpha Ventures, "
        "with participation from Beta Capital.",
        "en",
        "funding_raised",
    )
    assert fields == {
        "organization": "globex",
        "amount": 20_000_000,
        "currency": "USD",
        "round": "Series B",
        "lead_investor": "alpha-ventures",
        "investors": ["beta-capital"],
    }


def test_a_french_round_names_its_investors_after_aupres_de() -> None:
    """Reads "a levé 8 millions d'euros auprès de X et Y" gives both investors."""
    fields = _only(
        "Metron a levé 8 millions d'euros auprès de Breed Reply et Bpifrance.",
        "fr",
        "funding_raised",
    )
    assert (fields["amount"], fields["currency"]) == (8_000_000, "EUR")
    assert fields["investors"] == ["breed-reply", "bpifrance"]


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("Cisco is to acquire Splunk for $28 billion.", "en", "announced"),
        ("Splunk a été racheté par Cisco pour 28 milliards de dollars.", "fr", "completed"),
    ],
)
def test_an_acquisition_gives_acquirer_target_and_price_active_or_passive(
    text: str, lang: str, status: str
) -> None:
    """The acquirer is the subject of "to acquire" and the name after "racheté par"."""
    fields = _only(text, lang, "acquisition_announced")
    assert (fields["acquirer"], fields["target"], fields["price"]) == (
        "cisco",
        "splunk",
        28_000_000_000,
    )
    assert fields.get("status", "announced") == status


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        ("Initech has named Jane Doe chief executive.", "en", "chief executive"),
        ("Jane Doe a été nommée directrice générale d'Initech.", "fr", "directrice générale"),
    ],
)
def test_an_appointment_reads_who_was_named_by_whom_either_way(
    text: str, lang: str, role: str
) -> None:
    """Active ("Initech has named Jane Doe") and passive ("a été nommée ... d'Initech")."""
    fields = _only(text, lang, "person_appointed")
    assert (fields["person"], fields["organization"], fields["role"]) == (
        "jane-doe",
        "initech",
        role,
    )


def test_a_departure_names_the_successor() -> None:
    """Reads "quitte ses fonctions de directrice générale d'Acme, remplacée par Bruno Petit"."""
    fields = _only(
        "Jane Doe quitte ses fonctions de directrice générale d'Acme, remplacée par Bruno Petit.",
        "fr",
        "person_departed",
    )
    assert (fields["person"], fields["organization"], fields["successor"]) == (
        "jane-doe",
        "acme",
        "bruno-petit",
    )


def test_results_carry_their_metric_value_and_period() -> None:
    """A result without its period would be a guess: the period is the clause's date words."""
    fields = _only(
        "Globex reported revenue of $3 billion in the third quarter of 2023.",
        "en",
        "results_reported",
    )
    assert (fields["metric"], fields["value"], fields["period"]) == (
        "revenue",
        3_000_000_000,
        "the third quarter of 2023",
    )


def test_job_cuts_are_a_negative_change_in_headcount() -> None:
    """Reads "va supprimer 1.680 postes" is a change of -1,680, not a count of 1,680."""
    fields = _only("Sanofi va supprimer 1.680 postes en Europe.", "fr", "headcount_changed")
    assert (fields["change"], fields["detail"]) == (-1680, "job cuts")


def test_a_fine_names_the_authority_and_the_organisation_fined() -> None:
    """Reads "X a infligé à Y une amende de": X is the authority, Y the organisation."""
    fields = _only(
        "La CNIL a infligé à Acme une amende de 2 millions d'euros.", "fr", "legal_action_reported"
    )
    assert (fields["organization"], fields["authority"], fields["action"], fields["amount"]) == (
        "acme",
        "cnil",
        "fined",
        2_000_000,
    )


def test_a_site_opened_names_its_place() -> None:
    """Reads "ouvre un bureau à Lyon" gives a site at Lyon, a place."""
    fields = _only("Acme ouvre un bureau à Lyon.", "fr", "site_opened")
    assert (fields["organization"], fields["place"], fields["detail"]) == ("acme", "lyon", "bureau")


@pytest.mark.parametrize(
    ("text", "lang", "target"),
    [
        ("Acme veut ouvrir une usine d'ici fin 2025.", "fr", "fin 2025"),
        ("Globex plans to hire fewer people next year.", "en", "next year"),
    ],
)
def test_a_plan_is_stated_on_its_day_and_aims_at_its_date(
    text: str, lang: str, target: str
) -> None:
    """A statement about the future is a plan with its target date words, never a future
    event of that date.
    """
    result = draft(text, published=PUBLISHED, lang=lang, source_id="x", text_path="x", nlp="rules")
    plans = [e for e in result.events if e.type == "plan_announced"]
    assert [(e.fields.get("target"), e.when) for e in plans] == [(target, None)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Stripe CEO Patrick Collison wrote to staff.", ["Stripe", "Patrick Collison"]),
        (
            "Companies including Netflix, Coinbase and Shopify cut jobs.",
            ["Netflix", "Coinbase", "Shopify"],
        ),
        ("Felt, a new Oakland-based startup, raised money.", ["Felt"]),
        ("L’acquisition de Business & Decision par Orange.", ["Business & Decision", "Orange"]),
    ],
)
def test_names_are_read_apart_from_titles_coordinations_and_descriptions(
    text: str, names: list[str]
) -> None:
    """Titles are not names, "and" joins two names, "Oakland-based" and "L'" are no names."""
    assert [m.name for m in rule_mentions(text, sentences(text), "en")] == names


def test_a_surname_alone_is_the_person_named_before() -> None:
    """Reads "Patrick Collison ... Collison said" is one person, who is not the article's focus."""
    text = (
        "Patrick Collison said Stripe is cutting jobs. Collison said Stripe had hired too "
        "many people. Stripe will pay severance."
    )
    result = draft(text, published=PUBLISHED, lang="en", source_id="x", text_path="x", nlp="rules")
    ids = {e.id for e in result.entities}
    assert "collison" not in ids
    assert "patrick-collison" in ids


def test_the_company_drafts_ingest_unchanged(tmp_path: Path) -> None:
    """Every sentence above, drafted as one article, is a seed file `ingest` accepts; the
    plan to hire is filed under its topic.
    """
    text = (
        "Globex raised $20 million in a Series B round led by Alpha Ventures. "
        "Cisco is to acquire Splunk for $28 billion. "
        "Initech has named Jane Doe chief executive. "
        "Globex reported revenue of $3 billion in the third quarter of 2023. "
        "Globex plans to hire fewer people next year."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = draft(text, published=PUBLISHED, lang="en", source_id="a", text_path="a.txt")
    (tmp_path / "a.toml").write_text(result.to_toml(), encoding="utf-8")
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    tl.ingest([tmp_path / "a.toml"])
    attributes = {f.attribute for f in tl.state("globex", "2024-03-12").facts}
    assert {"funding rounds", "plans (headcount)"} <= attributes


def test_a_headline_is_not_drafted_but_a_text_of_one_line_is() -> None:
    """The short first line without a stop is a headline (its facts come again in the body);
    a text that is only that line, or a long paragraph without its stop, is drafted.
    """
    line = "Globex raised $20 million in a Series B round"
    body = "Globex raised $20 million on Monday in a Series B round led by Alpha Ventures."
    headed = _events(line + "\n\n" + body, "en")
    assert [t for t, _ in headed] == ["funding_raised"]
    assert [t for t, _ in _events(line, "en")] == ["funding_raised"]
    long = ", ".join([line] * 10) + "\n\nGlobex said it."
    assert len(_events(long, "en")) >= 1


def test_a_title_before_a_name_is_a_role_held_in_the_organisation_named_first() -> None:
    """Reads "Stripe CEO Patrick Collison wrote": it gives Patrick Collison's role at Stripe."""
    roles = [
        f
        for t, f in _events("Stripe CEO Patrick Collison wrote to staff.", "en")
        if t == "role_held"
    ]
    assert roles == [{"person": "patrick-collison", "organization": "stripe", "role": "CEO"}]


def test_a_list_of_investors_after_a_round_is_a_fact_of_the_organisation_that_raised() -> None:
    """A sentence "Other investors include A, B and C" names more investors of the round."""
    text = (
        "Globex raised $20 million on Monday in a round led by Alpha Ventures. "
        "Other investors include Beta Capital, Gamma Partners and Delta Fund."
    )
    facts = [f for t, f in _events(text, "en") if t == "fact_asserted"]
    assert facts == [
        {
            "entity": "globex",
            "attribute": "investors",
            "value": "Beta Capital, Gamma Partners, Delta Fund",
        }
    ]


def test_a_role_in_brackets_after_a_name_is_held_in_the_organisation_named_there() -> None:
    """A name followed by "(COO of Notion)" gives the role at Notion."""
    events = _events("The round drew Akshay Kothari (COO of Notion) and others.", "en")
    roles = [f for t, f in events if t == "role_held"]
    assert roles == [{"person": "akshay-kothari", "organization": "notion", "role": "COO"}]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Lenovo s'attend à livrer des millions d'appareils.", "fr", "plan_announced"),
        ("We incorporated GitLab Inc. in 2014.", "en", "founded"),
        (
            "Chez Globex, Jeanne Petit prend le rôle de directrice adjointe.",
            "fr",
            "person_appointed",
        ),
    ],
)
def test_common_wordings_of_plans_foundings_and_appointments_are_typed(
    text: str, lang: str, kind: str
) -> None:
    """An expectation is a plan, an incorporation a founding, taking a role an appointment."""
    assert kind in {t for t, _ in _events(text, lang)}


@needs_spacy()
def test_with_the_parse_a_round_is_raised_by_the_subject_of_its_verb() -> None:
    """SpaCy's parse gives the subject through an apposition and a relative clause."""
    text = (
        "La start-up parisienne Acme, fondée en 2020 par Jeanne Petit, "
        "a levé 5 millions d'euros auprès de Fonds Bleu."
    )
    result = draft(text, published=PUBLISHED, lang="fr", source_id="x", text_path="x", nlp="spacy")
    funding = [e.fields for e in result.events if e.type == "funding_raised"]
    assert [(f["organization"], f["amount"]) for f in funding] == [("acme", 5_000_000)]


def test_a_name_in_camel_case_is_a_name() -> None:
    """Words such as "mirSense", "iPhone" and "eBay" are names, small first letter and all."""
    text = "La start-up mirSense a levé 7 millions d'euros pour vendre sur eBay."
    assert [m.name for m in rule_mentions(text, sentences(text), "fr")] == ["mirSense", "eBay"]


def test_an_acquisition_price_after_for_a_price_of() -> None:
    """The price of "to acquire X for a price of 7.5 billion US dollars" is read."""
    fields = _only(
        "Microsoft announced plans to acquire GitHub for a price of 7.5 billion US dollars.",
        "en",
        "acquisition_announced",
    )
    assert (fields["target"], fields["price"], fields["currency"]) == (
        "github",
        7_500_000_000,
        "USD",
    )


def test_a_short_name_is_an_alias_only_of_a_company_form_of_it() -> None:
    """A short name such as "Cisco" is "Cisco Systems", not "Steve Jobs" "Steve Jobs Theater"."""
    text = (
        "Cisco Systems said on Monday it would buy Splunk. Cisco will pay cash. "
        "Steve Jobs founded the company. The event took place at the Steve Jobs Theater."
    )
    registry = Entities(rule_mentions(text, sentences(text), "en"), None)
    assert registry.id_of("Cisco") == "cisco-systems"
    assert registry.id_of("Steve Jobs") == "steve-jobs"


def test_after_a_pronoun_the_subject_is_the_name_said_first() -> None:
    """In "Apple paid homage to Steve Jobs when it unveiled the iPhone X", Apple unveiled."""
    text = "Apple paid homage to Steve Jobs on Tuesday when it unveiled the iPhone X."
    released = [f for t, f in _events(text, "en") if t == "product_released"]
    assert [f["organization"] for f in released] == ["apple"]


def test_a_clause_takes_the_date_of_a_clause_beside_it_that_says_nothing_else() -> None:
    """A dated clause without a cue before it, or the speech after it, dates the event."""
    before = "Globex became the largest startup last year, with a valuation of $95 billion."
    after = "Globex is laying off 14% of its staff, chief executive Jane Doe told staff Thursday."
    assert [e for e in _dated(before, "en") if e[0] == "valuation_reported"] == [
        ("valuation_reported", "last year")
    ]
    assert ("headcount_changed", "Thursday") in _dated(after, "en")


def _dated(text: str, lang: str) -> list[tuple[str, str | None]]:
    """The (type, when) of the rules draft of `text`."""
    result = draft(text, published=PUBLISHED, lang=lang, source_id="x", text_path="x", nlp="rules")
    return [(e.type, e.when) for e in result.events]


def test_the_founders_of_a_founding_are_the_names_after_founded_by() -> None:
    """A founding "co-founded by Sam Hashemi and Can Duruk" names its founders."""
    founded = [
        f
        for t, f in _events("Felt, a startup co-founded by Sam Hashemi and Can Duruk.", "en")
        if t == "founded"
    ]
    assert founded == [{"founders": "Sam Hashemi and Can Duruk"}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme a levé 5 millions.Le groupe vise 2025.",
            ["Acme a levé 5 millions.", "Le groupe vise 2025."],
        ),
        ("M. Dupont a dit. J. K. Rowling wrote.", ["M. Dupont a dit.", "J. K. Rowling wrote."]),
        ("Il a dit « oui. » Puis non.", ["Il a dit « oui. »", "Puis non."]),
        (
            "Visit Amazon.com today. It was 3.5 percent.",
            ["Visit Amazon.com today.", "It was 3.5 percent."],
        ),
        (
            "Le solde était de 2 millions au 30 juin 2024.Nous rappelons sa hausse de 5%.Le"
            " groupe vend 1.5 million de pièces (2023).Il recrute.",
            [
                "Le solde était de 2 millions au 30 juin 2024.",
                "Nous rappelons sa hausse de 5%.",
                "Le groupe vend 1.5 million de pièces (2023).",
                "Il recrute.",
            ],
        ),
    ],
)
def test_sentences_survive_wire_copy(text: str, expected: list[str]) -> None:
    """A stop without a space ends a sentence; titles, initials, domains and decimals do not."""
    assert [text[s.start : s.end] for s in sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Acme raised $931,000 in April 2016 and another $590,000 in October 2018.",
            "en",
            [(931_000, "April 2016"), (590_000, "October 2018")],
        ),
        (
            "Acme a levé 2 millions d'euros en 2019 puis 10 millions d'euros en mars 2021.",
            "fr",
            [(2_000_000, "2019"), (10_000_000, "mars 2021")],
        ),
    ],
)
def test_an_enumeration_of_rounds_gives_one_round_per_amount_with_its_date(
    text: str, lang: str, expected: list[tuple[int, str]]
) -> None:
    """Two amounts each with its own date are two rounds, each dated by its own words."""
    result = draft(text, published=PUBLISHED, lang=lang, source_id="x", text_path="x", nlp="rules")
    rounds = [(e.fields["amount"], e.when) for e in result.events if e.type == "funding_raised"]
    assert rounds == expected
    assert all(text[e.start : e.start + len(e.quote)] == e.quote for e in result.events)


def test_a_place_is_never_the_product_launched() -> None:
    """In "a présenté au Salon de Genève sa nouvelle Orion", the product is Orion."""
    text = "Globex a présenté mardi au Salon de Genève sa nouvelle voiture Orion."
    released = [f for t, f in _events(text, "fr") if t == "product_released"]
    assert [f["product"] for f in released] == ["orion"]


def test_a_fact_the_title_said_first_is_drafted_from_the_body() -> None:
    """A title that ends with a stop and repeats the lede: the lede's sentence is the quote."""
    text = (
        "Orange: acquisition de Business & Decision signée.\n\n"
        "Orange annonce la signature du contrat d'acquisition de Business & Decision.\n"
    )
    result = draft(text, published=PUBLISHED, lang="fr", source_id="x", text_path="x", nlp="rules")
    deals = [e for e in result.events if e.type == "acquisition_announced"]
    assert [e.quote.startswith("Orange annonce") for e in deals] == [True]


def test_becoming_chief_executive_is_an_appointment_with_the_whole_title() -> None:
    """Reads "was to become new Chief Executive Officer of GitHub": person, role, organisation."""
    fields = _only(
        "Nat Friedman was to become new Chief Executive Officer of GitHub.",
        "en",
        "person_appointed",
    )
    assert (fields["person"], fields["role"], fields["organization"]) == (
        "nat-friedman",
        "Chief Executive Officer",
        "github",
    )


def test_news_told_by_a_verb_of_announcing_keeps_its_company_type() -> None:
    """A fine "X a annoncé avoir infligé à Y" is a legal action against Y, whose authority
    is X, and not a product release of Y.
    """
    events = _events(
        "La Haute Autorité de régulation a annoncé lundi avoir infligé une amende de 3 "
        "millions d'euros au groupe industriel allemand Globex pour entente.",
        "fr",
    )
    assert [t for t, _ in events] == ["legal_action_reported"]
    fields = events[0][1]
    assert fields["organization"] == "globex"
    assert fields["amount"] == 3_000_000
    assert "authority" in fields


def test_a_fine_falls_on_the_nearest_name_after_its_verb() -> None:
    """After "a infligé une amende aux grossistes", the fined one is the next name (Initech),
    not a name later in the sentence after another "à".
    """
    fields = _only(
        "L'Autorité de la concurrence a infligé une amende aux grossistes Initech et Umbrella "
        "au titre des pratiques reprochées à Globex.",
        "fr",
        "legal_action_reported",
    )
    assert fields["organization"] == "initech"
    assert fields["authority"] == "autorite-de-la-concurrence"


def test_a_french_institution_keeps_its_lower_case_words_in_its_name() -> None:
    """Institutions such as "Autorité de la concurrence", "Cour de cassation", "Autorité des
    marchés financiers" and "Commission européenne" are whole names; "l'Autorité" later is the
    same entity.
    """
    text = (
        "L'Autorité de la concurrence a ouvert une enquête. La Cour de cassation a jugé. "
        "L'Autorité des marchés financiers enquête. La Commission européenne a tranché. "
        "La Banque de France prévoit. Le Tribunal a parlé de Globex."
    )
    names = [m.name for m in rule_mentions(text, sentences(text), "fr")]
    assert names[:5] == [
        "Autorité de la concurrence",
        "Cour de cassation",
        "Autorité des marchés financiers",
        "Commission européenne",
        "Banque de France",
    ]
    mentions = rule_mentions("L'Autorité de la concurrence parle. L'Autorité a dit.", [], "fr")
    entities = Entities(mentions, None)
    assert {entities.id_of(m.name) for m in mentions} == {"autorite-de-la-concurrence"}


def test_company_news_read_as_a_statement_is_dated_as_a_statement() -> None:
    """A statement "Globex a affirmé être en désaccord et prévoir de faire appel" is made for
    the report (dated on publication), though "faire appel" is a legal word, whose news told
    as done would be dated before the report.
    """
    result = _draft(
        'Titre\n\nGlobex a affirmé être "en profond désaccord" avec la décision et prévoir '
        "de faire appel.",
        "fr",
    )
    stances = [e for e in result.events if e.type == "stance_stated"]
    assert len(stances) == 1
    assert stances[0].when is None
    assert stances[0].anchor is None


def test_a_role_read_before_a_name_drops_its_trailing_preposition() -> None:
    """A role before a name, "La présidente de l'Autorité de la concurrence, Jeanne Durand", is
    "présidente", not "présidente de l'"; the name after the comma is no description.
    """
    events = _events(
        "La présidente de l'Autorité de la concurrence, Jeanne Durand, a tranché.", "fr"
    )
    roles = [f for t, f in events if t == "role_held"]
    assert roles == [
        {
            "person": "jeanne-durand",
            "organization": "autorite-de-la-concurrence",
            "role": "présidente",
        }
    ]
    assert not [f for t, f in events if f.get("attribute") == "description"]


def test_a_name_opening_on_a_common_given_name_is_a_person() -> None:
    """Names such as "Marc Durand" and "Isabelle de Villiers" are people by their given
    names; "Globex Systems" is not guessed.
    """
    text = "Marc Durand rejoint Globex Systems. Isabelle de Villiers parle. Marc a dit."
    kinds = {m.name: m.kind for m in rule_mentions(text, sentences(text), "fr")}
    assert kinds["Marc Durand"] == "person"
    assert kinds["Isabelle de Villiers"] == "person"
    assert kinds["Globex Systems"] == ""


def test_a_name_after_an_indefinite_article_is_not_the_organisation_in_focus() -> None:
    """In "a Fortune 100 company is moving", Fortune qualifies the noun: the article is about
    the company named next, which its statements are about.
    """
    result = _draft(
        "Title\n\nIt's official: a Fortune 100 company is moving its headquarters to Virginia. "
        "Globex Systems president Jane Smith announced the decision. Smith said the company "
        "will open the office by 2011.",
        "en",
    )
    assert "fortune" not in {e.id for e in result.entities}
    plans = [e for e in result.events if e.type == "plan_announced"]
    assert [p.fields["organization"] for p in plans] == ["globex-systems"]


def test_a_company_that_speaks_stays_an_organisation() -> None:
    """A company that says something ("Globex said") is no person; "Nat Friedman said" is."""
    result = _draft(
        "Title\n\nGlobex Systems opened an office in Lyon. Globex said the office would hire "
        "40 people. Nat Friedman said the move was good for the region.",
        "en",
    )
    kinds = {e.id: e.kind for e in result.entities}
    assert kinds["globex-systems"] == "organization"
    assert kinds["nat-friedman"] == "person"


def test_the_ledes_subject_outweighs_a_target_named_more_often() -> None:
    """The company that opens the first sentence (the acquirer) is what the article is about,
    though the target is named once more; a role "du leader mondial des serrures" is then
    held at the acquirer, the organisation described.
    """
    result = _draft(
        "Globex : rachat d'Initech\n\n"
        "Le suédois Globex a annoncé lundi le rachat du fabricant britannique de portes "
        "Initech.\n\nCréé en 1971, Initech emploie 560 personnes.\n\n"
        "Jean Dupont, le directeur général du leader mondial des serrures, salue l'opération.",
        "fr",
    )
    deals = [e.fields for e in result.events if e.type == "acquisition_announced"]
    assert deals == [{"acquirer": "globex", "target": "initech"}]
    roles = [e.fields for e in result.events if e.type == "role_held"]
    assert roles == [
        {"person": "jean-dupont", "organization": "globex", "role": "directeur général"}
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex said it expects the transaction to close within 90 days.",
        "Globex added that it's about to reach an agreement with Initech.",
        "Jane Smith said the company is considering relocating jobs to Lyon.",
    ],
)
def test_what_is_said_about_the_future_is_a_plan(sentence: str) -> None:
    """A statement whose reported words speak of the future (expects, is about to, is
    considering) is a plan announced by the speaker's organisation, not a stance.
    """
    types = [t for t, _ in _events(f"Title\n\nGlobex Systems opened. {sentence}", "en")]
    assert "plan_announced" in types
    assert "stance_stated" not in types


def test_an_attribution_alone_is_no_event() -> None:
    """Clauses that only name a source ("According to the release", "Selon le communiqué
    publié à Paris") give no event; the fact beside them does.
    """
    en = _events("Title\n\nAccording to the release, Globex raised $5 million.", "en")
    assert [t for t, _ in en] == ["funding_raised"]
    fr = _events("Titre\n\nSelon le communiqué publié simultanément à Paris et à Lyon.", "fr")
    assert fr == []


def test_a_metric_word_without_a_figure_is_no_result() -> None:
    """A sentence such as "Globex allows users to build maps" names users, but no result."""
    assert _events("Title\n\nGlobex allows users to build maps with their data.", "en") == []


def test_a_second_mention_of_a_fine_that_adds_nothing_is_left_out() -> None:
    """After "The Autorité fined Globex €5 million", "The fine against Globex is the largest
    ever" has the same key fields and no date of its own: a second mention, left out.
    """
    events = _events(
        "Title\n\nThe Autorité fined Globex €5 million on Tuesday. The fine against Globex is "
        "the largest ever.",
        "en",
    )
    assert [t for t, _ in events].count("legal_action_reported") == 1


def test_a_headcount_or_a_result_without_a_date_holds_on_the_day_of_the_report() -> None:
    """Headcounts such as "Globex emploie 560 personnes" and "it has 120,300 employees" are
    states on the publication day, while "Globex a supprimé 200 postes" was done before it.
    """
    for text, lang, anchor in [
        ("Titre\n\nCréé en 1971, Globex emploie 560 personnes.", "fr", None),
        ("Title\n\nGlobex said it has 120,300 employees.", "en", None),
        ("Titre\n\nGlobex a supprimé 200 postes.", "fr", "before"),
    ]:
        result = _draft(text, lang)
        counts = [e for e in result.events if e.type == "headcount_changed"]
        assert [(e.when, e.anchor) for e in counts] == [(None, anchor)], text


def test_a_line_label_colon_figure_is_read_although_it_has_no_stop() -> None:
    """A results table in prose ("Revenue: $14.16 billion versus $13.53 billion expected") is
    a statement, not an intertitle; a gross margin is a result.
    """
    events = _events(
        "Globex results\n\nGlobex reported earnings on Thursday.\n\n"
        "Earnings per share: 41 cents, adjusted\n\nGlobex's gross margin was 45.8%.",
        "en",
    )
    quotes = [f.get("value", "") for _, f in events]
    assert "Earnings per share: 41 cents" in quotes
    assert any("gross margin" in q for q in quotes)


def test_a_nationality_is_no_name_and_does_not_open_one() -> None:
    """A nationality is no name: "Le Français Globex" names Globex, "the French agency"
    nothing; "La French Tech" and "British Airways" keep their whole names.
    """
    fr = "Titre\n\nLe Français Globex lève. L'Américain Initech rachète. La French Tech grandit."
    en = "Title\n\nThe French agency fined British Airways."
    assert [m.name for m in rule_mentions(fr, sentences(fr), "fr")] == [
        "Globex",
        "Initech",
        "French Tech",
    ]
    assert [m.name for m in rule_mentions(en, sentences(en), "en")] == ["British Airways"]


def test_an_index_or_a_ranking_is_not_the_organisation_in_focus() -> None:
    """An index or a ranking qualifies a company: "le groupe coté au CAC 40" is about the
    group, and "a Fortune 500 company" about the company.
    """
    result = _draft(
        "Titre\n\nGlobex prépare sa succession. Le président du groupe coté au CAC 40 a "
        "proposé de nommer Jean Dupont. Le groupe coté au CAC 40 vient d'annoncer un chiffre "
        "d'affaires de 40 milliards d'euros pour 2020. Le CAC 40 a reculé.",
        "fr",
    )
    results = [e.fields for e in result.events if e.type == "results_reported"]
    assert [r["organization"] for r in results] == ["globex"]


def test_an_appointment_names_its_person_far_from_the_verb() -> None:
    """The words "a proposé de nommer au 1er juillet un directeur général, en la personne de
    Jean Dupont" appoint Jean Dupont at the organisation in focus.
    """
    fields = _only(
        "Globex prépare sa succession. Son président a proposé de nommer au 1er juillet 2021 "
        "un directeur général, en la personne de Jean Dupont.",
        "fr",
        "person_appointed",
    )
    assert (fields["person"], fields["organization"]) == ("jean-dupont", "globex")
    assert fields["role"] == "directeur général"


@pytest.mark.parametrize(
    ("text", "lang", "entity"),
    [
        (
            "Globex lève 5 millions d'euros. Celle-ci porte à 20 millions d'euros le montant "
            "total levé par l'entreprise depuis sa création.",
            "fr",
            "globex",
        ),
        (
            "Une opération qui porte à 12 millions d'euros les fonds levés par Initech en "
            "cinq ans.",
            "fr",
            "initech",
        ),
        ("Globex raised $5 million, bringing its total funding to $20 million.", "en", "globex"),
    ],
)
def test_a_total_raised_in_all_is_no_new_round(text: str, lang: str, entity: str) -> None:
    """A total ("porte à 20 millions le montant total levé", "bringing its total funding to
    $20 million") is the organisation's total raised to date, not a round of that amount.
    """
    events = _events(f"Titre\n\n{text}", lang)
    totals = [f for t, f in events if f.get("attribute") == "total raised to date"]
    assert [f["entity"] for f in totals] == [entity]
    assert all(f.get("amount") != 20_000_000 for t, f in events if t == "funding_raised")


def test_job_cuts_keep_their_share_of_the_staff() -> None:
    """A cut "Globex is laying off roughly 14% of its staff" keeps the 14% in its detail."""
    fields = _only("Globex is laying off roughly 14% of its staff.", "en", "headcount_changed")
    assert fields["detail"] == "job cuts, 14% of staff"


def test_a_lead_investor_named_with_a_nationality() -> None:
    """In "auprès d'investisseurs emmenés par le néerlandais Alpha Partners", Alpha Partners
    leads the round (a plural participle, and a nationality before the name).
    """
    fields = _only(
        "Globex a levé 53 millions d'euros auprès d'investisseurs emmenés par le néerlandais "
        "Alpha Partners, Beta Capital et Gamma.",
        "fr",
        "funding_raised",
    )
    assert fields["lead_investor"] == "alpha-partners"


def test_a_title_word_before_a_comma_is_no_subject_by_its_next_word() -> None:
    """In a title "Pub, sécurité, cookies : amende pour Globex", "Pub" is no name (the word
    after the comma is no verb of it); "Globex : confirme ses prévisions" keeps Globex.
    """
    text = "Pub, sécurité, cookies : amende pour Globex\n\nLa CNIL a parlé."
    assert [m.name for m in rule_mentions(text, sentences(text), "fr")] == ["Globex", "CNIL"]
    text = "Globex : confirme ses prévisions\n\nLe groupe a parlé."
    assert [m.name for m in rule_mentions(text, sentences(text), "fr")] == ["Globex"]


def test_the_speaker_after_a_company_and_a_title_is_the_person() -> None:
    """In '"...," said Globex CEO Jane Smith', Jane Smith speaks, for Globex."""
    fields = _only(
        'Title\n\nInitech opened an office. "This is a great deal," said Globex CEO Jane Smith.',
        "en",
        "stance_stated",
    )
    assert (fields["speaker"], fields["organization"]) == ("jane-smith", "globex")


def test_a_startup_launched_by_people_was_founded_by_them() -> None:
    """A startup "lancée par Jeanne Dupont et Marc Durand" (after "Issue de Polytechnique,")
    was founded by them: its founding, not a product named after a person.
    """
    result = _draft(
        "Titre\n\nGlobex lève 5 millions d'euros. Issue de Polytechnique, la startup a été "
        "lancée par Jeanne Dupont et Marc Durand en 2018.",
        "fr",
    )
    founded = [e for e in result.events if e.type == "founded"]
    assert [(e.entities, e.fields) for e in founded] == [
        (("globex",), {"founders": "Jeanne Dupont et Marc Durand"})
    ]


def test_a_dated_clause_about_the_future_is_a_plan() -> None:
    """A dated clause about the future ("Cette voiture sera disponible au printemps") is a
    plan stated on the publication day, aimed at the spring.
    """
    result = _draft(
        "Titre\n\nGlobex a présenté sa voiture. Cette voiture sera disponible au printemps.",
        "fr",
    )
    plans = [e for e in result.events if e.type == "plan_announced"]
    assert [(p.fields.get("target"), p.when) for p in plans] == [("printemps", None)]


def test_a_role_of_an_organisation_before_a_name_anywhere_in_the_sentence() -> None:
    """After a quotation, "a expliqué la présidente de l'Autorité de la concurrence, Isabelle
    Durand" gives her role there.
    """
    events = _events(
        'Titre\n\n"Globex s\'est entendu avec ses grossistes", a expliqué la présidente de '
        "l'Autorité de la concurrence, Isabelle Durand.",
        "fr",
    )
    roles = [f for t, f in events if t == "role_held"]
    assert roles == [
        {
            "person": "isabelle-durand",
            "organization": "autorite-de-la-concurrence",
            "role": "présidente",
        }
    ]


def test_a_date_alone_or_a_persons_plan_is_no_event() -> None:
    """Clauses such as "Earlier today" or "Prior to today (September 21)" are dates without a
    fact, and "He will work through his notice period" is a person's plan, not the company's.
    """
    events = _events(
        "Title\n\nGlobex named Jane Smith chief executive. Earlier today, the shares rose. "
        "Prior to today (September 21), nothing. He will work through his notice period.",
        "en",
    )
    assert "plan_announced" not in [t for t, _ in events]
    assert not [f for _, f in events if f.get("value") in ("Earlier today", "Prior to today")]


def test_news_announced_without_a_product_is_no_launch() -> None:
    """News announced without a product ("Globex a annoncé plusieurs changements") launches
    nothing, while "the company announced it is launching a beta" still does.
    """
    fr = _events("Titre\n\nGlobex a annoncé ce vendredi plusieurs changements.", "fr")
    assert not [f for _, f in fr if f.get("attribute") == "launches"]
    en = _events("Title\n\nGlobex said the company announced it is launching a beta.", "en")
    assert [f for _, f in en if f.get("attribute") == "launches"] != []


def test_a_partnership_told_by_its_two_parties_in_a_complement() -> None:
    """In "Globex et le groupe Initech ont annoncé lundi, dans un communiqué, avoir noué un
    vaste partenariat et signé un protocole d'accord détaillé", both are parties, the news is
    told from its announcing clause, and "détaillé" does not make it a statement.
    """
    result = _draft(
        "Titre\n\nLe géant Globex et le groupe français Initech ont annoncé lundi, dans un "
        "communiqué conjoint, avoir noué un vaste partenariat et signé un protocole d'accord "
        "détaillé.",
        "fr",
    )
    deals = [e for e in result.events if e.type == "partnership_announced"]
    assert [(e.fields, e.when, e.quote.startswith("Le géant")) for e in deals] == [
        ({"parties": ["globex", "initech"]}, "lundi", True)
    ]


def test_a_role_told_before_and_a_role_assumed_in_the_future() -> None:
    """A board member's "Mr Smith will also step down from the board" is a departure, and
    "Ms Doe will assume the role of chief executive officer from January 1" an appointment,
    not a plan.
    """
    events = _events(
        "Title\n\nGlobex said its chief executive officer, John Smith, will retire. Mr Smith "
        "will also step down from being a member of the board. Globex has appointed Jane "
        "Doe. Ms Doe will assume the role of chief executive officer from January 1.",
        "en",
    )
    departed = [f["role"] for t, f in events if t == "person_departed"]
    assert "member of the board" in departed
    appointed = [(f["person"], f["role"]) for t, f in events if t == "person_appointed"]
    assert ("jane-doe", "chief executive officer") in appointed


def test_an_appointment_s_organisation_is_named_in_its_own_clause() -> None:
    """In "Promu directeur général délégué en 2018, ce polytechnicien, diplômé du
    Massachusetts Institute of Technology, ..." the school is no employer: the appointment is
    at the organisation in focus.
    """
    result = _draft(
        "Titre\n\nJean Dupont, directeur général de Globex, prend la relève. Promu directeur "
        "général délégué en novembre 2018, ce polytechnicien, diplômé du Massachusetts "
        "Institute of Technology, est entré dans le groupe en 1999.",
        "fr",
    )
    appointed = [e.fields for e in result.events if e.type == "person_appointed"]
    assert [f["organization"] for f in appointed] == ["globex"]


def test_company_news_shared_by_a_list_of_organisations() -> None:
    """A list before the verb ("Companies including Globex, Initech and Umbrella have
    announced layoffs") gives each of them job cuts.
    """
    events = _events(
        "Title\n\nCompanies including Globex, Initech and Umbrella have announced layoffs.", "en"
    )
    cuts = [f["organization"] for t, f in events if t == "headcount_changed"]
    assert cuts == ["globex", "initech", "umbrella"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jeanne Dupont prend le rôle de directrice générale de Globex.", "fr"),
        ("Globex has appointed Jane Smith chief executive officer.", "en"),
    ],
)
def test_an_appointment_in_the_present_is_news_of_the_day(text: str, lang: str) -> None:
    """An appointment told in the present ("prend le rôle de") or the English present perfect
    ("has appointed") holds on the day of the report, not before it.
    """
    result = _draft(f"Titre\n\n{text}", lang)
    appointed = [e for e in result.events if e.type == "person_appointed"]
    assert [(e.when, e.anchor) for e in appointed] == [(None, None)]


def test_a_results_comparison_base_does_not_date_the_result() -> None:
    """In "operating expenses declined 15% from a year ago" the year-ago figure is what the
    result is compared with; the result is reported on the day of the article.
    """
    result = _draft(
        "Title\n\nGlobex's operating expenses declined 15% from a year ago.",
        "en",
    )
    assert [(e.when, e.anchor) for e in result.events] == [(None, None)]


def test_the_person_appointed_opens_the_sentence_before_her_former_employers() -> None:
    """In "Jeanne Dupont, ancienne directrice chez Initech (Umbrella), est nommée directrice
    générale", Jeanne Dupont is appointed, not a company named between.
    """
    events = _events(
        "Titre\n\nGlobex a présenté son équipe. Marc Durand prend le rôle de directeur adjoint. "
        "Jeanne Dupont, ancienne directrice chez Initech (Umbrella), est nommée directrice "
        "générale.",
        "fr",
    )
    appointed = [f["person"] for t, f in events if t == "person_appointed"]
    assert appointed == ["marc-durand", "jeanne-dupont"]


def test_a_hyphenated_title_is_taken_off_the_name() -> None:
    """In "son PDG-fondateur Michael Durand" the name is Michael Durand."""
    text = "Globex avance. Son PDG-fondateur Michael Durand a parlé."
    assert [m.name for m in rule_mentions(text, sentences(text), "fr")] == [
        "Globex",
        "Michael Durand",
    ]


def test_two_kinds_of_company_news_joined_by_and_are_two_facts() -> None:
    """In "Globex reported operating losses of $748 million for 2021 and outlined plans to
    lay off 10% of staff", the loss and the cuts are two facts, each of its own type.
    """
    events = _events(
        "Title\n\nGlobex has since reported operating losses of $748 million for the full "
        "year 2021 and outlined plans to lay off 10% of staff.",
        "en",
    )
    types = [t for t, _ in events]
    assert "results_reported" in types
    assert "headcount_changed" in types
    cuts = [f for t, f in events if t == "headcount_changed"]
    assert cuts[0]["detail"] == "job cuts, 10% of staff"


def test_a_person_is_never_a_product_and_a_plan_de_is_no_offering() -> None:
    """In "l'annonce par le directeur général Jean Dupont d'un plan de baisse de coûts" no
    product is launched: Jean Dupont is a person and "un plan de" is no offering.
    """
    events = _events(
        "Titre\n\nGlobex a confirmé l'annonce par le directeur général Jean Dupont d'un plan de "
        "baisse de coûts de deux milliards d'euros.",
        "fr",
    )
    assert not [t for t, _ in events if t in ("product_released", "offering_launched")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jean Dupont prend le poste de directeur financier de Globex.", "person_appointed"),
        ("Jean Dupont, directeur général adjoint de Globex, en partance pour Initech.", ""),
    ],
)
def test_french_words_of_taking_a_post_and_of_leaving(text: str, kind: str) -> None:
    """The words "prend le poste de" appoint; "en partance pour" is a departure."""
    types = [t for t, _ in _events(f"Titre\n\n{text}", "fr")]
    assert (kind or "person_departed") in types


def test_a_clause_dated_after_the_publication_day_is_a_plan() -> None:
    """A clause "avant une ouverture des commandes au printemps prochain" speaks of the
    future: a plan dated on publication, aimed at next spring.
    """
    result = _draft(
        "Titre\n\nGlobex a présenté sa voiture, avant une ouverture des commandes au printemps "
        "prochain.",
        "fr",
    )
    plans = [e for e in result.events if e.type == "plan_announced"]
    assert [(p.when, p.fields.get("target")) for p in plans] == [(None, "printemps prochain")]


def test_a_company_form_abbreviation_does_not_end_a_sentence() -> None:
    """A company form ("Globex Inc. raised $5m.") does not end a sentence before a lower-case
    word; "Initech Corp. The end." is two.
    """
    text = "Globex Inc. raised $5m. Initech Corp. The end."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Globex Inc. raised $5m.",
        "Initech Corp.",
        "The end.",
    ]


def test_amounts_after_a_word_of_valuation_are_valuations() -> None:
    """In "a funding round that would see its valuation slashed from $45.6 billion to just
    $6.5 billion" no amount is raised: the news is a valuation of $6.5 billion.
    """
    events = _events(
        "Title\n\nGlobex is closing in on a funding round that would see its valuation "
        "slashed from $45.6 billion to just $6.5 billion.",
        "en",
    )
    assert [(t, f.get("amount")) for t, f in events] == [("valuation_reported", 6_500_000_000)]


def test_a_models_letter_or_number_belongs_to_its_name() -> None:
    """Names such as "iPhone X", "iPhone 8 Plus" and "Windows 11" are whole, and products;
    the number in "Globex lève 5 millions" is no model's.
    """
    text = "Globex unveiled the iPhone X, the iPhone 8 Plus and Windows 11 on Tuesday."
    mentions = rule_mentions(text, sentences(text), "en")
    assert [(m.name, m.kind) for m in mentions] == [
        ("Globex", ""),
        ("iPhone X", "product"),
        ("iPhone 8 Plus", "product"),
        ("Windows 11", "product"),
    ]
    text = "Le groupe Globex lève 5 millions d'euros."
    assert [m.name for m in rule_mentions(text, sentences(text), "fr")] == ["Globex"]


def test_more_english_verbs_of_saying() -> None:
    """A company that "considers" or "acknowledged" something states it; it plans nothing."""
    for verb in ("considers", "acknowledged", "believes"):
        types = [
            t
            for t, _ in _events(
                f"Title\n\nGlobex is disappointed and {verb} it acted in good faith.", "en"
            )
        ]
        assert types == ["stance_stated"], verb


def test_joining_a_group_and_results_without_their_kind() -> None:
    """Joining ("est entré dans le groupe en 1999") is an appointment's word, and "de très
    bons résultats pour 2020" are results.
    """
    events = _events(
        "Titre\n\nJean Dupont dirige Globex. Il est entré dans le groupe en 1999. Globex vient "
        "d'annoncer de très bons résultats pour 2020.",
        "fr",
    )
    labels = [f.get("attribute", t) for t, f in events]
    assert "results" in labels or "results_reported" in labels
    assert any(x in ("appointments", "person_appointed") for x in labels)


def test_a_launch_noun_without_a_product_is_no_event() -> None:
    """Frames such as "lors d'une présentation à la presse" or "voici ce qu'il faut retenir de
    cette présentation" launch nothing.
    """
    events = _events(
        "Titre\n\nGlobex a parlé lors d'une présentation à la presse. Voici ce qu'il faut "
        "retenir de cette présentation.",
        "fr",
    )
    assert not [f for _, f in events if f.get("attribute") == "launches"]


def test_a_title_in_quotation_marks_after_a_name_is_a_role() -> None:
    """In 'Le club Globex élargit les rôles de Marc Durand, "Chief Revenue Officer"', Marc
    Durand holds that role at Globex.
    """
    events = _events(
        'Titre\n\nGlobex réorganise sa direction. Dans le détail, Marc Durand, "Chief Revenue '
        'Officer", voit ses responsabilités élargies.',
        "fr",
    )
    roles = [f for t, f in events if t == "role_held"]
    assert {"person": "marc-durand", "organization": "globex", "role": "Chief Revenue Officer"} in (
        roles
    )


def test_a_person_named_again_by_their_given_name_is_the_same_person() -> None:
    """After "Jeanne Dupont", "Jeanne" alone is her; when two people share the given name, it
    is neither.
    """
    mentions = rule_mentions("Jeanne Dupont rejoint Globex. Jeanne a parlé.", [], "fr")
    entities = Entities(mentions, None)
    assert entities.id_of("Jeanne") == "jeanne-dupont"
    mentions = rule_mentions("Jeanne Dupont et Jeanne Martin parlent. Jeanne a dit.", [], "fr")
    assert Entities(mentions, None).id_of("Jeanne") == "jeanne"


def test_a_sale_told_by_the_seller() -> None:
    """A sale told by the seller ("Globex avait cédé Umbrella à Initech pour 170 millions
    d'euros") is the buyer's acquisition; "a cédé sa participation de 24,33% au groupe
    Initech" is a stake Initech acquired, not the company.
    """
    events = _events(
        "Titre\n\nEn 2016, Globex avait cédé Umbrella à Initech pour 170 millions d'euros. "
        "Acme a indiqué avoir cédé sa participation de 24,33% au groupe allemand Initech.",
        "fr",
    )
    deals = [f for t, f in events if t == "acquisition_announced"]
    assert deals == [
        {
            "acquirer": "initech",
            "target": "umbrella",
            "price": 170_000_000,
            "currency": "EUR",
            "status": "completed",
        }
    ]
    stakes = [f for _, f in events if f.get("attribute") == "stakes acquired"]
    assert [(f["entity"], f["value"].split(",")[0]) for f in stakes] == [
        ("initech", "a stake of 24")
    ]


def test_the_company_after_a_clause_naming_a_product_and_an_address() -> None:
    """In "... for Globex at its headquarters in Cupertino, California. Before getting to the
    new Phone 8, the company unveiled a watch", the company is Globex: neither the place that
    goes on after the comma nor the product of the clause before.
    """
    events = _events(
        "Title\n\nGlobex also unveiled a new Phone 8. This is the first event for Globex at "
        "its headquarters in Cupertino, California. Before getting to the new Phone 8, the "
        "company unveiled a new watch model with cellular service.",
        "en",
    )
    launched = [f.get("organization") for t, f in events if t == "offering_launched"]
    assert launched == ["globex"]


def test_a_participle_and_a_possessive_refer_to_the_company_named_before() -> None:
    """In "Créé en 1971, Initech emploie 560 personnes." then, in a new paragraph, "Son chiffre
    d'affaires s'est monté à 100 millions d'euros l'an dernier", the founding and the revenue
    are Initech's, not those of the company the article is about.
    """
    result = _draft(
        "Globex rachète Initech\n\nLe suédois Globex a annoncé lundi le rachat du fabricant "
        "britannique Initech.\n\nCréé en 1971, Initech emploie 560 personnes.\n\nSon chiffre "
        "d'affaires s'est monté à 100 millions d'euros l'an dernier.",
        "fr",
    )
    founded = [e.entities for e in result.events if e.type == "founded"]
    assert founded == [("initech",)]
    revenue = [e.fields["organization"] for e in result.events if e.type == "results_reported"]
    assert revenue == ["initech"]


def test_a_name_then_a_verb_then_a_number_is_no_index() -> None:
    """A headcount "Initech emploie 560 personnes" is Initech's: only a name directly
    followed by a number ("CAC 40") is an index.
    """
    fields = _only("Titre\n\nInitech emploie 560 personnes.", "fr", "headcount_changed")
    assert fields["organization"] == "initech"


@needs_spacy()
def test_one_capitalised_word_is_no_person_by_spacys_guess_alone() -> None:
    """The French model calls the investor "Idinvest" a person in "Globex lève 20 millions
    d'euros auprès de Idinvest"; one word without a given name is not taken for a person.
    """
    result = draft(
        "Titre\n\nGlobex lève 20 millions d'euros auprès de Idinvest.",
        published=PUBLISHED, lang="fr", source_id="x", text_path="x.txt", nlp="spacy",
    )  # fmt: skip
    kinds = {e.id: e.kind for e in result.entities}
    assert kinds == {"globex": "organization", "idinvest": "organization"}


@pytest.mark.parametrize(
    ("text", "lang", "plan"),
    [
        (
            "Acme a affirmé être en désaccord avec la décision et prévoir de faire appel.",
            "fr",
            "prévoir de faire appel",
        ),
        (
            "L'opération valorise Globex à 2 milliards d'euros et est censée être bouclée "
            "d'ici fin juin.",
            "fr",
            "est censée être bouclée d'ici fin juin",
        ),
        (
            "Initech bought Globex last year and plans to list it in New York.",
            "en",
            "plans to list it in New York",
        ),
    ],
)
def test_a_plan_coordinated_after_the_news_of_its_clause_is_a_plan(
    text: str, lang: str, plan: str
) -> None:
    """A verb phrase of intention after "et"/"and" ("et prévoir de faire appel", "and plans
    to") is a plan of its own, quoted from its verb, beside the news the clause opens on.
    """
    plans = [e for e in _draft(text, lang).events if e.type == "plan_announced"]
    assert [plan] == [e.quote for e in plans]
    assert len(_draft(text, lang).events) == 2


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Acme et Globex ont signé un accord. Leur partenariat prévoit des échanges.", "fr"),
        ("Acme signed with Globex. The two will be partnering in the cloud market.", "en"),
    ],
)
def test_a_partnership_told_in_the_future_is_no_plan(text: str, lang: str) -> None:
    """A partnership whose parties are not named again ("Leur partenariat prévoit", "the two
    will be partnering") is the agreement's news, not a plan, as it is with its parties named.
    """
    told = [e for e in _draft(text, lang).events if e.quote.startswith(("Leur", "The two"))]
    assert ["fact_asserted"] == [e.type for e in told]
    assert "partnerships" == told[0].fields["attribute"]


def test_a_present_passive_appointment_in_french_is_news_of_the_day() -> None:
    """The French present passive ("Jeanne Dupont est nommée directrice générale"; "nommer"
    takes "avoir" in the past) is news of the day of the report: no anchor "before".
    """
    result = _draft(
        "Titre\n\nJeanne Dupont, ancienne directrice chez Initech, est nommée directrice "
        "générale de Globex.",
        "fr",
    )
    appointed = [e for e in result.events if e.type == "person_appointed"]
    assert [(e.when, e.anchor) for e in appointed] == [(None, None)]


def test_the_day_an_appointment_takes_effect_does_not_date_it() -> None:
    """In "a proposé de nommer au 1er juillet 2024 Jeanne Dupont directrice", a date after
    the publication day is when the appointment takes effect; the proposal is the day's news.
    """
    result = _draft(
        "Titre\n\nGlobex a proposé de nommer au 1er juillet 2024 Jeanne Dupont au poste de "
        "directrice générale.",
        "fr",
    )
    assert [(e.when, e.anchor) for e in result.events] == [(None, None)]


def test_a_participle_with_a_hyphenated_prefix_is_in_the_past() -> None:
    """A participle with a hyphenated prefix ("co-founded by Jane Doe") is in the past like
    "founded": the founding was done before the report.
    """
    result = _draft(
        "Title\n\nGlobex, a Boston-based startup co-founded by Jane Doe and John Roe, makes "
        "robots.",
        "en",
    )
    founded = [e for e in result.events if e.type == "founded"]
    assert [(e.when, e.anchor) for e in founded] == [(None, "before")]


def test_a_date_in_the_possessive_is_a_date() -> None:
    """A date in the English possessive ("last June's $3 billion round") is a date: "'s" is
    not part of the month's name.
    """
    result = _draft(
        "Title\n\nThe deal values Globex at $2 billion, a discount from last June's $3 billion "
        "round.",
        "en",
    )
    assert "last June" in [e.when for e in result.events]


def test_a_deadline_does_not_date_the_news() -> None:
    """A deadline ("doit être bouclée d'ici fin août") says when a deal is due to close, not
    when the valuation it states was reported.
    """
    result = _draft(
        "Titre\n\nL'opération valorise Globex à 2 milliards d'euros et doit être bouclée d'ici "
        "fin août.",
        "fr",
    )
    valued = [e for e in result.events if e.type == "valuation_reported"]
    assert [e.when for e in valued] == [None]


def test_a_clause_joined_to_a_result_does_not_take_its_period() -> None:
    """In "reported losses for the full year 2023 and outlined plans to lay off 10% of
    staff", the year is the period of the losses, not the day the cuts were told.
    """
    result = _draft(
        "Title\n\nGlobex reported losses of $70 million for the full year 2023 and outlined "
        "plans to lay off 10% of staff.",
        "en",
    )
    cuts = [e for e in result.events if e.type == "headcount_changed"]
    assert [e.when for e in cuts] == [None]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Jane Doe et John Roe prennent en charge les fonctions de directeur général.", "fr"),
        ("Chez Acme, Jeanne Dupont a tout appris depuis son entrée en 1998.", "fr"),
        ("Jane Doe takes over the duties of chief executive at Acme.", "en"),
    ],
)
def test_taking_over_duties_and_joining_are_appointments(text: str, lang: str) -> None:
    """Taking over a post's duties ("prennent en charge les fonctions", "takes over the
    duties") and "depuis son entrée" tell of an appointment, read or left to the reviewer.
    """
    events = _draft(text, lang).events
    assert events
    assert all(
        e.type == "person_appointed" or e.fields.get("attribute") in ("appointments", "roles")
        for e in events
    ), events


def test_a_verb_of_saying_as_a_participle_with_its_agent_is_no_speech() -> None:
    """In "les fonctions précédemment assurées par Jane Doe", "assurées par" is a passive that
    tells of a task, not a speech; the clause stays the news of its own cue.
    """
    events = _draft(
        "Jane Doe et John Roe prennent en charge les fonctions précédemment assurées par "
        "Jean Martin.",
        "fr",
    ).events
    assert ["fact_asserted"] == [e.type for e in events]
    assert "appointments" == events[0].fields["attribute"]


def test_commenter_is_a_french_verb_of_saying() -> None:
    """A quotation followed by "commente Jeanne Dupont" is a stance of its speaker."""
    fields = _only(
        "« Nous allons grandir en Europe », commente Jeanne Dupont, directrice d'Acme.",
        "fr",
        "stance_stated",
    )
    assert "jeanne-dupont" == fields["speaker"]


def test_an_adverb_of_time_before_a_role_in_apposition_keeps_the_role() -> None:
    """A role after an adverb of time ("Jeanne Dupont, aujourd'hui directrice générale
    déléguée") is a role held, as it is without the adverb.
    """
    fields = _only(
        "Acme a choisi Jeanne Dupont, aujourd'hui directrice générale déléguée.",
        "fr",
        "role_held",
    )
    assert "jeanne-dupont" == fields["person"]
    assert fields["role"].startswith("directrice générale")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Globex and Initech announced a partnership in cloud computing. The partnership "
            "centres around storage.",
            "en",
        ),
        (
            "Globex a annoncé un partenariat avec Initech. Le partenariat porte sur le stockage.",
            "fr",
        ),
    ],
)
def test_news_named_again_by_its_noun_is_no_new_event(text: str, lang: str) -> None:
    """A clause naming news told before by its noun ("The partnership centres around
    storage" after "announced a partnership") comments on it: one event, the announcement.
    """
    result = _draft(f"Title\n\n{text}", lang)
    assert [e.quote.split()[0] for e in result.events] == ["Globex"]


def test_news_named_again_with_a_figure_stays() -> None:
    """A later clause that names the deal again with a figure of its own ("paid 452 million
    euros for the acquisition") is kept: it may hold what the first did not say.
    """
    result = _draft(
        "Title\n\nGlobex announced the acquisition of Initech. Globex paid $452 million for "
        "the acquisition.",
        "en",
    )
    assert len(result.events) == 2, result.events


@pytest.mark.parametrize(
    "text",
    [
        "Le groupe Globex a ouvert un bureau à Lyon en mars.",
        "La levée financera l'ouverture d'un bureau de Globex à Lyon.",
    ],
)
def test_the_past_participle_and_the_noun_of_opening_a_site_open_a_site(text: str) -> None:
    """The words "ouvert" and "ouverture" open a site, as "ouvre" and "ouvrir" do."""
    fields = _only(text, "fr", "site_opened")
    assert "lyon" == fields["place"]


def test_what_a_product_is_meant_to_do_is_a_plan() -> None:
    """A product "destinée à remplacer" another is a plan of its maker: what it is meant to do."""
    fields = _only(
        "Titre\n\nAcme présente sa nouvelle voiture. Cette voiture, destinée à remplacer "
        "l'ancien modèle, marque un tournant.",
        "fr",
        "plan_announced",
    )
    assert {"organization": "acme", "plan": "destinée à remplacer l'ancien modèle"} == fields


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Globex a annoncé lundi la nomination de Jeanne Dupont et John Roe. Ils prennent en "
            "charge les fonctions précédemment assurées par le directeur général.",
            "fr",
        ),
        ("Globex has agreed to buy Initech for $2 billion.", "en"),
        ("Globex announced it is launching a private beta of its app.", "en"),
        (
            "Cette levée porte à 20 millions d'euros le montant total levé par Globex depuis sa "
            "création.",
            "fr",
        ),
    ],
)
def test_news_told_in_the_present_holds_on_the_day(text: str, lang: str) -> None:
    """News told as holding on the day of the report is not anchored "before": roles taken
    in the present after a pronoun ("Ils prennent en charge les fonctions précédemment
    assurées", whose participle describes the roles), a deal agreed in the present perfect,
    a launch announced in the present ("announced it is launching"), a total raised to date.
    """
    result = _draft(f"Titre\n\n{text}", lang)
    last = result.events[-1]
    assert (last.when, last.anchor) == (None, None), result.events


def test_a_sentence_on_the_same_decision_has_its_date() -> None:
    """A sentence opening "Dans la même décision" tells more of the decision dated before ("a
    annoncé lundi"): it has that date.
    """
    result = _draft(
        "Titre\n\nL'Autorité a annoncé lundi avoir infligé une amende de 5 millions d'euros à "
        "Globex. Dans la même décision, l'Autorité a infligé une amende à Initech.",
        "fr",
    )
    fines = [e for e in result.events if e.type == "legal_action_reported"]
    assert [e.when for e in fines] == ["lundi", "lundi"]


def test_an_agreement_announced_later_in_the_sentence_dates_it() -> None:
    """In "Globex va installer ..., aux termes d'un accord annoncé lundi" the plan was made
    known on that Monday; "conformément au projet annoncé le 18 février" names an earlier
    announcement and does not date it.
    """
    dated = _draft(
        "Titre\n\nGlobex va installer ses logiciels sur les appareils d'Initech, aux termes "
        "d'un accord annoncé lundi.",
        "fr",
    )
    earlier = _draft(
        "Titre\n\nGlobex va installer ses logiciels sur les appareils d'Initech, conformément "
        "au projet annoncé le 18 février.",
        "fr",
    )
    assert [e.when for e in dated.events if e.type == "plan_announced"] == ["lundi"]
    assert [e.when for e in earlier.events if e.type == "plan_announced"] == [None]


def test_the_launch_of_the_company_by_people_is_its_founding() -> None:
    """In "le lancement d'Acme par Jeanne Dupont", the company launched by a person is founded
    by her: a founding, not the launch of a product.
    """
    events = _draft(
        "Titre\n\nAcme lève 5 millions d'euros. Deux semaines après le lancement d'Acme par "
        "Jeanne Dupont, la société recrute.",
        "fr",
    ).events
    founded = [e for e in events if e.type == "founded"]
    assert [{"founders": "Jeanne Dupont"}] == [e.fields for e in founded]
    assert ("acme",) == founded[0].entities


def test_a_sentence_listing_what_the_one_before_named_keeps_its_tense() -> None:
    """In "She went on to hold various positions at Globex. These include ... Chief Marketing
    Officer", the roles listed were held before the report, as the sentence before says.
    """
    result = _draft(
        "Title\n\nJane Doe has 30 years of experience. She went on to hold various positions "
        "at Globex. These include President of Initech, and Chief Marketing Officer.",
        "en",
    )
    roles = [e for e in result.events if e.type == "role_held"]
    assert roles
    assert {(e.when, e.anchor) for e in roles} == {(None, "before")}


@pytest.mark.parametrize(
    "text",
    [
        "Titre\n\nCes discussions suivent l'annonce par Acme d'un plan de baisse des coûts.",
        "Titre\n\nEn 2018, Acme a lancé son plan de décentralisation.",
    ],
)
def test_a_plan_announced_or_launched_is_a_plan(text: str) -> None:
    """What is announced or launched is a plan when it is "un plan de" something ("l'annonce
    d'un plan de baisse des coûts", "a lancé son plan de décentralisation"), not a launch.
    """
    fields = _only(text, "fr", "plan_announced")
    assert "acme" == fields["organization"]


def test_a_title_before_a_name_is_quoted_with_its_determiner() -> None:
    """A title before a name is quoted from its determiner ("son PDG-fondateur Jean Martin",
    "le directeur général Jean Martin"), which belongs to the phrase that names the role.
    """
    roles = [
        e
        for e in _draft(
            "Titre\n\nAcme sera rachetée par son PDG-fondateur Jean Martin.", "fr"
        ).events
        if e.type == "role_held"
    ]
    assert ["son PDG-fondateur Jean Martin"] == [e.quote for e in roles]


def test_the_day_of_a_share_price_a_premium_is_measured_from_is_no_event() -> None:
    """In "a 16% premium to the stock's closing price on March 8" the date is the day of the
    price the premium is measured from: no event, no plan.
    """
    result = _draft(
        "Title\n\nGlobex will pay $24 per share for Initech, a 16% premium to the stock's "
        "closing price on March 8.",
        "en",
    )
    assert [e.quote for e in result.events] == ["Globex will pay $24 per share for Initech"]


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        (
            "The regulator fined Globex €5 million. While this has spurred other antitrust "
            "agencies to emulate the tactic, Globex will appeal.",
            "en",
            ["The regulator fined Globex €5 million", "Globex will appeal"],
        ),
        (
            "Globex cut 500 jobs. A Globex spokesperson was not immediately available to "
            "provide the exact number of employees affected.",
            "en",
            ["Globex cut 500 jobs"],
        ),
        (
            "Globex ouvre des centres en France, ce qui entraîne des délais d'attente pour les "
            "clients.",
            "fr",
            ["Globex ouvre des centres en France"],
        ),
        (
            "Globex lève 5 millions d'euros. Les investisseurs historiques, à savoir le fonds "
            "Initech Capital, remettent au pot.",
            "fr",
            ["Globex lève 5 millions d'euros"],
        ),
    ],
)
def test_a_clause_that_is_no_news_is_no_event(text: str, lang: str, kept: list[str]) -> None:
    """A concession without a date or a figure ("While this has spurred..."), a source that
    gave no answer ("was not immediately available to provide"), an apposition that is a
    consequence ("ce qui entraîne") or a list ("à savoir le fonds...") are no events.
    """
    assert [e.quote for e in _draft(f"Title\n\n{text}", lang).events] == kept


def test_a_concession_with_a_figure_of_its_own_is_news() -> None:
    """A concession with its own date and figure ("though it lowered its valuation in July
    to $74 billion") says news: it stays.
    """
    result = _draft(
        "Title\n\nGlobex became the most valuable startup last year, with a valuation of $95 "
        "billion, though it reportedly lowered its internal valuation in July to $74 billion.",
        "en",
    )
    assert any(e.quote.startswith("though it reportedly") for e in result.events), result.events


def test_a_deal_told_as_a_project_to_come_is_a_plan() -> None:
    """A takeover bid told as a project to come ("déposera un projet d'offre publique
    d'achat") is a plan of the bidder, not the deal itself.
    """
    fields = _only(
        "Titre\n\nAcme déposera ensuite un projet d'offre publique d'achat sur les actions de "
        "Globex.",
        "fr",
        "plan_announced",
    )
    assert "acme" == fields["organization"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Titre\n\nAcme va fermer une usine. Deux sources proches du dossier ont déclaré à "
            "Globex News jeudi que cette question serait évoquée avec les salariés.",
            "fr",
        ),
        (
            "Title\n\nAcme will close a plant. People familiar with the matter told Globex News "
            "that the plant would close in June.",
            "en",
        ),
    ],
)
def test_what_unnamed_sources_told_an_outlet_is_a_claim_of_the_outlet(text: str, lang: str) -> None:
    """Unnamed sources telling a news outlet ("deux sources proches du dossier ont déclaré à
    Globex News que") make a claim attributed to the outlet, not a stance nor a plan.
    """
    fields = _only(text, lang, "claim_attributed")
    assert ("acme", "globex-news") == (fields["about"], fields["claimant"])


def test_a_launch_told_as_what_came_before_is_done_before() -> None:
    """A launch named after "après" ("Deux semaines après le lancement de Globex par Jeanne
    Dupont") came before something else: done before the report.
    """
    result = _draft(
        "Titre\n\nDeux semaines après le lancement de Globex par Jeanne Dupont, Initech "
        "annonce une levée.",
        "fr",
    )
    founded = [e for e in result.events if e.type == "founded"]
    assert [(e.when, e.anchor) for e in founded] == [(None, "before")]


def test_a_deal_subject_to_a_condition_is_a_plan() -> None:
    """A deal told as subject to a condition ("L'acquisition des magasins est soumise à
    l'accord des autorités") is still to happen: a plan, not a fact of acquisitions.
    """
    fields = _only(
        "Titre\n\nAcme a annoncé le rachat de Globex. L'acquisition des magasins est toutefois "
        "soumise à l'accord des autorités.",
        "fr",
        "plan_announced",
    )
    assert "acme" == fields["organization"]


def test_a_dated_clause_naming_the_moment_of_something_else_is_no_event() -> None:
    """A dated clause opening on "après le" ("après le pic constaté fin septembre") names
    the moment of something else: no event of its own.
    """
    result = _draft(
        "Titre\n\nGlobex a levé 5 millions d'euros cette semaine, après le pic constaté fin "
        "septembre.",
        "fr",
    )
    assert [e.type for e in result.events] == ["funding_raised"]


def test_an_amount_just_before_its_metric_is_the_result() -> None:
    """An amount just before the metric it measures ("about $1 billion in cash on hand at the
    end of the first quarter") is the result's value, as an amount after the metric is.
    """
    fields = _only(
        "Title\n\nAcme agreed to buy Globex. The company said it had about $1 billion in cash "
        "on hand at the end of the first quarter.",
        "en",
        "results_reported",
    )
    assert (1_000_000_000, "USD") == (fields["value"], fields["currency"])


@pytest.mark.parametrize(
    ("clause", "present"),
    [
        ("ils prennent en charge les fonctions", True),
        ("elle devient directrice generale", True),
        ("il rejoignait alors initech", False),
        ("il a quitte ses fonctions", False),
    ],
)
def test_a_pronoun_and_a_verb_in_the_present_is_told_apart_from_the_past(
    clause: str, present: bool
) -> None:
    """An appointment opening on a pronoun and a verb in the present ("Ils prennent en
    charge") is the day's news; the imperfect ("il rejoignait") and the passé composé are not.
    """
    from timeline.extract._dating_words import PRONOUN_PRESENT

    assert present == bool(PRONOUN_PRESENT.match(clause))


@pytest.mark.parametrize(
    ("text", "lang", "authority"),
    [
        (
            "Title\n\nAcme completed its acquisition of Globex on Friday. On October 19, the "
            "European Union's regulators approved the acquisition.",
            "en",
            "european-union",
        ),
        (
            "Titre\n\nAcme a finalisé le rachat de Globex. L'Autorité de la concurrence a "
            "autorisé l'opération en mars.",
            "fr",
            "autorite-de-la-concurrence",
        ),
    ],
)
def test_a_regulators_approval_is_a_legal_action(text: str, lang: str, authority: str) -> None:
    """A regulator's approval of a deal ("regulators approved the acquisition", "l'Autorité a
    autorisé l'opération") is a legal action of the authority on the company in focus.
    """
    fields = _only(text, lang, "legal_action_reported")
    assert {"organization": "acme", "action": "approval", "authority": authority} == fields


def test_news_told_in_the_phrase_that_goes_with_a_clause_quotes_the_clause() -> None:
    """In "Globex became the most valuable startup last year, with a valuation of $9
    billion", the valuation told by the "with" phrase is the news of the whole clause, dated by
    its date.
    """
    events = _draft(
        "Title\n\nGlobex became the most valuable startup in Europe last year, with a "
        "valuation of $9 billion.",
        "en",
    ).events
    assert [("valuation_reported", "last year")] == [(e.type, e.when) for e in events]
    assert events[0].quote.startswith("Globex became")


@pytest.mark.parametrize(
    ("text", "lang", "size", "quote"),
    [
        (
            "Title\n\nThe money will help Globex grow its fully distributed six-person team.",
            "en",
            6,
            "its fully distributed six-person team",
        ),
        (
            "Titre\n\nGlobex va renforcer son équipe de 12 personnes.",
            "fr",
            12,
            "son équipe de 12 personnes",
        ),
    ],
)
def test_the_size_of_a_team_told_in_a_phrase_is_a_headcount(
    text: str, lang: str, size: int, quote: str
) -> None:
    """A team's size in a phrase of its own ("its six-person team", "son équipe de 12
    personnes") is the organisation's headcount, beside the plan the sentence tells.
    """
    heads = [e for e in _draft(text, lang).events if e.type == "headcount_changed"]
    assert [(size, quote)] == [(e.fields["headcount"], e.quote) for e in heads]
    assert "globex" == heads[0].fields["organization"]
