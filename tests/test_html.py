"""`timeline html`: a self-contained page whose embedded answers are the engine's, escaped."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from timeline import Timeline
from timeline.answers import state_json
from timeline.cli import main
from timeline.html import _answers, embedded_data, page
from timeline.identity import with_content_id
from timeline.log import MemoryLog
from timeline.time.span import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import (
    EntityRegistered,
    Event,
    ProductReleased,
    SourceRegistered,
)

from .helpers import COMMITTED_LOG, ROOT, SEEDS, write_seed
from .strategies.worlds import rich_worlds

ENTITY = "mistral-ai"
HOSTILE = "</script><script>alert(1)</script>"
EPOCH = dt.date(1970, 1, 1)
MULTISOURCE = ROOT / "tests" / "data" / "multisource"
BLOOMBERG = MULTISOURCE / "bloomberg-2024-02-26.toml"
PARTNERSHIP = "Microsoft (a strategic partnership)"


@pytest.fixture(scope="module")
def tl() -> Timeline:
    """The committed seed log."""
    return Timeline.open(COMMITTED_LOG)


@pytest.fixture(scope="module")
def mistral(tl: Timeline) -> str:
    """The page of the committed log's organisation, sliders at their defaults."""
    return page(tl, ENTITY)


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(text: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(text)
    return parser.tags


def _shown_marks(text: str) -> list[str]:
    """The class attributes of the marks drawn visible in the page as written."""
    classes = re.findall(r'<g class="(mark[^"]*)"', text)
    return [c for c in classes if "absent" not in c.split()]


def _answer(data: dict[str, Any], i: int, j: int) -> dict[str, Any]:
    """The embedded answer at as-of position i and known-at position j, in `state --json` shape."""
    a, k = data["as_of"][i], data["known_at"][j]
    return {
        "entity": data["entity"],
        "as_of": a["span"] or {"start": None, "end": None},
        "known_at": k["span"],
        "upto_seq": data["upto_seq"],
        "facts": [data["facts"][f]["fact"] for f in data["answers"][data["grid"][i][j]]],
    }


def _pick(positions: list[dict[str, Any]], day: dt.date) -> int:
    """The position the page's script picks for a slider day: the latest on or before it."""
    value = (day - EPOCH).days
    return max(i for i, p in enumerate(positions) if p["day"] is not None and p["day"] <= value)


def test_page_loads_nothing_from_the_network(mistral: str) -> None:
    """No src or href points outside the page: no stylesheet link, no external script."""
    tags = _tags(mistral)
    remote = [
        (tag, value)
        for tag, attributes in tags
        for name, value in attributes.items()
        if name in {"src", "href"} and value and not value.startswith(("data:", "#"))
    ]
    assert [] == remote
    assert [] == [a for t, a in tags if t == "link" and a.get("rel") == "stylesheet"]
    assert [] == [a for t, a in tags if t == "script" and "src" in a]


def test_page_draws_one_mark_per_fact_of_the_default_state(tl: Timeline, mistral: str) -> None:
    """As of everything, known at everything, the page shows exactly one mark per fact."""
    state = tl.state(ENTITY)
    expected = [f.certainty.value for f in state.facts]
    shown = _shown_marks(mistral)
    assert len(expected) == len(shown)
    assert sorted(expected) == sorted(c.split()[1] for c in shown)


_LANE = re.compile(
    r'<div class="lane-box" style="height:(\d+)px"><svg class="lane-marks" '
    r'viewBox="0 (\d+) 1000 (\d+)" width="1000" height="(\d+)" role="group" '
    r'aria-label="([^"]*)">(.*?)</svg></div>'
)


def test_each_lane_draws_its_marks_in_its_own_svg_over_its_band(mistral: str) -> None:
    """Each lane's marks are in an SVG of their own whose view box is the lane's band of the
    backdrop (the bands follow one another from the axis down), every mark of an attribute
    in its lane and inside its band; the boxes of lanes are skipped while out of view.
    """
    lanes = _LANE.findall(mistral)
    bands = re.findall(
        r'<g class="lane[^"]*"><rect x="0" y="(\d+)" width="1000" height="(\d+)"/>'
        r'<text class="lane-name"[^>]*>([^<]*)</text>',
        mistral,
    )
    marks = re.findall(r'<g class="mark[^"]*"[^>]*>', mistral)
    assert len(bands) == len(lanes) > 1
    assert sum(len(re.findall(r'<g class="mark', lane[5])) for lane in lanes) == len(marks)
    top = 46
    for (box, y, h, height, attribute, body), (band_y, band_h, name) in zip(
        lanes, bands, strict=True
    ):
        assert (str(top), h, h, h, name) == (y, band_h, box, height, attribute)
        assert y == band_y
        for label, hit in re.findall(
            r'<g class="mark[^"]*"[^>]*aria-label="([^"]*)"><title>[^<]*</title>'
            r'<rect class="hit" x="[\d.]+" y="([\d.]+)"',
            body,
        ):
            assert label.startswith(f"{attribute}: ")
            assert int(y) <= float(hit) <= int(y) + int(h) - 26
        top += int(h)
    assert re.search(r"\.lane-box \{[^}]*content-visibility: auto", mistral)


@pytest.mark.parametrize(
    ("as_of", "known_at"),
    [
        (None, None),
        (dt.date(2024, 2, 15), None),
        (dt.date(2024, 2, 25), None),
        (dt.date(2024, 3, 12), dt.date(2024, 3, 11)),
        (dt.date(2024, 3, 31), dt.date(2024, 3, 12)),
        (dt.date(2023, 4, 30), None),
    ],
)
def test_embedded_answer_is_the_engines_state(
    tl: Timeline, mistral: str, as_of: dt.date | None, known_at: dt.date | None
) -> None:
    """The answer the page picks for a slider day equals `state --json` on that day."""
    data = embedded_data(mistral)
    i = len(data["as_of"]) - 1 if as_of is None else _pick(data["as_of"], as_of)
    j = len(data["known_at"]) - 1 if known_at is None else _pick(data["known_at"], known_at)
    expected = state_json(tl.state(ENTITY, as_of, known_at=known_at))
    actual = _answer(data, i, j)
    assert expected["facts"] == actual["facts"]


def test_every_embedded_position_is_the_engines_state(tl: Timeline, mistral: str) -> None:
    """At every computed position the embedded answer is `state --json`, key for key."""
    data = embedded_data(mistral)
    for i, a in enumerate(data["as_of"]):
        for j, k in enumerate(data["known_at"]):
            as_of = None if a["day"] is None else Span.day(EPOCH + dt.timedelta(a["day"]))
            known = None if k["day"] is None else Span.day(EPOCH + dt.timedelta(k["day"]))
            expected = state_json(tl.state(ENTITY, as_of, known_at=known))
            assert expected == _answer(data, i, j)


def test_slider_starts_at_the_given_axes(tl: Timeline) -> None:
    """With --as-of 2024-02-25, the marks drawn are the facts of the state as of that day."""
    text = page(tl, ENTITY, as_of="2024-02-25")
    state = tl.state(ENTITY, "2024-02-25")
    shown = _shown_marks(text)
    assert sorted(f.certainty.value for f in state.facts) == sorted(c.split()[1] for c in shown)


def test_page_embeds_only_the_documents_cited(tl: Timeline, mistral: str) -> None:
    """The documents embedded are those the facts cite, with their full text."""
    data = embedded_data(mistral)
    cited = {s.document for f in tl.state(ENTITY).facts for s in f.sources}
    assert cited == set(data["documents"])
    for doc, body in data["documents"].items():
        assert tl.catalogue.documents[doc].text == body["text"]


def hostile_log(tmp_path: Path) -> Timeline:
    """A log whose source's text, title, publisher, URL and entity name are hostile."""
    text = f"Acme Corp {HOSTILE} was founded in March 2021."
    source = {
        "id": "hostile",
        "title": f"<img src=x onerror=alert(2)> {HOSTILE}",
        "publisher": "Test & <b>Press</b>",
        "published": "2025-06-10",
        "language": "en",
        "url": "javascript:alert(3)",
    }
    entities = [{"id": "acme", "name": f"Acme {HOSTILE}"}]
    event = {
        "type": "founded",
        "entities": ["acme"],
        "when": "March 2021",
        "quote": f"Acme Corp {HOSTILE} was founded in March 2021",
    }
    seed = write_seed(tmp_path / "seeds", "hostile", text, source, entities, [event])
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    tl.ingest([seed])
    return tl


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    """Quotes, titles and names from articles cannot end a script or open a tag."""
    tl = hostile_log(tmp_path)
    text = page(tl, "acme")
    assert 2 == text.count("<script")
    assert 2 == text.count("</script>")
    assert "<img" not in text
    assert "<b>" not in text
    data = embedded_data(text)
    assert (
        f"Acme Corp {HOSTILE} was founded in March 2021"
        == data["documents"]["hostile"]["text"][:-1]
    )
    assert f"<img src=x onerror=alert(2)> {HOSTILE}" == data["documents"]["hostile"]["title"]


def test_html_writes_the_page_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`timeline html ENTITY -o FILE` writes the page, says so, and leaves no temporary file."""
    out = tmp_path / "page.html"
    assert 0 == main(["html", ENTITY, "--log", str(COMMITTED_LOG), "-o", str(out)])
    assert f"wrote {out}\n" == capsys.readouterr().out
    assert ["page.html"] == [p.name for p in tmp_path.iterdir()]
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_html_writes_to_stdout_with_a_dash(capsys: pytest.CaptureFixture[str]) -> None:
    """`-o -` writes the page to stdout."""
    assert 0 == main(["html", ENTITY, "--log", str(COMMITTED_LOG), "-o", "-"])
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("args", "where"),
    [
        (["nobody-at-all"], "unknown entity"),
        ([ENTITY, "--as-of", "the twelfth of never"], "the twelfth of never"),
        ([ENTITY, "--known-at", "2024-13"], "2024-13"),
    ],
)
def test_html_refuses_bad_input_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], where: str
) -> None:
    """An unknown entity or a bad date: exit 2, one line naming it, no file written."""
    out = tmp_path / "page.html"
    status = main(["html", *args, "--log", str(COMMITTED_LOG), "-o", str(out)])
    err = capsys.readouterr().err
    assert (2, 1, True) == (status, len(err.splitlines()), where in err)
    assert [] == list(tmp_path.iterdir())


def test_html_refuses_an_unwritable_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An output in a missing folder: exit 2, one line naming the file, nothing written."""
    out = tmp_path / "missing" / "page.html"
    status = main(["html", ENTITY, "--log", str(COMMITTED_LOG), "-o", str(out)])
    err = capsys.readouterr().err
    assert (2, 1, True) == (status, len(err.splitlines()), str(out) in err)
    assert [] == list(tmp_path.iterdir())


def test_html_refuses_a_missing_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A log that does not exist: exit 2, one line, nothing written (no log created either)."""
    out = tmp_path / "page.html"
    status = main(["html", ENTITY, "--log", str(tmp_path / "none.jsonl"), "-o", str(out)])
    assert (2, 1) == (status, len(capsys.readouterr().err.splitlines()))
    assert [] == list(tmp_path.iterdir())


def test_disputed_values_are_marked_with_an_icon(tmp_path: Path) -> None:
    """Two definite values of a single-valued attribute that contradict are both drawn disputed."""
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    sources = sorted(MULTISOURCE.glob("*.toml"), key=lambda p: p.stem.split("-", 1)[1])
    for seed in sources:
        tl.ingest([seed])
    expected = sorted(f.value for f in tl.state("acme-robotics").facts if f.disputed)
    text = page(tl, "acme-robotics")
    disputed = re.findall(r'<g class="mark definite disputed".*?<tspan class="value">(.*?)<', text)
    assert 2 == len(expected)
    assert expected == sorted(disputed)


def test_a_capped_axis_is_sampled_and_says_so(
    tl: Timeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond the cap, positions are sampled, the page says so, and each is still `state`."""
    monkeypatch.setattr(_answers, "MAX_AS_OF", 3)
    text = page(tl, ENTITY)
    data = embedded_data(text)
    assert (True, 4) == (data["sampled"], len(data["as_of"]))
    assert "sampled: 3 of" in text
    for i, a in enumerate(data["as_of"][:-1]):
        expected = state_json(tl.state(ENTITY, EPOCH + dt.timedelta(a["day"])))
        assert expected["facts"] == _answer(data, i, len(data["known_at"]) - 1)["facts"]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-30"])
def test_sliders_may_start_at_either_end_of_the_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    """`--as-of` and `--known-at` on the calendar's first or last day still build a page."""
    out = tmp_path / "page.html"
    argv = ["html", ENTITY, "--log", str(COMMITTED_LOG), "--as-of", day, "--known-at", day]
    assert (0, "") == (main([*argv, "-o", str(out)]), capsys.readouterr().err)
    assert out.read_text(encoding="utf-8").endswith("</html>\n")


def _whole_fold_is_never_needed(*args: object) -> list[list[Any]]:
    raise AssertionError("the split fold did not give the answer as of everything")


@settings(max_examples=60, deadline=None)
@given(rich_worlds())
def test_answers_folded_in_groups_are_the_engines_state_everywhere(events: list[Event]) -> None:
    """For any log (products owned, corrections, retractions, corroboration), the answers folded
    group by group are `state --json` at every position, with no whole fold to fall back on.
    """
    log = MemoryLog()
    log.append(events, skip_known=True)
    tl = Timeline(log)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_answers, "_folded_whole", _whole_fold_is_never_needed)
        for entity in tl.entities():
            valid, published = _answers.change_points(tl, entity.id)
            first = min([*valid, *published], default=dt.date(2024, 1, 2))
            first = first if first == dt.date.min else first - dt.timedelta(days=1)
            as_of, known_at = sorted({first, *valid}), sorted({first, *published})
            got = _answers.answers(tl, entity.id, as_of, known_at)
            for i, a in enumerate(got.as_of.positions):
                for j, k in enumerate(got.known_at.positions):
                    expected = state_json(
                        tl.state(entity.id, _answers._day(a), known_at=_answers._day(k))
                    )
                    facts = [got.facts[f] for f in got.answers[got.grid[i][j]]]
                    assert expected["facts"] == facts


