"""`timeline html` in a real browser: Playwright driving Debian's chromium, from file://.

Skipped, with the reason, when playwright or /usr/bin/chromium is missing; under `CI=true`
they fail instead, saying what to install, so that CI never skips them silently.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline import Timeline
from timeline.html import page
from timeline.identity import with_content_id
from timeline.log import MemoryLog
from timeline.time.span import Span
from timeline.vocabulary.documents import Citation, Document
from timeline.vocabulary.entities import Entity
from timeline.vocabulary.events import EntityRegistered, Event, FactAsserted, SourceRegistered

from .helpers import COMMITTED_LOG
from .test_html import (
    HOSTILE,
    PARTNERSHIP,
    _withdrawn_log,
    conflict_log,
    hostile_log,
    two_source_log,
)

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
ENTITY = "mistral-ai"
SCREENSHOT = Path("/tmp/timeline-html.png")
INSTALL = "apt-get install -y chromium && python3 -m pip install playwright"


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        return f"chromium is not installed at {CHROMIUM}"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One chromium for the module."""
    missing = _missing()
    if missing is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"browser tests need a browser: {missing}; install: {INSTALL}")
        pytest.skip(f"{missing} (install: {INSTALL})")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed log's organisation page, written to a file."""
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(page(Timeline.open(COMMITTED_LOG), ENTITY), encoding="utf-8")
    return path


@pytest.fixture
def tab(browser: Any, page_file: Path) -> Iterator[Any]:
    """The page opened from disk in a fresh tab, with its console errors collected."""
    context = browser.new_context(viewport={"width": 1480, "height": 940})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(page_file.as_uri())
    tab.errors = errors
    yield tab
    context.close()


def _set_slider(tab: Any, slider: str, day: dt.date) -> None:
    value = (day - dt.date(1970, 1, 1)).days
    tab.eval_on_selector(
        slider,
        "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }",
        value,
    )


def _certainty(tab: Any, label: str) -> str:
    """The certainty class the page gives the shown mark whose label starts with `label`."""
    found: str = tab.evaluate(
        """(label) => {
            const g = [...document.querySelectorAll('#chart .mark')].find(
                m => m.querySelector('.label .value').textContent.startsWith(label));
            return g ? g.getAttribute('data-certainty') : 'missing';
        }""",
        label,
    )
    return found


def test_page_loads_from_disk_without_console_errors(tab: Any) -> None:
    """Opened from file://, the page runs its script with no console error."""
    assert "everything" == tab.text_content("#as-of-value")
    assert [] == tab.errors


def test_page_shows_a_mark_per_fact(tab: Any) -> None:
    """Every fact of the default state has a visible mark."""
    expected = len(Timeline.open(COMMITTED_LOG).state(ENTITY).facts)
    assert expected == tab.locator("#chart .mark:not(.absent)").count()
    assert expected == tab.locator("#chart .mark:visible").count()


def test_as_of_late_february_makes_the_late_february_facts_possible(tab: Any) -> None:
    """Moving *as of* to 2024-02-25 turns the model and the partnership possible."""
    _set_slider(tab, "#as-of", dt.date(2024, 2, 25))
    actual = (_certainty(tab, "Mistral Large"), _certainty(tab, "Microsoft"))
    assert ("possible", "possible") == actual
    assert "definite" == _certainty(tab, "2023-04")
    assert "absent" == _certainty(tab, "Audrey Herblin-Stoop")
    expected = len(Timeline.open(COMMITTED_LOG).state(ENTITY, "2024-02-25").facts)
    assert expected == tab.locator("#chart .mark:visible").count()


def test_clicking_a_fact_highlights_its_quote_in_the_article(tab: Any) -> None:
    """Selecting a mark shows its source, with the quote marked in the article's text."""
    label = tab.locator(".label .value", has_text=re.compile("^Audrey Herblin-Stoop$"))
    tab.locator("#chart .mark").filter(has=label).click()
    quote = "Audrey Herblin-Stoop, directrice des affaires publiques de la société française"
    assert quote == tab.text_content("#panel .article mark")
    assert tab.locator("#panel a[href^='https://']").count() >= 1


