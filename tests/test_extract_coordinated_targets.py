"""Two companies bought in one clause ("l'acquisition de X, ..., et du fabricant Y"): one
acquisition each, by the same buyer; not when the second name opens a clause of its own,
names a person, or is a brand, nor when a price may be that of the pair.
"""

from __future__ import annotations

import pytest

from .helpers import rules_draft as _draft

_HEADLINE = "Deal news\n\n"


def _deals(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (e.fields["acquirer"], e.fields["target"])
        for e in _draft(_HEADLINE + text, lang).events
        if e.type == "acquisition_announced"
    ]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        (
            "Globex a annoncé jeudi l’acquisition du groupe chinois Initech Electronic, "
            "spécialiste des capteurs, et du fabricant français de matériel Hooli.",
            "fr",
        ),
        ("Globex a racheté Initech et la société Hooli en 2019.", "fr"),
        ("Globex has agreed to buy Initech, a maker of pumps, and the toolmaker Hooli.", "en"),
    ],
)
def test_each_company_bought_is_an_acquisition(sentence: str, lang: str) -> None:
    """Globex acquires both names joined by "and"/"et", each in its own event."""
    deals = _deals(sentence, lang)
    assert len(deals) == 2
    assert {buyer for buyer, _ in deals} == {"globex"}
    assert {target.split("-")[0] for _, target in deals} == {"initech", "hooli"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Globex acquired Initech and Hooli said it would sue.", "en"),
        ("Globex acquired Initech and Jane Doe became its chief executive.", "en"),
        ("Globex a racheté le détenteur des marques Initech et Hooli en 2008.", "fr"),
        ("Globex will buy Initech and Hooli for $3 billion.", "en"),
        ("Globex acquired Initech and renamed it Hooli.", "en"),
        ("Globex acquired Initech and now competes with Hooli.", "en"),
        ("Globex acquired Initech and certain assets of Hooli.", "en"),
        ("Globex acquired Initech and related assets from Hooli.", "en"),
        ("Globex a racheté Initech et ses filiales auprès de Hooli.", "fr"),
        ("Globex a racheté Initech et Hooli a racheté Acme.", "fr"),
        ("Globex va racheter Initech et Hooli en sera l'actionnaire minoritaire.", "fr"),
        ("Globex a racheté Initech et l'a rebaptisé Hooli.", "fr"),
    ],
)
def test_no_second_acquisition(sentence: str, lang: str) -> None:
    """A new clause or verb after "and", a person, brands, a price told for the pair, or a
    name after a preposition (whose assets, from whom): Hooli is not drafted as a second
    company Globex acquires.
    """
    assert ("globex", "hooli") not in _deals(sentence, lang)
