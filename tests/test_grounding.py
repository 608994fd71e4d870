"""The grounding checks every proposal passes before it reaches a draft, and the review
summary `timeline extract` prints.
"""

from __future__ import annotations

import datetime as dt

import attrs

from timeline.extract import draft
from timeline.extract._seedfile import Draft, DraftEntity, DraftEvent
from timeline.extract.draft import Analysed
from timeline.extract.grounding import Extractor, confidence, grounded, review
from timeline.time.normalize import Tense

from .helpers import run

PUBLISHED = dt.date(2024, 3, 12)
TEXT = "Acme a levé 5 millions d'euros en mars 2023. Acme veut ouvrir une usine."
ACME = DraftEntity("acme", "Acme")


def _draft(*events: DraftEvent) -> Draft:
    """A draft of `TEXT` declaring Acme, with `events`."""
    source = {"id": "x", "text": "x.txt", "title": "t", "publisher": "p", "language": "fr"}
    return Draft(source, (ACME,), events, TEXT)


def _fact(quote: str, start: int, **changes: object) -> DraftEvent:
    """A fact about Acme quoting `quote` at `start`."""
    event = DraftEvent(
        "fact_asserted", {"entity": "acme", "attribute": "a", "value": "v"}, quote, start
    )
    return attrs.evolve(event, **changes)  # type: ignore[arg-type]


def test_a_quote_that_is_not_the_text_at_its_offset_is_dropped() -> None:
    """An extractor's quote must be the text at its offset, exactly."""
    checked = grounded(_draft(_fact("Acme a levé", 3), _fact("Acme a levé", 0)), PUBLISHED, "fr")
    assert [e.start for e in checked.draft.events] == [0]
    assert "quote is not the text at its offset" in checked.problems[0]


def test_an_event_naming_an_undeclared_entity_is_dropped() -> None:
    """Every entity an event names must be declared by the draft."""
    ghost = attrs.evolve(_fact("Acme a levé", 0), fields={"entity": "ghost", "attribute": "a"})
    checked = grounded(_draft(ghost), PUBLISHED, "fr")
    assert checked.draft.events == ()
    assert "'ghost' is not declared" in checked.problems[0]


def test_date_words_not_in_the_text_or_unresolved_are_taken_off() -> None:
    """`when` words absent from the text are taken off; the event stays, undated."""
    checked = grounded(_draft(_fact("Acme a levé", 0, when="en juin 2023")), PUBLISHED, "fr")
    assert [e.when for e in checked.draft.events] == [None]
    assert "'en juin 2023' taken off" in checked.problems[0]


def test_a_plan_dated_after_its_publication_loses_the_date() -> None:
    """A plan is dated by the day it was stated, never by a future day."""
    text = "Acme ouvrira une usine en avril 2024."
    source = {"id": "x", "text": "x.txt", "title": "t", "publisher": "p", "language": "fr"}
    plan = DraftEvent(
        "plan_announced",
        {"organization": "acme", "plan": "usine"},
        text[:-1],
        0,
        when="en avril 2024",
        tense=Tense.FUTURE,
    )
    checked = grounded(Draft(source, (ACME,), (plan,), text), PUBLISHED, "fr")
    assert [e.when for e in checked.draft.events] == [None]
    assert "a plan is dated by its day" in checked.problems[0]


def test_results_whose_period_does_not_resolve_become_a_general_fact() -> None:
    """Results need a period the engine can resolve; without one they are a fact to review."""
    results = DraftEvent(
        "results_reported",
        {"organization": "acme", "metric": "revenue", "value": 5, "period": "l'an 3000 BC"},
        "Acme a levé",
        0,
    )
    checked = grounded(_draft(results), PUBLISHED, "fr")
    assert [e.type for e in checked.draft.events] == ["fact_asserted"]


def test_the_rules_extractor_is_an_extractor_and_its_drafts_are_grounded() -> None:
    """`Analysed` satisfies the `Extractor` protocol; what it proposes passes every check."""
    extractor: Extractor = Analysed("rules")
    result = extractor.propose(
        TEXT, published=PUBLISHED, lang="fr", source_id="x", text_path="x.txt"
    )
    assert result.events
    assert grounded(result, PUBLISHED, "fr").problems == ()
    assert extractor.name == "rules"


def test_the_review_lists_unsure_events_and_sentences_left_out() -> None:
    """Low-confidence events and sentences with a company-news word but no event come first."""
    text = "Acme veut grandir. Le chiffre d'affaires a progressé. Acme a levé 5 millions d'euros."
    result = draft(text, published=PUBLISHED, lang="fr", source_id="x", text_path="x", nlp="rules")
    lines = review(result, "fr")
    assert lines[0].startswith(f"{len(result.events)} draft events")
    funding = [e for e in result.events if e.type == "funding_raised"]
    assert [confidence(e) for e in funding] == ["high"]
    left = attrs.evolve(result, events=tuple(funding))
    assert any(line.startswith("left out") for line in review(left, "fr"))


def test_extract_prints_what_to_review_first(tmp_path: object) -> None:
    """`timeline extract -o FILE` says how many events it wrote and what to review first."""
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    argv = ["extract", str(folder / "a.txt"), "--published", "2024-03-12", "--lang", "fr"]
    status, out, _ = run(*argv, "--source-id", "a", "--nlp", "rules")
    assert status == 0
    assert "review first:" in out
    assert "funding_raised" in out
