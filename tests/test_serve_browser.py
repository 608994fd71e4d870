"""`timeline serve` in a real browser: Playwright driving Debian's chromium, over HTTP.

The same conventions as tests/test_html_browser.py, whose `browser` fixture this module uses:
skipped, with the reason, when playwright or /usr/bin/chromium is missing; under `CI=true`
they fail instead.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline import Timeline

from .helpers import COMMITTED_LOG
from .test_html_browser import browser  # noqa: F401 (the fixture, shared)
from .test_serve import NAME, REVIEWED, drafts_folder, running

_FOCUSABLE = (
    "a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])"
)


def _dismissed(dialog: Any, seen: list[str]) -> None:
    seen.append(f"dialog: {dialog.message}")
    dialog.dismiss()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Any, Path, Path]]:
    """A server of a copy of the committed log and of a drafts folder holding the draft."""
    log = tmp_path / "log.jsonl"
    shutil.copy(COMMITTED_LOG, log)
    folder = drafts_folder(tmp_path)
    with running(log, folder) as server:
        yield server, log, folder


@pytest.fixture
def tab(browser: Any) -> Iterator[Any]:  # noqa: F811 (the shared fixture, by name)
    """A fresh tab whose console errors and dialogs are collected."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: _dismissed(d, errors))
    page.errors = errors
    yield page
    context.close()


def test_pages_load_without_console_errors(served: tuple[Any, Path, Path], tab: Any) -> None:
    """The index, an entity's page, a search and a review load with no console error."""
    server, _, _ = served
    for path in ("", "entity/mistral-ai", "search?q=Microsoft", f"drafts/{NAME}"):
        response = tab.goto(server.url + path)
        assert (path, 200) == (path, response.status)
    assert [] == tab.errors
    assert 3 == tab.locator("fieldset.event").count()


def test_focusing_an_event_marks_its_quote_in_the_article(
    served: tuple[Any, Path, Path], tab: Any
) -> None:
    """Focusing a control of event 3 marks its quote, and only it, as the current one."""
    server, _, _ = served
    tab.goto(server.url + f"drafts/{NAME}")
    tab.focus("#fields-3")
    assert ["The company is valued at about 2 billion dollars"] == tab.eval_on_selector_all(
        "#article .hl.current", "els => els.map(e => e.textContent)"
    )


def test_a_draft_is_reviewed_saved_and_ingested(served: tuple[Any, Path, Path], tab: Any) -> None:
    """Rejecting one event and editing another, then Save and Ingest, appends the accepted
    events as edited: the entity's page then shows them, and not the rejected one.
    """
    server, log, folder = served
    tab.goto(server.url)
    tab.click(f"a[href='/drafts/{NAME}']")
    tab.check("input[name=decision-2][value=reject]")
    assert "rejected" in tab.get_attribute("#event-2", "class")
    assert "rejected" in tab.get_attribute("#article .hl[data-events='2']", "class")
    tab.fill("#fields-3", 'organization = "acme-corp"\namount = 3000000000\ncurrency = "USD"')
    tab.click("#save")
    assert f"Saved {REVIEWED}" in tab.text_content("[role=status]")
    assert (folder / REVIEWED).exists()
    tab.click("[role=status] button")
    assert "appended" in tab.text_content("[role=status]")
    tab.click("a:text('Acme Corp')")
    assert [] == tab.errors
    values = tab.eval_on_selector_all(
        "#chart .mark:not(.absent) .label .value", "els => els.map(e => e.textContent)"
    )
    assert "3 billion USD" in values
    assert not any("Globex" in v for v in values)
    facts = Timeline.open(log, create=True).state("acme-corp").facts
    assert len(facts) == len(values)


def test_a_refused_save_shows_its_message_in_the_page(
    served: tuple[Any, Path, Path], tab: Any
) -> None:
    """Date words that do not resolve give the message in the page, and write nothing."""
    server, _, folder = served
    tab.goto(server.url + f"drafts/{NAME}")
    tab.fill("#when-1", "Smarch 2021")
    tab.click("#save")
    assert "Smarch" in tab.text_content("[role=alert]")
    assert "Smarch 2021" == tab.input_value("#when-1")
    assert not (folder / REVIEWED).exists()


