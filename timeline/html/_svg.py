"""The chart of a page: hand-written SVG with one lane per attribute and one mark per fact.

A fact known to the day is a point; a span is a hatched bar over the days it may have
happened on (its date is uncertain within them), faded towards the edge where a bound is open
("before publication" fades out to the left). Certainty as of the sliders is a class the page's
script sets (`definite` solid, `possible` faded with a dashed outline, `disputed` in the
warning colour with a ⚠ icon, `conflict` with a thicker warning outline when sources date the
event on disjoint spans); a fact reported by several sources has their count raised after its
label, like a footnote mark. The marks of facts outside the current answer are hidden (by
`visibility`, so that a slider move on a busy page does not lay them out again). Every text
put in the SVG is escaped.

Each lane's marks are an SVG of their own over a backdrop SVG of the bands and the axis, in a
box the browser skips while it is far from the viewport (`content-visibility: auto`). A slider
move that shows or hides most of 2,000 marks restyles some eight SVG elements a mark, and the
style of SVG is costly (over 100 ms for them all on a 2-core machine): in lanes, only the
marks in view are restyled and painted then, the others when they are scrolled to.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from timeline.html._scale import Scale

__all__ = ["LEFT", "RIGHT", "WIDTH", "Mark", "chart", "marks_of"]

WIDTH = 1000
LEFT = 210.0
RIGHT = 985.0
_TOP = 46
_ROW = 26
_PAD = 8
_CHAR = 6.6
_MAX_LABEL = 60
_COUNT = 14
"""Room kept after a label for its count of sources."""


@attrs.frozen(kw_only=True)
class Mark:
    """One drawn mark: an attribute's value over a span (the facts that share them)."""

    attribute: str
    value: str
    start: dt.date | None
    end: dt.date | None
    text: str


def marks_of(facts: Sequence[Mapping[str, Any]]) -> tuple[list[Mark], list[int]]:
    """The distinct marks of `facts` (`fact_json` shapes), and the mark of each fact."""
    index: dict[Mark, int] = {}
    of = []
    for fact in facts:
        when = fact["when"]
        mark = Mark(
            attribute=fact["attribute"],
            value=fact["value"],
            start=_date(when["start"]),
            end=_date(when["end"]),
            text=when["text"],
        )
        of.append(index.setdefault(mark, len(index)))
    return list(index), of


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _fit(text: str, room: float) -> str:
    """`text` cut (with an ellipsis) to what fits in `room` pixels."""
    most = max(4, min(_MAX_LABEL, int(room / _CHAR)))
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"


def _span_text(mark: Mark) -> str:
    start = "…" if mark.start is None else mark.start.isoformat()
    end = "…" if mark.end is None else (mark.end - dt.timedelta(days=1)).isoformat()
    days = start if start == end else f"{start} to {end}"
    return f"{mark.text} ({days})" if mark.text else days


@attrs.frozen
class _Placed:
    mark: int
    x0: float
    x1: float
    point: bool
    label: str
    label_x: float
    anchor: str

    @property
    def extent(self) -> tuple[float, float]:
        width = len(self.label) * _CHAR + 18 + _COUNT
        if self.anchor == "start":
            return min(self.x0, self.label_x), max(self.x1, self.label_x + width)
        if self.anchor == "end":
            return min(self.x0, self.label_x - width), max(self.x1, self.label_x)
        return self.x0, self.x1


