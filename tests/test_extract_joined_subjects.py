"""A company named first in a sentence and joined by "and"/"et" to a second name before a
verb ("Globex and Initech announced a partnership") is a name, though the text writes it
nowhere else: both are parties.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    ("sentence", "lang", "second"),
    [
        ("Globex and Initech announced a strategic partnership on Tuesday.", "en", "initech"),
        ("Globex and Initech Corp have signed a partnership.", "en", "initech-corp"),
        ("Globex et Initech ont signé un partenariat.", "fr", "initech"),
    ],
)
def test_both_joined_names_are_parties(sentence: str, lang: str, second: str) -> None:
    """One partnership whose parties are the two names, the first one included."""
    events = _draft("Partnership news\n\n" + sentence, lang).events
    parties = [e.fields["parties"] for e in events if e.type == "partnership_announced"]
    assert parties == [["globex", second]]


def test_common_words_joined_are_no_names() -> None:
    """Common words joined ("Sales and Marketing staff", no verb after them) make no name."""
    result = _draft("Job news\n\nSales and Marketing staff were cut.", "en")
    assert "sales" not in {e.id for e in result.entities}
