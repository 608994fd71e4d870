"""Several sources in one log: contradictions, corrections, retractions and late reports,
answered along the three time axes (tests/data/multisource holds the synthetic sources).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from timeline import Certainty, State, Timeline

from .helpers import ROOT, SEED

DATA = ROOT / "tests" / "data" / "multisource"
FIRST = DATA / "wire-2024-03-01.toml"
CONTRADICTION = DATA / "gazette-2024-03-05.toml"
CORRECTION = DATA / "wire-2024-04-10.toml"
RETRACTION = DATA / "courier-2024-05-02.toml"
LATE = DATA / "review-2025-01-15.toml"
ALL = [FIRST, CONTRADICTION, CORRECTION, RETRACTION, LATE]


def _build(tmp_path: Path, seeds: list[Path], name: str = "log.jsonl") -> Timeline:
    tl = Timeline.open(tmp_path / name, create=True)
    tl.ingest(seeds)
    return tl


def _answer(state: State) -> set[tuple[str, str, str, bool]]:
    return {(f.attribute, f.value, f.certainty.value, f.disputed) for f in state.facts}


@pytest.fixture(scope="module")
def tl(tmp_path_factory: pytest.TempPathFactory) -> Timeline:
    """All five synthetic sources, ingested together."""
    return _build(tmp_path_factory.mktemp("multi"), ALL)


def test_before_the_first_publication_nothing_was_known(tl: Timeline) -> None:
    """Known at the day before the first report, the company's state is empty."""
    assert tl.state("acme-robotics", known_at="2024-02-29").facts == ()


def test_sources_that_disagree_over_overlapping_time_are_both_shown_as_disputed(
    tl: Timeline,
) -> None:
    """Two valuations over overlapping spans are both kept, each marked disputed, with sources."""
    state = tl.state("acme-robotics", as_of="2024-03", known_at="2024-03-05")
    valuations = [f for f in state.facts if f.attribute == "valuation"]
    assert [(f.value, f.disputed, f.sources[0].document) for f in valuations] == [
        ("about 2 billion USD, according to financial sources", True, "wire-2024-03-01"),
        ("over 2 billion EUR, according to the company", True, "gazette-2024-03-05"),
    ]


def test_a_later_non_overlapping_value_supersedes_an_earlier_one(tmp_path: Path) -> None:
    """Without overlap, the later span wins and `why` lists the earlier value as superseded."""
    later = DATA.parent / "later-valuation"
    tl = _build(tmp_path, [FIRST, later / "wire-2024-09-01.toml"])
    assert tl.state("acme-robotics").values("valuation") == [
        "3 billion USD, according to the company"
    ]
    why = tl.why("acme-robotics", "valuation")
    assert [f.value for f in why.superseded] == [
        "about 2 billion USD, according to financial sources"
    ]


def test_a_correction_changes_the_answer_only_from_its_publication(tl: Timeline) -> None:
    """Known before the correction, the founding is April 2023; known after it, May 2023."""
    assert tl.state("acme-robotics", known_at="2024-04-09").values("founded") == ["2023-04"]
    assert tl.state("acme-robotics", known_at="2024-04-10").values("founded") == ["2023-05"]
    why = tl.why("acme-robotics", "founded")
    assert [(w.event.TYPE, w.by.TYPE) for w in why.corrected] == [("founded", "fact_corrected")]


def test_a_retraction_withdraws_the_event_only_from_its_publication(tl: Timeline) -> None:
    """The partnership holds when known at 1 May 2024 and is gone when known at 2 May 2024."""
    assert tl.state("acme-robotics", known_at="2024-05-01").values("partners") == ["Bolt Motors"]
    assert tl.state("acme-robotics", known_at="2024-05-02").values("partners") == []
    assert tl.state("bolt-motors", known_at="2024-05-02").values("partners") == []
    why = tl.why("acme-robotics", "partners")
    assert [(w.event.TYPE, w.by.TYPE) for w in why.retracted] == [
        ("partnership_announced", "event_retracted")
    ]


def test_a_late_report_of_an_old_event_is_valid_then_but_known_only_later(tl: Timeline) -> None:
    """A 2025 article about autumn 2023 answers "as of 2023" only when known at 2025."""
    assert tl.state("acme-robotics", as_of="2023", known_at="2024-12").values("factories") == []
    state = tl.state("acme-robotics", as_of="2023", known_at="2025-01-15")
    facts = [f for f in state.facts if f.attribute == "factories"]
    assert [(f.value, f.certainty) for f in facts] == [("Lyon (its first)", Certainty.DEFINITE)]


def test_the_log_as_it_stood_answers_as_it_did_then(tmp_path: Path) -> None:
    """After more sources are appended, `upto_seq` at the old end gives the old answer."""
    tl = _build(tmp_path, [FIRST])
    before = _answer(tl.state("acme-robotics"))
    end = tl.log.last_seq()
    tl.ingest([CONTRADICTION, CORRECTION, RETRACTION, LATE])
    assert before == _answer(tl.state("acme-robotics", upto_seq=end))
    assert before != _answer(tl.state("acme-robotics"))


