"""Many articles at once: `timeline extract` over several articles or a folder, `timeline
ingest` of a folder, and what each seed file brought (new, known, corroborating, conflicting).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline import Timeline
from timeline.extract._text import guess_language
from timeline.sources.corpus import ingest_corpus, seed_files

from .helpers import ARTICLE, ROOT, SEED, run

BLOOMBERG = ROOT / "tests" / "data" / "multisource" / "bloomberg-2024-02-26.toml"


def _folder(tmp_path: Path, *seeds: Path) -> Path:
    """A folder holding copies of `seeds` and their texts."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
        for text in seed.parent.glob(seed.stem.split(".")[0] + "*.txt"):
            shutil.copy(text, folder / text.name)
    return folder


def test_a_folder_ingests_its_seed_files_and_says_what_each_corroborates(tmp_path: Path) -> None:
    """The Bloomberg dispatch then the AFP seed (name order): the second corroborates two of
    the first's events (the partnership and the release), and ingesting again adds nothing.
    """
    folder = _folder(tmp_path, SEED, BLOOMBERG)
    log = tmp_path / "log.jsonl"
    status, out, _ = run("ingest", str(folder), "--log", str(log))
    assert status == 0
    lines = out.splitlines()
    afp = next(line for line in lines if "mistral-open-source" in line)
    bloomberg = next(line for line in lines if "bloomberg" in line)
    assert "2 corroborating another source" in afp
    assert "corroborating" not in bloomberg
    assert lines[-1].startswith("appended ")
    status, out, _ = run("ingest", str(folder), "--log", str(log))
    assert status == 0
    assert out.splitlines()[-1].startswith("nothing new")
    assert all(" 0 new events" in line for line in out.splitlines()[:-1])


def test_a_reviewed_copy_stands_in_place_of_its_draft(tmp_path: Path) -> None:
    """`X.reviewed.toml` beside `X.draft.toml`: only the reviewed one is read."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a.draft.toml").write_text("not toml at all [", encoding="utf-8")
    shutil.copy(SEED, folder / "a.reviewed.toml")
    shutil.copy(SEED, folder / "b.toml")
    assert [p.name for p in seed_files([folder])] == ["a.reviewed.toml", "b.toml"]


def test_a_folder_without_seed_files_is_bad_input(tmp_path: Path) -> None:
    """An empty folder is a one-line error, exit 2, and no log is created."""
    (tmp_path / "empty").mkdir()
    status, _, err = run("ingest", str(tmp_path / "empty"), "--log", str(tmp_path / "l.jsonl"))
    assert status == 2
    assert "without seed files" in err
    assert not (tmp_path / "l.jsonl").exists()


def test_the_report_counts_events_already_held(tmp_path: Path) -> None:
    """A seed ingested twice through the library: everything is already known the second time."""
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    first = ingest_corpus(tl, [SEED])
    again = ingest_corpus(Timeline.open(tmp_path / "log.jsonl", create=True), [SEED])
    assert first[0].new == first[0].reported > 0
    assert (again[0].new, again[0].known) == (0, first[0].reported)


def _articles(tmp_path: Path) -> Path:
    """A folder with the seed article and an English article, dated by their names."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(ARTICLE, folder / "afp-2024-03-12-mistral.txt")
    (folder / "wire-2024-05-15-globex.txt").write_text(
        "Globex raised $20 million on Monday in a Series B round led by Alpha Ventures.\n",
        encoding="utf-8",
    )
    return folder


def test_extract_drafts_every_article_of_a_folder_dated_by_its_name(tmp_path: Path) -> None:
    """Without --published or --lang, each draft takes its file's date and its language."""
    folder = _articles(tmp_path)
    status, out, _ = run("extract", str(folder), "--nlp", "rules")
    assert status == 0, out
    french = (folder / "afp-2024-03-12-mistral.draft.toml").read_text(encoding="utf-8")
    english = (folder / "wire-2024-05-15-globex.draft.toml").read_text(encoding="utf-8")
    assert 'language = "fr"' in french
    assert "published = 2024-03-12" in french
    assert 'language = "en"' in english
    assert "published = 2024-05-15" in english
    assert 'id = "wire-2024-05-15-globex"' in english
    assert 0 == run("ingest", str(folder), "--log", str(tmp_path / "l.jsonl"))[0]


@pytest.mark.parametrize("extra", [["-o", "x.toml"], ["--source-id", "x"], ["--title", "T"]])
def test_an_option_for_one_article_with_several_is_refused_and_nothing_written(
    tmp_path: Path, extra: list[str]
) -> None:
    """`-o`, `--source-id`, `--title` name one article: with two, exit 2 and no draft."""
    folder = _articles(tmp_path)
    status, _, err = run("extract", str(folder), "--nlp", "rules", *extra)
    assert status == 2
    assert "names one article" in err
    assert not list(folder.glob("*.draft.toml"))


def test_an_article_without_a_date_stops_the_batch_before_anything_is_written(
    tmp_path: Path,
) -> None:
    """Every article is checked before any draft is written."""
    folder = _articles(tmp_path)
    (folder / "undated.txt").write_text("Acme a levé 5 millions d'euros.\n", encoding="utf-8")
    status, _, err = run("extract", str(folder), "--nlp", "rules")
    assert status == 2
    assert "undated.txt" in err
    assert "YYYY-MM-DD" in err
    assert not list(folder.glob("*.draft.toml"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La société a annoncé mardi une levée de fonds de 5 millions d'euros.", "fr"),
        ("The company said on Tuesday that it had raised $5 million from investors.", "en"),
    ],
)
def test_the_language_of_an_article_is_guessed_from_its_common_words(text: str, lang: str) -> None:
    """A sentence of each language is recognised."""
    assert guess_language(text) == lang
