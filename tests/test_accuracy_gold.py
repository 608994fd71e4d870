"""Checks on the date-expression gold lists, plus the accuracy gate.

The structural tests run on both ``benchmarks/expressions.tsv`` and the held-out
``benchmarks/expressions_heldout.tsv`` (the only one where ERROR rows, expressions that must be
refused, are allowed) and do not touch the normalizer. The last test
(``test_accuracy_gate_exact_span_rate``) runs ``timeline.time.resolve`` over the main list only:
the held-out list is a measurement (``benchmarks/accuracy.py --gold``), not a gate.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
GOLD = BENCH / "expressions.tsv"
HELDOUT = BENCH / "expressions_heldout.tsv"
HEADER = ["lang", "ref", "tense", "text", "start", "end", "precision"]
PRECISIONS = {
    "day",
    "week",
    "part_of_month",
    "month",
    "quarter",
    "half_year",
    "season",
    "part_of_year",
    "year",
}
LANGS = {"fr", "en"}
TENSES = {"past", "future"}
ACCURACY_GATE = 0.95
ERROR = "ERROR"  # start and end of a row that must be refused (precision "error")


@dataclass(frozen=True)
class Gold:
    """One gold file and what its structure must satisfy."""

    path: Path
    min_rows: int
    min_per_lang: int
    allows_error: bool


GOLDS = [
    pytest.param(Gold(GOLD, 150, 60, allows_error=False), id="main"),
    pytest.param(Gold(HELDOUT, 120, 50, allows_error=True), id="heldout"),
]


def raw_lines(path: Path = GOLD) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def rows(path: Path = GOLD) -> list[list[str]]:
    return [line.split("\t") for line in raw_lines(path)[1:]]


def spans(gold: Gold) -> list[list[str]]:
    """The rows that expect a span (all but the ERROR rows)."""
    return [r for r in rows(gold.path) if not is_error_row(r)]


def is_error_row(r: list[str]) -> bool:
    return r[4:] == [ERROR, ERROR, "error"]


def is_iso_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


@pytest.mark.parametrize("gold", GOLDS)
def test_header(gold: Gold) -> None:
    """The first line names the seven columns in order."""
    expected = HEADER
    assert expected == raw_lines(gold.path)[0].split("\t")


@pytest.mark.parametrize("gold", GOLDS)
def test_every_row_has_seven_fields(gold: Gold) -> None:
    """Every data line splits into exactly seven non-empty, unpadded fields."""
    bad = [
        line
        for line in raw_lines(gold.path)[1:]
        if len(fields := line.split("\t")) != len(HEADER)
        or any(not f or f != f.strip() for f in fields)
    ]
    expected: list[str] = []
    assert expected == bad


@pytest.mark.parametrize("gold", GOLDS)
def test_error_rows_only_where_allowed(gold: Gold) -> None:
    """ERROR rows appear only in the held-out list, written exactly ERROR, ERROR, error."""
    bad = [
        r
        for r in rows(gold.path)
        if (ERROR in r[4:6] or "error" in r[6:]) and not (gold.allows_error and is_error_row(r))
    ]
    expected: list[list[str]] = []
    assert expected == bad


@pytest.mark.parametrize("gold", GOLDS)
def test_dates_are_valid_iso(gold: Gold) -> None:
    """The ref, start and end columns are YYYY-MM-DD dates (only ref on ERROR rows)."""
    bad = [
        r
        for r in rows(gold.path)
        if not all(is_iso_date(r[i]) for i in ((1,) if is_error_row(r) else (1, 4, 5)))
    ]
    expected: list[list[str]] = []
    assert expected == bad


@pytest.mark.parametrize("gold", GOLDS)
def test_start_before_end(gold: Gold) -> None:
    """Every expected span is non-empty: start < end (end is exclusive)."""
    bad = [r for r in spans(gold) if not date.fromisoformat(r[4]) < date.fromisoformat(r[5])]
    expected: list[list[str]] = []
    assert expected == bad


@pytest.mark.parametrize("gold", GOLDS)
def test_precision_allowed(gold: Gold) -> None:
    """Every precision of a span row is one of the brief's precision words."""
    bad = [r for r in spans(gold) if r[6] not in PRECISIONS]
    expected: list[list[str]] = []
    assert expected == bad


@pytest.mark.parametrize("gold", GOLDS)
def test_lang_and_tense_valid(gold: Gold) -> None:
    """Every row has a known language (fr/en) and tense (past/future)."""
    bad = [r for r in rows(gold.path) if r[0] not in LANGS or r[2] not in TENSES]
    expected: list[list[str]] = []
    assert expected == bad


@pytest.mark.parametrize("gold", GOLDS)
def test_week_rows_are_iso_weeks(gold: Gold) -> None:
    """Every week-precision span runs from a Monday to the next Monday."""
    bad = [
        r
        for r in spans(gold)
        if r[6] == "week"
        and not (
            date.fromisoformat(r[4]).weekday() == 0
            and date.fromisoformat(r[5]) - date.fromisoformat(r[4]) == timedelta(days=7)
        )
    ]
    expected: list[list[str]] = []
    assert expected == bad


@pytest.mark.parametrize("gold", GOLDS)
def test_enough_rows(gold: Gold) -> None:
    """The main list has at least 150 rows, the held-out list at least 120."""
    assert len(rows(gold.path)) >= gold.min_rows


@pytest.mark.parametrize("gold", GOLDS)
def test_both_languages_well_covered(gold: Gold) -> None:
    """Both French and English have enough rows each (60 in the main list, 50 held out)."""
    counts = Counter(r[0] for r in rows(gold.path))
    expected = LANGS
    assert expected == set(counts)
    assert min(counts.values()) >= gold.min_per_lang


@pytest.mark.parametrize("gold", GOLDS)
def test_several_reference_dates(gold: Gold) -> None:
    """The rows use at least six distinct reference dates."""
    assert len({r[1] for r in rows(gold.path)}) >= 6


@pytest.mark.parametrize("gold", GOLDS)
def test_no_duplicate_rows(gold: Gold) -> None:
    """No (lang, ref, tense, text) appears twice."""
    counts = Counter((r[0], r[1], r[2], r[3]) for r in rows(gold.path))
    expected: list[tuple[str, str, str, str]] = []
    assert expected == [key for key, n in counts.items() if n > 1]


def test_accuracy_gate_exact_span_rate() -> None:
    """ACCURACY GATE: our resolve gets the exact [start, end) on at least 95 % of the gold rows."""
    from timeline.errors import DateError
    from timeline.time import Tense, resolve

    data = rows()
    misses: list[str] = []
    for lang, ref, tense, text, start, end, _precision in data:
        expected = (date.fromisoformat(start), date.fromisoformat(end))
        try:
            span = resolve(text, date.fromisoformat(ref), lang=lang, tense=Tense(tense))
        except DateError as exc:
            misses.append(f"{lang} {ref} {tense} {text!r}: {exc}")
            continue
        if expected != (span.start, span.end):
            misses.append(
                f"{lang} {ref} {tense} {text!r}: expected {expected}, got {(span.start, span.end)}"
            )
    rate = 1 - len(misses) / len(data)
    assert rate >= ACCURACY_GATE, f"exact-span rate {rate:.3f}; misses:\n" + "\n".join(misses)
