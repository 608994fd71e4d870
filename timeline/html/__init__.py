"""A self-contained HTML page of an entity's facts on a time axis, with time travel and sources.

The page has two sliders, *as of* and *known at*, that replay the answer in the page itself.
It does not fold events in JavaScript: the engine computes `state` at every slider position
where an answer can change (every first and last day of a span, every publication day, a
position before them all and "everything"; see `timeline.html._answers`, which folds them with
the projections' own functions, only where something changed) and the page embeds
those answers as JSON; the script only picks, for a slider day, the answer at the latest
position on or before it. The page's answer is therefore the engine's (`state --json`) by
construction, with no second implementation of the folding rules to keep in step.

Size is bounded: at most `MAX_AS_OF` x `MAX_KNOWN_AT` (120 x 30) positions are computed, each
distinct fact and each distinct answer is embedded once, and an answer is a list of fact
indices; beyond the caps the change points are sampled evenly and the page says so. Only the
documents that the embedded facts cite are embedded, for their quotes to be shown in context.

Each fact comes with its corroboration as `state --json` gives it (how many sources, the first,
which narrowed the span, each source's own span, and a conflict when sources date the event on
disjoint spans): the chart shows the count of sources beside a mark and the conflict as an
outline, the panel of a selected fact the rest.

Everything from articles (values, quotes, titles, URLs) is escaped: as text in the SVG, and as
JSON with `<`, `>` and `&` written as Unicode escapes inside `<script type="application/json">`;
the script puts it in the page only as text nodes, and links only http(s) URLs.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.resources
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from timeline.answers import span_json
from timeline.api import Timeline, When
from timeline.html._answers import MAX_AS_OF, MAX_KNOWN_AT, Answers, Axis, answers, change_points
from timeline.html._scale import scale
from timeline.html._svg import LEFT, RIGHT, Mark, chart, marks_of
from timeline.html._withdrawn import withdrawn
from timeline.time.span import Span
from timeline.vocabulary.documents import Document
from timeline.vocabulary.events import Reported

__all__ = ["DATA_ID", "MAX_AS_OF", "MAX_KNOWN_AT", "embedded_data", "page"]

DATA_ID = "timeline-data"
"""The id of the `<script type="application/json">` that holds the page's data."""

_EPOCH = dt.date(1970, 1, 1).toordinal()
_ONE_DAY = dt.timedelta(days=1)


def page(
    tl: Timeline,
    entity: str,
    *,
    as_of: When | None = None,
    known_at: When | None = None,
    ref: dt.date | None = None,
) -> str:
    """The page for `entity`, its sliders first set to `as_of` and `known_at` (default:
    everything). UnknownEntityError or DateError before anything is computed on bad input.
    """
    axes = tl.axes(as_of, known_at, None, ref)
    found = tl.kept_entity(entity)
    valid, published = change_points(tl, found.id)
    start_as_of, start_known = _last_day(axes.as_of), _last_day(axes.known_at)
    days = [*valid, *published, *(d for d in (start_as_of, start_known) if d is not None)]
    sc = scale([*days, *(d + _ONE_DAY for d in days)], LEFT, RIGHT)
    first = dt.date.fromordinal(sc.first)
    kept = [d for d in (start_as_of, start_known) if d is not None]
    computed = answers(tl, found.id, [first, *valid], [first, *published], keep=kept)
    marks, mark_of = marks_of(computed.facts)
    gone = withdrawn(tl, found.id)
    withdrawn_marks = {
        len(marks) + k: w.kind for k, w in enumerate(gone)
    }  # after the answers' marks, so their numbers stay those of `data`
    marks = [
        *marks,
        *(
            Mark(attribute=w.attribute, value=w.value, start=w.start, end=w.end, text=w.text)
            for w in gone
        ),
    ]
    maximum = sc.last - _EPOCH
    initial = (
        _position(computed.as_of, start_as_of),
        _position(computed.known_at, start_known),
    )
    shown = {
        mark_of[f]: computed.facts[f]
        for f in computed.answers[computed.grid[initial[0]][initial[1]]]
    }
    data = _data(tl, computed, mark_of, sc.first - _EPOCH, maximum)
    data["scale"] = {
        "days": [d - _EPOCH for d in sc.days],
        "xs": [round(x, 2) for x in sc.xs],
        "right": RIGHT,
    }
    name = str(computed.entity.get("name") or found.id)
    parts = {
        "TITLE": html.escape(f"{name}: timeline"),
        "HEADING": html.escape(name),
        "NOTE": html.escape(_note(computed)),
        "MIN": str(sc.first - _EPOCH),
        "MAX": str(maximum),
        "AS_OF": str(maximum if start_as_of is None else start_as_of.toordinal() - _EPOCH),
        "KNOWN_AT": str(maximum if start_known is None else start_known.toordinal() - _EPOCH),
        "SVG": chart(marks, shown, sc, _tick_days(marks, published), withdrawn_marks),
        "WITHDRAWN": _withdrawn_control(len(gone)),
        "DATA": _script_json(data),
    }
    return re.sub(r"%%([A-Z_]+)%%", lambda m: parts[m.group(1)], _template())


