"""Results told against what analysts expected, in a list of labelled figures that lost its
line breaks, and against the same period a year before: the expectation is no plan, each
label opens its own statement, and the period of the base is not the figure's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .helpers import rules_draft as _draft

_REPORT = "Globex earnings beat\n\nGlobex reported third-quarter earnings on Thursday.\n\n"


def test_a_figure_against_the_expected_one_is_a_result_not_a_plan() -> None:
    """A figure against the expected one is a result: "Revenue was $14.16 billion versus
    $13.53 billion expected" reports revenue, and what analysts expected is no plan.
    """
    events = _draft(_REPORT + "Revenue was $14.16 billion versus $13.53 billion expected.", "en")
    told = [(e.type, e.fields.get("attribute")) for e in events.events[1:]]
    assert told == [("fact_asserted", "results (revenue)")]


def test_labelled_figures_run_together_are_read_one_by_one() -> None:
    """Labelled figures run together are two statements: in "… versus 22 cents expected
    Revenue: $14.16 billion versus …", the revenue is one of its own, quoting its label.
    """
    text = _REPORT + (
        "41 cents, adjusted, versus 22 cents expected Revenue: $14.16 billion versus $13.53 "
        "billion expected"
    )
    events = _draft(text, "en").events
    assert [e.quote for e in events if "14.16" in e.quote] == [
        "Revenue: $14.16 billion versus $13.53 billion expected"
    ]


def test_the_period_of_the_base_is_not_the_figure_s() -> None:
    """The period of a comparison's base is not the figure's: in "net income of $297
    million, …, versus net income of $1.02 billion, or 25 cents per share in the same quarter
    last year", last year is the period of $1.02 billion only.
    """
    text = _REPORT + (
        "Globex posted net income of $297 million, or 7 cents per share, versus net income "
        "of $1.02 billion, or 25 cents per share in the same quarter last year."
    )
    events = _draft(text, "en").events
    periods = {
        e.fields.get("value"): e.fields.get("period")
        for e in events
        if e.type == "results_reported"
    }
    assert 297_000_000 not in periods
    assert periods == {1_020_000_000: "last year"}


_ANNUAL = "Globex publie ses résultats\n\nGlobex a publié ses résultats annuels. "


def test_two_figures_joined_by_et_are_two_results() -> None:
    """Two figures joined by "et" are two results: "Le résultat net s'établit à 17 M€ … et
    le résultat net part du Groupe s'établit à 20 M€ …" reports both, each quoting its metric.
    """
    text = _ANNUAL + (
        "Le résultat net s’établit à 17 millions d’euros contre 25 millions d’euros en 2023 et "
        "le résultat net part du Groupe s’établit à 20 millions d’euros contre 30 millions "
        "d’euros en 2023."
    )
    events = _draft(text, "fr").events
    quotes = [e.quote for e in events if "17 millions" in e.quote or "20 millions" in e.quote]
    assert len(quotes) == 2
    assert quotes[1].startswith("et le résultat net part du Groupe")


def test_a_metric_its_aside_and_its_verb_are_one_result() -> None:
    """A metric, its aside and its verb are one result: "Le chiffre d'affaires consolidé de
    Globex en 2024, principalement réalisé par sa filiale Initech, s'établit à 161 millions
    d'euros" is Globex's 2024 revenue of 161 million, though an adverb opens the aside and a
    participle qualifies the metric.
    """
    text = _ANNUAL + (
        "Le chiffre d’affaires consolidé de Globex en 2024, principalement réalisé par sa "
        "filiale Initech, s’établit à 161 millions d’euros, en hausse de 1 %."
    )
    events = _draft(text, "fr").events
    results = [
        (e.fields["organization"], e.fields["metric"], e.fields["period"], e.fields["value"])
        for e in events
        if e.type == "results_reported"
    ]
    assert results == [("globex", "revenue", "2024", 161_000_000)]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Operating loss of $487.5 million is 27.6% narrower year-over-year.", "operating loss"),
        ("Globex posted an operating loss of $487.5 million.", "operating loss"),
        ("Gross profit rose to $48 million.", "gross profit"),
        ("Operating profit came in at $48 million.", "operating income"),
    ],
)
def test_an_operating_loss_or_a_gross_profit_is_a_result(sentence: str, label: str) -> None:
    """An operating loss, an operating or gross profit are results under their own metric,
    not sentences without news.
    """
    events = _draft(_REPORT + sentence, "en").events
    assert [e.fields.get("attribute") for e in events[1:]] == [f"results ({label})"]


@pytest.mark.parametrize(
    ("sentence", "lang", "value"),
    [
        ("Globex' stock rose 22 cents to $45.62 Wednesday.", "en", 45),
        ("Revenue fell $2 million to $14.2 billion in the second quarter of 2019.", "en", 14.2e9),
        (
            "Le chiffre d'affaires a progressé de 2 millions d'euros à 20 millions d'euros en "
            "2019.",
            "fr",
            20e6,
        ),
    ],
)
def test_a_change_to_a_level_reports_the_level(sentence: str, lang: str, value: float) -> None:
    """A change to a level reports the level: in "rose 22 cents to $45.62" or "de 2
    millions à 20 millions", the figure is the level reached, not the change.
    """
    events = _draft(_REPORT + sentence, lang).events
    assert [e.fields["value"] for e in events if e.type == "results_reported"] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company expects revenue of $5 billion to $5.5 billion in 2021.",
        "Globex forecast sales of $3 billion for next year.",
    ],
)
def test_a_figure_for_a_period_to_come_is_a_forecast_not_a_result(sentence: str) -> None:
    """A figure for a period that starts after the publication day (2021, told in 2020) is
    the company's forecast: a plan, never a result `state` would show as reported.
    """
    events = _draft(_REPORT + sentence, "en", published=dt.date(2020, 5, 12)).events
    assert [e.type for e in events[1:]] == ["plan_announced"]
