"""Long inputs: runs of date words of any length, sentences without a stop, many clauses.

These tests state what the tagger and the draft find in long texts, never how fast; the speed
is measured by `benchmarks/long_input.py`.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from timeline import Tense, resolve
from timeline.errors import DateError
from timeline.extract import Tag, tag
from timeline.extract import _tag_tokens as tokens_module
from timeline.extract import nlp as nlp_module
from timeline.extract import tense as tense_module
from timeline.extract._text import fold
from timeline.extract.draft import Draft, draft
from timeline.extract.tagger import MAX_STRETCH
from timeline.extract.tense import ClauseReader, verb_tense

from .helpers import ARTICLE, ROOT, needs_spacy
from .strategies.running_text import clause_texts, expression_runs

REF = dt.date(2024, 3, 12)  # a Tuesday
GOLD = [ROOT / "benchmarks" / "expressions.tsv", ROOT / "benchmarks" / "expressions_heldout.tsv"]
SEPARATOR = {"fr": " et ", "en": " and "}  # date words that join a run and cut a clause


def _tokens(text: str, lang: str) -> list[Any]:
    return tokens_module.tokens_of(text, fold(text), lang)


def _resolves(text: str, lang: str, ref: dt.date = REF) -> bool:
    """True when `resolve` reads `text` in the past or the future tense."""
    for tense in Tense:
        try:
            resolve(text, ref, lang=lang, tense=tense)
        except DateError:
            continue
        return True
    return False


def _gold() -> list[tuple[str, dt.date, str]]:
    """The gold expressions that resolve: language, reference date, text."""
    rows = []
    for path in GOLD:
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            lang, ref, _tense, text = line.split("\t")[:4]
            if _resolves(text, lang, dt.date.fromisoformat(ref)):
                rows.append((lang, dt.date.fromisoformat(ref), text))
    return rows


_POOLS: dict[str, list[str]] = {
    lang: sorted({t for code, _ref, t in _gold() if code == lang and len(_tokens(t, lang)) > 1})
    for lang in ("fr", "en")
}
"""Gold expressions of two words or more: alone, one word is read by its neighbours."""


def _shifted(tags: list[Tag], offset: int) -> list[tuple[Any, ...]]:
    return [(t.start + offset, t.end + offset, t.text, t.kind, t.span, t.tense) for t in tags]


def _draft(text: str) -> Draft:
    return draft(text, published=REF, lang="fr", source_id="long", text_path="a.txt", nlp="rules")


def _dates(text: str, lang: str = "fr") -> list[tuple[str, str]]:
    return [(t.text, t.span.iso()) for t in tag(text, REF, lang) if t.span is not None]


def test_the_longest_gold_expression_is_at_most_half_the_bound() -> None:
    """No gold expression that resolves is longer than half of `MAX_STRETCH` tokens."""
    longest = max(len(_tokens(text, lang)) for lang, _ref, text in _gold())
    assert 7 == longest
    assert longest <= MAX_STRETCH // 2


@given(expression_runs(_POOLS))
def test_a_run_of_gold_expressions_is_tagged_as_each_alone(run: tuple[str, list[str]]) -> None:
    """Gold expressions joined by "et"/"and" into one run are tagged as each is on its own."""
    lang, expressions = run
    separator = SEPARATOR[lang]
    expected, offset = [], 0
    for text in expressions:
        expected += _shifted(tag(text, REF, lang), offset)
        offset += len(text) + len(separator)
    assert expected == _shifted(tag(separator.join(expressions), REF, lang), 0)


def test_an_expression_across_the_twelfth_token_of_a_run_is_found_whole() -> None:
    """A range that starts on the 9th token of a run and ends on the 15th is one date."""
    text = "mardi 12 mars 2024 lundi 11 mars 2024 du 28 février au 1er mars 2024"
    assert [
        ("mardi 12 mars 2024", "2024-03-12/2024-03-13"),
        ("lundi 11 mars 2024", "2024-03-11/2024-03-12"),
        ("du 28 février au 1er mars 2024", "2024-02-28/2024-03-02"),
    ] == _dates(text)


def test_a_run_far_longer_than_the_bound_is_tagged_throughout() -> None:
    """One run of 250 date words, fifteen times the bound, has each of its 50 dates tagged."""
    text = "mardi 12 mars 2024 et " * 50
    assert 250 == len(_tokens(text, "fr")) > 15 * MAX_STRETCH
    assert [("mardi 12 mars 2024", "2024-03-12/2024-03-13")] * 50 == _dates(text)


def test_an_english_run_far_longer_than_the_bound_is_tagged_throughout() -> None:
    """An English run of 40 dates with commas inside them has each tagged."""
    text = "Tuesday, March 12, 2024 and " * 40
    assert [("Tuesday, March 12, 2024", "2024-03-12/2024-03-13")] * 40 == _dates(text, "en")


@given(expression_runs(_POOLS), st.data())
def test_a_stretch_with_more_months_or_years_than_a_date_holds_is_never_a_date(
    run: tuple[str, list[str]], data: st.DataObject
) -> None:
    """A stretch the tagger does not try for its months or years is refused by `resolve`."""
    lang, expressions = run
    separators = [" ", " et ", " de ", " du ", " entre "] if lang == "fr" else [" ", " and "]
    separators += [" from ", " between "] if lang == "en" else []
    text = expressions[0]
    for expression in expressions[1:]:
        text += data.draw(st.sampled_from(separators)) + expression
    tokens = _tokens(text, lang)
    first = data.draw(st.integers(0, len(tokens) - 1))
    ruled_out = []
    for last in range(first + 1, min(len(tokens), first + MAX_STRETCH) + 1):
        stretch = tokens[first:last]
        anchored = any(t.cls == tokens_module.ANCHOR for t in stretch)
        if anchored and not tokens_module.Counts(stretch, lang).could_be_date(0, len(stretch)):
            ruled_out.append(text[stretch[0].start : stretch[-1].end])
    assert [] == [words for words in ruled_out if _resolves(words, lang)]


def _tense_read_afresh(text: str, start: int, end: int, lang: str) -> Tense:
    """The tense of the clause around `[start, end)`, each clause read on its own."""
    folded = fold(text)
    lower = text.lower() if len(text.lower()) == len(text) else folded
    stops = [m.end() for m in tense_module._SENTENCE_END.finditer(folded, 0, start)]
    lo = max(stops, default=0)
    stop = tense_module._SENTENCE_END.search(folded, end)
    hi = stop.start() if stop else len(folded)
    cuts = [lo, *(b.start() for b in tense_module._BOUNDARY.finditer(folded, lo, hi)), hi]
    clauses = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    here = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), 0)
    for i in [here, *range(here + 1, len(clauses)), *range(here - 1, -1, -1)]:
        a, b = clauses[i]
        piece = lower[a:start] + " " + lower[end:b] if i == here else lower[a:b]
        found = verb_tense(tense_module._WORD.findall(piece), lang)
        if found is not None:
            return found
    return Tense.PAST


@given(clause_texts(), st.sampled_from(["fr", "en"]), st.data())
def test_the_clause_reader_reads_each_clause_as_if_alone(
    text: str, lang: str, data: st.DataObject
) -> None:
    """One reader asked about many stretches of a text gives each the tense read afresh."""
    assume(text)
    reader = ClauseReader(text)
    for _ in range(10):
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, min(len(text), start + 30)))
        assert _tense_read_afresh(text, start, end, lang) == reader.tense(start, end, lang)


def test_a_verbless_clause_takes_the_tense_of_a_clause_far_after_it() -> None:
    """Three hundred clauses without a verb take the future of the sentence's last clause."""
    text = "Jeudi, " + "le 3 mars, " * 300 + "le conseil se réunira."
    tags = tag(text, REF, "fr")
    expected = [("Jeudi", "2024-03-14/2024-03-15")] + [("le 3 mars", "2025-03-03/2025-03-04")] * 300
    assert expected == [(t.text, t.span.iso()) for t in tags if t.span is not None]
    assert {Tense.FUTURE} == {t.tense for t in tags}