def _place(i: int, mark: Mark, sc: Scale) -> _Placed:
    point = mark.start is not None and mark.end is not None and (mark.end - mark.start).days == 1
    x0 = LEFT if mark.start is None else sc.date_x(mark.start)
    x1 = RIGHT if mark.end is None else sc.date_x(mark.end)
    if point:
        centre = (x0 + x1) / 2
        x0, x1 = centre - 7, centre + 7
    need = (len(mark.value) + 3) * _CHAR
    right, left, inside = RIGHT - x1 - 8, x0 - LEFT - 8, x1 - x0 - 12
    if need <= right:
        return _Placed(i, x0, x1, point, _fit(mark.value, right), x1 + 6, "start")
    if need <= left:
        return _Placed(i, x0, x1, point, _fit(mark.value, left), x0 - 6, "end")
    if not point and need <= inside:
        return _Placed(i, x0, x1, point, _fit(mark.value, inside), x0 + 8, "inside")
    if left > right:
        return _Placed(i, x0, x1, point, _fit(mark.value, left - 3 * _CHAR), x0 - 6, "end")
    return _Placed(i, x0, x1, point, _fit(mark.value, right - 3 * _CHAR), x1 + 6, "start")


def _rows(placed: Sequence[_Placed]) -> list[int]:
    """A row within its lane for each mark, so that no two marks or labels overlap."""
    ends: list[float] = []
    rows = []
    for p in placed:
        lo, hi = p.extent
        row = next((r for r, end in enumerate(ends) if end + 6 <= lo), len(ends))
        if row == len(ends):
            ends.append(hi)
        else:
            ends[row] = hi
        rows.append(row)
    return rows


def _ticks(sc: Scale, days: Sequence[dt.date]) -> list[tuple[float, str]]:
    """Axis labels: the given days and month starts, at least 84 pixels apart."""
    first, last = dt.date.fromordinal(sc.first), dt.date.fromordinal(sc.last)
    months = []
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        months.append(month)
        if month.year == dt.MAXYEAR and month.month == 12:
            break
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    candidates = sorted(
        {(d, d.isoformat()) for d in days} | {(m, m.isoformat()[:7]) for m in months}
    )
    out: list[tuple[float, str]] = []
    for day, label in sorted(candidates, key=lambda c: (len(c[1]) != 10, c[0])):
        x = sc.date_x(day)
        inside_break = any(a + 4 < x < b - 4 or abs(x - (a + b) / 2) < 44 for a, b in sc.breaks)
        if LEFT <= x <= RIGHT and not inside_break and all(abs(x - t) >= 84 for t, _ in out):
            out.append((x, label))
    return sorted(out)


def chart(
    marks: Sequence[Mark],
    shown: Mapping[int, Mapping[str, Any]],
    sc: Scale,
    days: Sequence[dt.date],
    withdrawn: Mapping[int, str] | None = None,
) -> str:
    """The chart (see `_frame`): lanes in the order their attributes first come in `marks`;
    `shown` gives the fact (`fact_json`) each mark of the first answer stands for, which sets
    its initial class; `withdrawn` the marks of retracted or corrected facts ("retracted",
    "corrected"), drawn struck through and hidden until the page is asked to show them.
    """
    withdrawn = withdrawn or {}
    lanes: dict[str, list[int]] = {}
    for i, m in enumerate(marks):
        lanes.setdefault(m.attribute, []).append(i)
    body: list[str] = []
    boxes: list[str] = []
    y = _TOP
    for n, (attribute, members) in enumerate(lanes.items()):
        placed = sorted((_place(i, marks[i], sc) for i in members), key=lambda p: p.extent)
        rows = _rows(placed)
        height = (max(rows) + 1) * _ROW + _PAD
        stripe = "lane odd" if n % 2 else "lane"
        body.append(
            f'<g class="{stripe}"><rect x="0" y="{y}" width="{WIDTH}" height="{height}"/>'
            f'<text class="lane-name" x="{LEFT - 12}" y="{y + _PAD / 2 + _ROW / 2 + 4}">'
            f"{_esc(_fit(attribute, LEFT - 20))}</text></g>"
        )
        drawn: list[str] = []
        for p, row in zip(placed, rows, strict=True):
            top = y + _PAD / 2 + row * _ROW
            if p.mark in withdrawn:
                drawn.append(_withdrawn_mark(p, marks[p.mark], withdrawn[p.mark], top))
            else:
                drawn.append(_mark(p, marks[p.mark], shown.get(p.mark), top))
        boxes.append(_lane_box(attribute, y, height, "".join(drawn)))
        y += height
    return _frame(sc, days, y, "".join(body), "".join(boxes))


