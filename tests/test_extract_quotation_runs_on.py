"""A quotation that runs over several sentences is the speaker's statement in each of them,
until it closes; the sentence after it is read for itself.
"""

from __future__ import annotations

from .helpers import rules_draft as _draft


def test_each_sentence_of_an_open_quotation_is_a_statement() -> None:
    """The second sentence inside the quotation is Globex's statement too, dated as the
    first; the figure after the quotation is no statement.
    """
    text = (
        'Globex news\n\nGlobex said in a statement on Monday: "The regulator has asked for more '
        "information on our deal with Initech. This is standard practice for a transaction of "
        'this size." Sales rose 5%.'
    )
    events = _draft(text, "en").events
    stances = [e for e in events if e.type == "stance_stated"]
    assert [(e.fields["speaker"], e.when) for e in stances] == [
        ("globex", "Monday"),
        ("globex", "Monday"),
    ]
    assert "standard practice" in stances[1].quote
    assert not any(e.type == "stance_stated" and "Sales" in e.quote for e in events)


def test_a_closed_quotation_does_not_run_on() -> None:
    """After « ... » closes, the next sentence of the paragraph is no statement of it."""
    text = (
        "Globex : nouvelles\n\n« Nous allons recruter », a déclaré lundi Jean Martin, PDG de "
        "Globex. Le marché reste difficile."
    )
    events = _draft(text, "fr").events
    assert not any(e.type == "stance_stated" and "marché" in e.quote for e in events)
