"""Accuracy benchmark for date expressions: ``timeline.time.resolve`` against dateparser.

Run from the repository root (dateparser comes with the ``bench`` extra)::

    python benchmarks/accuracy.py               # plain-text table
    python benchmarks/accuracy.py --markdown    # the same table in Markdown, for the README
    python benchmarks/accuracy.py --failures    # also list every row where our normalizer is wrong
    python benchmarks/accuracy.py --gold benchmarks/expressions_heldout.tsv  # another gold list

Both engines see the same rows of the gold list ``benchmarks/expressions.tsv`` (columns ``lang``,
``ref``, ``tense``, ``text``, ``start``, ``end``, ``precision``; ISO dates, ``end`` exclusive).
The expected spans were written by hand from the "Time" section of the product brief, not from
either engine's output. ``--gold PATH`` scores another list in the same format, such as the
held-out ``benchmarks/expressions_heldout.tsv``, written without looking at the normalizer.

A row whose ``start`` and ``end`` are ``ERROR`` (precision ``error``) must be refused: timeline is
right when it raises ``DateError``, dateparser when it returns ``None``; any answer is wrong, and so
is a crash. A right refusal counts as exact, inside and (for timeline) right precision.

How each engine is called:

- **timeline**: ``resolve(text, ref, lang=lang, tense=Tense(tense))``; it answers a span.
- **dateparser**: ``dateparser.parse(text, languages=[lang], settings=...)`` with
  ``RELATIVE_BASE`` = the reference date at midnight, ``PREFER_DATES_FROM`` = the row's tense,
  ``DATE_ORDER`` = ``DMY`` for French and ``MDY`` for English (the brief's convention for numeric
  dates), everything else left at its default; it answers a single datetime ``d`` (or ``None``),
  read as the one-day span ``[d, d + 1 day)``.

Columns of the table (one line per engine and language, plus ``all``):

- ``rows``: number of gold rows.
- ``exact span``: share of rows whose answer is exactly the expected ``[start, end)``. A single
  day from dateparser can only be exact when the expected span is that one day.
- ``inside span``: lenient share: the answer lies within the expected span (for dateparser, the
  day ``d`` falls in ``[start, end)``; for timeline, its whole span is contained in the expected
  one). Every exact answer is also inside.
- ``precision``: share of rows whose precision equals the expected one (timeline only; dateparser
  has no notion of precision, shown as ``n/a``).
- ``no answer``: share of rows where the engine gave no answer (timeline raised, dateparser
  returned ``None`` or raised).
- ``errors``: number of ``DateError`` raised by timeline ("cannot resolve", the intended way to
  refuse); ``crashes``: number of any other exception, for either engine.
- ``us/expr``: mean wall time per expression in microseconds, measured after one warm-up call per
  language (dateparser loads its language data lazily). Informational only, not a target.

The script always exits 0 (it is a measurement); the accuracy gate lives in
``tests/test_accuracy_gold.py``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLD = HERE / "expressions.tsv"
ERROR = "ERROR"  # start/end of a row that must be refused

if str(ROOT) not in sys.path:  # runnable as a plain script without installing the package
    sys.path.insert(0, str(ROOT))

from timeline.errors import DateError  # noqa: E402
from timeline.time import Tense, resolve  # noqa: E402

LANGS = ("fr", "en")
DATEPARSER_ORDER = {"fr": "DMY", "en": "MDY"}
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Case:
    """One gold row."""

    lang: str
    ref: date
    tense: str
    text: str
    start: date | None  # None on an ERROR row: the expression must be refused
    end: date | None
    precision: str

    @property
    def must_refuse(self) -> bool:
        return self.start is None


@dataclass(frozen=True)
class Answer:
    """What an engine made of one row."""

    start: date | None = None
    end: date | None = None
    precision: str | None = None
    error: str | None = None  # a DateError message (timeline refused)
    crash: str | None = None  # any other exception

    @property
    def answered(self) -> bool:
        return self.error is None and self.crash is None and self.start is not None

    def describe(self) -> str:
        if self.crash is not None:
            return f"CRASH {self.crash}"
        if self.error is not None:
            return f"DateError: {self.error}"
        return f"[{iso(self.start)}, {iso(self.end)}) {self.precision}"


@dataclass
class Score:
    """Counters for one engine over a set of rows."""

    rows: int = 0
    exact: int = 0
    inside: int = 0
    precision: int = 0
    no_answer: int = 0
    errors: int = 0
    crashes: int = 0
    seconds: float = 0.0
    has_precision: bool = True
    failures: list[tuple[Case, Answer]] = field(default_factory=list)


Engine = Callable[[Case], Answer]


def iso(d: date | None) -> str:
    return "open" if d is None else d.isoformat()


def gold_date(text: str) -> date | None:
    return None if text == ERROR else date.fromisoformat(text)


def load(path: Path = GOLD) -> list[Case]:
    """Read the gold TSV (header line first, tab-separated, no quoting)."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Case(
                lang=row["lang"],
                ref=date.fromisoformat(row["ref"]),
                tense=row["tense"],
                text=row["text"],
                start=gold_date(row["start"]),
                end=gold_date(row["end"]),
                precision=row["precision"],
            )
            for row in reader
        ]


def run_timeline(case: Case) -> Answer:
    try:
        span = resolve(case.text, case.ref, lang=case.lang, tense=Tense(case.tense))
    except DateError as exc:
        return Answer(error=str(exc))
    except Exception as exc:
        return Answer(crash=f"{type(exc).__name__}: {exc}")
    return Answer(start=span.start, end=span.end, precision=span.precision.value)


