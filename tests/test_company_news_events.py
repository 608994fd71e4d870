"""Company news: funding rounds, acquisitions, appointments and departures, results, headcount,
sites, legal actions and plans, from seed files to the state of an entity.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

from timeline import InputError, Timeline
from timeline.converter import canonical_json, structure_event, unstructure_event
from timeline.identity import content_id
from timeline.projections.state import State
from timeline.vocabulary.events import PlanAnnounced, ResultsReported

from .helpers import write_seed
from .test_cli import run

SOURCE = {
    "id": "news-2024-01-15",
    "title": "Company news",
    "publisher": "Test Press",
    "published": "2024-01-15",
    "language": "fr",
}
TEXT = (
    "Acme avait levé 20 millions d'euros en 2021. "
    "Acme a levé 50 millions d'euros en série B en mars 2023, menée par Fonds Un, avec Fonds Deux. "
    "Acme a racheté Bolt pour 100 millions d'euros. "
    "Alice Martin a été nommée directrice générale d'Acme en 2020. "
    "Elle quitte ses fonctions fin 2023, remplacée par Bruno Petit. "
    "Son chiffre d'affaires a atteint 12 millions d'euros en 2023. "
    "Acme emploie désormais 120 personnes après 20 embauches. "
    "Acme ouvre un laboratoire à Lyon. "
    "La CNIL a infligé à Acme une amende de 2 millions d'euros. "
    "Acme veut ouvrir une usine d'ici fin 2025."
)
ENTITIES: list[dict[str, Any]] = [
    {"id": "acme", "name": "Acme", "kind": "organization"},
    {"id": "bolt", "name": "Bolt", "kind": "organization"},
    {"id": "fund-one", "name": "Fonds Un", "kind": "organization"},
    {"id": "fund-two", "name": "Fonds Deux", "kind": "organization"},
    {"id": "alice", "name": "Alice Martin", "kind": "person"},
    {"id": "bruno", "name": "Bruno Petit", "kind": "person"},
    {"id": "lyon", "name": "Lyon", "kind": "place"},
    {"id": "regulator", "name": "CNIL", "kind": "organization"},
]

FUNDING = {
    "type": "funding_raised",
    "organization": "acme",
    "amount": 50_000_000,
    "currency": "EUR",
    "round": "Series B",
    "investors": ["fund-two"],
    "lead_investor": "fund-one",
    "valuation": 400_000_000,
    "when": "en mars 2023",
    "quote": "Acme a levé 50 millions d'euros en série B",
}
ACQUISITION = {
    "type": "acquisition_announced",
    "acquirer": "acme",
    "target": "bolt",
    "price": 100_000_000,
    "currency": "EUR",
    "status": "completed",
    "quote": "Acme a racheté Bolt pour 100 millions d'euros",
}
APPOINTED = {
    "type": "person_appointed",
    "person": "alice",
    "role": "chief executive",
    "organization": "acme",
    "when": "en 2020",
    "quote": "Alice Martin a été nommée directrice générale d'Acme en 2020",
}
DEPARTED = {
    "type": "person_departed",
    "person": "alice",
    "role": "chief executive",
    "organization": "acme",
    "successor": "bruno",
    "when": "fin 2023",
    "quote": "Elle quitte ses fonctions fin 2023, remplacée par Bruno Petit",
}
RESULTS = {
    "type": "results_reported",
    "organization": "acme",
    "metric": "revenue",
    "period": "en 2023",
    "value": 12_000_000,
    "currency": "EUR",
    "quote": "Son chiffre d'affaires a atteint 12 millions d'euros en 2023",
}
HEADCOUNT = {
    "type": "headcount_changed",
    "organization": "acme",
    "change": 20,
    "headcount": 120,
    "detail": "hires",
    "quote": "Acme emploie désormais 120 personnes après 20 embauches",
}
SITE = {
    "type": "site_opened",
    "organization": "acme",
    "place": "lyon",
    "detail": "a laboratory",
    "quote": "Acme ouvre un laboratoire à Lyon",
}
LEGAL = {
    "type": "legal_action_reported",
    "organization": "acme",
    "authority": "regulator",
    "action": "fined",
    "amount": 2_000_000,
    "currency": "EUR",
    "quote": "La CNIL a infligé à Acme une amende de 2 millions d'euros",
}
PLAN = {
    "type": "plan_announced",
    "organization": "acme",
    "plan": "open a plant",
    "target": "fin 2025",
    "quote": "Acme veut ouvrir une usine d'ici fin 2025",
}


def _timeline(tmp_path: Path, *events: dict[str, Any], source: dict[str, Any] = SOURCE) -> Timeline:
    """A fresh log holding the events of one seed file over `TEXT`."""
    name = str(source["id"])
    seed = write_seed(tmp_path / "seeds", name, TEXT, source, ENTITIES, list(events))
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    tl.ingest([seed])
    return tl


def _held(state: State, attribute: str) -> list[tuple[str, str]]:
    """The (value, certainty) pairs of one attribute of a state, in order."""
    return [(f.value, f.certainty.value) for f in state.facts if f.attribute == attribute]


@pytest.mark.parametrize(
    ("event", "entity", "attribute", "value"),
    [
        (FUNDING, "acme", "funding rounds", "Series B: 50 million EUR, led by Fonds Un"),
        (FUNDING, "fund-two", "investments", "Acme (Series B)"),
        (FUNDING, "acme", "total raised", "50 million EUR"),
        (FUNDING, "acme", "valuation", "400 million EUR (Series B)"),
        (FUNDING, "fund-one", "investments", "Acme (Series B)"),
        (ACQUISITION, "acme", "acquisitions", "Bolt"),
        (ACQUISITION, "bolt", "acquired by", "Acme (completed, 100 million EUR)"),
        (ACQUISITION, "acme", "acquisition of Bolt", "100 million EUR (completed)"),
        (APPOINTED, "acme", "chief executive", "Alice Martin"),
        (APPOINTED, "alice", "chief executive at Acme", "appointed"),
        (DEPARTED, "alice", "chief executive at Acme", "departed, succeeded by Bruno Petit"),
        (DEPARTED, "bruno", "chief executive at Acme", "appointed, succeeding Alice Martin"),
        (DEPARTED, "acme", "former chief executive", "Alice Martin"),
        (
            {k: v for k, v in DEPARTED.items() if k != "successor"},
            "acme",
            "former chief executive",
            "Alice Martin",
        ),
        ({**APPOINTED, "predecessor": "bruno"}, "acme", "former chief executive", "Bruno Petit"),
        (RESULTS, "acme", "revenue (2023)", "12 million EUR"),
        (HEADCOUNT, "acme", "headcount", "120"),
        (HEADCOUNT, "acme", "headcount changes", "+20, hires"),
        (SITE, "acme", "sites", "a laboratory, Lyon"),
        (SITE, "lyon", "sites", "Acme, a laboratory"),
        (LEGAL, "acme", "legal actions", "fined by CNIL, 2 million EUR"),
        (LEGAL, "regulator", "legal actions", "fined against Acme, 2 million EUR"),
        (PLAN, "acme", "plans", "open a plant (target: 2025-09-01 to 2025-12-31)"),
    ],
    ids=lambda v: v["type"] if isinstance(v, dict) else None,
)
def test_a_seed_file_of_each_company_news_type_ingests_and_shows_its_fact(
    tmp_path: Path, event: dict[str, Any], entity: str, attribute: str, value: str
) -> None:
    """An annotation of each new type ingests and its fact is in the entity's state."""
    state = _timeline(tmp_path, event).state(entity, "2024-06")
    assert [(value, "definite")] == _held(state, attribute)


