"""A region's adjective ("North American", "Latin American") is no name, and a name just
after a site's noun and "in"/"à" ("a facility in Hollowbrook", "une usine à Hollowbrook") is
where the site is: neither is taken for the company the news is about.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft


def _organizations(sentence: str, lang: str) -> set[str]:
    result = _draft("Brake maker news\n\n" + sentence, lang)
    return {
        value
        for e in result.events
        for role, value in e.fields.items()
        if role in ("organization", "entity", "speaker") and isinstance(value, str)
    }


@pytest.mark.parametrize(
    ("sentence", "lang", "wrong"),
    [
        (
            "A brake manufacturer based in South Korea plans to open its first North American "
            "manufacturing facility.",
            "en",
            "north-american",
        ),
        (
            "A brake maker plans to open a manufacturing facility in Hollowbrook.",
            "en",
            "hollowbrook",
        ),
        ("Un fabricant de freins va ouvrir une usine à Hollowbrook.", "fr", "hollowbrook"),
    ],
)
def test_no_region_or_town_as_the_company(sentence: str, lang: str, wrong: str) -> None:
    """No event gives the region's adjective or the site's town as its organisation."""
    assert wrong not in _organizations(sentence, lang)


def test_a_company_named_so_keeps_its_name() -> None:
    """A company whose name holds the words ("North American Lighting") keeps them."""
    result = _draft("Hiring news\n\nNorth American Lighting said it would hire 50 people.", "en")
    assert "north-american-lighting" in {e.id for e in result.entities}


def test_the_company_opening_the_site_stays_the_subject() -> None:
    """The company that opens the site stays its subject, the town its place."""
    events = _draft("Globex news\n\nGlobex va ouvrir une usine à Hollowbrook.", "fr").events
    assert {e.fields.get("organization") for e in events} == {"globex"}


def test_a_plant_bought_in_a_town_is_no_company_bought() -> None:
    """Buying "une usine à Hollowbrook" buys a plant: Hollowbrook is not the target."""
    events = _draft("Globex news\n\nGlobex a racheté une usine à Hollowbrook.", "fr").events
    assert not any(e.fields.get("target") == "hollowbrook" for e in events)
