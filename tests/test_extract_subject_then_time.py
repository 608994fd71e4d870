"""A name that opens a sentence, written nowhere else, is a subject when a word of time or
"on" and a weekday stands between it and its verb ("Globex today announced", "Globex on
Monday announced"), as it is when the verb follows it directly.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex today announced the acquisition of Initech.",
        "Globex on Monday announced the acquisition of Initech for $5 million.",
        "Globex also announced the acquisition of Initech.",
    ],
)
def test_the_buyer_before_a_word_of_time(sentence: str) -> None:
    """One acquisition of Initech by Globex, not a fact about Initech alone."""
    events = _draft("Deal news\n\n" + sentence, "en").events
    deals = [
        (e.fields["acquirer"], e.fields["target"])
        for e in events
        if e.type == "acquisition_announced"
    ]
    assert deals == [("globex", "initech")]