def test_answers_do_not_depend_on_the_order_sources_were_ingested(tmp_path: Path) -> None:
    """Every order of ingesting the five sources that ingests the first report before the
    correction and the retraction naming its events (the log refuses them before it) gives
    the same answers on valid and known time.
    """
    queries = [
        (as_of, known_at)
        for as_of in (None, "2023", "2024-02-27", "2024-03")
        for known_at in (None, "2024-03-01", "2024-03-05", "2024-04-10", "2024-05-02")
    ]
    expected = None
    orders = [
        order
        for order in itertools.permutations(ALL)
        if order.index(FIRST) < min(order.index(CORRECTION), order.index(RETRACTION))
    ]
    for i, order in enumerate(orders):
        if i % 3:
            continue  # every third of the 40 orders keeps the test quick
        tl = Timeline.open(tmp_path / f"log-{i}.jsonl", create=True)
        for seed in order:
            tl.ingest([seed])
        answers = [_answer(tl.state("acme-robotics", a, known_at=k)) for a, k in queries]
        if expected is None:
            expected = answers
        assert expected == answers


def test_the_article_facts_are_known_at_publication_and_not_the_day_before(
    tmp_path: Path,
) -> None:
    """The seed article's facts are absent known at 2024-03-11 and present known at 2024-03-12."""
    from .helpers import seed_log

    tl = seed_log(tmp_path)
    assert tl.state("mistral-ai", as_of="2024-03", known_at="2024-03-11").facts == ()
    known = tl.state("mistral-ai", as_of="2024-03", known_at="2024-03-12")
    assert _answer(tl.state("mistral-ai", as_of="2024-03")) == _answer(known)


# Corroboration: the AFP dispatch and a Bloomberg story of the day ------------------------------

BLOOMBERG = DATA / "bloomberg-2024-02-26.toml"


def _corroborated(tl: Timeline, as_of: str | None, known_at: str | None = None) -> list[Any]:
    state = tl.state("mistral-ai", as_of, known_at=known_at)
    return [
        (f.attribute, f.certainty.value, f.when.iso(), len(f.documents), f.disputed)
        for f in state.facts
        if f.attribute in ("partners", "language models")
    ]


@pytest.mark.parametrize("suffix", [".jsonl", ".sqlite"])
def test_the_dispatch_and_a_story_of_the_day_give_one_fact_each_on_that_day(
    tmp_path: Path, suffix: str
) -> None:
    """The seed's "fin février" and Bloomberg's "on Monday" (26 February 2024) give one
    partnership and one Mistral Large release, each with two sources, dated the 26th:
    definite as of that day and absent the day before, on either store.
    """
    tl = _build(tmp_path, [SEED, BLOOMBERG], "log" + suffix)
    day = "2024-02-26/2024-02-27"
    assert [
        ("language models", "definite", day, 2, False),
        ("partners", "definite", day, 2, False),
    ] == sorted(_corroborated(tl, "2024-02-26"))
    assert [] == _corroborated(tl, "2024-02-25")
    replayed = tl.replayed_state("mistral-ai", "2024-02-25")
    assert [] == [f for f in replayed.facts if f.attribute in ("partners", "language models")]


def test_known_before_the_dispatch_the_story_alone_dates_both_events(tmp_path: Path) -> None:
    """Known at 11 March 2024 only the story of the 26th is out: one source each, same day;
    known at 12 March the dispatch joins as a second source without widening the span.
    """
    tl = _build(tmp_path, [BLOOMBERG, SEED])
    day = "2024-02-26/2024-02-27"
    assert [
        ("language models", "definite", day, 1, False),
        ("partners", "definite", day, 1, False),
    ] == sorted(_corroborated(tl, "2024-03", known_at="2024-03-11"))
    assert [
        ("language models", "definite", day, 2, False),
        ("partners", "definite", day, 2, False),
    ] == sorted(_corroborated(tl, "2024-03", known_at="2024-03-12"))


def test_the_seed_alone_still_leaves_both_events_possible_on_the_25th(tmp_path: Path) -> None:
    """Without the story, "fin février" straddles 25 February: both facts are possible."""
    tl = _build(tmp_path, [SEED])
    late_february = "2024-02-21/2024-03-01"
    assert [
        ("language models", "possible", late_february, 1, False),
        ("partners", "possible", late_february, 1, False),
    ] == sorted(_corroborated(tl, "2024-02-25"))


def test_why_shows_each_source_its_span_and_which_narrowed_it(tmp_path: Path) -> None:
    """`timeline why` (text and --json) names the two sources, the earliest, each span in its
    own words, and the story as the report that narrowed the span.
    """
    from .helpers import run

    log = str(tmp_path / "log.jsonl")
    assert 0 == run("ingest", str(SEED), str(BLOOMBERG), "--log", log)[0]
    status, out, _ = run("why", "mistral-ai", "partners", "--as-of", "2024-03", "--log", log)
    assert 0 == status
    text = " ".join(out.split())  # lines are wrapped at 100 columns
    assert "corroborated by 2 sources, earliest bloomberg-2024-02-26-microsoft-mistral" in text
    assert "its span: fin février → 2024-02-21 to 2024-02-29" in text
    assert "its span: On Monday → 2024-02-26 (narrowed the span)" in text
    status, out, _ = run("why", "mistral-ai", "partners", "--json", "--log", log)
    [fact] = json.loads(out)["facts"]
    assert {
        "sources": 2,
        "reports": 2,
        "earliest": {
            "document": "bloomberg-2024-02-26-microsoft-mistral",
            "published": "2024-02-26",
            "event": fact["sources"][1]["event"],
        },
        "narrowed_by": [fact["sources"][1]["event"]],
        "conflict": False,
    } == fact["corroboration"]
    assert [("2024-02-21", False), ("2024-02-26", True)] == [
        (s["when"]["start"], s["narrowed"]) for s in fact["sources"]
    ]
