"""Properties of time: resolved expressions against any reference date, and the Allen order."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import DateError
from timeline.time import (
    Allen,
    Precision,
    Span,
    Tense,
    definitely_before,
    possibly_before,
    relation,
    replay_key,
    resolve,
)

from .strategies.dates import (
    counts,
    expression_pairs,
    languages,
    month_names,
    ref_dates,
    spans,
    tenses,
    texts,
    weekday_names,
    years,
)

ONE_DAY = dt.timedelta(days=1)
PARTS = {"fr": ("début", "mi-", "fin"), "en": ("early", "mid-", "late")}
YESTERDAY = {"fr": "hier", "en": "yesterday"}
TODAY = {"fr": "aujourd'hui", "en": "today"}
TOMORROW = {"fr": "demain", "en": "tomorrow"}
LAST = {"fr": "{} dernier", "en": "last {}"}
NEXT = {"fr": "{} prochain", "en": "next {}"}


def with_part(lang: str, part: int, rest: str) -> str:
    """`rest` preceded by the word for its start (0), middle (1) or end (2)."""
    word = PARTS[lang][part]
    return f"{word}{rest}" if word.endswith("-") else f"{word} {rest}"


def interval(span: Span) -> tuple[dt.date | None, dt.date | None]:
    """The days a span covers, without its words."""
    return span.start, span.end


# Expressions ---------------------------------------------------------------------------------


@given(st.data(), languages(), years(), st.integers(0, 2), ref_dates())
def test_part_of_month_lies_in_month_and_month_in_year(
    data: st.DataObject, lang: str, year: int, part: int, ref: dt.date
) -> None:
    """A part of a month lies in that month, and the month in its year."""
    _, name = data.draw(month_names(lang))
    part_span = resolve(with_part(lang, part, f"{name} {year}"), ref, lang=lang)
    month_span = resolve(f"{name} {year}", ref, lang=lang)
    year_span = resolve(str(year), ref, lang=lang)
    assert month_span.contains(part_span)
    assert year_span.contains(month_span)


@given(st.data(), languages(), years(), ref_dates())
def test_start_middle_and_end_partition_the_month(
    data: st.DataObject, lang: str, year: int, ref: dt.date
) -> None:
    """The start, middle and end of a month cover it exactly, one after the other."""
    _, name = data.draw(month_names(lang))
    month_span = resolve(f"{name} {year}", ref, lang=lang)
    parts = [resolve(with_part(lang, p, f"{name} {year}"), ref, lang=lang) for p in range(3)]
    expected = (month_span.start, parts[0].end, parts[1].end, month_span.end)
    assert expected == (parts[0].start, parts[1].start, parts[2].start, parts[2].end)


@given(languages(), years(), ref_dates())
def test_start_middle_and_end_partition_the_year(lang: str, year: int, ref: dt.date) -> None:
    """The start, middle and end of a year cover it exactly, one after the other."""
    parts = [resolve(with_part(lang, p, str(year)), ref, lang=lang) for p in range(3)]
    expected = [
        dt.date(year, 1, 1),
        dt.date(year, 5, 1),
        dt.date(year, 9, 1),
        dt.date(year + 1, 1, 1),
    ]
    assert expected == [parts[0].start, *(p.end for p in parts)]


@given(languages(), ref_dates())
def test_yesterday_ends_where_today_starts_and_tomorrow_starts_where_it_ends(
    lang: str, ref: dt.date
) -> None:
    """Yesterday ends exactly where the reference day starts; tomorrow starts where it ends."""
    today = resolve(TODAY[lang], ref, lang=lang)
    assert (ref, ref + ONE_DAY) == interval(today)
    assert today.start == resolve(YESTERDAY[lang], ref, lang=lang).end
    assert today.end == resolve(TOMORROW[lang], ref, lang=lang).start


@given(st.data(), languages(), ref_dates(), tenses())
def test_bare_weekday_is_within_a_week_on_the_side_of_the_tense(
    data: st.DataObject, lang: str, ref: dt.date, tense: Tense
) -> None:
    """A bare weekday is that weekday, at most six days before (past) or after (future) the ref."""
    weekday, name = data.draw(weekday_names(lang))
    span = resolve(name, ref, lang=lang, tense=tense)
    assert span.start is not None
    distance = (ref - span.start if tense is Tense.PAST else span.start - ref).days
    assert weekday == span.start.weekday()
    assert 0 <= distance < 7


@given(st.data(), languages(), ref_dates(), st.sampled_from([LAST, NEXT]))
def test_last_and_next_weekday_are_strictly_before_and_after(
    data: st.DataObject, lang: str, ref: dt.date, template: dict[str, str]
) -> None:
    """A last weekday is one to seven days before the ref; a next weekday one to seven after."""
    weekday, name = data.draw(weekday_names(lang))
    span = resolve(template[lang].format(name), ref, lang=lang)
    assert span.start is not None
    distance = (ref - span.start if template is LAST else span.start - ref).days
    assert weekday == span.start.weekday()
    assert 1 <= distance <= 7


@given(st.data(), languages(), ref_dates(), st.integers(-1, 2))
def test_yearless_month_in_the_past_is_the_latest_starting_by_the_ref(
    data: st.DataObject, lang: str, ref: dt.date, part: int
) -> None:
    """A month (or part of one) without its year starts on or before the ref, within a year."""
    _, name = data.draw(month_names(lang))
    text = name if part < 0 else with_part(lang, part, name)
    span = resolve(text, ref, lang=lang)
    assert span.start is not None
    assert span.start <= ref < span.start + dt.timedelta(days=366)


@given(st.data(), languages(), ref_dates(), st.integers(-1, 2))
def test_yearless_month_in_the_future_is_the_first_starting_from_the_ref(
    data: st.DataObject, lang: str, ref: dt.date, part: int
) -> None:
    """In the future tense, a year-less month starts on or after the ref, within a year."""
    _, name = data.draw(month_names(lang))
    text = name if part < 0 else with_part(lang, part, name)
    span = resolve(text, ref, lang=lang, tense=Tense.FUTURE)
    assert span.start is not None
    assert ref <= span.start < ref + dt.timedelta(days=366)


@given(st.data(), languages(), ref_dates())
def test_days_ago_is_the_ref_minus_that_many_days(
    data: st.DataObject, lang: str, ref: dt.date
) -> None:
    """Saying N days ago names exactly the day N days before the ref, and is not approximate."""
    n, written = data.draw(counts(lang))
    text = f"il y a {written} jours" if lang == "fr" else f"{written} days ago"
    span = resolve(text, ref, lang=lang)
    assert (ref - dt.timedelta(days=n), ref - dt.timedelta(days=n - 1)) == interval(span)
    assert not span.approximate


@given(expression_pairs(), ref_dates(), tenses())
def test_french_and_english_forms_give_the_same_span(
    pair: tuple[str, str], ref: dt.date, tense: Tense
) -> None:
    """The French and the English form of an expression resolve to the same interval."""
    french, english = pair
    fr = resolve(french, ref, lang="fr", tense=tense)
    en = resolve(english, ref, lang="en", tense=tense)
    assert (interval(fr), fr.precision, fr.approximate) == (
        interval(en),
        en.precision,
        en.approximate,
    )


@given(expression_pairs(), ref_dates(), tenses())
def test_resolved_span_carries_its_words_and_language(
    pair: tuple[str, str], ref: dt.date, tense: Tense
) -> None:
    """Every resolved span keeps the text as given and the language that read it."""
    for lang, text in zip(("fr", "en"), pair, strict=True):
        span = resolve(text, ref, lang=lang, tense=tense)
        assert (text, lang) == (span.text, span.lang)


@given(texts(), ref_dates(), tenses())
def test_any_text_resolves_to_a_span_or_raises_a_date_error_naming_it(
    text: str, ref: dt.date, tense: Tense
) -> None:
    """Any text resolves to a span carrying it, or raises a DateError naming it."""
    outcome: Span | DateError
    try:
        outcome = resolve(text, ref, tense=tense)
    except DateError as exc:
        outcome = exc
    assert text == (outcome.text if isinstance(outcome, Span) else outcome.expression)


# Allen's relations and the replay order --------------------------------------------------------

Endpoints = tuple[int, int, int, int]

INDEPENDENT: dict[Allen, Callable[[int, int, int, int], bool]] = {
    Allen.BEFORE: lambda s1, e1, s2, e2: e1 < s2,
    Allen.MEETS: lambda s1, e1, s2, e2: e1 == s2,
    Allen.OVERLAPS: lambda s1, e1, s2, e2: s1 < s2 < e1 < e2,
    Allen.STARTS: lambda s1, e1, s2, e2: s1 == s2 and e1 < e2,
    Allen.DURING: lambda s1, e1, s2, e2: s2 < s1 and e1 < e2,
    Allen.FINISHES: lambda s1, e1, s2, e2: s2 < s1 and e1 == e2,
    Allen.EQUALS: lambda s1, e1, s2, e2: s1 == s2 and e1 == e2,
    Allen.FINISHED_BY: lambda s1, e1, s2, e2: s1 < s2 and e1 == e2,
    Allen.CONTAINS: lambda s1, e1, s2, e2: s1 < s2 and e2 < e1,
    Allen.STARTED_BY: lambda s1, e1, s2, e2: s1 == s2 and e2 < e1,
    Allen.OVERLAPPED_BY: lambda s1, e1, s2, e2: s2 < s1 < e2 < e1,
    Allen.MET_BY: lambda s1, e1, s2, e2: e2 == s1,
    Allen.AFTER: lambda s1, e1, s2, e2: e2 < s1,
}


@given(spans(), spans())
def test_exactly_one_allen_relation_holds_and_it_is_the_computed_one(a: Span, b: Span) -> None:
    """Of the thirteen relations defined from the endpoints, exactly one holds: `relation`'s."""
    ends = (a.start_key, a.end_key, b.start_key, b.end_key)
    holding = [r for r, holds in INDEPENDENT.items() if holds(*ends)]
    assert [relation(a, b)] == holding


