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