def _tab_through(tab: Any, presses: int) -> set[str]:
    """The probes (see `_probe`) of the elements Tab focuses in `presses` presses."""
    reached = set()
    for _ in range(presses):
        tab.keyboard.press("Tab")
        reached.add(tab.evaluate("document.activeElement.getAttribute('data-probe') || ''"))
    return reached


def _probe(tab: Any) -> dict[str, str]:
    """Give every control a probe (a radio group one for the group, as Tab reaches a group
    once), and return each probe with a description of its control.
    """
    found: dict[str, str] = tab.evaluate(
        """(selector) => {
            const out = {};
            document.querySelectorAll(selector).forEach((el, i) => {
                const key = el.type === 'radio' ? 'radio:' + el.name : 'el:' + i;
                el.setAttribute('data-probe', key);
                out[key] = el.tagName + ' ' + (el.name || el.id || el.textContent.trim());
            });
            return out;
        }""",
        _FOCUSABLE,
    )
    return found


@pytest.mark.parametrize(
    ("path", "least"),
    [("", 14), (f"drafts/{NAME}", 1 + 1 + 3 * 7 + 1), ("search?q=Microsoft", 4)],
)
def test_keyboard_reaches_every_control(
    served: tuple[Any, Path, Path], tab: Any, path: str, least: int
) -> None:
    """Tab alone reaches every link, field, button and radio group of the page (the
    review page: the index link, the article, seven controls an event and Save).
    """
    server, _, _ = served
    tab.goto(server.url + path)
    controls = _probe(tab)
    assert least <= len(controls)
    reached = _tab_through(tab, len(controls) + 5)
    assert {} == {k: v for k, v in controls.items() if k not in reached}


def test_keyboard_alone_rejects_an_event(served: tuple[Any, Path, Path], tab: Any) -> None:
    """Tab to an event's decision and an arrow key reject it."""
    server, _, _ = served
    tab.goto(server.url + f"drafts/{NAME}")
    tab.focus("input[name=decision-1][value=accept]")
    tab.keyboard.press("ArrowRight")
    assert tab.is_checked("input[name=decision-1][value=reject]")
    assert "rejected" in tab.get_attribute("#event-1", "class")


def test_a_hostile_draft_runs_no_script(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    """Markup in an article and in a draft's fields is shown as text and runs nothing."""
    folder = tmp_path / "d"
    folder.mkdir()
    hostile = "<img src=x onerror=alert(1)><script>alert(2)</script>"
    (folder / "h.txt").write_text(f"Acme Corp {hostile} was founded in March 2021.\n", "utf-8")
    (folder / "h.draft.toml").write_text(
        '[source]\nid = "h-1"\ntext = "h.txt"\ntitle = "t"\npublisher = "p"\n'
        'published = 2024-03-12\nlanguage = "en"\n\n[[entity]]\nid = "acme"\nname = "Acme"\n\n'
        f'[[event]]\ntype = "founded"\nentities = ["acme"]\nwhen = "March 2021"\n'
        f'detail = "{hostile}"\nquote = "Acme Corp {hostile} was founded in March 2021"\n',
        "utf-8",
    )
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: _dismissed(d, dialogs))
    with running(tmp_path / "log.jsonl", folder) as server:
        page.goto(server.url + "drafts/h.draft.toml")
        shown = page.text_content("#article")
        images = page.locator("img").count()
    context.close()
    assert ([], 0, True) == (dialogs, images, hostile in shown)


SCREENSHOT = Path("/tmp/timeline-serve-review.png")


def test_screenshot_of_a_review(served: tuple[Any, Path, Path], tab: Any) -> None:
    """A screenshot of a review, an event rejected and another focused, for the README."""
    server, _, _ = served
    tab.goto(server.url + f"drafts/{NAME}")
    tab.check("input[name=decision-2][value=reject]")
    tab.focus("#fields-3")
    tab.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
