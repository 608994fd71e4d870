"""A dividend proposed ("proposed a dividend of 0.48 euros per share for 2019", "a proposé un
dividende") and a start projected ("is projected to begin operating by mid-March") are plans
stated on the day; "for 2019" is the period the dividend is for, not when it was said.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex's board proposed a dividend of 0.48 euros per share for 2023.", "en"),
        ("Le conseil de Globex a proposé un dividende de 1,2 euro.", "fr"),
        ("The Globex plant is projected to begin operating by mid-March.", "en"),
    ],
)
def test_a_plan_known_from_the_day(sentence: str, lang: str) -> None:
    """One plan of Globex, undated: it is known from the publication day."""
    events = _draft("Globex news\n\n" + sentence, lang).events
    plans = [(e.fields["organization"], e.when) for e in events if e.type == "plan_announced"]
    assert plans == [("globex", None)]
