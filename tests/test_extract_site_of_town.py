"""A site named by its town after "de" ("sa nouvelle usine de Lyon") is opened there; a plant
"de" a company is no place.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


def test_a_plant_of_a_town_is_a_site_opened_there() -> None:
    """The inaugurated plant of Lyon is a site Globex opened in Lyon."""
    text = "Globex : du nouveau\n\nGlobex a inauguré jeudi sa nouvelle usine de Lyon."
    sites = [(e.fields["organization"], e.fields["place"]) for e in _draft(text, "fr").events]
    assert sites == [("globex", "lyon")]


def test_a_plant_of_a_company_is_no_place() -> None:
    """The plant in "l'usine d'Initech" is the company's: no site is drafted in "Initech"."""
    text = "Globex : du nouveau\n\nGlobex a inauguré jeudi l'usine d'Initech."
    places = [e.fields.get("place") for e in _draft(text, "fr").events if e.type == "site_opened"]
    assert places == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Globex a inauguré mardi une unité en Caroline du Nord.", "caroline-du-nord"),
        ("Globex a inauguré mardi une unité de production à Lyon.", "lyon"),
        ("Globex ouvre une boutique à Paris.", "paris"),
    ],
)
def test_a_unit_or_a_shop_opened_is_a_site(sentence: str, place: str) -> None:
    """A production unit, a unit or a shop inaugurated or opened somewhere is a site there,
    not a product launched.
    """
    events = _draft("Nouvelles\n\n" + sentence, "fr").events
    assert [e.fields.get("place") for e in events if e.type == "site_opened"] == [place]
