"""Benchmark of the temporal tagger and the annotation draft (`timeline tag`, `timeline extract`).

Run from the repository root::

    python benchmarks/tagger.py              # plain text
    python benchmarks/tagger.py --markdown   # the README's table
    python benchmarks/tagger.py --failures   # also list every labelled date the tagger misses

What it measures, for the rule-based analyser (always) and spaCy (when the ``nlp`` extra is
installed):

- **Labelled set** (``tests/data/tagger/labelled.jsonl``: French and English sentences written
  for the tests, with hand-made labels): strict precision and recall (same offsets), relaxed
  (overlap), value accuracy (labelled dates found with exactly the labelled span), and the
  negatives (durations, times of day, sets, look-alike words) left undated.
- **Seed recovery**: the draft of the seed article against its curated annotations: a curated
  event is recovered by a draft event with the same date words (or both none) and an overlapping
  quote; counted by any draft event and one to one.
- **Reference facts**: the draft, ingested unchanged into an empty log, and the reference rows of
  the brief's answer for ``mistral-ai`` as of 2024-03 that its state then shows.
- **Speed**: articles of the seed's size tagged per second, rule-based analyser, best of three.

The script always exits 0; the thresholds live in ``tests/test_tagger_quality.py`` and
``tests/test_extract_seed.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import sys
import tempfile
import tomllib
from pathlib import Path
from time import perf_counter
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELLED = ROOT / "tests" / "data" / "tagger" / "labelled.jsonl"
FACTS = ROOT / "tests" / "data" / "tagger" / "reference_facts.json"
SEED = ROOT / "seeds" / "mistral-open-source-2024-03-12.toml"
ARTICLE = ROOT / "seeds" / "mistral-open-source-2024-03-12.txt"
LOG = ROOT / "events" / "mistral-ai.jsonl"
PUBLISHED = dt.date(2024, 3, 12)

if str(ROOT) not in sys.path:  # runnable as a plain script without installing the package
    sys.path.insert(0, str(ROOT))

from timeline import Timeline  # noqa: E402
from timeline.extract.draft import Draft, draft  # noqa: E402
from timeline.extract.nlp import backend, spacy_available  # noqa: E402
from timeline.extract.score import (  # noqa: E402
    Recovery,
    TagScores,
    annotated,
    f1,
    recovery,
    score_tags,
)
from timeline.extract.tagger import Tag, tag  # noqa: E402


def labelled_rows() -> list[dict[str, Any]]:
    """The labelled sentences."""
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]


def tagger_for(nlp: str) -> Any:
    """A tagger function using the analyser `nlp` for tense."""

    def run(text: str, ref: dt.date, lang: str) -> list[Tag]:
        analyser = backend(nlp, lang)
        return tag(text, ref, lang, tense_of=analyser.tense_finder(text, lang))

    return run


def seed_draft(nlp: str, with_log: bool = True) -> Draft:
    """The draft of the seed article, entity ids from the committed log."""
    catalogue = Timeline.open(LOG, create=True).catalogue if with_log else None
    return draft(
        ARTICLE.read_text(encoding="utf-8"),
        published=PUBLISHED,
        lang="fr",
        source_id="check",
        text_path=ARTICLE.name,
        catalogue=catalogue,
        nlp=nlp,
    )


def seed_recovery(result: Draft) -> Recovery:
    """The draft's events against the curated annotations of the seed article."""
    text = ARTICLE.read_text(encoding="utf-8")
    curated = tomllib.loads(SEED.read_text(encoding="utf-8"))["event"]
    drafted = [e.table(text) for e in result.events]
    return recovery(annotated(text, curated), annotated(text, drafted), text)