def make_dateparser() -> Engine | None:
    try:
        import dateparser
    except ImportError:
        return None
    parse: Callable[..., Any] = dateparser.parse

    def run(case: Case) -> Answer:
        settings: dict[str, Any] = {
            "RELATIVE_BASE": datetime(case.ref.year, case.ref.month, case.ref.day),
            "PREFER_DATES_FROM": case.tense,
            "DATE_ORDER": DATEPARSER_ORDER[case.lang],
            "RETURN_AS_TIMEZONE_AWARE": False,
        }
        try:
            got = parse(case.text, languages=[case.lang], settings=settings)
        except Exception as exc:
            return Answer(crash=f"{type(exc).__name__}: {exc}")
        if not isinstance(got, datetime):
            return Answer()
        day = got.date()
        return Answer(start=day, end=day + ONE_DAY)

    return run


def warm_up(engine: Engine) -> None:
    """Call the engine once per language so lazy loading is not timed."""
    for lang in LANGS:
        engine(Case(lang, date(2024, 3, 12), "past", "2024-03-12", date.min, date.max, "day"))


def judge(case: Case, answer: Answer, score: Score) -> None:
    score.rows += 1
    if case.must_refuse:
        refused = not answer.answered and answer.crash is None
        score.no_answer += not answer.answered
        score.errors += answer.error is not None
        score.crashes += answer.crash is not None
        score.exact += refused
        score.inside += refused
        score.precision += refused
        if not refused:
            score.failures.append((case, answer))
        return
    if not answer.answered:
        score.no_answer += 1
        score.errors += answer.error is not None
        score.crashes += answer.crash is not None
        score.failures.append((case, answer))
        return
    exact = (answer.start, answer.end) == (case.start, case.end)
    inside = (
        answer.start is not None
        and answer.end is not None
        and case.start is not None
        and case.end is not None
        and case.start <= answer.start < answer.end <= case.end
    )
    same_precision = answer.precision == case.precision
    score.exact += exact
    score.inside += inside
    score.precision += same_precision
    if not (exact and same_precision):
        score.failures.append((case, answer))


def evaluate(engine: Engine, cases: Iterable[Case], *, has_precision: bool) -> dict[str, Score]:
    """Score an engine per language and overall (key ``all``)."""
    scores = {key: Score(has_precision=has_precision) for key in (*LANGS, "all")}
    warm_up(engine)
    for case in cases:
        began = perf_counter()
        answer = engine(case)
        elapsed = perf_counter() - began
        for key in (case.lang, "all"):
            scores.setdefault(key, Score(has_precision=has_precision))
            scores[key].seconds += elapsed
            judge(case, answer, scores[key])
    return scores


HEADERS = (
    "engine",
    "lang",
    "rows",
    "exact span",
    "inside span",
    "precision",
    "no answer",
    "errors",
    "crashes",
    "us/expr",
)


def pct(part: int, whole: int) -> str:
    return "n/a" if whole == 0 else f"{100.0 * part / whole:.1f} %"


def table_rows(results: dict[str, dict[str, Score]]) -> list[list[str]]:
    lines: list[list[str]] = []
    for engine, scores in results.items():
        for key, s in scores.items():
            lines.append(
                [
                    engine,
                    key,
                    str(s.rows),
                    pct(s.exact, s.rows),
                    pct(s.inside, s.rows),
                    pct(s.precision, s.rows) if s.has_precision else "n/a",
                    pct(s.no_answer, s.rows),
                    str(s.errors) if s.has_precision else "n/a",
                    str(s.crashes),
                    f"{1e6 * s.seconds / s.rows:.0f}" if s.rows else "n/a",
                ]
            )
    return lines


def render_text(lines: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in lines)) for i, h in enumerate(HEADERS)]

    def fmt(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i < 2 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(HEADERS), rule, *(fmt(r) for r in lines)])


def render_markdown(lines: Sequence[Sequence[str]]) -> str:
    head = "| " + " | ".join(HEADERS) + " |"
    align = "|" + "|".join(":---" if i < 2 else "---:" for i in range(len(HEADERS))) + "|"
    body = ["| " + " | ".join(r) + " |" for r in lines]
    return "\n".join([head, align, *body])


def render_failures(failures: Sequence[tuple[Case, Answer]]) -> str:
    out = [f"timeline mismatches: {len(failures)}"]
    for case, answer in failures:
        expected = (
            "a refusal (DateError)"
            if case.must_refuse
            else f"[{case.start}, {case.end}) {case.precision}"
        )
        out.append(
            f"  {case.lang} ref={case.ref} {case.tense:<6} {case.text!r}\n"
            f"      expected {expected}\n"
            f"      got      {answer.describe()}"
        )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--failures", action="store_true", help="list timeline's mismatches")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold TSV (default: %(default)s)")
    args = parser.parse_args(argv)

    cases = load(args.gold)
    results: dict[str, dict[str, Score]] = {
        "timeline": evaluate(run_timeline, cases, has_precision=True)
    }
    dateparser_engine = make_dateparser()
    if dateparser_engine is not None:
        results["dateparser"] = evaluate(dateparser_engine, cases, has_precision=False)

    lines = table_rows(results)
    print(render_markdown(lines) if args.markdown else render_text(lines))
    if dateparser_engine is None:
        print("\n(dateparser is not installed: pip install -e '.[bench]' to compare)")
    if args.failures:
        print()
        print(render_failures(results["timeline"]["all"].failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