def two_source_log(tmp_path: Path) -> Timeline:
    """Bloomberg's report of 26 February and the AFP seed of 12 March: one Microsoft
    partnership reported twice, narrowed to 26 February by Bloomberg's "On Monday".
    """
    tl = Timeline.open(tmp_path / "two-sources.jsonl", create=True)
    tl.ingest([BLOOMBERG])
    tl.ingest([SEEDS / "mistral-open-source-2024-03-12.toml"])
    return tl


def _mark_of(text: str, value: str) -> str:
    """The SVG of the mark whose label is `value`."""
    found = re.search(
        rf'<g class="mark[^"]*"(?:(?!</g>).)*<tspan class="value">{re.escape(value)}</tspan>'
        r"(?:(?!</g>).)*</g>",
        text,
    )
    assert found is not None, value
    return found.group(0)


def _count(mark: str) -> str:
    found = re.search(r'<tspan class="count"[^>]*>([^<]*)</tspan>', mark)
    assert found is not None
    return found.group(1)


def test_a_fact_of_two_sources_carries_its_corroboration_and_a_count(tmp_path: Path) -> None:
    """The partnership reported by two sources is drawn with the count 2, and the page embeds
    its corroboration as `state --json` gives it: two sources, each with its own span, and
    the one that narrowed the span to 26 February.
    """
    tl = two_source_log(tmp_path)
    text = page(tl, ENTITY)
    expected = next(f for f in state_json(tl.state(ENTITY))["facts"] if f["value"] == PARTNERSHIP)
    data = embedded_data(text)
    fact = next(
        f["fact"]
        for f in data["facts"]
        if f["fact"]["value"] == PARTNERSHIP and f["fact"]["corroboration"]["sources"] == 2
    )
    narrowed = [s["document"] for s in fact["sources"] if s["narrowed"]]
    spans = sorted(s["when"]["text"] for s in fact["sources"])
    assert expected == fact
    assert (["bloomberg-2024-02-26-microsoft-mistral"], ["On Monday", "fin février"]) == (
        narrowed,
        spans,
    )
    assert ("2024-02-26", "2024-02-27") == (fact["when"]["start"], fact["when"]["end"])
    mark = _mark_of(text, PARTNERSHIP)
    assert "2" == _count(mark)
    assert "2 sources" in mark


