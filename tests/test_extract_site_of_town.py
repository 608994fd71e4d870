"""A site named by its town after "de" ("sa nouvelle usine de Lyon") is opened there; a plant
"de" a company is no place.
"""

from __future__ import annotations

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
