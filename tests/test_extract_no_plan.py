"""What is told in the future yet announces no plan: what is not known yet, not disclosed or
was not planned, a page's note, and an appeal to the reader.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Globex builds a plant\n\nIt's unclear when construction will begin.", "en"),
        (
            "Globex supprime des postes\n\nOn ignore pour l'instant quels postes seront supprimés.",
            "fr",
        ),
        ("Globex results\n\nGlobex doesn't reveal guidance in its earnings report.", "en"),
        ("Globex change de patron\n\nCet article sera mis à jour.", "fr"),
        ("Globex is hiring\n\nWe want to hear from you if you will join Globex.", "en"),
    ],
)
def test_no_plan_is_drafted(text: str, lang: str) -> None:
    """None of these clauses is a plan of the company."""
    assert [e.quote for e in _draft(text, lang).events if e.type == "plan_announced"] == []


def test_a_plan_told_in_the_future_stays_one() -> None:
    """The guard keeps a plan: "Globex will open a plant in Ohio next year"."""
    text = "Globex builds a plant\n\nGlobex said it will build a new plant in Ohio next year."
    assert any(e.type in ("plan_announced", "site_opened") for e in _draft(text, "en").events)
