"""Code is general, articles are data: no name of an entity that an article of the seeds or of
the real-article benchmark declares appears in the package's source, not even in a comment
(examples there use invented names: Acme, Globex, Initech).
"""

from __future__ import annotations

import re
import tomllib

from timeline.extract import _vocab as vocab
from timeline.extract._text import fold

from .helpers import ROOT

_DESCRIPTION = re.compile(r"(?:le|la|les|l'|the|cette|ce|ces|un|une|a|an)\b", re.IGNORECASE)
"""A declared name that opens on a determiner is a description ("Le groupe"), not a name."""

_CALENDAR = frozenset(
    word for table in (vocab.WEEKDAYS, vocab.MONTHS) for words in table.values() for word in words
)
"""Weekday and month names: a company named "Sunday" is named by a word of the calendar the
package must know, which is vocabulary, not a mention of the company."""


def _declared_names() -> set[str]:
    """The names (not the aliases) of the entities every gold file and seed declares, with a
    straight apostrophe where the gold writes a curly one.
    """
    names: set[str] = set()
    files = [*(ROOT / "benchmarks" / "real").glob("*.gold.toml"), *(ROOT / "seeds").glob("*.toml")]
    for path in files:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for entity in [*data.get("entity", []), *data.get("entities", [])]:
            name = str(entity.get("name", ""))
            if len(name) >= 4 and not _DESCRIPTION.match(name) and fold(name) not in _CALENDAR:
                names.update({name, name.replace("\u2019", "'")})  # "Kohl’s" written "Kohl's"
    return names


def test_the_package_names_no_entity_of_an_article() -> None:
    """No entity name declared by a seed or a benchmark gold file is written in `timeline/`."""
    names = _declared_names()
    assert len(names) > 100  # the benchmark's and the seeds' entities were read
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")
    found = [
        f"{path.relative_to(ROOT)}: {m.group()}"
        for path in sorted((ROOT / "timeline").rglob("*.py"))
        for m in pattern.finditer(path.read_text(encoding="utf-8"))
    ]
    assert [] == found
