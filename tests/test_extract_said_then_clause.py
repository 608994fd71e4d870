"""The name right after an English verb of saying is the subject of what was said when a
verb follows it ("Jane Doe, an analyst, said Globex shares were cheap"), not the speaker;
"..., said Globex" and "said Globex spokesman John Smith" keep their speakers.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe, EU competition commissioner, said Globex broke the rules.",
        "Jane Doe, an analyst at Hooli, said Globex shares were cheap.",
    ],
)
def test_the_person_before_the_verb_speaks(sentence: str) -> None:
    """Jane Doe speaks; Globex is no claimant of a claim about her."""
    events = _draft("Globex fined\n\n" + sentence, "en").events
    said = [e for e in events if e.type in ("stance_stated", "claim_attributed")]
    assert said
    assert all(e.fields.get("claimant") != "globex" for e in said)
    assert all(e.fields.get("about") != "jane-doe" for e in said)


def test_an_inverted_speaker_still_speaks() -> None:
    """An inverted speaker at the end ("..., said Globex") still claims it of Initech."""
    events = _draft("Globex fined\n\nInitech broke the rules, said Globex.", "en").events
    claims = [
        (e.fields["claimant"], e.fields["about"]) for e in events if e.type == "claim_attributed"
    ]
    assert claims == [("globex", "initech")]


def test_a_statement_about_news_told_before_stays() -> None:
    """A statement on the deal told before ("Globex said the acquisition is a major
    expansion") is someone's view of it, kept beside the deal.
    """
    text = (
        "Globex buys Initech\n\nGlobex agreed to buy Initech on Monday. Globex said the "
        "acquisition is a major expansion for the company into new markets."
    )
    events = _draft(text, "en").events
    assert [e.fields["speaker"] for e in events if e.type == "stance_stated"] == ["globex"]
