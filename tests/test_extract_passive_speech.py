"""A French verb of speech as a participle that no one speaks ("n'ont pas été précisés",
"ont été jugées compliquées", "considéré comme"): no statement; with its agent ("par la
Cnil") or said by someone, still one.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Globex : nouvelles\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ces deux transactions, dont les montants n’ont pas été précisés, renforcent Globex.",
        "Certaines formulations de Globex ont également été jugées inutilement compliquées.",
        "Globex est considéré comme le premier quotidien français.",
        "La durée de conservation des données de Globex n’était pas précisée.",
    ],
)
def test_no_one_speaks(sentence: str) -> None:
    """No `stance_stated` is drafted: the participle says what is, not what someone said."""
    events = _draft(_HEADLINE + sentence, "fr").events
    assert not any(e.type == "stance_stated" for e in events)


def test_a_passive_with_its_agent_is_still_said() -> None:
    """A passive with its agent ("jugées trompeuses par la Cnil"): the Cnil spoke."""
    events = _draft(_HEADLINE + "Les pratiques ont été jugées trompeuses par la Cnil.", "fr").events
    assert [e.fields["speaker"] for e in events if e.type == "stance_stated"] == ["cnil"]