def test_a_role_passes_from_person_to_successor_through_appointment_and_departure(
    tmp_path: Path,
) -> None:
    """Appointed in 2020 and departed at the end of 2023 for a successor: the first person
    holds the role as of 2021, the successor as of 2024.
    """
    tl = _timeline(tmp_path, APPOINTED, DEPARTED)
    assert [("Alice Martin", "definite")] == _held(tl.state("acme", "2021"), "chief executive")
    assert [("Bruno Petit", "definite")] == _held(tl.state("acme", "2024"), "chief executive")


def test_a_succession_is_possible_inside_the_departure_span(tmp_path: Path) -> None:
    """As of a day inside "fin 2023", the departing person still holds the role and the
    successor is shown beside them as possible.
    """
    state = _timeline(tmp_path, APPOINTED, DEPARTED).state("acme", "2023-10-15")
    expected = [("Alice Martin", "definite"), ("Bruno Petit", "possible")]
    assert expected == _held(state, "chief executive")


def test_a_departure_without_a_successor_leaves_the_role_vacant(tmp_path: Path) -> None:
    """Once a departure with no successor named is definite, nobody holds the role."""
    alone = {k: v for k, v in DEPARTED.items() if k != "successor"}
    state = _timeline(tmp_path, APPOINTED, alone).state("acme", "2024")
    assert [("vacant (Alice Martin departed)", "definite")] == _held(state, "chief executive")
    assert [("departed", "definite")] == _held(
        _timeline(tmp_path / "b", alone).state("alice", "2024"), "chief executive at Acme"
    )


