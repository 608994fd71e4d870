"""Measuring the tagger and the draft against hand-made labels and curated annotations.

`score_tags` compares tagged dates with labelled ones: *strict* matches have the same offsets,
*relaxed* ones overlap, and *value* counts labelled dates whose overlapping tag resolved to the
labelled span. `recovery` compares a draft with a curated seed file: a curated event is
recovered when a draft event has the same date expression (case aside; or both have none) and a
quote whose character range overlaps its own, counted both ways: by any draft event, and one
to one (a maximum matching, each draft event used once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from timeline.extract.tagger import Tag, TagKind

__all__ = ["Recovery", "TagScores", "annotated", "f1", "max_matching", "recovery", "score_tags"]


@attrs.frozen
class TagScores:
    """Counts over a labelled set; the ratios are properties."""

    gold: int
    predicted: int
    strict: int
    relaxed_gold: int
    relaxed_predicted: int
    value: int
    negatives: int
    negatives_ok: int

    @property
    def strict_precision(self) -> float:
        """Share of predicted dates with exactly the labelled offsets."""
        return _share(self.strict, self.predicted)

    @property
    def strict_recall(self) -> float:
        """Share of labelled dates found with exactly their offsets."""
        return _share(self.strict, self.gold)

    @property
    def relaxed_precision(self) -> float:
        """Share of predicted dates that overlap a labelled one."""
        return _share(self.relaxed_predicted, self.predicted)

    @property
    def relaxed_recall(self) -> float:
        """Share of labelled dates overlapped by a predicted one."""
        return _share(self.relaxed_gold, self.gold)

    @property
    def value_accuracy(self) -> float:
        """Share of labelled dates found (overlap) with exactly the labelled span."""
        return _share(self.value, self.gold)


def _share(part: int, whole: int) -> float:
    """`part` as a share of `whole`, 0 when there is none."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of a precision and a recall."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


Tagger = Callable[[str, dt.date, str], list[Tag]]


def score_tags(rows: Iterable[dict[str, Any]], tagger: Tagger) -> TagScores:
    """Score `tagger` on labelled rows (`tests/data/tagger/labelled.jsonl` has the format)."""
    gold = predicted = strict = relaxed_gold = relaxed_predicted = value = 0
    negatives = negatives_ok = 0
    for row in rows:
        tags = tagger(row["text"], dt.date.fromisoformat(row["ref"]), row["lang"])
        dates = [t for t in tags if t.kind is TagKind.DATE]
        labels = row["dates"]
        gold += len(labels)
        predicted += len(dates)
        for label in labels:
            a, b = label["offset"]
            near = [t for t in dates if t.start < b and a < t.end]
            strict += any((t.start, t.end) == (a, b) for t in near)
            relaxed_gold += bool(near)
            value += any(
                t.span is not None
                and t.span.start is not None
                and t.span.end is not None
                and (t.span.start.isoformat(), t.span.end.isoformat())
                == (label["start"], label["end"])
                for t in near
            )
        relaxed_predicted += sum(
            any(t.start < lb["offset"][1] and lb["offset"][0] < t.end for lb in labels)
            for t in dates
        )
        for negative in row.get("negatives", []):
            a, b = negative["offset"]
            near = [t for t in tags if t.start < b and a < t.end]
            negatives += 1
            if negative["kind"] == "none":
                negatives_ok += not any(t.kind is TagKind.DATE for t in near)
            else:
                negatives_ok += any(t.kind.value == negative["kind"] for t in near) and not any(
                    t.kind is TagKind.DATE for t in near
                )
    return TagScores(
        gold, predicted, strict, relaxed_gold, relaxed_predicted, value, negatives, negatives_ok
    )


@attrs.frozen
class Recovery:
    """How many curated events a draft recovers, by any draft event and one to one."""

    curated: int
    any_match: int
    one_to_one: int
    missed: tuple[str, ...]

    @property
    def any_share(self) -> float:
        """Share of curated events matched by at least one draft event."""
        return _share(self.any_match, self.curated)

    @property
    def one_to_one_share(self) -> float:
        """Share of curated events in a maximum one-to-one matching."""
        return _share(self.one_to_one, self.curated)


Annotated = tuple[int, int, str | None]
"""An event as the matching sees it: quote start, quote end, date words (None without)."""


def annotated(text: str, tables: Sequence[dict[str, Any]]) -> list[Annotated]:
    """The quote ranges and date words of `[[event]]` tables annotating `text`."""
    out = []
    for table in tables:
        quote = table["quote"]
        start = table.get("offset", text.find(quote))
        when = table.get("when")
        out.append((start, start + len(quote), None if when is None else str(when)))
    return out


def _matches(curated: Annotated, drafted: Annotated) -> bool:
    same_when = (curated[2] or "").casefold() == (drafted[2] or "").casefold()
    return same_when and curated[0] < drafted[1] and drafted[0] < curated[1]


def max_matching(edges: Sequence[Sequence[int]]) -> int:
    """The size of a maximum matching: `edges[i]` lists the right-hand nodes left node `i` may
    take, each right-hand node taken once (augmenting paths).
    """
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(edges)))


def recovery(curated: Sequence[Annotated], drafted: Sequence[Annotated], text: str) -> Recovery:
    """Compare the events of a draft with curated ones over the same `text`."""
    edges = [[j for j, d in enumerate(drafted) if _matches(c, d)] for c in curated]
    any_match = sum(bool(e) for e in edges)
    one_to_one = max_matching(edges)
    missed = tuple(text[c[0] : c[1]] for c, e in zip(curated, edges, strict=True) if not e)
    return Recovery(len(curated), any_match, one_to_one, missed)