def embedded_data(page_html: str) -> dict[str, Any]:
    """The JSON a page embeds (for tests and tools that read a page back)."""
    start = page_html.index(f'<script type="application/json" id="{DATA_ID}">')
    body = page_html[page_html.index(">", start) + 1 : page_html.index("</script>", start)]
    data: dict[str, Any] = json.loads(body)
    return data


def _withdrawn_control(count: int) -> str:
    """The checkbox that shows the retracted and corrected facts, when there are any."""
    if not count:
        return ""
    return (
        '<label class="withdrawn-toggle"><input id="show-withdrawn" type="checkbox"> '
        f"show the {count} corrected or retracted {'fact' if count == 1 else 'facts'}</label>"
    )


def _tick_days(marks: Sequence[Mark], published: Sequence[dt.date]) -> list[dt.date]:
    """The days worth a label on the axis: where marks start and end, and publication days."""
    bounds = {d for m in marks for d in (m.start, m.end) if d is not None}
    return sorted(bounds | set(published))


def _last_day(span: Span | None) -> dt.date | None:
    """The day a slider stands at for "as of `span`": its last day (None: everything)."""
    if span is None or span.end is None:
        return None
    return span.end - _ONE_DAY


def _position(axis: Axis, day: dt.date | None) -> int:
    """The index of the latest position of `axis` on or before `day` (None: everything)."""
    if day is None:
        return len(axis.days)
    return max((i for i, d in enumerate(axis.days) if d <= day), default=0)


def _note(computed: Answers) -> str:
    a, k = computed.as_of, computed.known_at
    note = (
        f"Answers computed by the timeline engine at {len(a.positions)} as-of × "
        f"{len(k.positions)} known-at positions"
    )
    if a.sampled or k.sampled:
        note += (
            f" (sampled: {len(a.days)} of {a.change_points} as-of and {len(k.days)} of "
            f"{k.change_points} known-at change points; between two, the slider shows the "
            "answer at the earlier)"
        )
    return note + ". Generated by `timeline html`."


def _data(
    tl: Timeline, computed: Answers, mark_of: list[int], minimum: int, maximum: int
) -> dict[str, Any]:
    cited = {s["document"] for f in computed.facts for s in f["sources"]}
    events = {s["event"] for f in computed.facts for s in f["sources"]}
    documents = tl.catalogue.documents
    quotes = {
        r.event.id: [r.event.source.start, r.event.source.end]
        for r in tl.records()
        if isinstance(r.event, Reported) and r.event.id in events
    }
    return {
        "entity": computed.entity,
        "upto_seq": None,
        "as_of": _positions(computed.as_of),
        "known_at": _positions(computed.known_at),
        "slider": {"min": minimum, "max": maximum},
        "facts": [{"mark": m, "fact": f} for m, f in zip(mark_of, computed.facts, strict=True)],
        "answers": [list(a) for a in computed.answers],
        "grid": [list(row) for row in computed.grid],
        "documents": {d: _document(documents[d]) for d in sorted(cited) if d in documents},
        "quotes": quotes,
        "sampled": computed.as_of.sampled or computed.known_at.sampled,
    }


def _positions(axis: Axis) -> list[dict[str, Any]]:
    """Each position: its day (days since 1970-01-01; null for everything), its label, and
    the query span as `state --json` writes it.
    """
    out: list[dict[str, Any]] = []
    for day in axis.positions:
        if day is None:
            out.append({"day": None, "label": "everything", "span": None})
        else:
            out.append(
                {
                    "day": day.toordinal() - _EPOCH,
                    "label": day.isoformat(),
                    "span": span_json(Span.day(day)),
                }
            )
    return out


def _document(doc: Document) -> Mapping[str, Any]:
    return {
        "title": doc.title,
        "publisher": doc.publisher,
        "published": doc.published.isoformat(),
        "url": doc.url,
        "text": doc.text,
    }


def _script_json(data: Mapping[str, Any]) -> str:
    """`data` as JSON that cannot end or break out of the `<script>` element holding it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _template() -> str:
    return importlib.resources.files("timeline.html").joinpath("page.html").read_text("utf-8")
