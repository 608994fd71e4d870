"""Two ids of one entity: `entities_merged`, `merge_retracted`, and every axis reproducible
before and after (`timeline.projections.identities`, `Timeline.merge`, `timeline merge`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Timeline
from timeline.converter import unstructure_event
from timeline.errors import InputError, TimelineError
from timeline.identity import with_content_id
from timeline.projections.identities import identities
from timeline.time.span import Span
from timeline.vocabulary.documents import Citation
from timeline.vocabulary.events import (
    EntitiesMerged,
    Event,
    MergeRetracted,
    PartnershipAnnounced,
)

from .helpers import LOG_SUFFIXES, run, write_seed

FIRST = "Acme Robotics, fondée en avril 2023, a noué un partenariat avec Globex fin février 2024."
SECOND = (
    "Acme Robotics SAS a levé 600 millions d'euros en juin 2024. Le 26 février 2024, la "
    "société avait signé un partenariat avec Globex."
)


def _seeds(folder: Path) -> list[Path]:
    """Two articles registering one company under two ids, and one partner."""
    globex = {"id": "globex", "name": "Globex"}
    first = write_seed(
        folder,
        "wire-2024-03-01",
        FIRST,
        {
            "id": "wire-1",
            "title": "t",
            "publisher": "Wire",
            "published": "2024-03-01",
            "language": "fr",
        },
        [{"id": "acme", "name": "Acme Robotics", "aliases": ["Acme"]}, globex],
        [
            {
                "type": "founded",
                "entities": ["acme"],
                "when": "en avril 2023",
                "quote": "Acme Robotics, fondée en avril 2023",
            },
            {
                "type": "partnership_announced",
                "parties": ["acme", "globex"],
                "when": "fin février 2024",
                "quote": "a noué un partenariat avec Globex fin février 2024",
            },
        ],
    )
    second = write_seed(
        folder,
        "gazette-2024-06-30",
        SECOND,
        {
            "id": "gazette-1",
            "title": "t",
            "publisher": "Gazette",
            "published": "2024-06-30",
            "language": "fr",
        },
        [{"id": "acme-robotics-sas", "name": "Acme Robotics SAS"}, globex],
        [
            {
                "type": "funding_raised",
                "organization": "acme-robotics-sas",
                "amount": 600_000_000,
                "currency": "EUR",
                "when": "en juin 2024",
                "quote": "Acme Robotics SAS a levé 600 millions d'euros en juin 2024",
            },
            {
                "type": "partnership_announced",
                "parties": ["acme-robotics-sas", "globex"],
                "when": "Le 26 février 2024",
                "quote": "Le 26 février 2024, la société avait signé un partenariat avec Globex",
            },
        ],
    )
    return [first, second]


def _answer(tl: Timeline, entity: str, **axes: Any) -> list[tuple[str, str, str, int]]:
    """(attribute, value, span, number of sources) of each fact, by the index and checked
    against the full replay.
    """
    state = tl.state(entity, **axes)
    assert state == tl.replayed_state(entity, **axes)
    return sorted((f.attribute, f.value, str(f.when), len(f.sources)) for f in state.facts)


@pytest.fixture(params=LOG_SUFFIXES)
def tl(request: pytest.FixtureRequest, tmp_path: Path) -> Timeline:
    """Both articles ingested, no merge yet, in a log of each backend."""
    found = Timeline.open(tmp_path / f"log{request.param}", create=True)
    found.ingest(_seeds(tmp_path / "seeds"))
    return found


def test_a_merge_reads_the_duplicates_facts_as_the_kept_entitys(tl: Timeline) -> None:
    """After the merge, the company's state has the round filed under the other id, and the
    partnership reported under both ids is one fact of two sources, narrowed to 26 February.
    """
    before = _answer(tl, "acme")
    assert not [a for a in before if a[0] == "funding rounds"]
    tl.merge("acme-robotics-sas", "acme", reason="one company")
    after = _answer(tl, "acme")
    assert ("funding rounds", "600 million EUR", "2024-06", 1) in after
    partners = [a for a in after if a[0] == "partners"]
    assert partners == [("partners", "Globex", "2024-02-26", 2)]
    assert _answer(tl, "Acme Robotics SAS") == after  # the duplicate's names find the company
    assert "Acme Robotics SAS" in tl.state("acme-robotics-sas").entity.aliases


def test_answers_at_a_log_position_before_the_merge_stay_as_they_were(tl: Timeline) -> None:
    """`upto_seq` before the merge record answers as before the merge, for both ids."""
    kept, other = _answer(tl, "acme"), _answer(tl, "acme-robotics-sas")
    seq = tl.merge("acme-robotics-sas", "acme").seq
    assert _answer(tl, "acme", upto_seq=seq - 1) == kept
    assert _answer(tl, "acme-robotics-sas", upto_seq=seq - 1) == other
    assert _answer(tl, "acme", upto_seq=seq) != kept


def test_a_retracted_merge_gives_two_entities_again_and_stays_reproducible(
    tl: Timeline,
) -> None:
    """After `unmerge`, the answers are those of before the merge; at the merge's position
    they are still the merged ones; both records stay in the log.
    """
    kept = _answer(tl, "acme")
    merge = tl.merge("acme-robotics-sas", "acme")
    merged = _answer(tl, "acme")
    undo = tl.unmerge("acme-robotics-sas", reason="a subsidiary, not the company")
    assert _answer(tl, "acme") == kept
    assert _answer(tl, "acme", upto_seq=merge.seq) == merged
    assert [r.event.TYPE for r in tl.records()][-2:] == ["entities_merged", "merge_retracted"]
    assert isinstance(undo.event, MergeRetracted)
    assert undo.event.retracts == merge.event.id


def test_merging_again_after_an_unmerge_is_a_new_event(tl: Timeline) -> None:
    """The second merge of the same pair is a new record (its `nth` differs), and holds."""
    first = tl.merge("acme-robotics-sas", "acme")
    tl.unmerge("acme-robotics-sas")
    again = tl.merge("acme-robotics-sas", "acme")
    assert again.event.id != first.event.id
    assert isinstance(again.event, EntitiesMerged)
    assert again.event.nth == 2
    assert tl.identities().resolve("acme-robotics-sas") == "acme"


def test_events_replay_and_why_read_the_merged_ids_too(tl: Timeline) -> None:
    """`events`, `replay` and `why` of the company include what the duplicate's id reported."""
    tl.merge("acme-robotics-sas", "acme")
    assert "funding_raised" in {e.event.TYPE for e in tl.events("acme")}
    assert any(c.change.attribute == "funding rounds" for s in tl.replay("acme") for c in s.effects)
    why = tl.why("acme", "partners")
    assert {s.document for f in why.current for s in f.sources} == {"wire-1", "gazette-1"}