def reference_facts(result: Draft) -> tuple[int, int, list[str]]:
    """How many reference rows the drafted log's state of mistral-ai as of 2024-03 shows."""
    checks = json.loads(FACTS.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(ARTICLE, folder / ARTICLE.name)
        seed = folder / "draft.toml"
        seed.write_text(result.to_toml(), encoding="utf-8")
        tl = Timeline.open(folder / "log.jsonl", create=True)
        tl.ingest([seed])
        state = tl.state("mistral-ai", as_of="2024-03")
    found, missing = 0, []
    for check in checks:
        ok = any(
            re.search(check["attribute"], f.attribute)
            and check["value"] in f.value
            and check.get("speaker", "") in f.value
            and f.certainty.value == "definite"
            and (None if f.when.start is None else f.when.start.isoformat()) == check["first"]
            and (None if f.when.last is None else f.when.last.isoformat()) == check["last"]
            for f in state.facts
        )
        found += ok
        if not ok:
            missing.append(check["fact"])
    return found, len(checks), missing


def speed(repeat: int = 100) -> float:
    """Articles of the seed's size tagged per second with the rules (best of three runs)."""
    text = ARTICLE.read_text(encoding="utf-8")
    run = tagger_for("rules")
    run(text, PUBLISHED, "fr")
    best = 0.0
    for _ in range(3):
        start = perf_counter()
        for _ in range(repeat):
            run(text, PUBLISHED, "fr")
        best = max(best, repeat / (perf_counter() - start))
    return best


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _row(name: str, s: TagScores, r: Recovery, facts: tuple[int, int, list[str]]) -> list[str]:
    return [
        name,
        f"{_pct(s.strict_precision)} / {_pct(s.strict_recall)} / "
        f"{_pct(f1(s.strict_precision, s.strict_recall))}",
        f"{_pct(s.relaxed_precision)} / {_pct(s.relaxed_recall)} / "
        f"{_pct(f1(s.relaxed_precision, s.relaxed_recall))}",
        _pct(s.value_accuracy),
        f"{s.negatives_ok}/{s.negatives}",
        f"{r.any_match}/{r.curated} ({_pct(r.any_share)})",
        f"{r.one_to_one}/{r.curated} ({_pct(r.one_to_one_share)})",
        f"{facts[0]}/{facts[1]}",
    ]


_AUTO = "spaCy (fr), rules (en)"
HEADER = [
    "analyser",
    "strict P / R / F1",
    "relaxed P / R / F1",
    "value",
    "negatives",
    "seed recovered (any)",
    "seed recovered (1:1)",
    "reference rows",
]


def main(argv: list[str] | None = None) -> int:
    """Print the measurements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--failures", action="store_true")
    args = parser.parse_args(argv)
    rows = labelled_rows()
    # "auto" is spaCy where a model is installed (French with the nlp extra), rules elsewhere.
    analysers = ["rules"] + (["auto"] if spacy_available("fr") else [])
    table = []
    details = []
    for nlp in analysers:
        scores = score_tags(rows, tagger_for(nlp))
        result = seed_draft(nlp)
        rec = seed_recovery(result)
        facts = reference_facts(result)
        table.append(_row("rules" if nlp == "rules" else _AUTO, scores, rec, facts))
        details.append((nlp, scores, rec, facts))
    rate = speed()
    gold = sum(len(r["dates"]) for r in rows)
    fr = sum(len(r["dates"]) for r in rows if r["lang"] == "fr")
    if args.markdown:
        print("| " + " | ".join(HEADER) + " |")
        print("|" + "---|" * len(HEADER))
        for line in table:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(x[i]) for x in [HEADER, *table]) for i in range(len(HEADER))]
        for line in [HEADER, *table]:
            print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
    print(
        f"\nlabelled set: {len(rows)} sentences, {gold} dates ({fr} French, {gold - fr} English), "
        f"{sum(len(r.get('negatives', [])) for r in rows)} negatives"
    )
    print(f"speed (rules): {rate:.0f} articles/s of {len(ARTICLE.read_text())} characters")
    for nlp, _scores, rec, facts in details:
        if rec.missed:
            print(f"{nlp}: curated events not recovered: {list(rec.missed)}")
        if facts[2]:
            print(f"{nlp}: reference rows missing: {facts[2]}")
    if args.failures:
        run = tagger_for("rules")
        for row in rows:
            tags = run(row["text"], dt.date.fromisoformat(row["ref"]), row["lang"])
            for label in row["dates"]:
                a, b = label["offset"]
                near = [t for t in tags if t.start < b and a < t.end]
                got = [(t.text, t.span.iso() if t.span else None) for t in near]
                if not any(
                    (t.start, t.end) == (a, b)
                    and t.span is not None
                    and t.span.iso() == f"{label['start']}/{label['end']}"
                    for t in near
                ):
                    print(
                        f"{row['id']}: {label['text']!r} {label['start']}/{label['end']} -> {got}"
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