_FOCUSED = "document.activeElement.id || document.activeElement.getAttribute('class')"


def test_keyboard_reaches_the_sliders_and_selects_a_mark(tab: Any) -> None:
    """Tab goes to the two sliders, then to the marks; Enter on a mark selects it."""
    reached = []
    for _ in range(3):
        tab.keyboard.press("Tab")
        reached.append(tab.evaluate(_FOCUSED))
    assert ["as-of", "known-at"] == reached[:2]
    assert reached[2].startswith("mark")
    tab.keyboard.press("Enter")
    assert "true" == tab.evaluate("document.activeElement.getAttribute('aria-pressed')")
    assert 1 == tab.locator("#panel .article mark").count()


def test_screenshot(tab: Any) -> None:
    """A screenshot of the page as of 2024-02-25 with a fact selected, for the README."""
    _set_slider(tab, "#as-of", dt.date(2024, 2, 25))
    tab.locator("#chart .mark", has_text="Mistral Large").first.click()
    tab.screenshot(path=str(SCREENSHOT), full_page=True)
    assert SCREENSHOT.stat().st_size > 10_000


def test_hostile_page_runs_no_injected_script(browser: Any, tmp_path: Path) -> None:
    """A hostile source opens no dialog, shows its quote as text and links no javascript URL."""
    path = tmp_path / "hostile.html"
    path.write_text(page(hostile_log(tmp_path), "acme"), encoding="utf-8")
    context = browser.new_context()
    tab = context.new_page()
    dialogs: list[str] = []

    def dismissed(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", dismissed)
    tab.goto(path.as_uri())
    tab.locator("#chart .mark").first.click()
    marked = tab.text_content("#panel .article mark")
    links = tab.locator("#panel a").count()
    context.close()
    assert ([], f"Acme Corp {HOSTILE} was founded in March 2021", 0) == (dialogs, marked, links)


def test_a_fact_of_two_sources_shows_its_count_and_each_sources_span(
    browser: Any, tmp_path: Path
) -> None:
    """On the two-source page, the partnership's mark shows 2 and its panel both sources,
    each with its own span, Bloomberg's marked as the one that narrowed it to 26 February;
    with *known at* before the second source, the count is gone.
    """
    path = tmp_path / "two-sources.html"
    path.write_text(page(two_source_log(tmp_path), ENTITY), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1480, "height": 940})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(path.as_uri())
    label = tab.locator(".label .value", has_text=re.compile(f"^{re.escape(PARTNERSHIP)}$"))
    mark = tab.locator("#chart .mark").filter(has=label)
    count = mark.locator(".count").text_content()
    mark.click()
    line = tab.text_content("#panel .corroboration .count-line")
    narrowed = tab.text_content("#panel .corroboration .narrowed-line") or ""
    spans = tab.locator("#panel .source .own-span").all_text_contents()
    by = tab.locator("#panel .source.narrowed h3").all_text_contents()
    quotes = tab.locator("#panel .source .article mark").count()
    _set_slider(tab, "#known-at", dt.date(2024, 3, 1))
    early = mark.locator(".count").text_content()
    context.close()
    assert ("2", "Reported by 2 sources", [], 2) == (count, line, errors, quotes)
    assert "[2024-02-26, 2024-02-27)" in narrowed
    assert 2 == len(spans)
    assert "its date: On Monday [2024-02-26, 2024-02-27) narrowed the span" == spans[0].strip()
    assert spans[1].startswith("its date: fin février [2024-02-21, 2024-03-01)")
    assert 1 == len(by)
    assert "" == early


def test_a_fact_in_conflict_shows_the_rival_source_and_its_span(browser: Any) -> None:
    """A release dated February by one source and May by another: the mark is in conflict,
    and the panel names the conflict and shows the rival source with its own span.
    """
    context = browser.new_context(viewport={"width": 1480, "height": 940})
    tab = context.new_page()
    tab.set_content(page(conflict_log(), "acme"))
    mark = tab.locator("#chart .mark.conflict")
    marks = mark.count()
    mark.click()
    line = tab.text_content("#panel .corroboration.conflict .count-line")
    conflict = tab.locator("#panel .corroboration .conflict-line").count()
    rival = tab.text_content("#panel .source.rival .own-span") or ""
    context.close()
    assert (1, "Reported by 1 source; 1 other dates it elsewhere", 1) == (marks, line, conflict)
    assert "[2024-05-01, 2024-06-01)" in rival