@pytest.mark.parametrize(
    ("merged", "into", "message"),
    [
        ("acme", "acme", "already read as the same entity"),
        ("nobody", "acme", "unknown entity"),
        ("acme-robotics-sas", "nobody", "unknown entity"),
    ],
)
def test_a_merge_that_names_nothing_new_is_refused_and_writes_nothing(
    tl: Timeline, merged: str, into: str, message: str
) -> None:
    """A merge of an entity into itself, or naming an unknown entity, is an InputError."""
    before = tl.log.last_seq()
    with pytest.raises(TimelineError, match=message):
        tl.merge(merged, into)
    assert tl.log.last_seq() == before


def test_a_second_merge_of_a_merged_id_and_an_unmerge_of_nothing_are_refused(
    tl: Timeline,
) -> None:
    """An id merged already must be unmerged before it is merged elsewhere; an id that is
    not merged cannot be unmerged; the merged pair is not merged again the other way round.
    """
    tl.merge("acme-robotics-sas", "acme")
    before = tl.log.last_seq()
    with pytest.raises(InputError, match="already merged into 'acme'"):
        tl.merge("acme-robotics-sas", "globex")
    with pytest.raises(InputError, match="already read as the same entity"):
        tl.merge("acme", "acme-robotics-sas")
    with pytest.raises(InputError, match="is not merged"):
        tl.unmerge("globex")
    assert tl.log.last_seq() == before