def test_a_fact_of_one_source_has_no_count(mistral: str) -> None:
    """In the one-seed log every fact has one source: no mark shows a count."""
    counts = re.findall(r'<tspan class="count"[^>]*>([^<]*)</tspan>', mistral)
    assert counts
    assert {""} == set(counts)


def test_the_two_source_page_is_the_engines_state_at_every_position(tmp_path: Path) -> None:
    """With two sources, the embedded answers (corroboration included) are `state --json` at
    every position, the count following *known at* (one source before 12 March).
    """
    tl = two_source_log(tmp_path)
    data = embedded_data(page(tl, ENTITY))
    for i, a in enumerate(data["as_of"]):
        for j, k in enumerate(data["known_at"]):
            as_of = None if a["day"] is None else Span.day(EPOCH + dt.timedelta(a["day"]))
            known = None if k["day"] is None else Span.day(EPOCH + dt.timedelta(k["day"]))
            assert state_json(tl.state(ENTITY, as_of, known_at=known)) == _answer(data, i, j)
    j = _pick(data["known_at"], dt.date(2024, 3, 1))
    early = _answer(data, len(data["as_of"]) - 1, j)["facts"]
    assert [1] == [f["corroboration"]["sources"] for f in early if f["value"] == PARTNERSHIP]


