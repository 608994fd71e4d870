"""Start-up: a command imports what it runs and no more (issue 16: `state` within 60 ms of a
bare interpreter, measured by `benchmarks/startup.py`; here only what is imported is held).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import timeline
from timeline.cli import _parser, _serve

from .helpers import ROOT, seed_log

_CHILD = """
import io, json, sys
from timeline.cli import main
try:
    status = main(sys.argv[1:], io.StringIO())
except SystemExit as exc:
    status = exc.code
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""
"""Runs the command line on its arguments in a new interpreter and prints what it imported."""

_CHILD_NEW = """
import sys
before = set(sys.modules)
import io, json
from timeline.cli import main
try:
    status = main(sys.argv[1:], io.StringIO())
except SystemExit as exc:
    status = exc.code
print(json.dumps({"status": status, "modules": sorted(set(sys.modules) - before),
                  "site": sorted(before)}))
"""
"""As `_CHILD`, printing apart the modules imported after the interpreter's start and those
its site had imported before (`site`)."""

NOT_FOR_STATE = (
    "timeline.extract",
    "timeline.html",
    "timeline.serve",
    "timeline.search",
    "timeline.sources.corpus",
    "timeline.log.transfer",
    "http.server",
)
"""Packages `state` has no use for: the tagger and drafter, the page, the server, the search,
corpus ingestion and log copying.
"""


def _child(*argv: str, code: str = _CHILD, cwd: Path = ROOT) -> dict[str, Any]:
    """What `code` printed last, run on `argv` in a new interpreter that imports this
    checkout's package.
    """
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return found


def _loaded(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)]


NOT_FOR_A_JSONL_STATE = (
    "sqlite3",
    "timeline.log.sqlite",
    "timeline.log.verify",
    "timeline.read.verification",
    "timeline.projections.diff",
    "timeline.projections.why",
    "timeline.projections.replay",
    "hashlib",
    "difflib",
)
"""What a `state` answer read from a JSON Lines log with no error has no use for: SQLite, the
checks of `verify`, the other projections, hashing and suggestions.
"""


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_state_imports_neither_the_tagger_nor_the_server(tmp_path: Path, fmt: str) -> None:
    """`timeline state` on a JSON Lines log answers without importing the tagger, the
    drafter, the page, the server or the search, nor SQLite, the checks, the other
    projections, hashing or suggestions.
    """
    tl = seed_log(tmp_path)
    entity = next(e.id for e in tl.entities() if e.kind == "organization")
    log = str(tmp_path / "log.jsonl")
    found = _child("state", entity, "--as-of", "2024-03", "--log", log, "--format", fmt)
    assert 0 == found["status"]
    assert [] == _loaded(found["modules"], NOT_FOR_STATE + NOT_FOR_A_JSONL_STATE)


def test_the_modules_state_leaves_out_are_those_other_commands_use(tmp_path: Path) -> None:
    """`diff` and `verify` on a JSON Lines log import the diff, the checks and hashing, which
    `state` leaves out: the names of `NOT_FOR_A_JSONL_STATE` are modules that exist and load.
    """
    tl = seed_log(tmp_path)
    entity = next(e.id for e in tl.entities() if e.kind == "organization")
    log = str(tmp_path / "log.jsonl")
    diffed = _child("diff", entity, "2023-06", "2024-03", "--log", log)
    checked = _child("verify", "--log", log)
    assert 0 == diffed["status"] == checked["status"]
    assert "timeline.projections.diff" in diffed["modules"]
    assert {"timeline.log.verify", "hashlib"} <= set(checked["modules"])
    for name in NOT_FOR_A_JSONL_STATE:
        importlib.import_module(name)


def test_the_lazy_names_of_the_log_and_the_projections_are_their_modules() -> None:
    """Each name `timeline.log` and `timeline.projections` load on first use is the object of
    the module they name, is listed by `dir`, and an unknown name is an AttributeError.
    """
    from timeline import log, projections

    for package in (log, projections):
        lazy = package._LAZY
        for name, module in lazy.items():
            assert getattr(package, name) is getattr(importlib.import_module(module), name)
        assert set(lazy) <= set(dir(package))
        with pytest.raises(AttributeError, match="no_such_name"):
            getattr(package, "no_such_name")  # noqa: B009


