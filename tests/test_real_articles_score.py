"""The logic of the real-article scorer (`benchmarks/real_articles.py`) on small synthetic gold
and draft pairs, and the committed gold set's own checks (`benchmarks/real/check_gold.py`).

No draft is made here and spaCy is never loaded: the measurement itself is the benchmark's job.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
for folder in (BENCH, BENCH / "real"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import check_gold  # noqa: E402
import real_articles as ra  # noqa: E402


def _gold(start: int, end: int, subject: str = "acme", **kw: str) -> ra.GoldEvent:
    return ra.GoldEvent(
        type=kw.get("type", "funding_round"),
        subject=subject,
        start=start,
        end=end,
        quote="q",
        span=kw.get("span"),
        anchor=kw.get("anchor", None if "span" in kw else "published"),
    )


def _drafted(start: int, end: int, *entities: str, **kw: str) -> ra.DraftedEvent:
    fields = {"attribute": kw["attribute"]} if "attribute" in kw else {}
    return ra.DraftedEvent(
        type=kw.get("type", "fact_asserted"),
        fields=fields,
        start=start,
        end=end,
        quote="q",
        entities=entities or ("d-acme",),
        span=kw.get("span"),
        anchor=kw.get("anchor", None if "span" in kw else "published"),
    )


SAME = {"d-acme": {"acme"}, "d-bob": {"bob"}}


def test_a_gold_event_is_found_by_a_draft_quote_that_overlaps_it() -> None:
    """A draft quote sharing one character with a gold quote finds it; touching ends do not."""
    score, missed, _, junk = ra.score_events(
        [_gold(0, 10), _gold(20, 30)], [_drafted(9, 15), _drafted(30, 40)], SAME
    )
    assert (1, 1) == (score.found, len(missed))
    assert [(30, 40)] == [(d.start, d.end) for d in junk]


def test_one_draft_event_over_two_gold_events_counts_once_one_to_one() -> None:
    """A draft event covering two gold events finds both, but the matching uses it once."""
    score, _, _, _ = ra.score_events([_gold(0, 10), _gold(12, 20)], [_drafted(0, 20)], SAME)
    assert (2, 1) == (score.found, score.one_to_one)


def test_the_maximum_matching_reassigns_a_draft_event_to_match_more_gold_events() -> None:
    """Augmenting paths find the matching of two where a greedy choice would find one."""
    assert 2 == ra.max_matching([[0, 1], [0]])


def test_junk_is_the_share_of_draft_events_overlapping_no_gold_event() -> None:
    """Draft events outside every gold quote are junk, the others not."""
    score, _, _, _ = ra.score_events(
        [_gold(0, 10)], [_drafted(0, 5), _drafted(50, 60), _drafted(70, 80)], SAME
    )
    assert (3, 2) == (score.drafted, score.junk)


def test_type_subject_and_date_are_judged_on_the_draft_event_that_overlaps_most() -> None:
    """The match is the draft event with the largest overlap: its type, subject and anchor."""
    gold = [_gold(0, 20, subject="bob", type="role_held", anchor="published")]
    drafted = [
        _drafted(0, 3, "d-acme", attribute="events"),
        _drafted(0, 15, "d-bob", "d-acme", type="role_held", anchor="published"),
    ]
    score, _, wrong, _ = ra.score_events(gold, drafted, SAME)
    assert (1, 1, 1, 1) == (score.typed, score.subject_first, score.anchors, score.anchors_ok)
    assert [] == wrong


def test_a_subject_among_later_entities_counts_for_any_but_not_first() -> None:
    """The gold subject as the draft's second entity is right for *any* only."""
    score, _, _, _ = ra.score_events(
        [_gold(0, 10, subject="acme")], [_drafted(0, 10, "d-bob", "d-acme")], SAME
    )
    assert (0, 1) == (score.subject_first, score.subject_any)


def test_a_gold_span_needs_the_same_resolved_span_and_a_gold_anchor_no_date_words() -> None:
    """A span is right when equal; a dated draft event is wrong for an anchored gold event."""
    gold = [_gold(0, 10, span="2024-02-26/2024-02-27"), _gold(20, 30, anchor="published")]
    drafted = [
        _drafted(0, 10, span="2024-02-26/2024-02-27"),
        _drafted(20, 30, span="2024-01-01/2025-01-01"),
    ]
    score, _, _, _ = ra.score_events(gold, drafted, SAME)
    assert (1, 1, 1, 0) == (score.spans, score.spans_ok, score.anchors, score.anchors_ok)


def test_engine_types_count_as_gold_types_only_through_the_mapping_table() -> None:
    """A mapped type or label counts, with a qualifier in brackets or not ("results
    (revenue)"); a generic label or an unmapped type does not.
    """
    assert [True, True, True, True, True, False, False] == [
        ra.type_matches("role_held", {}, "role_held"),
        ra.type_matches("fact_asserted", {"attribute": "total raised to date"}, "results_reported"),
        ra.type_matches("fact_asserted", {"attribute": "results (revenue)"}, "results_reported"),
        ra.type_matches("fact_asserted", {"attribute": "funding and valuation"}, "funding_round"),
        ra.type_matches("offering_launched", {}, "product_released"),
        ra.type_matches("fact_asserted", {"attribute": "events"}, "acquisition"),
        ra.type_matches("interview_published", {}, "stance_stated"),
    ]


def test_names_are_compared_without_case_accents_punctuation_articles_or_titles() -> None:
    """Each pair of spellings normalises to one name."""
    pairs = [
        ("L'Oréal", "oreal"),
        ("Le Monde", "monde"),
        ("The Motley Fool", "motley fool"),
        ("M. Jean-Claude Blanc", "Jean Claude Blanc"),
        ("Autorité de la concurrence", "AUTORITE DE LA CONCURRENCE"),
        ("Dr. Smith", "smith"),
    ]
    assert [True] * len(pairs) == [ra.normalise_name(a) == ra.normalise_name(b) for a, b in pairs]