def test_the_total_raised_is_summed_per_currency_over_the_rounds(tmp_path: Path) -> None:
    """Two rounds in euros add up; a round in dollars is summed apart, never converted."""
    plain = {k: v for k, v in FUNDING.items() if k != "valuation"}
    seed_round = {**plain, "round": "Seed", "amount": 20_000_000, "when": "en 2021"}
    dollars = {**plain, "round": "Series C", "amount": 30_000_000, "currency": "USD"}
    tl = _timeline(tmp_path, FUNDING, seed_round, dollars)
    state = tl.state("acme", "2024")
    assert [("70 million EUR, 30 million USD", "definite")] == _held(state, "total raised")
    assert [("20 million EUR", "definite")] == _held(tl.state("acme", "2022"), "total raised")
    expected = [
        "Seed: 20 million EUR, led by Fonds Un",
        "Series B: 50 million EUR, led by Fonds Un",
        "Series C: 30 million USD, led by Fonds Un",
    ]
    assert expected == state.values("funding rounds")
    assert ["Fonds Un", "Fonds Deux"] == state.values("investors")


def test_a_round_reported_by_two_sources_counts_once_in_the_total(tmp_path: Path) -> None:
    """The same named round from a second source adds a source, not a second amount."""
    later = {**SOURCE, "id": "news-2024-02-01", "published": "2024-02-01"}
    again = {k: v for k, v in FUNDING.items() if k != "lead_investor"} | {"investors": ["fund-one"]}
    tl = _timeline(tmp_path, FUNDING)
    seed = write_seed(tmp_path / "seeds", "news-2024-02-01", TEXT, later, ENTITIES, [again])
    tl.ingest([seed])
    facts = [f for f in tl.state("acme", "2024-06").facts if f.attribute == "total raised"]
    assert [("50 million EUR", 2)] == [(f.value, len(f.sources)) for f in facts]


def test_a_completed_acquisition_supersedes_its_announcement(tmp_path: Path) -> None:
    """The target is acquired "announced" until the completion is definite, then "completed";
    the acquirer lists the target once, with both sources.
    """
    announced = {**ACQUISITION, "status": "announced", "when": "en mars 2023"}
    completed = {**ACQUISITION, "when": "fin 2023"}
    tl = _timeline(tmp_path, announced, completed)
    before = [("Acme (announced, 100 million EUR)", "definite")]
    assert before == _held(tl.state("bolt", "2023-06"), "acquired by")
    after = [("Acme (completed, 100 million EUR)", "definite")]
    assert after == _held(tl.state("bolt", "2024"), "acquired by")
    acquisitions = [f for f in tl.state("acme", "2024").facts if f.attribute == "acquisitions"]
    assert [("Bolt", 2)] == [(f.value, len(f.sources)) for f in acquisitions]


