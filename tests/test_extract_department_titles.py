"""An officer's title and a department before a person ("Head of Sales John Smith", "Le
directeur des ventes Jean Martin") name the person, not a name of "Sales John Smith"; a
company named alone elsewhere ("the president of Globex Jane Doe") stays a company.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Head of Sales John Smith left Globex in March.", "en"),
        ("Director of Operations John Smith left Globex in March.", "en"),
        ("Le directeur des ventes John Smith a quitté Globex en mars.", "fr"),
    ],
)
def test_the_person_after_a_department(sentence: str, lang: str) -> None:
    """John Smith, a person, leaves Globex."""
    result = _draft("Globex news\n\n" + sentence, lang)
    left = [e.fields["person"] for e in result.events if e.type == "person_departed"]
    assert left == ["john-smith"]
    assert {e.id: e.kind for e in result.entities}["john-smith"] == "person"


def test_a_company_before_the_person_stays() -> None:
    """A company named alone elsewhere ("the president of Globex Jane Doe") stays one."""
    result = _draft("Globex news\n\nThe president of Globex Jane Doe said sales rose.", "en")
    assert {"globex", "jane-doe"} <= {e.id for e in result.entities}
