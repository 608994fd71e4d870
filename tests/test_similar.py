"""Likely duplicates across articles: `timeline entities --similar` and `similar`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.projections.similar import normalised, similar
from timeline.vocabulary.entities import Entity

from .helpers import COMMITTED_LOG, SEED, run, write_seed


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("L'Oréal SA", "l'oreal"),
        ("M. Jean Dupont", "jean dupont"),
        ("Cisco Systems Inc.", "Cisco"),
        ("Mistral AI", "MISTRAL"),
    ],
)
def test_names_equal_once_normalised(a: str, b: str) -> None:
    """Case, accents, titles, articles and company forms aside, the names are one."""
    assert normalised(a) == normalised(b)


def test_similar_pairs_the_same_organisation_and_person_but_not_different_ones() -> None:
    """Two ids of one company, two of one person; a different company and another Dupont
    with another first name stay apart, and so do two kinds.
    """
    entities = [
        Entity(id="mistral", name="Mistral"),
        Entity(id="mistral-ai", name="Mistral AI"),
        Entity(id="mistral-large", name="Mistral Large", kind="product"),
        Entity(id="dupont", name="Dupont", kind="person"),
        Entity(id="jean-dupont", name="Jean Dupont", kind="person"),
        Entity(id="marie-dupont", name="Marie Dupont", kind="person"),
        Entity(id="mistral-place", name="Mistral", kind="place"),
    ]
    pairs = {(p.first.id, p.second.id) for p in similar(entities)}
    assert pairs == {
        ("mistral", "mistral-ai"),
        ("dupont", "jean-dupont"),
        ("dupont", "marie-dupont"),
    }


def test_the_command_lists_a_company_registered_twice_by_two_articles(tmp_path: Path) -> None:
    """A second article registers "Mistral AI SAS" under its own id: the pair is listed."""
    text = "Mistral AI SAS a levé 600 millions d'euros."
    source = {
        "id": "wire-1",
        "title": "t",
        "publisher": "Wire",
        "published": "2024-06-11",
        "language": "fr",
    }
    entity = {"id": "mistral-ai-sas", "name": "Mistral AI SAS", "kind": "organization"}
    event = {
        "type": "fact_asserted",
        "entity": "mistral-ai-sas",
        "attribute": "description",
        "value": "raised",
        "quote": "Mistral AI SAS a levé 600 millions d'euros",
    }
    other = write_seed(tmp_path / "seeds", "wire-1", text, source, [entity], [event])
    log = tmp_path / "log.jsonl"
    assert run("ingest", str(SEED), str(other), "--log", str(log))[0] == 0
    status, out, _ = run("entities", "--similar", "--log", str(log))
    assert status == 0
    assert out.startswith("mistral-ai\tmistral-ai-sas\tsame name once normalised")
    status, out, _ = run("entities", "--similar", "--json", "--log", str(log))
    assert [("mistral-ai", "mistral-ai-sas")] == [
        (pair["first"], pair["second"]) for pair in json.loads(out)
    ]


def test_the_command_lists_pairs_or_says_there_are_none(tmp_path: object) -> None:
    """The committed log has no duplicates; `--json` prints an empty list then."""
    status, out, _ = run("entities", "--similar", "--log", str(COMMITTED_LOG))
    assert (status, out) == (0, "no likely duplicates\n")
    assert run("entities", "--similar", "--json", "--log", str(COMMITTED_LOG))[:2] == (0, "[]\n")


def test_a_draft_reuses_the_id_the_log_gives_a_name_once_normalised(tmp_path: Path) -> None:
    """Drafted with the committed log, "Mistral AI SAS" is the log's `mistral-ai`."""
    import datetime as dt

    from timeline import Timeline
    from timeline.extract import draft

    text = "Mistral AI SAS a levé 600 millions d'euros en juin 2024."
    result = draft(
        text,
        published=dt.date(2024, 6, 12),
        lang="fr",
        source_id="x",
        text_path="x.txt",
        catalogue=Timeline.open(COMMITTED_LOG).catalogue,
        nlp="rules",
    )
    assert [e.fields["organization"] for e in result.events] == ["mistral-ai"]