def test_a_chain_of_merges_reads_every_id_as_the_last(tmp_path: Path) -> None:
    """`c` merged into `b`, then `b` into `a`: the state of `a` has the facts of all three,
    by the index and by the full replay.
    """
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    text = "A fut fondée en 2001. B fut fondée en 2001. C a levé 5 millions d'euros en 2002."
    entities = [{"id": i, "name": i.upper()} for i in ("a", "b", "c")]
    founded = [
        {"type": "founded", "entities": [i], "when": "en 2001", "quote": f"{i.upper()} fut"}
        for i in ("a", "b")
    ]
    raised = {
        "type": "funding_raised",
        "organization": "c",
        "amount": 5_000_000,
        "currency": "EUR",
        "when": "en 2002",
        "quote": "C a levé 5 millions d'euros en 2002",
    }
    source = {
        "id": "s",
        "title": "t",
        "publisher": "P",
        "published": "2003-01-01",
        "language": "fr",
    }
    tl.ingest([write_seed(tmp_path, "s", text, source, entities, [*founded, raised])])
    tl.merge("c", "b")
    tl.merge("b", "a")
    answer = _answer(tl, "a")
    assert ("funding rounds", "5 million EUR", "2002", 1) in answer
    assert [a[:2] for a in answer if a[0] == "founded"] == [("founded", "2001")]
    assert _answer(tl, "c") == answer


def test_the_command_line_merges_unmerges_and_lists_merged_entities(tmp_path: Path) -> None:
    """`merge`, `entities` (text and JSON), `entities --similar` and `unmerge` through the
    real entry point; a bad merge is one error line, exit 2, nothing written.
    """
    log = tmp_path / "log.jsonl"
    assert run("ingest", *map(str, _seeds(tmp_path / "seeds")), "--log", str(log))[0] == 0
    assert "acme-robotics-sas" in run("entities", "--similar", "--log", str(log))[1]
    status, out, err = run("merge", "acme-robotics-sas", "--into", "acme", "--log", str(log))
    assert (status, err) == (0, "")
    assert "acme-robotics-sas is read as acme from now on" in out
    size = log.stat().st_size
    status, out, err = run("merge", "acme-robotics-sas", "--into", "globex", "--log", str(log))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert "already merged into 'acme'" in err
    assert log.stat().st_size == size
    assert "(merged into acme)" in run("entities", "--log", str(log))[1]
    rows = json.loads(run("entities", "--json", "--log", str(log))[1])
    assert {r["id"]: r.get("merged_into") for r in rows}["acme-robotics-sas"] == "acme"
    assert run("entities", "--similar", "--log", str(log))[1] == "no likely duplicates\n"
    status, out, _ = run("unmerge", "Acme Robotics SAS", "--log", str(log))
    assert status == 0
    assert "acme-robotics-sas is an entity of its own again" in out
    assert "merged into" not in run("entities", "--log", str(log))[1]


def test_a_retraction_of_a_merge_the_log_does_not_hold_is_refused(tmp_path: Path) -> None:
    """`merge_retracted` naming no merge of the log or the batch is refused, as a retraction
    of an unknown event is.
    """
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    stray = with_content_id(MergeRetracted(retracts="entities_merged-0000000000000000"))
    with pytest.raises(InputError, match="neither in the log nor earlier in the batch"):
        tl.append([stray])
    assert tl.log.last_seq() == 0


_IDS = st.sampled_from(["a", "b", "c", "d"])