def test_a_long_clause_that_repeats_one_date_drafts_one_event() -> None:
    """A clause of 300 copies of one date about one company is one dated fact."""
    result = _draft("Acme Corp " + "mardi 12 mars 2024 " * 300 + "fin.")
    assert [("fact_asserted", "acme-corp", "mardi 12 mars 2024")] == [
        (e.type, e.fields["entity"], e.when) for e in result.events
    ]


def test_a_sentence_without_a_stop_drafts_the_events_of_its_statements() -> None:
    """Ten copies of a dated statement joined by commas draft like the statement, once each."""
    statement = "Acme Corp a annoncé mardi un partenariat avec Globex"
    one = _draft(statement + ".")
    many = _draft(", ".join([statement] * 10) + ".")
    assert [(e.type, e.when) for e in one.events] * 10 == [(e.type, e.when) for e in many.events]


def test_a_long_sentence_of_quoted_speech_drafts_each_quotation_without_its_connective() -> None:
    """Forty "Par ailleurs, «...», a-t-elle ajouté" in one sentence are forty quoted stances."""
    speech = "Par ailleurs, «il faut avancer», a-t-elle ajouté,"
    result = _draft(
        "Jeanne Dupont, directrice de Acme, a parlé. " + " ".join([speech] * 40) + " fin."
    )
    stances = [(e.fields["speaker"], e.quote) for e in result.events if e.type == "stance_stated"]
    assert [("jeanne-dupont", "«il faut avancer», a-t-elle ajouté")] * 40 == stances


@needs_spacy()
def test_spacy_reads_a_text_longer_than_a_piece_in_pieces_with_the_same_offsets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A text of many pieces is one spaCy document with the text's own characters and offsets."""
    monkeypatch.setattr(nlp_module, "PIECE", 300)
    text = ARTICLE.read_text(encoding="utf-8")
    doc = nlp_module._parsed(nlp_module._model("fr"), text)
    assert text == doc.text
    assert [e.text for e in doc.ents] == [text[e.start_char : e.end_char] for e in doc.ents]
    mentions = nlp_module.Spacy().mentions(text, [], "fr")
    assert [m.name for m in mentions] == [text[m.start : m.end] for m in mentions]