def test_state_loads_the_date_grammar_only_for_dates_in_words(tmp_path: Path) -> None:
    """`state --as-of 2024-03` (a machine form) imports neither the date grammar nor the seed
    reader; `--as-of "mars 2024"` needs the grammar and loads it. `timeline.time.resolve` is
    the normalizer's, loaded on first use.
    """
    tl = seed_log(tmp_path)
    entity = next(e.id for e in tl.entities() if e.kind == "organization")
    log = str(tmp_path / "log.jsonl")
    grammar = ("timeline.time.normalize", "timeline.time.grammar", "timeline.sources.ingest")
    machine = _child("state", entity, "--as-of", "2024-03", "--log", log)
    words = _child("state", entity, "--as-of", "mars 2024", "--log", log)
    assert 0 == machine["status"] == words["status"]
    assert [] == _loaded(machine["modules"], grammar)
    assert "timeline.time.grammar" in words["modules"]
    from timeline.time import normalize

    assert timeline.time.resolve is normalize.resolve
    assert timeline.time.Tense is normalize.Tense


def test_building_the_parser_imports_none_of_the_library(tmp_path: Path) -> None:
    """The parser of every command is built without the library: `--version` imports neither
    the `Timeline`, the converter nor the event classes.
    """
    found = _child("--version", cwd=tmp_path)
    assert 0 == found["status"]
    library = ("timeline.api", "timeline.converter", "timeline.vocabulary", "timeline.log")
    assert [] == _loaded(found["modules"], library)


def test_importing_the_package_loads_its_public_names_on_first_use(tmp_path: Path) -> None:
    """`import timeline` imports none of the engine; each public name is then its module's."""
    code = "import json, sys, timeline; print(json.dumps({'modules': sorted(sys.modules)}))"
    found = _child(code=code, cwd=tmp_path)
    assert [] == _loaded(found["modules"], ("timeline.api", "timeline.converter"))
    for name in timeline.__all__:
        module = timeline._LAZY.get(name)
        if module is not None:
            assert getattr(importlib.import_module(module), name) is getattr(timeline, name)
    assert set(timeline.__all__) <= set(dir(timeline))


def test_an_unknown_public_name_is_an_attribute_error() -> None:
    """A name the package does not have is an AttributeError naming it, as for any module
    (and a type checker's error: it does not see the lazy `__getattr__`).
    """
    with pytest.raises(AttributeError, match="no_such_name"):
        getattr(timeline, "no_such_name")  # noqa: B009


def test_the_serve_command_defaults_are_the_servers() -> None:
    """`timeline serve`'s default host and port, written in the command line so that building
    the parser does not import the server, are the server's own.
    """
    from timeline import serve

    assert (serve.DEFAULT_HOST, serve.DEFAULT_PORT) == (_serve.DEFAULT_HOST, _serve.DEFAULT_PORT)


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    choices: dict[str, argparse.ArgumentParser] = found.choices
    return choices


def _shape(parser: argparse.ArgumentParser) -> list[tuple[object, ...]]:
    return [
        (a.dest, tuple(a.option_strings), a.nargs, a.default, a.type, a.choices, a.required)
        for a in parser._actions
    ]


def _defaults(parser: argparse.ArgumentParser) -> dict[str, object]:
    """The parser's defaults, a function by its code (a lambda is made anew each build)."""
    return {k: getattr(v, "__code__", v) for k, v in parser._defaults.items()}


def test_the_parser_of_one_command_is_that_command_of_every_commands_parser() -> None:
    """The parser built to run one command has that command's arguments, defaults, help
    and usage exactly as the parser of every command has them, and no other command.
    """
    every = _commands(_parser())
    for name, full in every.items():
        alone = _commands(_parser(name))
        assert [name] == list(alone)
        assert full.format_help() == alone[name].format_help()
        assert _shape(full) == _shape(alone[name])
        assert _defaults(full) == _defaults(alone[name])


def test_a_word_that_names_no_command_gets_the_parser_of_every_command() -> None:
    """`timeline stat` is parsed by the parser of every command, so that its error names
    the known commands and suggests the closest.
    """
    assert sorted(_commands(_parser())) == sorted(_commands(_parser("stat")))


def test_state_imports_no_temporary_files(tmp_path: Path) -> None:
    """`timeline state` writes nothing, so it leaves out `tempfile` (and what it imports),
    which only the commands that write a draft, a page or a copy need; `extract` loads it.
    """
    tl = seed_log(tmp_path)
    entity = next(e.id for e in tl.entities() if e.kind == "organization")
    log = str(tmp_path / "log.jsonl")
    found = _child("state", entity, "--as-of", "2024-03", "--log", log, code=_CHILD_NEW)
    assert 0 == found["status"]
    assert "tempfile" not in found["modules"]
    article = tmp_path / "globex-2024-03-12.txt"
    article.write_text("Globex lève 5 millions d'euros.\n", encoding="utf-8")
    drafted = _child(
        "extract", str(article), "--lang", "fr", "-o", str(tmp_path / "d.toml"), code=_CHILD_NEW
    )
    assert 0 == drafted["status"]
    assert "tempfile" in drafted["modules"] + drafted["site"]