def test_a_lone_article_or_title_is_kept_as_the_name() -> None:
    """A name that is only an article is not emptied."""
    assert "the" == ra.normalise_name("The")


def test_draft_entities_stand_for_gold_entities_sharing_a_normalised_name_or_alias() -> None:
    """An alias of either side is enough; distinct names stand for nothing."""
    draft_names = {
        "symantec-ceo": ra._names("Symantec CEO Greg Clark", ["Symantec"]),
        "other": ra._names("Norton and LifeLock", []),
    }
    gold_names = {
        "symantec": ra._names("Symantec", []),
        "lifelock": ra._names("LifeLock", ["LOCK"]),
    }
    assert {"symantec-ceo": {"symantec"}, "other": set()} == ra.gold_entities(
        draft_names, gold_names
    )


def test_amounts_in_words_symbols_and_digits_normalise_to_one_number() -> None:
    """French and English amounts, suffixes and thousands separators give the same value."""
    texts = [
        "50 million euros",
        "50 millions d'euros",
        "€50m",
        "50,000,000",
        "50 000 000",
        "0.05 bn",
    ]
    assert [[5e7]] * len(texts) == [ra.numbers(t) for t in texts]


def test_a_separator_before_three_digits_groups_thousands_and_otherwise_is_decimal() -> None:
    """Thousands in "1.680" and "1,100"; decimals in "7,93", "2,4 milliards" and "4.4 million"."""
    assert [1680.0, 1100.0, 7.93, 2.4e9, 4.4e6, 426.38e6, 14.0] == [
        n
        for t in ["1.680 postes", "1,100 people", "7,93 euros", "2,4 milliards de dollars",
                  "4.4 million", "426,38 ME", "14%"]
        for n in ra.numbers(t)
    ]  # fmt: skip


def test_one_group_before_billions_is_a_decimal_and_before_millions_thousands() -> None:
    """One group before billions is a decimal, "1,333 milliard" 1.333 billion (a thousand
    billions is a trillion); before millions it groups thousands, "$2,500 million".
    """
    assert [1.333e9, 1.333e9, 2.5e9, 1.333e9] == [
        n
        for t in ["1,333 milliard MAD", "1.333 billion", "$2,500 million", "1,333 million"]
        for n in ra.numbers(t)
    ]


def test_attributes_match_by_words_or_by_a_shared_synonym_group() -> None:
    """Same words, contained words and a shared group match ("cours de Bourse" is a share
    price); a generic label does not, nor a legal action a share price.
    """
    assert [True, True, True, True, True, False, False] == [
        ra.attribute_matches("CEO", "ceo"),
        ra.attribute_matches("directeur général", "directeur général adjoint"),
        ra.attribute_matches("amount raised", "funding and valuation"),
        ra.attribute_matches("acquirer", "acquisitions"),
        ra.attribute_matches("cours de Bourse", "results (share price)"),
        ra.attribute_matches("acquisition", "events"),
        ra.attribute_matches("cours de Bourse", "legal actions"),
    ]


def test_a_key_fact_is_shown_by_its_first_number_or_the_words_of_its_head() -> None:
    """The number in another notation, or the head's words, under a matching attribute."""
    facts = [("valuation", "2.3 billion USD"), ("CEO", "Greg Clark"), ("events", "20 millions")]
    assert [True, True, False, False] == [
        ra.key_fact_shown("valuation", "2,3 milliards de dollars, selon le WSJ", facts),
        ra.key_fact_shown("CEO", "Greg Clark, since 2016", facts),
        ra.key_fact_shown("CEO", "Hilary Schneider", facts),
        ra.key_fact_shown("amount raised", "20 millions d'euros", facts),
    ]


def test_key_facts_are_looked_up_in_the_states_of_draft_entities_standing_for_their_entity() -> (
    None
):
    """A fact held by a draft entity of another gold entity does not count."""
    key_facts = [ra.KeyFact("acme", "CEO", "Bob Smith"), ra.KeyFact("bob", "CEO", "Bob Smith")]
    facts = {"d-acme": [("CEO", "Bob Smith")], "d-bob": [("roles", "engineer, Acme")]}
    assert [key_facts[1]] == ra.score_key_facts(key_facts, facts, SAME)


def test_every_committed_gold_file_passes_the_convention_checks() -> None:
    """check_gold.py finds no problem in benchmarks/real."""
    checker = check_gold.Checker(BENCH / "real")
    with contextlib.redirect_stdout(io.StringIO()):
        status = checker.run()
    assert ([], 0) == (checker.problems, status)


def test_the_publication_day_and_the_anchor_published_are_the_same_date() -> None:
    """A draft dated "vendredi" in a Friday's dispatch is right for a gold event anchored on
    publication, and the reverse; another day is not.
    """
    published = dt.date(2024, 2, 26)
    gold = [_gold(0, 10, anchor="published"), _gold(20, 30, span="2024-02-26/2024-02-27")]
    gold.append(_gold(40, 50, anchor="published"))
    drafted = [
        _drafted(0, 10, span="2024-02-26/2024-02-27"),
        _drafted(20, 30, anchor="published"),
        _drafted(40, 50, span="2024-02-25/2024-02-26"),
    ]
    score, _, _, _ = ra.score_events(gold, drafted, SAME, published)
    assert (1, 1, 2, 1) == (score.spans, score.spans_ok, score.anchors, score.anchors_ok)
