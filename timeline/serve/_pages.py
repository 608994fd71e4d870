"""The server's HTML pages: the index, search results, draft review and messages.

Every text that comes from a log, a draft or a request is escaped (`html.escape`); pages load
nothing from the network; the review page's little script only moves classes and focus.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote

from timeline.serve._drafts import ANCHORS, DECISIONS, TENSES, DraftFolder, Proposal, Review
from timeline.serve._search import Hit, fold
from timeline.vocabulary.entities import Entity

if TYPE_CHECKING:
    from timeline.extract.tagger import Tag

__all__ = [
    "draft_href",
    "entity_href",
    "index_page",
    "ingested_page",
    "message_page",
    "review_page",
    "search_page",
]

_CSS = """
:root { --ink: #1d2430; --muted: #5b6472; --line: #d5dae1; --accent: #2c5d9e;
  --warn: #b4470b; --paper: #fff; --lane: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--ink); background: var(--paper); }
header { padding: 12px 20px 8px; border-bottom: 1px solid var(--line); }
header h1 { font-size: 20px; margin: 0 0 2px; }
header p, .muted { color: var(--muted); margin: 0; }
nav a { margin-right: 12px; }
main { padding: 12px 20px 24px; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible,
textarea:focus-visible, .article:focus-visible { outline: 3px solid var(--accent);
  outline-offset: 2px; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 3px 12px 3px 0; border-bottom: 1px solid var(--line);
  vertical-align: top; }
.error { color: #fff; background: var(--warn); padding: 8px 12px; border-radius: 3px;
  font-weight: 600; }
.ok { background: #e5f2e5; border: 1px solid #7bb37b; padding: 8px 12px; border-radius: 3px; }
form.inline { display: inline; }
mark { background: #ffe27a; color: inherit; }
.review { display: flex; gap: 20px; align-items: flex-start; }
.article-box { flex: 1 1 45%; position: sticky; top: 0; max-height: 100vh; }
.article { white-space: pre-wrap; border: 1px solid var(--line); padding: 10px 12px;
  max-height: calc(100vh - 120px); overflow-y: auto; background: #fcfcfd; font-size: 14px; }
.hl.q { background: #fff1b3; border-bottom: 2px solid #e0b400; }
.hl.d { background: #d9e8fb; border-bottom: 2px solid var(--accent); }
.hl.q.d { background: #e3d9fb; }
.hl.rejected { background: transparent; border-bottom: 2px dotted #aaa; }
.hl.current { outline: 2px solid var(--warn); background: #ffd27a; }
.legend { color: var(--muted); font-size: 12.5px; }
.legend span { padding: 0 4px; }
#review { flex: 1 1 55%; }
fieldset.event { border: 1px solid var(--line); border-left: 4px solid var(--accent);
  margin: 0 0 12px; padding: 8px 12px; }
fieldset.event.rejected { border-left-color: #aaa; opacity: 0.65; }
fieldset.event legend { font-weight: 600; }
fieldset.event blockquote { margin: 2px 0 8px; padding: 3px 8px; background: var(--lane);
  border-left: 3px solid #e0b400; }
.grid { display: grid; grid-template-columns: 9.5em 1fr; gap: 4px 8px; align-items: center; }
.grid label { color: var(--muted); }
.grid input[type=text], .grid select, .grid textarea { width: 100%; font: inherit; }
.grid textarea { font-family: ui-monospace, monospace; font-size: 12.5px; }
.decision label { margin-right: 14px; color: var(--ink); }
.hint { color: var(--muted); font-size: 12px; grid-column: 2; margin: -2px 0 2px; }
button { font: inherit; padding: 4px 12px; }
.actions { position: sticky; bottom: 0; background: var(--paper); padding: 8px 0;
  border-top: 1px solid var(--line); }
"""

_REVIEW_SCRIPT = """
(function () {
  'use strict';
  var article = document.getElementById('article');
  var marks = Array.prototype.slice.call(article.querySelectorAll('.hl.q'));
  var events = Array.prototype.slice.call(document.querySelectorAll('fieldset.event'));
  function of(span) { return (span.getAttribute('data-events') || '').split(' '); }
  function decided(n) {
    var box = document.querySelector('fieldset.event[data-event="' + n + '"]');
    var reject = box && box.querySelector('input[value="reject"]');
    return reject && reject.checked ? 'reject' : 'accept';
  }
  function refresh() {
    events.forEach(function (box) {
      box.classList.toggle('rejected', decided(box.getAttribute('data-event')) === 'reject');
    });
    marks.forEach(function (span) {
      var live = of(span).some(function (n) { return decided(n) === 'accept'; });
      span.classList.toggle('rejected', !live);
    });
  }
  function current(n) {
    var first = null;
    marks.forEach(function (span) {
      var on = of(span).indexOf(n) >= 0;
      span.classList.toggle('current', on);
      if (on && first === null) { first = span; }
    });
    if (first !== null) {
      article.scrollTop = Math.max(0, first.offsetTop - article.offsetTop -
        article.clientHeight / 3);
    }
  }
  events.forEach(function (box) {
    box.addEventListener('focusin', function () { current(box.getAttribute('data-event')); });
    box.addEventListener('change', refresh);
  });
  refresh();
}());
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _layout(title: str, body: str, *, script: str = "") -> str:
    tail = f"<script>{script}</script>" if script else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="icon" href="data:,">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}\n"
        f"{tail}\n</body>\n</html>\n"
    )


def _header(title: str, subtitle: str = "") -> str:
    sub = f"<p>{_e(subtitle)}</p>" if subtitle else ""
    return (
        f'<header><nav aria-label="site"><a href="/">Index</a></nav>'
        f"<h1>{_e(title)}</h1>{sub}</header>"
    )


def _search_form(value: str = "") -> str:
    return (
        '<form role="search" action="/search" method="get">'
        '<label for="q">Search values and quotes </label>'
        f'<input id="q" name="q" type="search" value="{_e(value)}" required maxlength="200"> '
        "<button type=submit>Search</button></form>"
    )


def entity_href(entity: str) -> str:
    """The address of an entity's page."""
    return "/entity/" + quote(entity, safe="")


def draft_href(name: str, action: str = "") -> str:
    """The address of a draft's review page, or of one of its actions."""
    return "/drafts/" + quote(name, safe="") + (f"/{action}" if action else "")


def _ingest_form(name: str, reviewed: str, log: str) -> str:
    return (
        f'<form class="inline" method="post" action="{_e(draft_href(name, "ingest"))}">'
        f'<button type="submit" aria-label="Ingest {_e(reviewed)} into {_e(log)}">'
        f"Ingest {_e(reviewed)}</button></form>"
    )


def index_page(
    entities: Sequence[Entity],
    events: int,
    log: str,
    drafts: Sequence[str] | None,
    reviewed: dict[str, str],
) -> str:
    """The index: the search form, the entities of the log and the drafts to review."""
    rows = "".join(
        f'<tr><td><a href="{_e(entity_href(e.id))}">{_e(e.id)}</a></td><td>{_e(e.name)}</td>'
        f"<td>{_e(e.kind)}</td><td>{_e(', '.join(e.aliases))}</td></tr>"
        for e in entities
    )
    table = (
        "<table><thead><tr><th>id</th><th>name</th><th>kind</th><th>aliases</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        if entities
        else '<p class="muted">No entity yet: ingest a reviewed draft to begin the log.</p>'
    )
    body = [
        _header("timeline", f"log {log}: {events} records, {len(entities)} entities"),
        "<main>",
        _search_form(),
        "<h2>Entities</h2>",
        table,
    ]
    if drafts is not None:
        body.append("<h2>Drafts</h2>")
        if not drafts:
            body.append('<p class="muted">No draft (*.toml) in the drafts folder.</p>')
        items = []
        for name in drafts:
            item = f'<li><a href="{_e(draft_href(name))}">{_e(name)}</a>'
            if name in reviewed:
                item += f" · reviewed: {_ingest_form(name, reviewed[name], log)}"
            items.append(item + "</li>")
        body.append(f"<ul>{''.join(items)}</ul>")
    body.append("</main>")
    return _layout("timeline", "".join(body))


def search_page(query: str, hits: Sequence[Hit], more: bool) -> str:
    """The facts whose values or quotes hold `query`, the match marked."""
    rows = "".join(
        f'<tr><td><a href="{_e(entity_href(h.entity))}">{_e(h.name)}</a></td>'
        f"<td>{_e(h.attribute)}</td><td>{_marked(h.value, query)}</td>"
        f"<td>{_marked(h.quote, query)}</td></tr>"
        for h in hits
    )
    found = f"{len(hits)}{'+' if more else ''} facts" if hits else "no fact"
    body = (
        f"{_header('Search', f'{found} for “{query}”')}<main>{_search_form(query)}"
        "<table><thead><tr><th>entity</th><th>attribute</th><th>value</th><th>quote</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></main>"
    )
    return _layout(f"Search: {query}", body)


def _marked(text: str, query: str) -> str:
    """`text` escaped, each occurrence of `query` (ignoring case and accents) in `<mark>`."""
    folded, q = fold(text), fold(query.strip())
    out, at = [], 0
    while q:
        found = folded.find(q, at)
        if found < 0:
            break
        out += [_e(text[at:found]), f"<mark>{_e(text[found : found + len(q)])}</mark>"]
        at = found + len(q)
    out.append(_e(text[at:]))
    return "".join(out)


def message_page(title: str, message: str) -> str:
    """A page that says one thing (an error, in an alert)."""
    body = f'{_header(title)}<main><p class="error" role="alert">{_e(message)}</p></main>'
    return _layout(title, body)


def ingested_page(reviewed: str, said: str, entities: Sequence[Entity]) -> str:
    """What an ingest appended, with links to the pages of the seed file's entities."""
    links = "".join(
        f'<li><a href="{_e(entity_href(e.id))}">{_e(e.name)}</a></li>' for e in entities
    )
    body = (
        f'{_header(f"Ingested {reviewed}")}<main><p class="ok" role="status">{_e(said)}</p>'
        f"<h2>Entities</h2><ul>{links}</ul></main>"
    )
    return _layout(f"Ingested {reviewed}", body)


def review_page(
    review: Review,
    proposals: Sequence[Proposal],
    tags: Sequence[Tag],
    types: Sequence[str],
    log: str,
    *,
    error: str | None = None,
    saved: str | None = None,
) -> str:
    """The draft beside its article: dates and quotes highlighted in the text, and a form
    with, for each event, accept or reject and its type, date words, entities and fields.
    """
    source = review.seed.source
    subtitle = " · ".join(
        str(source[k]) for k in ("title", "publisher", "published", "language") if k in source
    )
    notice = ""
    if error is not None:
        notice = f'<p class="error" role="alert">{_e(error)}</p>'
    elif saved is not None:
        notice = (
            f'<div class="ok" role="status">Saved {_e(saved)}: it passed the checks of '
            f"<code>timeline ingest</code>. {_ingest_form(review.name, saved, log)}</div>"
        )
    cards = "".join(_card(n, p, types) for n, p in enumerate(proposals, start=1))
    body = (
        f"{_header(f'Review {review.name}', subtitle)}<main>{notice}"
        '<div class="review"><section class="article-box" aria-labelledby="article-title">'
        '<h2 id="article-title">Article</h2>'
        f'<div id="article" class="article" tabindex="0" role="region" aria-label="article text">'
        f"{_highlighted(review.seed.text, proposals, tags)}</div>"
        '<p class="legend"><span class="hl d">date words</span> '
        '<span class="hl q">a proposed event\'s quote</span> '
        '<span class="hl current">the event being reviewed</span></p></section>'
        f'<form id="review" method="post" action="{_e(draft_href(review.name, "save"))}">'
        f'<input type="hidden" name="digest" value="{_e(review.digest)}">'
        f'<input type="hidden" name="count" value="{len(proposals)}">'
        f"<h2>{len(proposals)} proposed events</h2>{cards}"
        '<div class="actions"><button type="submit" id="save">Save reviewed seed file</button> '
        f'<span class="muted">writes {_e(_reviewed(review))} beside the draft</span></div>'
        "</form></div></main>"
    )
    return _layout(f"Review {review.name}", body, script=_REVIEW_SCRIPT)


def _reviewed(review: Review) -> str:
    return DraftFolder.reviewed_name(review.name)


def _options(chosen: str, choices: Iterable[str]) -> str:
    values = list(choices)
    if chosen not in values:
        values.insert(0, chosen)
    return "".join(
        f'<option value="{_e(v)}"{" selected" if v == chosen else ""}>{_e(v)}</option>'
        for v in values
    )


def _card(n: int, p: Proposal, types: Sequence[str]) -> str:
    missing = (
        '<p class="error">The quote is not in the article as the draft places it.</p>'
        if p.start < 0
        else ""
    )
    decisions = "".join(
        f'<label><input type="radio" name="decision-{n}" value="{d}"'
        f"{' checked' if p.decision == d else ''}> {d}</label>"
        for d in DECISIONS
    )
    rows = max(2, p.fields.count("\n") + 2)
    note = f'<p class="hint">{_e(p.note)}</p>' if p.note else ""
    return (
        f'<fieldset class="event" id="event-{n}" data-event="{n}">'
        f"<legend>Event {n}: {_e(p.type)}</legend>"
        f"<blockquote>{_e(p.quote)}</blockquote>{missing}"
        f'<div class="grid"><span id="decision-{n}-label">decision</span>'
        f'<div class="decision" role="radiogroup" aria-labelledby="decision-{n}-label">'
        f"{decisions}</div>"
        f'<label for="type-{n}">type</label>'
        f'<select id="type-{n}" name="type-{n}">{_options(p.type, types)}</select>'
        f'<label for="when-{n}">date words</label>'
        f'<input type="text" id="when-{n}" name="when-{n}" value="{_e(p.when)}">'
        '<p class="hint">exactly as the article has them; empty: the anchor below</p>'
        f'<label for="tense-{n}">tense</label>'
        f'<select id="tense-{n}" name="tense-{n}">{_options(p.tense, TENSES)}</select>'
        f'<label for="anchor-{n}">anchor</label>'
        f'<select id="anchor-{n}" name="anchor-{n}">{_options(p.anchor, ANCHORS)}</select>'
        f'<label for="entities-{n}">other entities</label>'
        f'<input type="text" id="entities-{n}" name="entities-{n}" value="{_e(p.entities)}">'
        f'<label for="fields-{n}">fields</label>'
        f'<textarea id="fields-{n}" name="fields-{n}" rows="{rows}" spellcheck="false">'
        f"{_e(p.fields)}</textarea>"
        '<p class="hint">one <code>key = value</code> a line; a value that is not TOML is '
        "read as text</p>"
        f"{note}</div></fieldset>"
    )


def _highlighted(text: str, proposals: Sequence[Proposal], tags: Sequence[Tag]) -> str:
    """The article with each date expression and each proposed quote in a span."""
    quotes = [
        (p.start, p.start + len(p.quote), n)
        for n, p in enumerate(proposals, start=1)
        if p.start >= 0 and p.quote
    ]
    dates = [(t.start, t.end, t.text) for t in tags if t.end > t.start]
    cuts = sorted(
        {0, len(text), *(c for s, e, _ in quotes for c in (s, e))}
        | {c for s, e, _ in dates for c in (s, e)}
    )
    out = []
    for a, b in itertools.pairwise(cuts):
        piece = _e(text[a:b])
        events = [str(n) for s, e, n in quotes if s <= a and b <= e]
        date = next((d for s, e, d in dates if s <= a and b <= e), None)
        if not events and date is None:
            out.append(piece)
            continue
        classes = ["hl"] + (["q"] if events else []) + (["d"] if date is not None else [])
        label = []
        if date is not None:
            label.append(f"date words: {date}")
        if events:
            label.append("quote of event " + ", ".join(events))
        data = f' data-events="{" ".join(events)}"' if events else ""
        out.append(
            f'<span class="{" ".join(classes)}"{data} title="{_e("; ".join(label))}">{piece}</span>'
        )
    return "".join(out)