def _lane_box(attribute: str, top: int, height: int, marks: str) -> str:
    """A lane's marks: their own SVG, its view box the lane's band of the chart (so that the
    marks keep the chart's coordinates), in a box the browser skips while it is far from the
    viewport (`content-visibility: auto`): a slider move restyles and paints only the marks of
    the lanes in view, and those of the others when they are scrolled to.
    """
    return (
        f'<div class="lane-box" style="height:{height}px">'
        f'<svg class="lane-marks" viewBox="0 {top} {WIDTH} {height}" width="{WIDTH}" '
        f'height="{height}" role="group" aria-label="{_esc(attribute)}">{marks}</svg></div>'
    )


def _mark(p: _Placed, mark: Mark, fact: Mapping[str, Any] | None, top: float) -> str:
    mid = top + _ROW / 2
    classes = ["mark"]
    sources = 0
    if fact is None:
        classes.append("absent")
    else:
        classes.append(fact["certainty"])
        if fact["disputed"]:
            classes.append("disputed")
        corroboration = fact.get("corroboration") or {}
        if corroboration.get("conflict"):
            classes.append("conflict")
        sources = int(corroboration.get("sources") or 0)
    if p.point:
        shape = f'<circle class="shape dot" cx="{(p.x0 + p.x1) / 2:.1f}" cy="{mid}" r="6"/>'
    else:
        fade = {
            (True, True): ' mask="url(#fade-both)"',
            (True, False): ' mask="url(#fade-left)"',
            (False, True): ' mask="url(#fade-right)"',
        }.get((mark.start is None, mark.end is None), "")
        shape = (
            f'<rect class="shape bar" x="{p.x0:.1f}" y="{mid - 7}" width="{p.x1 - p.x0:.1f}" '
            f'height="14" rx="2"{fade}/>'
        )
    anchor = "start" if p.anchor == "inside" else p.anchor
    text = f"{mark.attribute}: {mark.value}, when: {_span_text(mark)}"
    certainty = "" if fact is None else f", {fact['certainty']}"
    if sources > 1:
        certainty += f", {sources} sources"
    return (
        f'<g class="{" ".join(classes)}" data-mark="{p.mark}" tabindex="0" role="button" '
        f'aria-pressed="false" aria-label="{_esc(text)}"><title>{_esc(text + certainty)}</title>'
        f'<rect class="hit" x="{p.extent[0]:.1f}" y="{top}" '
        f'width="{p.extent[1] - p.extent[0]:.1f}" height="{_ROW}"/>{shape}'
        f'<text class="label" x="{p.label_x:.1f}" y="{mid + 4}" text-anchor="{anchor}">'
        f'<tspan class="icon" aria-hidden="true">⚠ </tspan>'
        f'<tspan class="value">{_esc(p.label)}</tspan>'
        f'<tspan class="count" dx="2" dy="-5">{sources if sources > 1 else ""}</tspan>'
        "</text></g>"
    )


def _withdrawn_mark(p: _Placed, mark: Mark, kind: str, top: float) -> str:
    """A retracted or corrected fact: not a `.mark` (the sliders never show it), struck through."""
    mid = top + _ROW / 2
    text = f"{mark.attribute}: {mark.value}, when: {_span_text(mark)}, {kind}"
    if p.point:
        shape = f'<circle class="shape dot" cx="{(p.x0 + p.x1) / 2:.1f}" cy="{mid}" r="6"/>'
    else:
        shape = (
            f'<rect class="shape bar" x="{p.x0:.1f}" y="{mid - 7}" width="{p.x1 - p.x0:.1f}" '
            'height="14" rx="2"/>'
        )
    anchor = "start" if p.anchor == "inside" else p.anchor
    return (
        f'<g class="withdrawn {kind}" data-withdrawn="{p.mark}" aria-label="{_esc(text)}">'
        f"<title>{_esc(text)}</title>{shape}"
        f'<text class="label" x="{p.label_x:.1f}" y="{mid + 4}" text-anchor="{anchor}">'
        f'<tspan class="value">{_esc(p.label)}</tspan> <tspan class="why">({kind})</tspan>'
        "</text></g>"
    )


