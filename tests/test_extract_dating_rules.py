"""Dating drafted company news by general rules (issue 11): the tense that says a clause tells
news done before the report, and the date words that do not say when its news happened, each
read from sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import draft
from timeline.extract.draft import DraftEvent
from timeline.extract.tense import verb_tense
from timeline.time.normalize import Tense

from .helpers import rules_draft as _draft

PUBLISHED = dt.date(2024, 3, 12)


def _holding(text: str, lang: str, quote: str) -> list[DraftEvent]:
    """The rules draft events of `text` (published on `PUBLISHED`) whose quote holds `quote`."""
    drafted = draft(
        text, published=PUBLISHED, lang=lang, source_id="x", text_path="x.txt", nlp="rules"
    )
    return [e for e in drafted.events if quote in e.quote]


def test_a_french_past_infinitive_with_an_irregular_participle_is_the_past() -> None:
    """A past infinitive ("avoir acquis", "d'avoir conclu") is the past, as "avoir racheté"."""
    assert Tense.PAST == verb_tense(["annonce", "avoir", "acquis"], "fr")
    assert Tense.PAST == verb_tense(["se", "félicite", "d'avoir", "conclu"], "fr")
    assert verb_tense(["pour", "avoir", "lieu"], "fr") is None


def test_news_announced_as_done_by_a_past_infinitive_is_done_before_the_report() -> None:
    """An acquisition announced as made ("annonce avoir acquis") is anchored before."""
    text = "Par ailleurs, Globex annonce avoir acquis, auprès d'Initech, la société Acme."
    events = _holding(text, "fr", "annonce avoir acquis")
    assert events
    assert ["before"] == [e.anchor for e in events]
    assert [None] == [e.when for e in events]


def test_an_irregular_english_past_is_the_past() -> None:
    """Irregular pasts ("struck", "sought") are pasts, as "bought" is; "strike" is none."""
    assert Tense.PAST == verb_tense(["she", "struck", "a", "deal"], "en")
    assert Tense.PAST == verb_tense(["they", "sought", "approval"], "en")
    assert verb_tense(["a", "strike"], "en") is None


def test_a_clause_told_in_the_past_keeps_its_tense_across_a_turn_to_the_future() -> None:
    """A resignation told in the past ("agreed to a settlement that forced her to resign as
    chair but will let her stay") is done before the report, whatever comes after "but".
    """
    text = (
        "Globex founder Jane Doe agreed to a settlement that forced her to resign as "
        "Globex's chair but will let her stay on as chief executive."
    )
    events = [e for e in _holding(text, "en", "resign as") if e.type == "person_departed"]
    assert events
    assert ["before"] == [e.anchor for e in events]


def test_plans_after_a_past_verb_or_a_determiner_are_a_noun() -> None:
    """After a past verb or a determiner ("announced plans to", "its plan to") "plans" is a
    noun; "Globex plans to" is the future.
    """
    assert Tense.PAST == verb_tense(["announced", "plans", "to", "close"], "en")
    assert verb_tense(["its", "plan", "to", "close"], "en") is None
    assert Tense.FUTURE == verb_tense(["globex", "plans", "to", "close"], "en")


def test_job_cuts_whose_plans_were_announced_in_the_past_are_done_before_the_report() -> None:
    """Job cuts told as "... and unveiled plans to lay off 5%" were announced before."""
    text = (
        "Initech posted a loss of $3 million for 2023. Initech has since reported a drop in "
        "sales of 9% and unveiled plans to lay off 5% of its employees as demand slowed."
    )
    events = [e for e in _holding(text, "en", "unveiled plans") if e.type == "headcount_changed"]
    assert events
    assert ["before"] == [e.anchor for e in events]


def test_a_ruling_in_the_english_present_perfect_is_the_news_of_the_day() -> None:
    """A ruling told as "has fined" is the day's news (no anchor before); "fined" is not."""
    today = "The competition authority has fined Globex €40m for abusing its dominant position."
    done = "The competition authority fined Globex €40m for abusing its dominant position."
    now = [e for e in _holding(today, "en", "has fined") if e.type == "legal_action_reported"]
    then = [e for e in _holding(done, "en", "fined") if e.type == "legal_action_reported"]
    assert now
    assert then
    assert [None] == [e.anchor for e in now]
    assert ["before"] == [e.anchor for e in then]


def test_a_year_before_a_figure_of_its_period_dates_the_figure() -> None:
    """A year before "revenue" dates the result ("generated 2023 revenue of"); a year before
    another noun ("2000 people") is a count, no date.
    """
    text = "Globex employs 2000 people and generated 2023 revenue of $1.53 billion."
    revenue = _holding(text, "en", "2023 revenue")
    people = _holding(text, "en", "2000 people")
    assert revenue
    assert people
    assert ["2023"] == [e.when for e in revenue]
    assert [None] == [e.when for e in people]


def test_a_plan_something_came_after_was_announced_before_the_report() -> None:
    """A plan named as what talks come "three months after the announcement of" was told
    before the report; a plan announced in the article is not.
    """
    earlier = (
        "Globex is set to cut 500 jobs. The talks come three months after the announcement "
        "by chief executive Jane Doe of a plan to save $2 billion."
    )
    plans = [e for e in _holding(earlier, "en", "a plan to save") if e.type == "plan_announced"]
    assert plans
    assert ["before"] == [e.anchor for e in plans]
    today = "Globex is set to cut 500 jobs. The talks come with a plan to save $2 billion."
    plans = [e for e in _holding(today, "en", "a plan to save") if e.type == "plan_announced"]
    assert plans
    assert [None] == [e.anchor for e in plans]


def test_a_date_after_following_is_the_moment_of_what_the_news_follows() -> None:
    """In "a levy introduced following the banking crisis of 2008" the year is the crisis's,
    not the news's: the clause is not dated 2008.
    """
    text = (
        "The regulator has fined Globex £5m. The regulator said it was the first penalty "
        "imposed under a levy introduced following the banking crisis of 2008."
    )
    events = _holding(text, "en", "introduced following")
    assert events
    assert all(e.when is None for e in events)


def test_news_reported_in_the_backshifted_past_holds_on_the_day_it_is_told() -> None:
    """Reported speech in the backshifted past ("said it was launching") tells the day's
    news, as "said it is launching" does: the launch is not anchored before the report.
    """
    shifted = _holding("Globex said it was launching a payment service.", "en", "launching")
    told = _holding("Globex launched a payment service.", "en", "launched")
    assert shifted
    assert told
    assert [None] == [e.anchor for e in shifted]
    assert ["before"] == [e.anchor for e in told]


def test_the_start_of_a_role_does_not_date_a_departure() -> None:
    """In "a director of Globex since April and former chief executive of Initech" April is
    when a role began, not when one was left: the departure is not dated April.
    """
    text = (
        "Jane Doe will be replaced by John Roe, a director of Globex since April and former "
        "chief executive of Initech."
    )
    events = [e for e in _holding(text, "en", "since April") if e.type == "person_departed"]
    assert events
    assert [None] == [e.when for e in events]


def test_the_end_of_a_role_does_not_date_its_appointment() -> None:
    """'became interim CEO in 2022 and then agreed to stay as permanent CEO until May
    2025': "until May 2025" is when the role ends, so the appointment is dated 2022 and no
    appointment is dated May 2025.
    """
    text = (
        "Globex news\n\nJane Roe joined Globex in 2001. Jane Roe became interim CEO of Globex"
        " in 2022 and then agreed to take over as permanent CEO until May 2025."
    )
    whens = [e.when for e in _draft(text, "en").events if e.type == "person_appointed"]
    assert "2022" in whens
    assert "May 2025" not in whens


def test_the_period_of_results_is_not_the_time_of_a_plan() -> None:
    """'Globex will release its third quarter earnings on Tuesday': the quarter is the
    period the earnings cover; the plan is aimed at Tuesday.
    """
    text = "Globex news\n\nGlobex said it will release its third quarter earnings on Tuesday."
    targets = [
        e.fields.get("target") for e in _draft(text, "en").events if e.type == "plan_announced"
    ]
    assert targets == ["Tuesday"]


def test_a_round_in_the_present_perfect_is_the_news_of_the_day() -> None:
    """A round told as "Globex has raised $25 million" is the day's news (no anchor
    `before`: the draft dates it by the publication day), where "Globex raised $25 million"
    and a frame of years ("In recent years, Globex has bought...") tell what was done before.
    """
    day = _holding("The startup Globex has raised $25 million from Initech.", "en", "has raised")
    assert [(None, None)] == [(e.when, e.anchor) for e in day if e.type == "funding_raised"]
    past = _holding("The startup Globex raised $25 million from Initech.", "en", "raised")
    assert ["before"] == [e.anchor for e in past if e.type == "funding_raised"]
    framed = _holding("In recent years, Globex has bought Initech.", "en", "has bought")
    assert ["before"] == [e.anchor for e in framed if e.type == "acquisition_announced"]


def test_a_period_written_as_an_adjective_dates_its_results() -> None:
    """In "third-quarter revenue increased 4.2 percent", the result is of the third quarter."""
    events = _holding(
        "Globex said third-quarter revenue increased 4.2 percent to $2 million.", "en", "revenue"
    )
    assert [("third-quarter", "third-quarter")] == [
        (e.when, e.fields["period"]) for e in events if e.type == "results_reported"
    ]


def test_results_of_a_period_reported_on_a_day_are_dated_by_the_day() -> None:
    """In "reported second-quarter results on Wednesday", the quarter is what was reported
    and Wednesday when.
    """
    events = _holding(
        "Globex reported second-quarter results on Wednesday, posting revenue of $2 million.",
        "en",
        "reported",
    )
    assert ["Wednesday"] == [e.when for e in events]