def conflict_log() -> Timeline:
    """A release dated February by one source and May by another: one event in conflict."""
    documents = [
        Document(
            id=f"doc-{i}",
            title=f"Document {i}",
            publisher="Test Press",
            published=published,
            language="en",
            text=f"Document {i}: Acme released Bolt.",
        )
        for i, published in ((1, dt.date(2024, 3, 1)), (2, dt.date(2024, 6, 1)))
    ]
    events: list[Event] = [with_content_id(SourceRegistered(document=d)) for d in documents]
    for entity in ("acme", "bolt"):
        events.append(with_content_id(EntityRegistered(entity=Entity(id=entity, name=entity))))
    for document, month in zip(documents, (2, 5), strict=True):
        events.append(
            with_content_id(
                ProductReleased(
                    organization="acme",
                    product="bolt",
                    line="models",
                    entities=("acme", "bolt"),
                    when=Span.month(2024, month),
                    source=Citation(document=document.id, quote=document.text, start=0, end=33),
                    known_since=document.published,
                )
            )
        )
    log = MemoryLog()
    log.append(events)
    return Timeline(log)


def test_sources_dating_an_event_on_disjoint_spans_draw_it_in_conflict() -> None:
    """A release two sources date on disjoint spans is drawn disputed and in conflict, and
    the page embeds each source's span, the rival marked as such.
    """
    tl = conflict_log()
    text = page(tl, "acme")
    mark = _mark_of(text, "bolt")
    data = embedded_data(text)
    last = _answer(data, len(data["as_of"]) - 1, len(data["known_at"]) - 1)
    fact = next(f for f in last["facts"] if f["value"] == "bolt")
    rivals = [(s["when"]["start"], s["rival"]) for s in fact["sources"]]
    assert {"mark", "definite", "disputed", "conflict"} <= set(mark.split('"')[1].split())
    assert fact["corroboration"]["conflict"]
    assert [True] == [rival for _, rival in rivals if rival]
    assert {"2024-02-01", "2024-05-01"} == {start for start, _ in rivals}