@given(spans(), spans())
def test_relation_of_b_to_a_is_the_converse(a: Span, b: Span) -> None:
    """The relation of B to A is the converse of the relation of A to B."""
    assert relation(a, b).converse == relation(b, a)


@given(spans(), spans())
def test_definitely_before_implies_possibly_before(a: Span, b: Span) -> None:
    """A span definitely before another is also possibly before it, and not after it."""
    if definitely_before(a, b):
        assert possibly_before(a, b)
        assert not definitely_before(b, a)


@given(st.lists(spans(), min_size=1, max_size=12))
def test_replay_order_is_a_total_linear_extension_of_definitely_before(
    items: list[Span],
) -> None:
    """Replay keys are distinct and sorting by them never puts a span after one it precedes."""
    keyed = [(replay_key(span, seq), span) for seq, span in enumerate(items, start=1)]
    ordered = sorted(keyed)
    assert len(keyed) == len({key for key, _ in keyed})
    for (k1, s1), (k2, s2) in itertools.combinations(ordered, 2):
        assert k1 < k2
        assert not definitely_before(s2, s1)


@given(spans(), spans(), spans())
def test_replay_order_is_transitive(a: Span, b: Span, c: Span) -> None:
    """If A replays before B and B before C, then A replays before C."""
    ka, kb, kc = replay_key(a, 1), replay_key(b, 2), replay_key(c, 3)
    if ka < kb and kb < kc:
        assert ka < kc


