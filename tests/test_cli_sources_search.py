"""`timeline sources`, the titles and URLs in `why`, and `timeline search`, through the real
entry point on the committed seed log.
"""

from __future__ import annotations

import csv
import io
import json

from timeline import Timeline
from timeline.search import search
from timeline.vocabulary.events import Reported

from .helpers import COMMITTED_LOG, run

LOG = ("--log", str(COMMITTED_LOG))
DOCUMENT = "afp-2024-03-12-mistral-open-source"


def _seed_document_and_events() -> tuple[str, str, int]:
    """The seed document's title and URL, and how many reported events cite it."""
    tl = Timeline.open(COMMITTED_LOG)
    doc = tl.catalogue.documents[DOCUMENT]
    events = sum(
        isinstance(r.event, Reported) and r.event.source.document == DOCUMENT for r in tl.records()
    )
    return doc.title, doc.url or "", events


def test_sources_lists_each_document_with_its_metadata_and_event_count() -> None:
    """`sources --json`: a list, the seed article with title, publisher, date, URL, language
    and the number of events it gave.
    """
    title, url, events = _seed_document_and_events()
    status, out, err = run("sources", "--json", *LOG)
    assert status == 0, err
    data = json.loads(out)
    assert isinstance(data, list)
    assert len(data) == 1
    assert data[0] == {
        "id": DOCUMENT,
        "title": title,
        "publisher": "Maddyness",
        "published": "2024-03-12",
        "url": url,
        "language": "fr",
        "events": events,
    }
    assert events > 10


def test_sources_text_csv_and_markdown() -> None:
    """The text names the document, its count and URL; the CSV reads back; md is a table."""
    title, url, events = _seed_document_and_events()
    _, text, _ = run("sources", *LOG)
    assert f"{DOCUMENT}  2024-03-12  Maddyness  [fr]  {events} events" in text
    assert title in text
    assert url in text
    _, out, _ = run("sources", "--format", "csv", *LOG)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [(r["document"], r["events"], r["url"]) for r in rows] == [(DOCUMENT, str(events), url)]
    _, md, _ = run("sources", "--format", "md", *LOG)
    assert md.splitlines()[0].startswith("| document | title | publisher |")
    assert md.splitlines()[1].startswith("|---|")


def test_why_text_shows_the_title_and_url_of_each_source() -> None:
    """`why` prints, under each quote, its document's title and URL, not only its id."""
    title, url, _ = _seed_document_and_events()
    status, out, _ = run("why", "mistral-ai", "valuation", "--as-of", "2024-03", *LOG)
    assert status == 0
    flat = " ".join(out.split())
    assert title in flat
    assert url in out.splitlines()[-1]


def test_search_finds_a_quote_ignoring_case_and_accents() -> None:
    """`search VALORISE` finds the valuation by its quote ("valorisé"), with the entity."""
    status, out, err = run("search", "VALORISE", *LOG)
    assert status == 0, err
    assert "Mistral AI (mistral-ai) valuation: about 2 billion USD" in out
    assert "“valorisé à quelque 2 milliards" in out


def test_search_takes_a_typographic_apostrophe_for_a_plain_one() -> None:
    """`search "d’autres modèles"` (a typographic apostrophe) finds the quote written with a
    plain one, as the extractors fold text (`timeline.text.fold`).
    """
    status, out, err = run("search", "d’autres modèles", *LOG)
    assert status == 0, err
    assert "publication d'autres modèles outre-Atlantique" in out


def test_search_takes_several_words_as_one_phrase_and_formats() -> None:
    """`search paid offering --json`: the offering whose value holds those words, and the
    same hits as the library's `timeline.search.search`; CSV reads back.
    """
    _, out, _ = run("search", "paid", "offering", "--json", *LOG)
    hits = json.loads(out)
    assert any(h["attribute"] == "offerings" and h["in_value"] for h in hits)
    expected, _ = search(Timeline.open(COMMITTED_LOG), "paid offering")
    assert [(h["entity"], h["attribute"]) for h in hits] == [
        (h.entity, h.attribute) for h in expected
    ]
    _, out, _ = run("search", "paid", "offering", "--format", "csv", *LOG)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert len(rows) == len(hits)
    assert rows[0]["matched in"] in {"value", "quote"}


def test_search_limit_says_there_are_more() -> None:
    """`search microsoft --limit 1`: one hit and a line saying there are more."""
    _, everything, _ = run("search", "microsoft", "--json", *LOG)
    assert len(json.loads(everything)) > 1
    status, out, _ = run("search", "microsoft", "--limit", "1", *LOG)
    assert status == 0
    assert out.count(" (") >= 1
    assert out.splitlines()[-1] == "(showing the first 1; more with --limit)"
    _, out, _ = run("search", "microsoft", "--limit", "1", "--json", *LOG)
    assert len(json.loads(out)) == 1


def test_search_with_no_hit_and_an_empty_search() -> None:
    """No hit is said, exit 0; an empty search is exit 2 in one line."""
    status, out, _ = run("search", "zzzqqq", *LOG)
    assert status == 0
    assert out.strip() == "nothing holds 'zzzqqq'"
    status, out, err = run("search", "  ", *LOG)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "empty" in err