@pytest.mark.parametrize(
    ("stake", "acme", "bolt"),
    [
        (
            "63.98%",
            [
                ("acquisitions", "Bolt"),
                ("acquisition of Bolt", "63.98%, 100 million EUR (completed)"),
            ],
            [("acquired by", "Acme (completed, 63.98%, 100 million EUR)")],
        ),
        (
            "24.5%",
            [
                ("stakes acquired", "Bolt (24.5%)"),
                ("stake in Bolt", "24.5%, 100 million EUR (completed)"),
            ],
            [("shareholders", "Acme (completed, 24.5%, 100 million EUR)")],
        ),
    ],
)
def test_a_stake_bought_is_shown_and_a_minority_one_buys_no_control(
    tmp_path: Path, stake: str, acme: list[tuple[str, str]], bolt: list[tuple[str, str]]
) -> None:
    """The percent of the capital bought is in the acquirer's and the target's facts; more
    than half of it is an acquisition (`acquired by`), half or less a stake (`shareholders`).
    """
    tl = _timeline(tmp_path, {**ACQUISITION, "stake": stake})
    deal = ("acquisitions", "stakes acquired", "acquisition of Bolt", "stake in Bolt")
    facts = tl.state("acme", "2024-06").facts
    assert acme == [(f.attribute, f.value) for f in facts if f.attribute in deal]
    held = ("acquired by", "shareholders")
    assert bolt == [
        (f.attribute, f.value) for f in tl.state("bolt", "2024-06").facts if f.attribute in held
    ]


@pytest.mark.parametrize("stake", ["0%", "120%", "-5%", "63,98%", "63.98"])
def test_a_stake_that_is_no_percent_of_the_capital_is_refused(tmp_path: Path, stake: str) -> None:
    """A stake of 0%, above 100%, or not written as a percent like "63.98%" names the field
    and logs nothing.
    """
    with pytest.raises(InputError, match="stake"):
        _timeline(tmp_path, {**ACQUISITION, "stake": stake})
    assert [] == list(Timeline.open(tmp_path / "log.jsonl", create=True).records())


def test_a_plan_is_dated_by_its_publication_with_its_target_in_the_value(tmp_path: Path) -> None:
    """A plan is a fact from its publication day on, never before it, with its target period
    in the value rather than as its date.
    """
    tl = _timeline(tmp_path, PLAN)
    assert [] == _held(tl.state("acme", "2024-01-14"), "plans")
    [fact] = [f for f in tl.state("acme", "2024-01-15").facts if f.attribute == "plans"]
    expected = ("open a plant (target: 2025-09-01 to 2025-12-31)", "definite", "2024-01-15")
    assert expected == (fact.value, fact.certainty.value, fact.when.label())


def test_a_plan_with_a_topic_is_filed_under_it_and_keeps_its_id_without_one(
    tmp_path: Path,
) -> None:
    """A plan with a topic is a fact of `plans (<topic>)`; the `topic` key, added after the
    first logs were written, is left out of the record of a plan without one, so such a
    plan's content-derived id is what it was before the field existed.
    """
    tl = _timeline(tmp_path, {**PLAN, "topic": "sites"})
    state = tl.state("acme", "2024-01-15")
    assert [("open a plant (target: 2025-09-01 to 2025-12-31)", "definite")] == _held(
        state, "plans (sites)"
    )
    assert [] == _held(state, "plans")
    [with_topic] = [r.event for r in tl.events() if isinstance(r.event, PlanAnnounced)]
    without = attrs.evolve(with_topic, topic=None)
    assert unstructure_event(with_topic)["topic"] == "sites"
    assert "topic" not in unstructure_event(without)
    legacy = {k: v for k, v in unstructure_event(without).items() if k != "id"}
    digest = hashlib.sha256(canonical_json(legacy).encode("utf-8")).hexdigest()
    assert content_id(without) == f"plan_announced-{digest[:16]}"
    assert content_id(without) != content_id(with_topic)
    assert structure_event(unstructure_event(with_topic)) == with_topic


