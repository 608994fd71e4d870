"""The multi-source log: every seed of `seeds/` (the AFP dispatch and six more real articles
about the same company, French and English, June 2023 to September 2024), committed as
`events/mistral-ai-press.jsonl`.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline import State, Timeline

from .helpers import ROOT, SEEDS
from .test_reference_answer import REFERENCE

PRESS_LOG = ROOT / "events" / "mistral-ai-press.jsonl"
README = (ROOT / "README.md").read_text(encoding="utf-8")
KEY = [
    "founded",
    "co-founder",
    "chief executive",
    "funding rounds",
    "total raised",
    "valuation",
    "partners",
    "language models",
    "multimodal models",
    "headquarters",
]


@pytest.fixture(scope="module")
def press(tmp_path_factory: pytest.TempPathFactory) -> Timeline:
    """Every seed of `seeds/`, ingested as `timeline ingest seeds/` does."""
    tl = Timeline.open(tmp_path_factory.mktemp("press") / "log.jsonl", create=True)
    tl.ingest(sorted(SEEDS.glob("*.toml")))
    return tl


def test_the_committed_press_log_is_what_ingesting_every_seed_builds(press: Timeline) -> None:
    """`events/mistral-ai-press.jsonl` holds, record for record, the events of `seeds/`."""
    committed = Timeline.open(PRESS_LOG)
    assert [(r.seq, r.event) for r in committed.records()] == [
        (r.seq, r.event) for r in press.records()
    ]
    assert len({e.event.source.document for e in press.events()}) == 7


def test_the_reference_answer_holds_on_the_press_log_but_for_the_disputed_founding_month(
    press: Timeline,
) -> None:
    """As of March 2024, known at 12 March 2024, every reference fact but the founding stands
    with its span, the co-founder known since AFP's English dispatch of 10 December 2023 too;
    the press disagree on the founding month (April in the AFP dispatch, May in two December
    2023 reports), so the founding is disputed, each month with its sources.
    """
    state = press.state("mistral-ai", as_of="2024-03", known_at="2024-03-12")
    (mensch,) = [f for f in state.facts if f.attribute == "co-founder" and "Mensch" in f.value]
    assert _days(state, mensch.value, "co-founder") == ("2023-12-10", "2023-12-10")
    assert set(mensch.documents) == {
        "afp-2023-12-10-mistral-raises-385m",
        "afp-2024-03-12-mistral-open-source",
    }
    for attribute, part, first, last in REFERENCE:
        if attribute in {"founded", "founders", "co-founder"}:
            continue
        found = [f for f in state.facts if f.attribute == attribute and part in f.value]
        assert found, (attribute, part)
        assert _days(state, found[0].value, attribute) == (first, last)
    founded = {f.value: f for f in state.facts if f.attribute == "founded"}
    assert sorted(founded) == ["2023-04", "2023-05"]
    assert all(f.disputed for f in founded.values())
    assert "afp-2024-03-12-mistral-open-source" in {s.document for s in founded["2023-04"].sources}


def _days(state: State, value: str, attribute: str) -> tuple[str | None, str]:
    fact = next(f for f in state.facts if f.attribute == attribute and f.value == value)
    start = None if fact.when.start is None else fact.when.start.isoformat()
    assert fact.when.end is not None
    return start, (fact.when.end - dt.timedelta(days=1)).isoformat()


def test_the_june_2024_round_is_one_fact_of_two_reports_on_its_day(press: Timeline) -> None:
    """Reuters and AFP report the Series B on Tuesday 11 June 2024: one round, two sources,
    absent as of 10 June.
    """

    def rounds(as_of: str) -> list[tuple[str, int]]:
        state = press.state("mistral-ai", as_of=as_of)
        return [
            (f.value, len(f.documents))
            for f in state.facts
            if f.attribute == "funding rounds" and "600 million EUR" in f.value
        ]

    assert rounds("2024-06-11") == [("Series B: 600 million EUR, led by General Catalyst", 2)]
    assert rounds("2024-06-10") == []


def _when(fact: dict[str, object]) -> str:
    when = fact["when"]
    assert isinstance(when, dict)
    start, end = when["start"], when["end"]
    if start is None:
        return f"before {end}"
    last = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat()
    return start if start == last else f"{start} to {last}"


def test_the_readme_table_is_the_press_logs_answer_as_of_june_2024() -> None:
    """The README's table of key facts as of June 2024 is what the committed press log
    answers now, row for row.
    """
    from timeline.answers import state_json

    state = Timeline.open(PRESS_LOG).state("mistral-ai", as_of="2024-06")
    facts = state_json(state)["facts"]
    rows = []
    for attribute in KEY:
        for fact in facts:
            if fact["attribute"] != attribute:
                continue
            docs = {s["document"] for s in fact["sources"] if not s["rival"]}
            certainty = fact["certainty"] + (", disputed" if fact["disputed"] else "")
            rows.append(
                f"| {attribute} | {fact['value']} | {_when(fact)} | {certainty} | {len(docs)} |"
            )
    table = re.search(r"<!-- press-table -->\n(.*?)\n<!-- /press-table -->", README, re.DOTALL)
    assert table is not None
    assert table.group(1).splitlines()[2:] == rows


def test_the_readme_names_every_article_of_the_press_log() -> None:
    """Each source of the press log is listed in the README with its publisher and URL."""
    for record in Timeline.open(PRESS_LOG).records():
        document = getattr(record.event, "document", None)
        if document is not None and not isinstance(document, str):
            assert document.url in README, document.id
