"""Words of results added after the 2026-12-03 night session's reading of the development
batches: a price per share in cents, the verbs that report a figure ("earned", "generated"),
a share's closing price, the French lines of an income statement, and the limits that keep
them from reading a premium or a comparison's year as a result. Each is checked on sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from timeline.extract.money import amounts

from .helpers import rules_draft as _draft

_OPENING = (
    "Globex buys Initech\n\nThe pipe maker Globex Corp. said on Monday it will buy Initech Inc. "
)


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Globex earned 57 cents a share.", "en", [(0, "0.57", "USD")]),
        ("Le dividende est de 45 centimes d'euro par action.", "fr", [(0, "0.45", "EUR")]),
        ("Il a vendu trois cents actions.", "fr", []),
        ("Shares fell 12.5 cents.", "en", [(0, "0.125", "USD")]),
    ],
)
def test_a_price_in_cents_or_centimes(text: str, lang: str, found: list[object]) -> None:
    """A price told in hundredths ("57 cents", "45 centimes d'euro") is an amount whose exact
    numeral is in dollars or euros; a French "cents" is a hundred, never money.
    """
    assert [(a.value, a.exact, a.currency) for a in amounts(text, lang)] == found


@pytest.mark.parametrize(
    ("sentence", "metric", "value", "exact"),
    [
        ("Globex earned 57 cents a share in the first quarter of 2019.", "earnings", 0, "0.57"),
        (
            "The company generated $10.4 billion in the fiscal first quarter.",
            "revenue",
            10400000000,
            None,
        ),
        (
            "Based on Globex's Monday closing price of $37.13, the deal is big.",
            "share price",
            37,
            "37.13",
        ),
        (
            "Globex's stock, which ended trading on Friday at $119.59 per share, rose.",
            "share price",
            119,
            "119.59",
        ),
    ],
)
def test_verbs_and_prices_that_report_a_result(
    sentence: str, metric: str, value: int, exact: str | None
) -> None:
    """A figure the company earned or generated, or its closing price, is a result of the
    company with its metric, whole value and decimals.
    """
    [event] = [e for e in _draft(_OPENING + sentence, "en").events if e.type == "results_reported"]
    got = (event.fields["metric"], event.fields["value"], event.fields.get("exact"))
    assert (metric, value, exact) == got


def test_a_premium_to_a_closing_price_is_no_result() -> None:
    """A premium of 23% to Initech's closing price states the terms of an offer: neither a
    result nor a fact of results is drafted from it.
    """
    sentence = "The price represents a 23% premium to Initech's closing price on Friday."
    events = _draft(_OPENING + sentence, "en").events
    assert [] == [
        e
        for e in events
        if e.type == "results_reported" or str(e.fields.get("attribute", "")).startswith("results")
    ]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Le résultat d'exploitation atteint 12 millions d'euros en 2019.", "operating income"),
        ("Le résultat financier s'établit à 28 millions d'euros en 2019.", "financial result"),
        ("Le résultat courant ressort à 9 millions d'euros en 2019.", "pre-tax profit"),
    ],
)
def test_french_lines_of_an_income_statement(sentence: str, metric: str) -> None:
    """The French press's "résultat d'exploitation", "résultat financier" and "résultat
    courant" are results, each under its own metric, for the year told.
    """
    text = f"Globex publie ses comptes\n\nLe groupe Globex a publié ses comptes. {sentence}"
    [event] = [e for e in _draft(text, "fr").events if e.type == "results_reported"]
    assert (metric, "2019") == (event.fields["metric"], event.fields["period"])


@pytest.mark.parametrize(
    "tail", ["en recul par rapport à 2018", "en hausse par rapport à l'exercice 2018"]
)
def test_the_year_of_a_comparison_is_not_the_period(tail: str) -> None:
    """A year right after "par rapport à" is the base of a comparison: the result beside it
    is not reported for that year.
    """
    text = (
        "Globex publie ses comptes\n\nLe groupe Globex a publié ses comptes. "
        f"Le résultat financier s'établit à 28 millions d'euros, {tail}."
    )
    periods = [
        e.fields["period"] for e in _draft(text, "fr").events if e.type == "results_reported"
    ]
    assert "2018" not in periods


def test_the_base_of_a_rise_dates_nothing() -> None:
    """In "Sales were $2.3 billion, up 8% from the same quarter last year", last year is the
    base the rise is measured from: no event is dated by it, and the sales stay drafted.
    """
    sentence = "Sales were $2.3 billion, up 8% from the same quarter last year."
    events = _draft(_OPENING + sentence, "en").events
    assert [e.when for e in events if e.when is not None and "last year" in e.when] == []
    assert any("$2.3 billion" in e.quote for e in events)


def test_the_base_of_a_comparison_is_no_description() -> None:
    """The clause "contre 120 millions un an plus tôt" after a French result is the base it is
    compared with, not a description of the company.
    """
    text = (
        "Globex publie ses résultats\n\nLe groupe lyonnais Globex a publié ses résultats "
        "mardi. Le bénéfice net s'élève à 150 millions d'euros, contre 120 millions un an "
        "plus tôt."
    )
    events = _draft(text, "fr").events
    assert [e for e in events if e.fields.get("attribute") == "description"] == []
    assert any("150 millions" in e.quote for e in events)