def test_a_plan_dated_at_its_target_is_refused(tmp_path: Path) -> None:
    """A plan whose `when` lies after the publication day names the error and logs nothing."""
    with pytest.raises(InputError, match="target"):
        _timeline(tmp_path, {**PLAN, "when": "fin 2025", "tense": "future"})
    assert [] == list(Timeline.open(tmp_path / "log.jsonl", create=True).records())


def test_a_results_period_may_be_a_machine_form_shown_as_a_quarter(tmp_path: Path) -> None:
    """`period = "2023-Q4"` needs no words in the text and labels the fact by its quarter."""
    state = _timeline(tmp_path, {**RESULTS, "period": "2023-Q4"}).state("acme", "2024")
    assert [("12 million EUR", "definite")] == _held(state, "revenue (2023-Q4)")


def test_a_result_with_decimals_shows_them_and_keeps_its_id_without_them(
    tmp_path: Path,
) -> None:
    """A result with decimals of its own (earnings of 0.57 EUR a share) shows its `exact`
    figure, not the whole part; the `exact` key, added after the first logs were written, is
    left out of a result without one, so such a result's id is what it was before.
    """
    per_share = {**RESULTS, "metric": "earnings per share", "value": 0, "exact": "0.57"}
    tl = _timeline(tmp_path, per_share)
    assert [("0.57 EUR", "definite")] == _held(
        tl.state("acme", "2024"), "earnings per share (2023)"
    )
    [event] = [r.event for r in tl.events() if isinstance(r.event, ResultsReported)]
    whole = attrs.evolve(event, exact=None)
    assert "exact" not in unstructure_event(whole)
    legacy = {k: v for k, v in unstructure_event(whole).items() if k != "id"}
    digest = hashlib.sha256(canonical_json(legacy).encode("utf-8")).hexdigest()
    assert content_id(whole) == f"results_reported-{digest[:16]}"
    assert structure_event(unstructure_event(event)) == event


@pytest.mark.parametrize(("value", "exact"), [(0, "0,57"), (0, "1.57"), (41, "41")])
def test_an_exact_result_that_is_no_decimal_of_its_value_is_refused(
    tmp_path: Path, value: int, exact: object
) -> None:
    """An `exact` that is not a decimal numeral with a point, or whose whole part is not the
    result's `value`, names the field and logs nothing.
    """
    with pytest.raises(InputError, match="exact"):
        _timeline(tmp_path, {**RESULTS, "value": value, "exact": exact})
    assert [] == list(Timeline.open(tmp_path / "log.jsonl", create=True).records())


def test_a_results_period_not_in_the_text_is_refused(tmp_path: Path) -> None:
    """Date words for `period` must be in the text, as `when`'s are."""
    with pytest.raises(InputError, match="not in the text"):
        _timeline(tmp_path, {**RESULTS, "period": "premier semestre 2023"})


def test_the_state_command_shows_the_total_raised_and_why_explains_it(tmp_path: Path) -> None:
    """`timeline state --json` lists the total raised, and `timeline why` names its rounds."""
    _timeline(tmp_path, FUNDING)
    log = str(tmp_path / "log.jsonl")
    status, out = run("state", "acme", "--as-of", "2024", "--json", "--log", log)
    facts = {f["attribute"]: f["value"] for f in json.loads(out)["facts"]}
    assert (0, "50 million EUR") == (status, facts["total raised"])
    status, out = run("why", "acme", "total raised", "--as-of", "2024", "--log", log)
    assert (0, True) == (status, "Acme a levé 50 millions d'euros en série B" in out)
