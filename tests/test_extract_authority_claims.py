"""What an authority says of the company it acts on is a claim about that company,
attributed to the authority; the company's own words stay its stance; and a speaker named
after the verb may follow an article ("a estimé la CNIL", "said the FWC").
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("text", "lang", "authority"),
    [
        (
            "Globex fined $5 million\n\nThe Federal Widget Commission fined Globex $5 million "
            "on Monday. “Globex failed to protect its customers,” the Federal Widget "
            "Commission said. “We regret it,” Globex said.",
            "en",
            "federal-widget-commission",
        ),
        (
            "Globex condamnée\n\nLa CNIL a infligé une amende de 2 millions d'euros à Globex. "
            "« Globex n'a pas informé ses clients », a estimé la CNIL. « Nous le regrettons », "
            "a déclaré Globex.",
            "fr",
            "cnil",
        ),
    ],
)
def test_an_authority_s_words_are_a_claim_about_the_company(
    text: str, lang: str, authority: str
) -> None:
    """One claim about Globex by the authority, and Globex's own reply as its stance."""
    events = _draft(text, lang).events
    claims = [
        (e.fields["about"], e.fields["claimant"]) for e in events if e.type == "claim_attributed"
    ]
    assert claims == [("globex", authority)]
    stances = [e.fields["speaker"] for e in events if e.type == "stance_stated"]
    assert stances == ["globex"]


def test_what_a_person_writes_is_no_speaker() -> None:
    """What a person writes is no speaker: in "who writes the Globex Insider blog", the blog
    is what is written, not who speaks.
    """
    text = (
        "Globex and Initech team up\n\nGlobex and Initech announced a partnership on Monday. "
        "“It is a good deal for travellers,” said Jane Doe, who writes the Globex Insider blog."
    )
    events = _draft(text, "en").events
    speakers = {e.fields["speaker"] for e in events if e.type == "stance_stated"}
    assert speakers == {"jane-doe"}
