"""A figure or fact whose subject is a product is the news of the company that makes it: the
organisation whose name opens the product's, else the one in focus; a description of the
product stays the product's.
"""

from __future__ import annotations

from .helpers import rules_draft as _draft


def test_sales_of_a_product_are_its_makers() -> None:
    """Consoles sold are the focus company's news, not the console's."""
    text = (
        "Globex unveils its new console\n\nGlobex said its new console will go on sale in "
        "March. Only around 13 million Hyperion U consoles have been sold since its November "
        "2012 release."
    )
    events = _draft(text, "en").events
    sold = [e for e in events if "sold" in e.quote]
    assert sold
    assert {e.fields.get("entity") or e.fields.get("organization") for e in sold} == {"globex"}


def test_a_product_named_after_its_maker() -> None:
    """Copies sold of the "Initech 5" are Initech's, the organisation its name opens on."""
    text = (
        "Initech news\n\nInitech a présenté mardi l'Initech 5 au Salon de Genève. La Initech 5, "
        "écoulée à plus de 5 millions d'exemplaires, revient."
    )
    sold = [e for e in _draft(text, "fr").events if "exemplaires" in e.quote]
    assert [e.fields.get("entity") for e in sold] == ["initech"]
