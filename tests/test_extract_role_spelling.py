"""A role at an organisation is drafted in one spelling throughout an article ("CEO", then
"chief executive officer"), so that `state` answers who holds it after a succession.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline import Timeline
from timeline.extract import draft

_TEXT = (
    "Globex names new CEO\n\nGlobex named Jane Doe CEO on Monday. She succeeds John Smith, "
    "who stepped down as chief executive officer in March."
)


def test_one_spelling_for_one_role(tmp_path: Path) -> None:
    """The departure is from "CEO" too, and `state` shows Jane Doe as CEO, with no vacant
    "chief executive officer" beside it.
    """
    result = draft(
        _TEXT, published=dt.date(2020, 5, 12), lang="en", source_id="a", text_path="a.txt"
    )
    roles = {e.fields["role"] for e in result.events if "role" in e.fields}
    assert roles == {"CEO"}
    (tmp_path / "a.txt").write_text(_TEXT, encoding="utf-8")
    (tmp_path / "a.toml").write_text(result.to_toml(), encoding="utf-8")
    tl = Timeline.open(tmp_path / "log.jsonl", create=True)
    tl.ingest([tmp_path / "a.toml"])
    facts = {f.attribute: f.value for f in tl.state("globex", "2020-05-12").facts}
    assert facts.get("CEO") == "Jane Doe"
    assert "chief executive officer" not in facts
