"""A name after a possessive that qualifies a noun ("its Hooliton area glass plant") is
something the subject owns, never the subject of the verb that follows it.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


@pytest.mark.parametrize(
    "sentence",
    [
        "Globex Group plans to shutter its Hooliton area glass plant and will lay off the 257 "
        "workers employed there.",
        "Globex Group will close their Hooliton warehouse and will lay off 257 workers.",
    ],
)
def test_the_job_cuts_are_the_subject_s_not_the_site_s(sentence: str) -> None:
    """The 257 job cuts are Globex Group's; "Hooliton" is no organisation that cuts jobs."""
    events = _draft("Globex to close plant\n\n" + sentence, "en").events
    cuts = [
        (e.fields["organization"], e.fields.get("change"))
        for e in events
        if e.type == "headcount_changed"
    ]
    assert cuts == [("globex-group", -257)]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        (
            "Globex va supprimer 7 000 postes dans le monde. Chez Globex Transport, l’entreprise "
            "vise la suppression de 3 200 postes.",
            "fr",
            "globex-transport",
        ),
        (
            "Globex will cut 7,000 jobs. At Globex Rail, the company will cut 3,200 jobs.",
            "en",
            "globex-rail",
        ),
    ],
)
def test_the_company_a_sentence_opens_on_is_its_description_s(
    text: str, lang: str, unit: str
) -> None:
    """A description stands for the company its sentence opens on ("Chez Globex Transport,
    l'entreprise vise…", "At Globex Rail, the company will…"), not the group in focus.
    """
    events = _draft("Globex cuts jobs\n\n" + text, lang).events
    cuts = [e.fields["organization"] for e in events if e.type == "headcount_changed"]
    assert cuts == ["globex", unit]
