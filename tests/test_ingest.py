"""Ingestion of seed files: checks, idempotence, and the committed log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from timeline import InputError, Timeline
from timeline.vocabulary.events import Reported

from .helpers import ARTICLE, COMMITTED_LOG, SEED, seed_log, write_seed

SOURCE = {
    "id": "test-source",
    "title": "A test",
    "publisher": "Test Press",
    "published": "2025-06-10",
    "language": "en",
}
TEXT = (
    "Acme Corp was founded in March 2021. On Monday, Acme Corp announced a partnership with Bolt."
)
ENTITIES: list[dict[str, Any]] = [
    {"id": "acme", "name": "Acme Corp", "aliases": ["Acme"]},
    {"id": "bolt", "name": "Bolt"},
]
FOUNDED = {
    "type": "founded",
    "entities": ["acme"],
    "when": "March 2021",
    "quote": "Acme Corp was founded in March 2021",
}


def _seed(tmp_path: Path, **event_fields: Any) -> Path:
    event = {**FOUNDED, **event_fields}
    return write_seed(tmp_path / "seeds", "acme", TEXT, SOURCE, ENTITIES, [event])


def test_committed_log_is_what_ingesting_the_seeds_builds(tmp_path: Path) -> None:
    """Rebuilding the log from seeds/ gives the committed events/mistral-ai.jsonl, in full."""
    rebuilt = seed_log(tmp_path)
    committed = Timeline.open(COMMITTED_LOG)
    expected = [(r.seq, r.event) for r in committed.records()]
    assert expected == [(r.seq, r.event) for r in rebuilt.records()]


def test_ingesting_twice_appends_nothing(tmp_path: Path) -> None:
    """Event ids come from content, so a second ingest of the same seed appends no record."""
    tl = seed_log(tmp_path)
    before = tl.log.last_seq()
    assert tl.ingest([SEED]) == []
    assert before == Timeline.open(tmp_path / "log.jsonl", create=True).log.last_seq()


def test_every_quote_is_at_its_offsets_in_the_article(tmp_path: Path) -> None:
    """Each ingested event cites an exact substring of the article at the offsets it records."""
    text = ARTICLE.read_text(encoding="utf-8")
    events = [r.event for r in seed_log(tmp_path).records() if isinstance(r.event, Reported)]
    assert events
    for event in events:
        cite = event.source
        assert cite.quote == text[cite.start : cite.end]


def test_the_article_is_stored_byte_for_byte() -> None:
    """seeds/ holds the article exactly as the shared brief has it."""
    shared = Path(__file__).resolve().parents[2] / "shared" / "seeds" / ARTICLE.name
    if not shared.exists():
        pytest.skip("the shared brief is not beside this checkout")
    assert shared.read_bytes() == ARTICLE.read_bytes()


def test_a_clean_seed_ingests_with_its_date_resolved(tmp_path: Path) -> None:
    """A valid seed file appends its source, entities and events, dates resolved to spans."""
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    records = tl.ingest([_seed(tmp_path)])
    assert [r.event.TYPE for r in records] == [
        "source_registered",
        "entity_registered",
        "entity_registered",
        "founded",
    ]
    founded = records[-1].event
    assert isinstance(founded, Reported)
    assert (
        str(founded.when.start),
        str(founded.when.end),
    ) == ("2021-03-01", "2021-04-01")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"quote": "Acme Corp was created in 2021"}, "quote not found"),
        ({"entities": ["acme-corp"]}, "unknown entity 'acme-corp'"),
        ({"entities": ["Acme"]}, "is a name or alias"),
        ({"type": "founding"}, "unknown event type 'founding'"),
        ({"when": "Marchember 2021"}, "is not in the text"),
        ({"when": "founded"}, "'founded'"),
        ({"founders": 3}, "invalid founded event"),
        ({"colour": "red"}, "invalid founded event"),
        ({"anchor": "later", "when": None}, "anchor must be"),
    ],
)
def test_a_bad_annotation_is_refused_with_its_line_and_nothing_is_written(
    tmp_path: Path, fields: dict[str, Any], message: str
) -> None:
    """Each kind of bad annotation raises InputError naming file and line; the log stays empty."""
    event = {**FOUNDED, **fields}
    event = {k: v for k, v in event.items() if v is not None}
    seed = write_seed(tmp_path / "seeds", "acme", TEXT, SOURCE, ENTITIES, [event])
    log_path = tmp_path / "log.jsonl"
    with pytest.raises(InputError) as caught:
        Timeline.open(log_path, create=True).ingest([seed])
    assert message in str(caught.value)
    assert str(seed) in str(caught.value)
    assert ":" in str(caught.value).split(str(seed), 1)[1][:2]
    assert not log_path.exists()


def test_a_bad_quote_is_reported_at_the_line_of_its_quote_key(tmp_path: Path) -> None:
    """The error for a quote missing from the text points at the line of that quote."""
    seed = _seed(tmp_path, quote="not in the article")
    lines = seed.read_text(encoding="utf-8").splitlines()
    line = 1 + next(i for i, text in enumerate(lines) if text.startswith("quote ="))
    with pytest.raises(InputError) as caught:
        Timeline.open(tmp_path / "log.jsonl", create=True).ingest([seed])
    assert f"{seed}:{line}" == caught.value.where


def test_one_bad_file_among_several_writes_nothing(tmp_path: Path) -> None:
    """Ingesting a good and a bad seed file together appends nothing at all."""
    good = _seed(tmp_path / "good")
    bad = _seed(tmp_path / "bad", quote="missing")
    log_path = tmp_path / "log.jsonl"
    with pytest.raises(InputError):
        Timeline.open(log_path, create=True).ingest([good, bad])
    assert not log_path.exists()


def test_a_text_path_escaping_the_seed_folder_is_refused(tmp_path: Path) -> None:
    """A seed whose source text lies outside its own folder is refused before anything is read."""
    seed = _seed(tmp_path)
    (tmp_path / "secret.txt").write_text(TEXT, encoding="utf-8")
    seed.write_text(
        seed.read_text(encoding="utf-8").replace('text = "acme.txt"', 'text = "../secret.txt"'),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="escapes the seed folder"):
        Timeline.open(tmp_path / "log.jsonl", create=True).ingest([seed])


def test_a_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    """Source text that is not UTF-8 is an InputError naming the byte where decoding failed."""
    seed = _seed(tmp_path)
    (tmp_path / "seeds" / "acme.txt").write_bytes(TEXT.encode("utf-8") + b"\xff")
    with pytest.raises(InputError, match="not UTF-8 at byte"):
        Timeline.open(tmp_path / "log.jsonl", create=True).ingest([seed])


def test_an_entity_known_from_an_earlier_source_may_be_used_without_redeclaring(
    tmp_path: Path,
) -> None:
    """A second seed may cite entities registered by the first without declaring them again."""
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    tl.ingest([_seed(tmp_path / "one")])
    later = write_seed(
        tmp_path / "two",
        "later",
        "Acme Corp and Bolt announced a partnership in May 2025.",
        {**SOURCE, "id": "later-source"},
        [],
        [
            {
                "type": "partnership_announced",
                "parties": ["acme", "bolt"],
                "when": "May 2025",
                "quote": "Acme Corp and Bolt announced a partnership",
            }
        ],
    )
    records = tl.ingest([later])
    assert [r.event.TYPE for r in records] == ["source_registered", "partnership_announced"]


def test_ingest_takes_one_path_as_well_as_several(tmp_path: Path) -> None:
    """`ingest("seed.toml")` ingests that file (a string is one path, not its characters),
    as `ingest(["seed.toml"])` does.
    """
    one = Timeline.open(tmp_path / "one.jsonl", create=True)
    many = Timeline.open(tmp_path / "many.jsonl", create=True)
    assert [r.event for r in one.ingest(str(SEED))] == [r.event for r in many.ingest([SEED])]
    assert one.ingest(SEED) == []  # a Path, already ingested: nothing new