@st.composite
def _merge_histories(draw: st.DrawFn) -> list[Event]:
    """Merges of four ids and retractions of earlier merges, in any order, even senseless."""
    events: list[Event] = []
    for n in range(draw(st.integers(0, 12))):
        merges = [e for e in events if isinstance(e, EntitiesMerged)]
        retract = draw(st.booleans()) if merges else False
        if retract:
            events.append(MergeRetracted(id=f"r{n}", retracts=draw(st.sampled_from(merges)).id))
        else:
            kept, merged = draw(_IDS), draw(_IDS)
            if kept != merged:
                events.append(EntitiesMerged(id=f"m{n}", kept=kept, merged=merged))
    return events


@given(_merge_histories())
def test_any_history_of_merges_folds_to_a_partition_of_the_ids(events: list[Event]) -> None:
    """Whatever the merges and retractions, each id is read as one id of its own group, the
    groups partition the ids, and retracting every merge in force leaves each id alone.
    """
    ids = identities(events)
    groups = {ids.group(i) for i in "abcd"}
    assert sorted(i for g in groups for i in g) == list("abcd")
    for i in "abcd":
        assert ids.resolve(i) in ids.group(i)
        assert i in ids.group(i)
        assert ids.resolve(ids.resolve(i)) == ids.resolve(i)
    undo = [MergeRetracted(id=f"u{m.id}", retracts=m.id) for m in ids.merges.values()]
    assert all(identities([*events, *undo]).group(i) == {i} for i in "abcd")


@given(_merge_histories())
def test_reading_an_event_as_merged_keeps_its_id_quote_and_dates(events: list[Event]) -> None:
    """A renamed event differs from the stored one in its entity ids only."""
    event = with_content_id(
        PartnershipAnnounced(
            entities=("a", "b", "c"),
            parties=("a", "b", "c"),
            when=Span.day(dt.date(2024, 2, 26)),
            source=Citation(document="doc", quote="q", start=0, end=1),
            known_since=dt.date(2024, 2, 26),
        )
    )
    read = identities(events).renamed(event)
    stored, renamed = unstructure_event(event), unstructure_event(read)
    for key in stored.keys() - {"entities", "parties"}:
        assert stored[key] == renamed[key]
    assert set(renamed["entities"]) == {identities(events).resolve(i) for i in "abc"}


def test_the_page_of_a_merged_entity_answers_as_its_merged_state(tl: Timeline) -> None:
    """After the merge, the page's embedded answer at every slider position is the state of
    the company with the duplicate's records read as its own.
    """
    from timeline.answers import state_json
    from timeline.html import embedded_data, page

    tl.merge("acme-robotics-sas", "acme")
    data = embedded_data(page(tl, "acme"))
    epoch = dt.date(1970, 1, 1)
    for i, a in enumerate(data["as_of"]):
        for j, k in enumerate(data["known_at"]):
            as_of = None if a["day"] is None else Span.day(epoch + dt.timedelta(a["day"]))
            known = None if k["day"] is None else Span.day(epoch + dt.timedelta(k["day"]))
            expected = state_json(tl.state("acme", as_of, known_at=known))
            shown = [data["facts"][f]["fact"] for f in data["answers"][data["grid"][i][j]]]
            assert shown == expected["facts"]
    assert any("600 million EUR" in f["fact"]["value"] for f in data["facts"])


@pytest.mark.parametrize("as_of", ["2024-02-21", "2024-02-25", "2024-02-26", "2024-06", None])
@pytest.mark.parametrize("known_at", ["2024-03-01", "2024-06-30", None])
def test_after_a_merge_the_index_answers_as_the_full_replay_on_every_axis(
    tl: Timeline, as_of: str | None, known_at: str | None
) -> None:
    """The index's answer after the merge equals the full replay's at each axis, including
    the days before a report filed under the other id narrows the partnership to 26 February.
    """
    tl.merge("acme-robotics-sas", "acme")
    state = tl.state("acme", as_of, known_at=known_at)
    assert state == tl.replayed_state("acme", as_of, known_at=known_at)
    partners = [f for f in state.facts if f.attribute == "partners"]
    if as_of in {"2024-02-21", "2024-02-25"} and known_at != "2024-03-01":
        assert partners == []  # narrowed past the as-of date by the duplicate's report
