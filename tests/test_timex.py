"""TIMEX3 types and values of the tagger's expressions (`timeline.time.timex`)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.tagger import tag
from timeline.time.span import Precision, Span
from timeline.time.timex import (
    Timex,
    TimexType,
    date_timex,
    duration_value,
    half_more,
    set_value,
    timex,
)

REF = dt.date(2024, 3, 12)


def _only(text: str, lang: str) -> Timex:
    tags = tag(text, REF, lang)
    assert 1 == len(tags), tags
    return tags[0].timex(REF)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Fin février, rien.", "fr", Timex(TimexType.DATE, "2024-02", "END")),
        ("Début 2023, rien.", "fr", Timex(TimexType.DATE, "2023", "START")),
        ("Il est venu le 26 février.", "fr", Timex(TimexType.DATE, "2024-02-26")),
        ("Il est venu la semaine dernière.", "fr", Timex(TimexType.DATE, "2024-W10")),
        ("Il est venu en avril 2023.", "fr", Timex(TimexType.DATE, "2023-04")),
        ("Il est venu au printemps 2022.", "fr", Timex(TimexType.DATE, "2022-SP")),
        ("Le 1er trimestre 2023 a été bon.", "fr", Timex(TimexType.DATE, "2023-Q1")),
        ("Il est venu il y a trois ans.", "fr", Timex(TimexType.DATE, "2021")),
        ("It came two months ago.", "en", Timex(TimexType.DATE, "2024-01")),
        ("It came last year.", "en", Timex(TimexType.DATE, "2023")),
        ("Il a régné pendant trois ans.", "fr", Timex(TimexType.DURATION, "P3Y")),
        ("It lasted for two weeks.", "en", Timex(TimexType.DURATION, "P2W")),
        ("Il attend depuis plusieurs mois.", "fr", Timex(TimexType.DURATION, "PXM")),
        ("Il arrive à 17h30.", "fr", Timex(TimexType.TIME, "2024-03-12T17:30")),
        ("It opens at 5:30 pm.", "en", Timex(TimexType.TIME, "2024-03-12T17:30")),
        ("Il vient tous les lundis.", "fr", Timex(TimexType.SET, "XXXX-WXX-1")),
        ("Il vient chaque année.", "fr", Timex(TimexType.SET, "P1Y")),
    ],
)
def test_each_kind_of_expression_has_its_timeml_type_and_value(
    text: str, lang: str, expected: Timex
) -> None:
    """A tagged expression gives the TIMEX3 type, value and mod TimeML writes for its words."""
    assert expected == _only(text, lang)


def test_a_duration_counts_in_words_digits_and_hyphenated_forms() -> None:
    """Durations read their count from words or digits, hyphenated or not, and time units."""
    assert "P10Y" == duration_value("10-year")
    assert "P4W" == duration_value("four-week")
    assert "PT30M" == duration_value("trente minutes")
    assert "P2DE" != duration_value("deux décennies")  # a decade is ten years
    assert "P20Y" == duration_value("deux décennies")


def test_english_an_before_a_unit_is_one_and_french_an_is_a_year() -> None:
    """English "an hour" is one hour, not a year, while "un an" and "deux ans" stay years."""
    assert "PT1H" == duration_value("an hour")
    assert "PT1H" == duration_value("less than an hour")
    assert "P1Y" == duration_value("un an")
    assert "P2Y" == duration_value("deux ans")


def test_half_a_unit_more_is_written_in_the_next_smaller_unit() -> None:
    """Half a unit more: "5 1/2 hours" is `PT5H30M`, "2 1/2 years" `P2Y6M`, half an hour alone
    `PT30M`; a unit with no smaller one to carry the half (weeks) is left as it is.
    """
    assert "PT5H30M" == half_more("PT5H")
    assert "P2Y6M" == half_more("P2Y")
    assert "P1DT12H" == half_more("P1D")
    assert "PT1M30S" == half_more("PT1M")
    assert "PT30M" == half_more("PT1H", whole=False)
    assert "P6M" == half_more("P1Y", whole=False)
    assert "P3W" == half_more("P3W")
    assert "PXY" == half_more("PXY")


def test_a_set_of_weekdays_or_parts_of_day_is_written_as_timeml_sets() -> None:
    """Sets name the weekday (`XXXX-WXX-n`), the part of the day, or the period repeated."""
    assert "XXXX-WXX-5" == set_value("every Friday")
    assert "TXXMO" == set_value("chaque matin")
    assert "P1M" == set_value("every month")


def test_a_date_without_a_span_is_unknown_not_guessed() -> None:
    """A DATE whose span the engine could not give has the value XXXX, never a made-up day."""
    assert Timex(TimexType.DATE, "XXXX") == date_timex("un jour", None)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9998, 12, 1)))
def test_a_day_span_is_written_as_its_iso_day(day: dt.date) -> None:
    """Any exact day span is the TIMEX3 DATE of that ISO day, whatever the words."""
    span = Span.day(day)
    assert Timex(TimexType.DATE, day.isoformat()) == timex(TimexType.DATE, "x", span, REF)


@given(st.integers(min_value=1000, max_value=9998), st.integers(min_value=1, max_value=12))
def test_a_month_span_is_written_as_year_and_month(year: int, month: int) -> None:
    """A month span is `YYYY-MM`, and a part of that month keeps the month with its mod."""
    assert f"{year}-{month:02d}" == date_timex("x", Span.month(year, month)).value
    end = Span.days(dt.date(year, month, 21), dt.date(year, month, 28), Precision.PART_OF_MONTH)
    assert Timex(TimexType.DATE, f"{year}-{month:02d}", "END") == date_timex("x", end)
