"""Sentences cut into segments: the comma-separated pieces a clause is built from.

Quotations («...», “...”) and parentheses are never cut. Two quotations joined by "et"/"and"
are two segments ("«A» et «B», a-t-il dit"). Segments are trimmed of spaces and of the
sentence's final stop, so that each is an exact, clean substring of the text.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["DATELINE", "Segment", "segments"]

_OPEN = {"«": "»", "“": "”", "(": ")"}
_CLOSE = {v: k for k, v in _OPEN.items()}


@attrs.frozen
class Segment:
    """`text[start:end]`, a piece of a sentence between commas."""

    start: int
    end: int


_TOLD_AGAIN = re.compile(r", (?:or|soit) [^,;]{0,12}?\d[\d.,]*\s?(?:%|percent|per cent|pour cent),")
"""A figure told again in other units between commas, after a figure ("$3.54, or 7.5
percent, to $50.30", "12 millions, soit 5 %, à"): part of the same clause."""


_ABOUT = (
    r"(?:(?:plus de|pr[e\u00e8]s de|environ|quelque|more than|nearly|about|almost|over|some) )?"
)
"""A qualifier of a level ("à plus de 9 milliards", "to nearly $3 billion")."""

_LEVEL_AFTER = re.compile(r", (?:à|a|to|at) " + _ABOUT + r"(?:[$€£]\s?)?\d")
"""The level a change reaches, after the change in percent ("up 21.4%, to $2.77 billion",
"en progression de 21,4 %, à 2,77 milliards", "en hausse de 5% de son chiffre d'affaires, à
plus de 9 milliards"): part of the same clause."""

_LEVEL_REACHED = re.compile(
    r", (?:pour atteindre|atteignant|to reach|reaching|s['\u2019][e\u00e9]tablissant [a\u00e0]) "
    + _ABOUT
    + r"(?:[$€£]\s?)?\d"
)
"""The level a figure reaches told by a verb after a comma ("progresser de 17% au premier
semestre, pour atteindre 805 M€", "grew in the year, reaching $2 billion"): what reached it is
the clause before, so it is part of that clause."""

_PERCENT_BEFORE = re.compile(r"\d\s?(?:%|percent|per cent|pour cent)(?!\w)")
"""A change in percent in the piece before a comma."""


_FIGURE_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?(?:\s?(?:[%$€£]|[^\W\d_]+)){0,2}$")
"""A figure, perhaps with its unit, just before a comma ("$3.54", "12 euros", "7 millions
d'euros" cut at its last word)."""


_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)?$"
)
_YEAR_AFTER = re.compile(r", (?:19|20)\d\d(?!\d)(?![.,]\d)(?!\s+[a-z]{3,}s\b)")
"""A month, perhaps with its day, and a year after a comma ("June, 1995", "June 3, 1995"):
the comma is inside a date, no cut."""


DATELINE = re.compile(
    r"(?:(?:[A-Z][\w.'\u2019&()-]*|and|et),?\s+){1,8}?"
    r"\d{1,2}(?:st|nd|rd|th|er)?(?: [^\W\d_]+\.?)?,? \d{4}\s*"
    r"(?:\([^()\n]{0,40}\)\s*|/[^/\n]{0,40}/\s*)?"
    r"(?P<dash>--|\u2014|\u2013)\s*"
)
"""A wire dateline that opens a sentence, capitalised words (places, a byline) then a date,
up to the dash after it and its wire ("MIAMI, March 17, 2025 (GLOBE NEWSWIRE) --", "PARIS, 4
mai 2020 –"): a segment of its own. Not a clause that a dash follows ("Globex went public on
March 3, 2015 — ...")."""


def segments(text: str, start: int, end: int) -> list[Segment]:
    """The segments of the sentence `text[start:end]`."""
    cuts: list[tuple[int, int]] = []  # (end of a segment, start of the next)
    kept: set[int] = set()  # commas around a figure told again ("$3.54, or 7.5%, to")
    depth = 0
    straight = False
    i = start
    while i < end:
        c = text[i]
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE and depth:
            depth -= 1
            after = text[i + 1 : i + 6]
            for joint in (" et «", " and “", " et “", " and «"):
                if depth == 0 and after.startswith(joint[:-1]) and after[: len(joint)] == joint:
                    cuts.append((i + 1, i + len(joint)))
        elif c == '"':
            straight = not straight
        elif (
            c in ",;"
            and depth == 0
            and not straight
            and not (text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit())
            and i not in kept
            and not (
                c == ","
                and _YEAR_AFTER.match(text, i, end)
                and _MONTH_BEFORE.search(text, max(start, i - 16), i)
            )  # "in June, 1995", "on June 3, 1995": one date
        ):
            again = _TOLD_AGAIN.match(text, i, end) if c == "," else None
            if again is not None and _FIGURE_BEFORE.search(text, max(start, i - 24), i):
                kept.add(again.end() - 1)  # "rose $3.54, or 7.5 percent, to $50.30": one clause
            elif c == "," and (
                _LEVEL_REACHED.match(text, i, end)
                or (
                    _LEVEL_AFTER.match(text, i, end)
                    and _PERCENT_BEFORE.search(text, cuts[-1][1] if cuts else start, i)
                )
            ):
                pass  # "up 21.4%, to $2.77 billion": the change and the level it reaches
            else:
                cuts.append((i, i + 1))
        i += 1
    dateline = DATELINE.match(text, start, end)
    if dateline is not None:  # "MIAMI, March 17, 2025 (GLOBE NEWSWIRE) -- Globex ...": apart
        cuts = sorted([*cuts, (dateline.start("dash"), dateline.end())])
    out: list[Segment] = []
    begin = start
    for stop, resume in cuts:
        _add(text, begin, stop, out)
        begin = resume
    _add(text, begin, end, out)
    return out


def _add(text: str, start: int, end: int, out: list[Segment]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:!?"):
        end -= 1
    if start < end:
        out.append(Segment(start, end))