def _withdrawn_log(tmp_path: Path) -> Timeline:
    """The synthetic sources with a correction and a retraction, in publication order."""
    sources = sorted(
        (p for p in MULTISOURCE.glob("*.toml") if "bloomberg" not in p.name),
        key=lambda p: p.stem.split("-", 1)[1],
    )
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    tl.ingest(sources)
    return tl


def test_corrected_and_retracted_facts_are_drawn_struck_through_until_asked(
    tmp_path: Path,
) -> None:
    """The page draws the value a correction replaced and the partnership a source retracted,
    as marks that are not the answer's (no slider shows them) behind a checkbox; a page
    without withdrawn facts has no checkbox.
    """
    html = page(_withdrawn_log(tmp_path), "acme-robotics")
    withdrawn = re.findall(r'<g class="withdrawn (\w+)"[^>]*aria-label="([^"]*)"', html)
    assert sorted(kind for kind, _ in withdrawn) == ["corrected", "retracted"]
    assert any(k == "retracted" and "Bolt Motors" in label for k, label in withdrawn)
    assert any(k == "corrected" and label.startswith("founded: ") for k, label in withdrawn)
    assert 'id="show-withdrawn"' in html
    assert 'class="mark withdrawn' not in html
    assert 'id="show-withdrawn"' not in page(Timeline.open(COMMITTED_LOG), ENTITY)