def test_the_checkbox_shows_the_corrected_and_retracted_facts(browser: Any, tmp_path: Path) -> None:
    """Hidden at first, the withdrawn facts show when the box is ticked, with no error."""
    path = tmp_path / "withdrawn.html"
    path.write_text(page(_withdrawn_log(tmp_path), "acme-robotics"), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1480, "height": 940})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.goto(path.as_uri())
    shown = (
        "() => [...document.querySelectorAll('.withdrawn')]"
        ".filter(g => getComputedStyle(g).display !== 'none' && g.getBBox().width > 0).length"
    )
    assert tab.evaluate(shown) == 0
    tab.check("#show-withdrawn")
    assert tab.evaluate(shown) == 2
    assert errors == []
    context.close()


def _tall_log(lanes: int = 30, rows: int = 5) -> Timeline:
    """Acme with `lanes` attributes of `rows` overlapping facts each (a chart many screens
    tall), each fact reported in the month before its document's publication.
    """
    events: list[Event] = [
        with_content_id(
            EntityRegistered(entity=Entity(id="acme", name="Acme", kind="organization"))
        )
    ]
    for month in range(1, rows + 1):
        quotes = [f"Acme attribute {a:02d} is value {a:02d}-{month}" for a in range(lanes)]
        document = Document(
            id=f"doc-{month}",
            title=f"Report {month}",
            publisher="Test Press",
            published=dt.date(2024, month + 1, 1),
            language="en",
            text=". ".join(quotes) + ".",
        )
        events.append(with_content_id(SourceRegistered(document=document)))
        at = 0
        for a, quote in enumerate(quotes):
            cite = Citation(document=document.id, quote=quote, start=at, end=at + len(quote))
            at += len(quote) + 2
            fact = FactAsserted(
                entity="acme",
                attribute=f"attribute {a:02d}",
                value=f"value {a:02d}-{month}",
                single=False,
                entities=("acme",),
                source=cite,
                when=Span.month(2024, month),
                known_since=document.published,
            )
            events.append(with_content_id(fact))
    log = MemoryLog()
    log.append(events)
    return Timeline(log)


_IN_VIEW = """(lane) => [...document.querySelectorAll('.lane-box')[lane].querySelectorAll('.mark')]
    .map(g => g.checkVisibility({contentVisibilityAuto: true, visibilityProperty: true}))"""


def test_a_lane_out_of_view_is_skipped_and_shows_the_answer_once_scrolled_to(
    browser: Any,
) -> None:
    """On a chart many screens tall, the browser skips the marks of the last lane (out of
    view) while *as of* moves; scrolled to, that lane shows the marks of the engine's answer
    as of the new day, as does the first lane, in view all along.
    """
    tl = _tall_log()
    context = browser.new_context(viewport={"width": 1480, "height": 940})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.set_content(page(tl, "acme"))
    last = tab.locator(".lane-box").count() - 1
    before = tab.evaluate(_IN_VIEW, last)
    _set_slider(tab, "#as-of", dt.date(2024, 3, 15))
    skipped = tab.evaluate(_IN_VIEW, last)
    first = tab.evaluate(_IN_VIEW, 0)
    tab.locator(".lane-box").nth(last).scroll_into_view_if_needed()
    tab.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    scrolled = tab.evaluate(_IN_VIEW, last)
    values = tab.locator(".lane-box").nth(last).locator(".mark:visible .value").all_text_contents()
    context.close()
    facts = tl.state("acme", "2024-03-15").facts
    expected = sorted(f.value for f in facts if f.attribute == f"attribute {last:02d}")
    assert ([False] * 5, [False] * 5, [True, True, True, False, False]) == (before, skipped, first)
    assert ["value 29-1", "value 29-2", "value 29-3"] == expected == sorted(values)
    assert [True, True, True, False, False] == scrolled
    assert [] == errors
