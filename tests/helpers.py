"""Plain helpers shared by the tests: paths of the seed data and small seed-file writers."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from timeline import Timeline
from timeline.cli import main
from timeline.extract import draft
from timeline.extract.draft import Draft
from timeline.extract.nlp import spacy_available
from timeline.log import LogRecord
from timeline.vocabulary.events import Reported

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "mistral-open-source-2024-03-12.toml"
ARTICLE = SEEDS / "mistral-open-source-2024-03-12.txt"
COMMITTED_LOG = ROOT / "events" / "mistral-ai.jsonl"
DRAFTED_ON = dt.date(2024, 3, 12)
"""The publication day of the articles the extraction tests write."""


def rules_draft(text: str, lang: str, published: dt.date = DRAFTED_ON) -> Draft:
    """The draft of `text` by the rules analyser, published on `published`."""
    return draft(
        text, published=published, lang=lang, source_id="x", text_path="x.txt", nlp="rules"
    )


def seed_log(tmp_path: Path, name: str = "log.jsonl") -> Timeline:
    """A fresh log in `tmp_path` holding the seed article's events."""
    tl = Timeline.open(tmp_path / name, create=True)
    tl.ingest([SEED])
    return tl


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def write_seed(
    folder: Path,
    name: str,
    text: str,
    source: Mapping[str, Any],
    entities: Sequence[Mapping[str, Any]] = (),
    events: Sequence[Mapping[str, Any]] = (),
) -> Path:
    """Write a text file and a seed file annotating it into `folder`; returns the seed path."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = ["[source]", f'text = "{name}.txt"']
    lines += [f"{k} = {_toml_value(v)}" for k, v in source.items()]
    for entity in entities:
        lines += ["", "[[entity]]"] + [f"{k} = {_toml_value(v)}" for k, v in entity.items()]
    for event in events:
        lines += ["", "[[event]]"] + [f"{k} = {_toml_value(v)}" for k, v in event.items()]
    path = folder / f"{name}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


LOG_SUFFIXES = [".jsonl", ".sqlite"]
"""The file suffixes of every log backend `timeline.log.open_log` knows; backend-generic tests
(crash safety, concurrency, import/export) parametrize over this list."""


REPEAT = "was logged before"
"""What `verify`'s warning about a reported event logged a second time says."""


def repeated_seqs(records: Iterable[LogRecord]) -> list[int]:
    """The seqs of the reported events that repeat an earlier record's event: where `verify`
    warns that an event counts twice.
    """
    seen: set[str] = set()
    out = []
    for record in records:
        if isinstance(record.event, Reported):
            if record.event.id in seen:
                out.append(record.seq)
            seen.add(record.event.id)
    return out


def run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stderr(err):
            status = main(list(argv), out)
    finally:
        sys.stdin = old
    return status, out.getvalue(), err.getvalue()


CI = os.environ.get("CI", "").lower() == "true"
"""Under CI every optional dependency is installed: a test that needs one never skips."""


def needs_spacy(lang: str = "fr") -> pytest.MarkDecorator:
    """Skip a test when spaCy or the language's model is missing, except under `CI=true`,
    where the test runs (and fails, naming what is missing) instead of skipping silently.
    """
    missing = not spacy_available(lang)
    return pytest.mark.skipif(missing and not CI, reason=f"spaCy or its {lang} model is missing")
