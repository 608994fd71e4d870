"""Drafting annotations: `timeline extract` writes a seed file that ingests unchanged."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from timeline import Timeline
from timeline.extract import amounts, draft
from timeline.extract.nlp import backend, spacy_available
from timeline.extract.score import annotated, recovery

from .helpers import ARTICLE, CI, COMMITTED_LOG, ROOT, SEED, needs_spacy
from .strategies.running_text import news_salads
from .test_cli import run

FACTS = json.loads((ROOT / "tests/data/tagger/reference_facts.json").read_text(encoding="utf-8"))
NLP = ["rules"] + (["auto"] if CI or spacy_available("fr") else [])


def _extract(tmp_path: Path, *extra: str, nlp: str = "rules") -> tuple[int, Path]:
    article = tmp_path / ARTICLE.name
    shutil.copy(ARTICLE, article)
    out = tmp_path / "draft.toml"
    argv = ["extract", str(article), "--published", "2024-03-12", "--lang", "fr"]
    argv += ["--source-id", "check", "-o", str(out), "--nlp", nlp, *extra]
    return run(*argv)[0], out


def _reference_rows(tl: Timeline) -> list[str]:
    state = tl.state("mistral-ai", as_of="2024-03")
    found = []
    for check in FACTS:
        for f in state.facts:
            first = None if f.when.start is None else f.when.start.isoformat()
            last = None if f.when.last is None else f.when.last.isoformat()
            if (
                re.search(check["attribute"], f.attribute)
                and check["value"] in f.value
                and check.get("speaker", "") in f.value
                and f.certainty.value == "definite"
                and (first, last) == (check["first"], check["last"])
            ):
                found.append(check["fact"])
                break
    return found


@pytest.mark.parametrize("nlp", NLP)
def test_the_seed_draft_ingested_unchanged_answers_most_reference_facts(
    tmp_path: Path, nlp: str
) -> None:
    """Drafted with the committed log's aliases and ingested into an empty log, the draft gives
    all 13 reference rows of mistral-ai as of 2024-03, with their spans (the real-article issue
    asks that the seed keep them while the extractor learns other articles).
    """
    status, draft_path = _extract(tmp_path, "--log", str(COMMITTED_LOG), nlp=nlp)
    log = tmp_path / "log.jsonl"
    assert 0 == status
    assert 0 == run("ingest", str(draft_path), "--log", str(log))[0]
    assert 0 == run("verify", "--log", str(log))[0]
    found = _reference_rows(Timeline.open(log, create=True))
    assert len(found) == 13, [f["fact"] for f in FACTS if f["fact"] not in found]


@pytest.mark.parametrize("nlp", NLP)
def test_the_seed_draft_recovers_nine_tenths_of_the_curated_events(nlp: str) -> None:
    """At least 90% of the curated events have a draft event with the same date words and an
    overlapping quote, and at least 85% do one to one.
    """
    text = ARTICLE.read_text(encoding="utf-8")
    result = draft(
        text,
        published=dt.date(2024, 3, 12),
        lang="fr",
        source_id="check",
        text_path=ARTICLE.name,
        catalogue=Timeline.open(COMMITTED_LOG).catalogue,
        nlp=nlp,
    )
    curated = tomllib.loads(SEED.read_text(encoding="utf-8"))["event"]
    found = recovery(
        annotated(text, curated), annotated(text, [e.table(text) for e in result.events]), text
    )
    assert found.any_share >= 0.9, found.missed
    assert found.one_to_one_share >= 0.85


def test_every_draft_event_is_marked_for_review_and_quotes_the_text(tmp_path: Path) -> None:
    """Each event has a review `note`, a verbatim quote and `when` words from the text."""
    status, draft_path = _extract(tmp_path)
    data = tomllib.loads(draft_path.read_text(encoding="utf-8"))
    text = ARTICLE.read_text(encoding="utf-8")
    assert 0 == status
    assert data["event"]
    for event in data["event"]:
        assert event["note"].startswith("draft: review")
        assert event["quote"] in text
        assert event.get("when", "").casefold() in text.casefold()


def test_without_a_log_ids_are_slugs_and_a_short_name_is_an_alias(tmp_path: Path) -> None:
    """Without --log, "Mistral AI" gets the id mistral-ai and "Mistral" is its alias."""
    status, draft_path = _extract(tmp_path)
    entities = {e["id"]: e for e in tomllib.loads(draft_path.read_text("utf-8"))["entity"]}
    assert 0 == status
    assert "Mistral" in entities["mistral-ai"]["aliases"]
    assert "person" == entities["arthur-mensch"]["kind"]
    assert 0 == run("ingest", str(draft_path), "--log", str(tmp_path / "log.jsonl"))[0]


def test_extract_never_writes_the_log(tmp_path: Path) -> None:
    """The log given for its aliases is only read."""
    log = tmp_path / "copy.jsonl"
    shutil.copy(COMMITTED_LOG, log)
    before = hashlib.sha256(log.read_bytes()).hexdigest()
    status, _ = _extract(tmp_path, "--log", str(log))
    assert 0 == status
    assert before == hashlib.sha256(log.read_bytes()).hexdigest()


def test_the_default_draft_is_written_beside_the_article(tmp_path: Path) -> None:
    """Without -o the draft is `<stem>.draft.toml` beside FILE, and a second run refuses to
    overwrite it without --force.
    """
    article = tmp_path / "piece.txt"
    article.write_text("Globex a annoncé mardi un partenariat avec Initech.\n", encoding="utf-8")
    argv = ["extract", str(article), "--published", "2024-03-12", "--lang", "fr"]
    argv += ["--source-id", "piece", "--nlp", "rules"]
    assert 0 == run(*argv)[0]
    written = tmp_path / "piece.draft.toml"
    first = written.read_text(encoding="utf-8")
    assert 'text = "piece.txt"' in first
    assert 2 == run(*argv)[0]
    assert first == written.read_text(encoding="utf-8")
    assert 0 == run(*argv, "--force")[0]


def _article_and_elsewhere(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "a"
    folder.mkdir()
    article = folder / "piece.txt"
    article.write_text("Globex a annoncé mardi un partenariat avec Initech.\n", encoding="utf-8")
    other = tmp_path / "b"
    other.mkdir()
    return article, other


def test_a_draft_written_in_another_folder_ingests_and_its_quotes_verify(
    tmp_path: Path,
) -> None:
    """A draft in a sibling folder names its article as `../a/piece.txt`, says so in one line,
    and `timeline ingest` of it appends events whose quotes `timeline verify` finds.
    """
    article, other = _article_and_elsewhere(tmp_path)
    draft_path = other / "d.toml"
    status, out = run(
        "extract", str(article), "--published", "2024-03-12", "--lang", "fr",
        "--source-id", "piece", "-o", str(draft_path), "--nlp", "rules",
    )  # fmt: skip
    assert 0 == status
    assert "../a/piece.txt" == tomllib.loads(draft_path.read_text("utf-8"))["source"]["text"]
    assert ['its text = "../a/piece.txt" (relative to the draft\'s folder)'] == [
        line for line in out.splitlines() if line.startswith("its text")
    ]
    log = tmp_path / "log.jsonl"
    assert 0 == run("ingest", str(draft_path), "--log", str(log))[0]
    assert 0 == run("verify", "--log", str(log))[0]
    assert "partnership_announced" in {r.event.TYPE for r in Timeline.open(log).records()}


def test_a_draft_sharing_no_folder_but_the_root_with_its_article_names_it_absolutely() -> None:
    """Where the draft's folder and the article's meet only at the root, `text` is absolute;
    where they share a folder it is relative, climbing out of the draft's folder if need be.
    """
    from timeline.cli._extract import _text_path_of

    article = Path("/nowhere-a/news/piece.txt")
    assert "/nowhere-a/news/piece.txt" == _text_path_of(article, Path("/nowhere-b/d.toml"))
    assert "../news/piece.txt" == _text_path_of(article, Path("/nowhere-a/drafts/d.toml"))
    assert "piece.txt" == _text_path_of(article, None)


def test_an_ingest_of_a_folder_keeps_each_seeds_text_inside_it(tmp_path: Path) -> None:
    """A folder's seed files may not name a text outside it: the draft written elsewhere
    ingests when named, and is refused, writing nothing, when found in a folder.
    """
    article, other = _article_and_elsewhere(tmp_path)
    run(
        "extract", str(article), "--published", "2024-03-12", "--lang", "fr",
        "--source-id", "piece", "-o", str(other / "d.toml"), "--nlp", "rules",
    )  # fmt: skip
    log = tmp_path / "log.jsonl"
    assert 2 == run("ingest", str(other), "--log", str(log))[0]
    assert not log.exists()


def test_a_draft_in_a_folder_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    """`-o` into a missing folder is one error naming it, and nothing is written."""
    article, other = _article_and_elsewhere(tmp_path)
    status, _ = run(
        "extract", str(article), "--published", "2024-03-12", "--lang", "fr",
        "--source-id", "piece", "-o", str(other / "missing" / "d.toml"), "--nlp", "rules",
    )  # fmt: skip
    assert 2 == status
    assert [] == list(other.iterdir())


def test_a_draft_to_stdout_is_the_toml(tmp_path: Path) -> None:
    """`-o -` prints the draft instead of writing it."""
    article = tmp_path / "piece.txt"
    article.write_text("Globex a annoncé mardi un partenariat avec Initech.\n", encoding="utf-8")
    status, out = run(
        "extract", str(article), "--published", "2024-03-12", "--lang", "fr",
        "--source-id", "piece", "-o", "-", "--nlp", "rules",
    )  # fmt: skip
    data = tomllib.loads(out)
    assert 0 == status
    assert ["partnership_announced"] == [e["type"] for e in data["event"]]
    assert ["globex", "initech"] == data["event"][0]["parties"]
    assert "mardi" == data["event"][0]["when"]


ENGLISH = """Globex unveiled its Quantum X1 chip on Monday, the company said.
The chipmaker, valued at about $4.5 billion according to analysts, will open a plant next year.
Jane Doe, chief executive of Globex, said the plant would employ 2,000 people.
"""


def _draft_tables(text: str, lang: str, published: dt.date) -> list[dict[str, Any]]:
    result = draft(
        text, published=published, lang=lang, source_id="x", text_path="x.txt", nlp="rules"
    )
    return [e.table(text) for e in result.events]


def test_an_english_article_is_drafted_with_typed_events_that_ingest(tmp_path: Path) -> None:
    """English cues give a release, a valuation in dollars and a role; the draft ingests."""
    tables = _draft_tables(ENGLISH, "en", dt.date(2024, 5, 15))
    by_type = {t["type"]: t for t in tables}
    assert {"product_released", "valuation_reported", "role_held"} <= set(by_type)
    assert "Monday" == by_type["product_released"]["when"]
    assert (4_500_000_000, "USD", "about") == (
        by_type["valuation_reported"]["amount"],
        by_type["valuation_reported"]["currency"],
        by_type["valuation_reported"]["qualifier"],
    )
    assert "jane-doe" == by_type["role_held"]["person"]
    (tmp_path / "x.txt").write_text(ENGLISH, encoding="utf-8")
    result = draft(
        ENGLISH,
        published=dt.date(2024, 5, 15),
        lang="en",
        source_id="x",
        text_path="x.txt",
        nlp="rules",
    )
    (tmp_path / "x.toml").write_text(result.to_toml(), encoding="utf-8")
    assert 0 == run("ingest", str(tmp_path / "x.toml"), "--log", str(tmp_path / "l.jsonl"))[0]


def test_a_statement_whose_fields_cannot_be_filled_falls_back_to_a_fact() -> None:
    """A launch with no named product becomes `fact_asserted` with a general label."""
    text = "Initech a lancé mardi une vaste réorganisation de ses activités."
    tables = _draft_tables(text, "fr", dt.date(2024, 3, 12))
    assert [("fact_asserted", "initech", "launches", "mardi")] == [
        (t["type"], t["entity"], t["attribute"], t["when"]) for t in tables
    ]


def test_a_future_clause_is_drafted_as_a_plan_aimed_at_its_date() -> None:
    """A future clause ("présentera jeudi") is a plan stated on the publication day (no
    `when`), whose target is the clause's date words, read in the future.
    """
    text = "Globex présentera jeudi son nouveau modèle Orion."
    tables = _draft_tables(text, "fr", dt.date(2024, 3, 12))
    assert [("plan_announced", "globex", "jeudi", None)] == [
        (t["type"], t["organization"], t.get("target"), t.get("when")) for t in tables
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("valorisée à quelque 2 milliards de dollars", "fr", (2_000_000_000, "USD", "about")),
        ("a levé 385 millions d'euros", "fr", (385_000_000, "EUR", None)),
        ("une levée de 1,5 milliard d'euros", "fr", (1_500_000_000, "EUR", None)),
        ("valued at $2 billion", "en", (2_000_000_000, "USD", None)),
        ("raised more than €300m", "en", (300_000_000, "EUR", "more than")),
        ("a £1.2bn deal", "en", (1_200_000_000, "GBP", None)),
        ("2 000 euros", "fr", (2_000, "EUR", None)),
        ("un chiffre d'affaires de 426,38 ME", "fr", (426_380_000, "EUR", None)),
        ("une perte de 2 MdsE", "fr", (2_000_000_000, "EUR", None)),
        ("un chiffre d'affaires de 1,333 milliard MAD", "fr", (1_333_000_000, "MAD", None)),
        ("10 millions de dirhams", "fr", (10_000_000, "MAD", None)),
        ("offered to pay USD 78 per share", "en", (78, "USD", None)),
        ("raised C$5.2 million", "en", (5_200_000, "CAD", None)),
        ("a HK$3bn deal", "en", (3_000_000_000, "HKD", None)),
        ("shares fell to Rs 958 on the BSE", "en", (958, "INR", None)),
        ("an investment of Rs 500 crore", "en", (5_000_000_000, "INR", None)),
        ("pour trois milliards d'euros", "fr", (3_000_000_000, "EUR", None)),
        ("about a billion dollars", "en", (1_000_000_000, "USD", "about")),
    ],
)
def test_amounts_of_money_are_parsed_with_their_currency(
    text: str, lang: str, expected: tuple[int, str, str | None]
) -> None:
    """Amounts in words or symbols give a value, an ISO currency and a qualifier."""
    (found,) = amounts(text, lang)
    assert expected == (found.value, found.currency, found.qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "he was mad 2 years ago",
        "cad 3 drawings",
        "2 real estate deals",
        "in 2019 won",
        "a million users",
        "trois millions d'abonnés",
        "twenty-five million dollars",
        "two hundred million dollars",
        "half a billion dollars",
    ],
)
def test_a_currency_code_is_read_in_capitals_and_no_word_is_a_currency(text: str) -> None:
    """A currency code written in lower case is a word ("mad", "cad"), words that also
    name a currency in some countries ("real", "won") are never read as one, and a number in
    words is money only before a scale and a currency ("a million users" is none) and when it
    is one word: a compound ("twenty-five", "two hundred", "half a") is not misread from its
    last word.
    """
    assert amounts(text, "en") == []


def test_the_environment_forces_the_rule_based_analyser(monkeypatch: pytest.MonkeyPatch) -> None:
    """`TIMELINE_NLP=rules` selects the rules even when spaCy is installed."""
    monkeypatch.setenv("TIMELINE_NLP", "rules")
    assert "rules" == backend().name


def test_an_unknown_analyser_is_bad_input(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`TIMELINE_NLP=nonsense` makes `tag` exit 2."""
    monkeypatch.setenv("TIMELINE_NLP", "nonsense")
    assert 2 == run("tag", str(ARTICLE), "--ref", "2024-03-12", "--lang", "fr")[0]


