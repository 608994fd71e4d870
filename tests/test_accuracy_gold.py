"""Checks on the date-expression gold list ``benchmarks/expressions.tsv``, plus the accuracy gate.

All tests but the last validate the gold file itself and do not touch the normalizer; the last one
(``test_accuracy_gate_exact_span_rate``) runs ``timeline.time.resolve`` over every row.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "benchmarks" / "expressions.tsv"
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


def raw_lines() -> list[str]:
    return GOLD.read_text(encoding="utf-8").splitlines()


def rows() -> list[list[str]]:
    return [line.split("\t") for line in raw_lines()[1:]]


def is_iso_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def test_header() -> None:
    """The first line names the seven columns in order."""
    expected = HEADER
    assert expected == raw_lines()[0].split("\t")


def test_every_row_has_seven_fields() -> None:
    """Every data line splits into exactly seven non-empty, unpadded fields."""
    bad = [
        line
        for line in raw_lines()[1:]
        if len(fields := line.split("\t")) != len(HEADER)
        or any(not f or f != f.strip() for f in fields)
    ]
    expected: list[str] = []
    assert expected == bad


def test_dates_are_valid_iso() -> None:
    """The ref, start and end columns are valid dates written as YYYY-MM-DD."""
    bad = [r for r in rows() if not all(is_iso_date(r[i]) for i in (1, 4, 5))]
    expected: list[list[str]] = []
    assert expected == bad


def test_start_before_end() -> None:
    """Every expected span is non-empty: start < end (end is exclusive)."""
    bad = [r for r in rows() if not date.fromisoformat(r[4]) < date.fromisoformat(r[5])]
    expected: list[list[str]] = []
    assert expected == bad


def test_precision_allowed() -> None:
    """Every precision is one of the brief's precision words."""
    bad = [r for r in rows() if r[6] not in PRECISIONS]
    expected: list[list[str]] = []
    assert expected == bad


def test_lang_and_tense_valid() -> None:
    """Every row has a known language (fr/en) and tense (past/future)."""
    bad = [r for r in rows() if r[0] not in LANGS or r[2] not in TENSES]
    expected: list[list[str]] = []
    assert expected == bad


def test_week_rows_are_iso_weeks() -> None:
    """Every week-precision span runs from a Monday to the next Monday."""
    bad = [
        r
        for r in rows()
        if r[6] == "week"
        and not (
            date.fromisoformat(r[4]).weekday() == 0
            and date.fromisoformat(r[5]) - date.fromisoformat(r[4]) == timedelta(days=7)
        )
    ]
    expected: list[list[str]] = []
    assert expected == bad


def test_at_least_150_rows() -> None:
    """The gold list has at least 150 rows."""
    assert len(rows()) >= 150


def test_both_languages_well_covered() -> None:
    """Both French and English have at least 60 rows each."""
    counts = Counter(r[0] for r in rows())
    expected = LANGS
    assert expected == set(counts)
    assert min(counts.values()) >= 60


def test_several_reference_dates() -> None:
    """The rows use at least six distinct reference dates."""
    assert len({r[1] for r in rows()}) >= 6


def test_no_duplicate_rows() -> None:
    """No (lang, ref, tense, text) appears twice."""
    counts = Counter((r[0], r[1], r[2], r[3]) for r in rows())
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
