"""Insolvency told in English ("went into administration", "filed for bankruptcy",
"receivership") and a search of a company's offices ("a perquisitionné", "raided") are legal
actions, not generic facts.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex went into administration earlier this month.", "en"),
        ("Globex was placed into receivership on Monday.", "en"),
        ("Globex filed for Chapter 11 bankruptcy protection on Monday.", "en"),
        ("La police a perquisitionné mercredi le siège de Globex.", "fr"),
    ],
)
def test_a_legal_action(sentence: str, lang: str) -> None:
    """One legal action of Globex (as an event, or a fact labelled "legal actions")."""
    events = _draft("Globex news\n\n" + sentence, lang).events
    legal = [
        e
        for e in events
        if e.type == "legal_action_reported"
        or (e.type == "fact_asserted" and e.fields.get("attribute") == "legal actions")
    ]
    assert [e.fields.get("organization") or e.fields.get("entity") for e in legal] == ["globex"]


def test_an_administration_in_government_is_no_insolvency() -> None:
    """An administration that governs ("joined from the Hooli administration") is no insolvency."""
    text = "Globex news\n\nGlobex's new chief joined from the Hooli administration in March."
    events = _draft(text, "en").events
    assert not any(e.type == "legal_action_reported" for e in events)
    assert not any(e.fields.get("attribute") == "legal actions" for e in events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police raided the offices of Globex on Tuesday.",
        "Investigators raided Globex's headquarters in Paris on Monday.",
    ],
)
def test_a_search_is_of_the_company_searched(sentence: str) -> None:
    """The company whose premises are searched is the organisation, the searcher its
    authority.
    """
    events = _draft("Globex news\n\n" + sentence, "en").events
    searched = [e.fields for e in events if e.type == "legal_action_reported"]
    assert [(f["organization"], f["action"]) for f in searched] == [("globex", "searched")]
    assert searched[0].get("authority") in ("police", "investigators")