@needs_spacy()
def test_spacy_finds_the_people_and_organisations_of_the_seed_article() -> None:
    """With spaCy, the draft's entities include the article's people and companies."""
    text = ARTICLE.read_text(encoding="utf-8")
    result = draft(
        text,
        published=dt.date(2024, 3, 12),
        lang="fr",
        source_id="check",
        text_path=ARTICLE.name,
        nlp="spacy",
    )
    ids = {e.id for e in result.entities}
    assert {"mistral-ai", "microsoft", "arthur-mensch", "audrey-herblin-stoop"} <= ids


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_labelled_sentences_drafted_as_one_article_ingest_unchanged(
    tmp_path: Path, lang: str
) -> None:
    """Whatever the sentences, a draft ingests as written: its dates resolve, its ids exist."""
    rows = [
        json.loads(line)
        for line in (ROOT / "tests/data/tagger/labelled.jsonl").read_text("utf-8").splitlines()
    ]
    text = "\n\n".join(r["text"] for r in rows if r["lang"] == lang)
    (tmp_path / "all.txt").write_text(text, encoding="utf-8")
    result = draft(
        text,
        published=dt.date(2024, 12, 20),
        lang=lang,
        source_id="all",
        text_path="all.txt",
        nlp="rules",
    )
    (tmp_path / "all.toml").write_text(result.to_toml(), encoding="utf-8")
    assert len(result.events) > 20
    assert 0 == run("ingest", str(tmp_path / "all.toml"), "--log", str(tmp_path / "l.jsonl"))[0]


@settings(max_examples=40)
@given(news_salads())
def test_any_draft_ingests_unchanged(text: str) -> None:
    """Whatever the text, the draft is a seed file that `ingest` accepts as written."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "a.txt").write_text(text, encoding="utf-8")
        result = draft(
            text,
            published=dt.date(2024, 3, 12),
            lang="fr",
            source_id="a",
            text_path="a.txt",
            nlp="rules",
        )
        (folder / "a.toml").write_text(result.to_toml(), encoding="utf-8")
        if result.events:
            Timeline.open(folder / "l.jsonl", create=True).ingest([folder / "a.toml"])