_DEFS = """<defs>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse"
 patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbe7f6"/>
<line x1="0" y1="0" x2="0" y2="6" stroke="#2c5d9e" stroke-width="2.4"/></pattern>
<pattern id="hatch-warn" width="6" height="6" patternUnits="userSpaceOnUse"
 patternTransform="rotate(45)"><rect width="6" height="6" fill="#fbe3cf"/>
<line x1="0" y1="0" x2="0" y2="6" stroke="#b4470b" stroke-width="2.4"/></pattern>
<linearGradient id="g-left"><stop offset="0" stop-color="#000"/>
<stop offset="0.45" stop-color="#fff"/></linearGradient>
<linearGradient id="g-right"><stop offset="0.55" stop-color="#fff"/>
<stop offset="1" stop-color="#000"/></linearGradient>
<linearGradient id="g-both"><stop offset="0" stop-color="#000"/>
<stop offset="0.3" stop-color="#fff"/><stop offset="0.7" stop-color="#fff"/>
<stop offset="1" stop-color="#000"/></linearGradient>
<mask id="fade-left" maskContentUnits="objectBoundingBox">
<rect width="1" height="1" fill="url(#g-left)"/></mask>
<mask id="fade-right" maskContentUnits="objectBoundingBox">
<rect width="1" height="1" fill="url(#g-right)"/></mask>
<mask id="fade-both" maskContentUnits="objectBoundingBox">
<rect width="1" height="1" fill="url(#g-both)"/></mask>
</defs>"""


def _frame(sc: Scale, days: Sequence[dt.date], height: int, lanes: str, boxes: str) -> str:
    """The chart: in a box of the chart's size, three layers in the order they are painted:
    an SVG of the lanes' bands and names, the axis and its breaks; the lanes' SVGs of marks,
    one under the other from the axis down; an SVG of the two cursors, which lets the pointer
    through to the marks.
    """
    ticks = "".join(
        f'<line class="tick" x1="{x:.1f}" x2="{x:.1f}" y1="{_TOP - 8}" y2="{height}"/>'
        f'<text class="tick-label" x="{x:.1f}" y="{_TOP - 14}">{_esc(label)}</text>'
        for x, label in _ticks(sc, days)
    )
    breaks = "".join(
        f'<rect class="gap" x="{a:.1f}" y="{_TOP - 8}" width="{b - a:.1f}" '
        f'height="{height - _TOP + 8}"/><text class="gap-label" x="{(a + b) / 2:.1f}" '
        f'y="{_TOP - 14}">≈</text>'
        for a, b in sc.breaks
    )
    cursors = (
        f'<line id="cursor-known-at" class="cursor known" x1="{RIGHT}" x2="{RIGHT}" '
        f'y1="{_TOP - 8}" y2="{height}"/>'
        f'<line id="cursor-as-of" class="cursor as-of" x1="{RIGHT}" x2="{RIGHT}" '
        f'y1="{_TOP - 8}" y2="{height}"/>'
    )
    size = f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}"'
    return (
        f'<div id="chart" style="width:{WIDTH}px;height:{height}px;padding-top:{_TOP}px" '
        'role="group" aria-label="facts on a time axis">'
        f'<svg class="backdrop" {size}>{_DEFS}{lanes}{breaks}{ticks}</svg>'
        f"{boxes}"
        f'<svg class="overlay" {size}>{cursors}</svg></div>'
    )
