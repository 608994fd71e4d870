"""A company's short name and its full name closing on its trade ("Globex" and "Globex
Hotels", "Initech" and "Initech Air Lines") are one entity, named in full; a division's or a
product's name, or a person's, stays apart.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import draft
from timeline.extract._registry import Entities
from timeline.extract._text import sentences
from timeline.extract.entities import rule_mentions

from .helpers import rules_draft as _draft

_TEXT = (
    "Hotel chain and airline team up\n\n"
    "On Thursday, Globex Hotels and Initech Air Lines announced a partnership that gives "
    "their customers perks. Initech will "
    "pay Globex $5 million a year. "
    "Hooli Cloud, the cloud arm of Hooli, said on Friday it had hired 200 engineers. "
    "Jane Smith Media was founded by Jane Smith in 2010."
)


def _entities() -> dict[str, tuple[str, ...]]:
    result = draft(
        _TEXT,
        published=dt.date(2020, 5, 12),
        lang="en",
        source_id="t",
        text_path="t.txt",
        nlp="rules",
    )
    return {e.name: e.aliases for e in result.entities}


def test_a_short_name_is_the_company_named_with_its_trade() -> None:
    """The partnership's parties are declared by their full names, the short ones as
    aliases, and the state of one names the other in full.
    """
    entities = _entities()
    assert "Globex" in entities.get("Globex Hotels", ())
    assert "Initech" in entities.get("Initech Air Lines", ())
    assert "Globex" not in entities
    assert "Initech" not in entities


def test_a_division_or_a_person_keeps_its_own_entity() -> None:
    """'Hooli Cloud' is no trade of Hooli's, and 'Jane Smith' is a person, not 'Jane Smith
    Media'; 'Globex' is 'Globex Hotels' in the same text.
    """
    mentions = rule_mentions(_TEXT, sentences(_TEXT), "en")
    names = {m.name for m in mentions}
    assert {"Hooli", "Hooli Cloud", "Jane Smith", "Jane Smith Media", "Globex"} <= names
    registry = Entities(mentions, None)
    assert registry.id_of("Hooli") != registry.id_of("Hooli Cloud")
    assert registry.id_of("Jane Smith") != registry.id_of("Jane Smith Media")
    assert registry.id_of("Globex") == registry.id_of("Globex Hotels")


def test_a_name_word_that_opens_on_digits_names_the_company_alone_too() -> None:
    """A name word that opens on digits names the company alone too: "Globex 1mg
    Technologies Pvt. Ltd", then "1mg raised…", is one company, whose rounds and valuation the
    short name tells.
    """
    text = (
        "Globex 1mg raises $40 million\n\nGlobex 1mg Technologies Pvt. Ltd, which runs online "
        "pharmacy 1mg, has raised $40 million in a funding round. 1mg is now valued at $1.25 "
        "billion. In April 2021, 1mg raised $13.3 million."
    )
    result = _draft(text, "en")
    assert {e.id for e in result.entities} == {"globex-1mg-technologies-pvt-ltd"}
    orgs = {e.fields["organization"] for e in result.events}
    assert orgs == {"globex-1mg-technologies-pvt-ltd"}
    assert len(result.events) == 3


def test_a_town_and_region_after_of_are_no_words_of_the_name() -> None:
    """A town and its region after "of" are no words of the name: "Initech Fire Sprinkler of
    Standish, Michigan" is the company Initech Fire Sprinkler, in Standish.
    """
    text = (
        "Globex acquires sprinkler maker\n\nGlobex has acquired a family-owned sprinkler maker. "
        "The company said Tuesday it bought Initech Fire Sprinkler of Standish, Michigan. The "
        "Bank of America advised Globex."
    )
    ids = {e.id for e in _draft(text, "en").entities}
    assert "initech-fire-sprinkler" in ids
    assert "initech-fire-sprinkler-of-standish" not in ids
