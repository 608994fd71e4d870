"""Deals told with "buy" after an auxiliary ("is to buy", "would buy") and sales told by the
seller in English ("sold Initech to Hooli"): the buyer acquires, and a sale agreed or to come
is no completed deal.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Deal news\n\n"


@pytest.mark.parametrize(
    ("sentence", "acquirer", "status"),
    [
        ("Globex is to buy Initech for $1.2 billion.", "globex", None),
        ("Globex said on Tuesday it would buy Initech for $1.2 billion.", "globex", None),
        ("Globex sold Initech to Hooli.", "hooli", "completed"),
        ("Globex agreed to sell Initech to Hooli for $300 million.", "hooli", None),
        ("Globex said it would sell Initech to the private-equity firm Hooli.", "hooli", None),
    ],
)
def test_who_buys_and_whether_it_is_done(sentence: str, acquirer: str, status: str | None) -> None:
    """One acquisition of Initech, by the buyer, completed only when told as done."""
    events = _draft(_HEADLINE + sentence, "en").events
    deals = [
        (e.fields["acquirer"], e.fields["target"], e.fields.get("status"))
        for e in events
        if e.type == "acquisition_announced"
    ]
    assert deals == [(acquirer, "initech", status)]


def test_a_buy_rating_is_no_deal() -> None:
    """An analyst's "buy" is no acquisition."""
    events = _draft(_HEADLINE + "Analysts rate Globex a buy.", "en").events
    assert not any(e.type == "acquisition_announced" for e in events)
