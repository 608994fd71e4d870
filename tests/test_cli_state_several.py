"""`timeline state` of several entities at once (`state A B`, `--kind`), through the real
entry point: one JSON list, one table with an entity column, and one-line errors.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .helpers import COMMITTED_LOG, ROOT, SEED, run

LOG = ("--log", str(COMMITTED_LOG))
MULTISOURCE = ROOT / "tests" / "data" / "multisource"


def test_one_entity_answers_as_before() -> None:
    """`state mistral-ai --json` is one object (the `as_json` shape), not a list."""
    _, out, _ = run("state", "mistral-ai", "--json", *LOG)
    assert json.loads(out)["entity"]["id"] == "mistral-ai"


def test_two_entities_answer_as_a_list_and_one_table() -> None:
    """`state mistral-ai microsoft`: a JSON list of both states (each as `state --json`
    prints it alone) and a CSV whose first column names the entity of each row.
    """
    argv = ("state", "mistral-ai", "microsoft", "--attribute", "partners", *LOG)
    status, out, err = run(*argv, "--json")
    assert status == 0, err
    states = json.loads(out)
    assert [s["entity"]["id"] for s in states] == ["mistral-ai", "microsoft"]
    alone = json.loads(run("state", "microsoft", "--attribute", "partners", "--json", *LOG)[1])
    assert states[1] == alone
    rows = list(csv.DictReader(io.StringIO(run(*argv, "--format", "csv")[1], newline="")))
    assert [(r["entity"], r["value"]) for r in rows] == [
        ("mistral-ai", "Microsoft"),
        ("microsoft", "Mistral AI"),
    ]
    _, text, _ = run(*argv)
    assert "Mistral AI (mistral-ai), as of everything" in text
    assert "Microsoft (microsoft), as of everything" in text


def test_every_organisations_valuation_as_of_a_date(tmp_path: Path) -> None:
    """`state --kind organization --attribute valuation --as-of 2024-03-31 --format md`: one
    table of the organisations that had a valuation by then, and only those.
    """
    log = ("--log", str(tmp_path / "log.jsonl"))
    for seed in (
        SEED,
        MULTISOURCE / "wire-2024-03-01.toml",
        MULTISOURCE / "gazette-2024-03-05.toml",
    ):
        assert run("ingest", str(seed), *log)[0] == 0
    argv = ("state", "--kind", "organization", "--attribute", "valuation", "--as-of", "2024-03-31")
    status, md, err = run(*argv, "--format", "md", *log)
    assert status == 0, err
    assert md.startswith("**2 entities, as of 2024-03-31**")
    lines = [line for line in md.splitlines() if line.startswith("| ")]
    assert lines[0].startswith("| entity | attribute | value |")
    entities = [line.split(" | ")[0][2:] for line in lines[1:]]
    assert entities == ["acme-robotics", "acme-robotics", "mistral-ai"]
    _, out, _ = run(*argv, "--json", *log)
    assert {s["entity"]["id"] for s in json.loads(out)} == {"acme-robotics", "mistral-ai"}


def test_an_entity_named_twice_is_answered_once() -> None:
    """An id and a name of one entity give one state."""
    _, out, _ = run("state", "mistral-ai", "Mistral AI", "--json", *LOG)
    assert json.loads(out)["entity"]["id"] == "mistral-ai"


def test_no_entity_an_unknown_kind_and_an_attribute_none_has() -> None:
    """No ENTITY nor --kind, an unknown kind, an attribute none of the entities has: each is
    exit 2 with one line naming what is wrong.
    """
    status, out, err = run("state", *LOG)
    assert (status, out, len(err.splitlines())) == (2, "", 1)
    assert "ENTITY" in err
    status, out, err = run("state", "--kind", "org", *LOG)
    assert (status, out, len(err.splitlines())) == (2, "", 1)
    assert "'org'" in err
    assert "organization" in err
    status, out, err = run("state", "mistral-ai", "microsoft", "--attribute", "valuaton", *LOG)
    assert (status, out, len(err.splitlines())) == (2, "", 1)
    assert "'valuaton'" in err
    assert "'valuation'" in err
