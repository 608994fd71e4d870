"""The brief's reference answer: the state of the seed article's company as of March 2024."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline import Certainty, State, Timeline

from .helpers import ARTICLE, seed_log

# (attribute, a part of the value, first day of the span or None when open, last day)
REFERENCE = [
    ("founded", "2023-04", "2023-04-01", "2023-04-30"),
    ("founders", "three French founders, formerly of Meta", "2023-04-01", "2023-04-30"),
    ("co-founder", "Arthur Mensch", "2024-03-12", "2024-03-12"),
    ("director of public affairs", "Audrey Herblin-Stoop", "2024-03-12", "2024-03-12"),
    ("language models", "Mistral Large (its third", "2024-02-21", "2024-02-29"),
    ("partners", "Microsoft", "2024-02-21", "2024-02-29"),
    ("offerings", "paid offering of its technology, with Microsoft", None, "2024-03-11"),
    ("Mistral Large availability", "Azure AI customers", "2024-03-12", "2024-03-12"),
    (
        "Mistral Large performance",
        "comparable to GPT-4 from OpenAI, according to Mistral AI",
        "2024-03-12",
        "2024-03-12",
    ),
    (
        "valuation",
        "about 2 billion USD, according to financial sources",
        "2024-03-12",
        "2024-03-12",
    ),
    ("open source", "will not abandon open source despite", "2024-02-21", "2024-02-29"),
    (
        "open source",
        "will not abandon open source (Audrey Herblin-Stoop",
        "2024-03-12",
        "2024-03-12",
    ),
    (
        "product lines",
        "two: open-source models and optimised commercial",
        "2024-02-21",
        "2024-02-29",
    ),
]


@pytest.fixture(scope="module")
def timeline(tmp_path_factory: pytest.TempPathFactory) -> Timeline:
    """The seed article's log, built once for this module."""
    return seed_log(tmp_path_factory.mktemp("reference"))


def _find(state: State, attribute: str, part: str) -> list[str]:
    return [f.value for f in state.facts if f.attribute == attribute and part in f.value]


@pytest.mark.parametrize(("attribute", "part", "first", "last"), REFERENCE)
def test_the_reference_fact_holds_as_of_march_2024_with_its_quote(
    timeline: Timeline, attribute: str, part: str, first: str | None, last: str
) -> None:
    """Each fact of the brief's reference table is definite as of 2024-03, dated, and quoted."""
    text = ARTICLE.read_text(encoding="utf-8")
    state = timeline.state("mistral-ai", as_of="2024-03")
    facts = [f for f in state.facts if f.attribute == attribute and part in f.value]
    assert len(facts) == 1, [f"{f.attribute}: {f.value}" for f in state.facts]
    fact = facts[0]
    assert fact.certainty == Certainty.DEFINITE
    assert (first, last) == (
        None if fact.when.start is None else fact.when.start.isoformat(),
        None if fact.when.last is None else fact.when.last.isoformat(),
    )
    assert fact.sources
    for source in fact.sources:
        assert source.quote in text
        assert dt.date(2024, 3, 12) == source.published


def test_as_of_mid_february_only_the_founding_facts_are_definite(timeline: Timeline) -> None:
    """As of 2024-02-15, the founding and the founders are the only definite facts."""
    state = timeline.state("mistral-ai", as_of="2024-02-15")
    definite = {f.attribute for f in state.facts if f.certainty is Certainty.DEFINITE}
    assert {"founded", "founders"} == definite


def test_as_of_25_february_the_late_february_events_are_possible(timeline: Timeline) -> None:
    """Late February straddles 2024-02-25, so the model and the partnership are only possible."""
    state = timeline.state("mistral-ai", as_of="2024-02-25")
    model = [f for f in state.facts if f.attribute == "language models"]
    partners = [f for f in state.facts if f.attribute == "partners"]
    assert [f.certainty for f in model] == [Certainty.POSSIBLE]
    assert [f.certainty for f in partners] == [Certainty.POSSIBLE]
    assert _find(state, "valuation", "") == []


def test_the_state_of_a_person_carries_their_roles_and_interviews(timeline: Timeline) -> None:
    """Other entities answer too: the co-founder's state has the role and the Le Monde interview."""
    state = timeline.state("arthur-mensch", as_of="2024-03")
    assert state.values("roles") == ["co-founder, Mistral AI"]
    assert state.values("interviews") == ["Le Monde, on open source and the paid offering"]


def test_the_partnership_is_seen_from_both_sides(timeline: Timeline) -> None:
    """A partnership adds each party to the other's partners."""
    assert timeline.state("microsoft", as_of="2024-03").values("partners") == ["Mistral AI"]


def test_entities_are_found_by_alias_and_name(timeline: Timeline, tmp_path: Path) -> None:
    """A query may name an entity by its id, display name or alias, ignoring case and accents."""
    ids = {timeline.entity(n).id for n in ("mistral-ai", "Mistral AI", "mistral", "MISTRAL")}
    assert {"mistral-ai"} == ids
