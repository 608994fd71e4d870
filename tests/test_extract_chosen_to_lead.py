"""A person chosen by another person to lead an organisation: the appointment is at the
organisation to be led, not at the person who chooses; a later sentence about the same
choice keeps it, whatever role the person held elsewhere; and who tells the news after a
comma ("…, a annoncé jeudi l'Elysée") is no product.
"""

from __future__ import annotations

from .helpers import rules_draft as _draft

_CHOSEN = (
    "Jean Martin proposé à la tête de Globex\n\n"
    "Le ministre Paul Durand a choisi Jean Martin, actuel dirigeant de Initech, pour remplacer "
    "Pierre Moreau à la tête de Globex, a annoncé jeudi l'Elysée.\n\n"
    "Jean Martin a été choisi pour remplacer celui qui dirigeait le groupe depuis 2014."
)


def test_the_appointment_is_at_the_organisation_to_be_led() -> None:
    """Both sentences appoint Jean Martin at Globex, the first with his predecessor; neither
    at the minister who chose him, nor at Initech, where he works now.
    """
    events = _draft(_CHOSEN, "fr").events
    appointed = [
        (e.fields["person"], e.fields["organization"], e.fields.get("predecessor"))
        for e in events
        if e.type == "person_appointed"
    ]
    assert appointed == [
        ("jean-martin", "globex", "pierre-moreau"),
        ("jean-martin", "globex", None),
    ]


def test_who_tells_the_news_after_a_comma_is_no_product() -> None:
    """A teller after a comma is no product: "…, a annoncé jeudi l'Elysée" releases no
    "Elysée", while "Globex a annoncé jeudi le Globex 5" still releases one.
    """
    events = _draft(_CHOSEN, "fr").events
    assert [e for e in events if e.type == "product_released"] == []
    launched = _draft("Nouvelles\n\nGlobex a annoncé jeudi le Globex 5.", "fr").events
    assert [e.fields["product"] for e in launched if e.type == "product_released"] == ["globex-5"]
