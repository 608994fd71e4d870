"""The tagger's measured quality on the project's own labelled sentences (see the README)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from timeline.extract import Tag, tag
from timeline.extract.nlp import backend
from timeline.extract.score import TagScores, score_tags

from .helpers import ROOT, needs_spacy

LABELLED = ROOT / "tests" / "data" / "tagger" / "labelled.jsonl"
ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()
]


def _score(nlp: str) -> TagScores:
    def run(text: str, ref: dt.date, lang: str) -> list[Tag]:
        analyser = backend(nlp, lang)
        return tag(text, ref, lang, tense_of=analyser.tense_finder(text, lang))

    return score_tags(ROWS, run)


def test_the_labelled_set_has_over_a_hundred_dates_in_both_languages() -> None:
    """The set holds at least 100 labelled dates, French and English, and negatives."""
    langs = {r["lang"] for r in ROWS}
    dates = sum(len(r["dates"]) for r in ROWS)
    assert {"fr", "en"} == langs
    assert dates >= 100
    assert sum(len(r.get("negatives", [])) for r in ROWS) >= 30


def test_every_label_quotes_its_sentence_at_its_offsets() -> None:
    """Each labelled expression is the text at its offsets, and its span is a valid interval."""
    for row in ROWS:
        for label in row["dates"] + row.get("negatives", []):
            a, b = label["offset"]
            assert label["text"] == row["text"][a:b]
        for label in row["dates"]:
            assert dt.date.fromisoformat(label["start"]) < dt.date.fromisoformat(label["end"])


def test_the_rule_based_tagger_meets_its_quality_bar() -> None:
    """Rules: strict and relaxed precision and recall at least 90%, values right for 85%."""
    scores = _score("rules")
    assert scores.strict_precision >= 0.9
    assert scores.strict_recall >= 0.9
    assert scores.relaxed_recall >= 0.9
    assert scores.value_accuracy >= 0.85
    assert scores.negatives == scores.negatives_ok


@needs_spacy()
def test_the_spacy_tagger_meets_its_quality_bar() -> None:
    """SpaCy for French tense: the same bar as the rules."""
    scores = _score("auto")
    assert scores.strict_precision >= 0.9
    assert scores.strict_recall >= 0.9
    assert scores.value_accuracy >= 0.85
    assert scores.negatives == scores.negatives_ok