@given(spans(), spans())
def test_definitely_before_sorts_first_whatever_the_sequence(a: Span, b: Span) -> None:
    """A span definitely before another replays first, even when recorded later."""
    if definitely_before(a, b):
        assert replay_key(a, 2) < replay_key(b, 1)


@given(spans(), spans())
def test_span_comparison_agrees_with_sort_key_and_equality(a: Span, b: Span) -> None:
    """`<`, `<=`, `>`, `>=` follow `sort_key`, and two spans tie exactly when they are equal."""
    ka, kb = a.sort_key(), b.sort_key()
    assert (ka < kb, ka <= kb, ka > kb, ka >= kb) == (a < b, a <= b, a > b, a >= b)
    assert (a == b) == (not a < b and not b < a)


@given(spans())
def test_a_span_equals_itself_and_is_not_less_than_itself(a: Span) -> None:
    """A span is equal to itself, neither less nor greater."""
    expected = (True, False, False, Allen.EQUALS)
    assert expected == (a == a, a < a, a > a, relation(a, a))


@given(
    year=st.integers(dt.MINYEAR, dt.MAXYEAR),
    first=st.integers(1, 12),
    count=st.integers(1, 36),
)
def test_a_run_of_months_ends_where_dateutil_says(year: int, first: int, count: int) -> None:
    """`Span.months` ends on the first day `count` calendar months after its start, the day
    dateutil's `relativedelta` gives, and is a DateError where that day is past the calendar.
    """
    from dateutil.relativedelta import relativedelta

    start = dt.date(year, first, 1)
    try:
        expected: dt.date | None = start + relativedelta(months=count)
    except (OverflowError, ValueError):
        expected = None
    try:
        got: dt.date | None = Span.months(year, first, count, Precision.MONTH).end
    except DateError:
        got = None
    assert expected == got
