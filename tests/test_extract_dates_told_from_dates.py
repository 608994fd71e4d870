"""A time told after another date ("a year later") does not take the sentence's opening
date, and "by the end of the third quarter" is a plan's target, not the day it was stated.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Globex news\n\nIn 2019, Globex raised $10 million; a year later it raised $30 "
            "million more.",
            "en",
        ),
    ],
)
def test_a_later_round_is_not_dated_by_the_first(text: str, lang: str) -> None:
    """Only the first round is dated 2019; the later one is known to be before the report."""
    rounds = [
        (e.fields["amount"], e.when)
        for e in _draft(text, lang).events
        if e.type == "funding_raised"
    ]
    assert [w for a, w in rounds if a == 30_000_000] != ["2019"]
    assert "2019" in {w for a, w in rounds if a == 10_000_000}


def test_the_end_of_a_quarter_after_by_is_a_target() -> None:
    """The deal is expected to close by then: the plan is stated on the publication day."""
    text = "Globex news\n\nGlobex expects the deal to close by the end of the third quarter."
    [plan] = [e for e in _draft(text, "en").events if e.type == "plan_announced"]
    assert (plan.when, plan.fields.get("target")) == (None, "the third quarter")
