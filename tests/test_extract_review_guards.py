"""Guards against the misreadings a review of the 2026-12-04 rules found on sentences written
for it: a parent is not its own division, customers are no headcount, a plan that serves the
reader stays a plan, a passive succession after a title, a price per share is no valuation,
a day's move is no comparison's base, and a title before another person's name is theirs.
"""

from __future__ import annotations

from .helpers import rules_draft as _draft

_HEADLINE = "Globex news\n\n"


def _events(sentence: str, lang: str = "en") -> list[tuple[str, dict[str, object]]]:
    return [(e.type, dict(e.fields)) for e in _draft(_HEADLINE + sentence, lang).events]


def test_a_parent_is_not_its_insurance_division() -> None:
    """Globex sells Globex Insurance and keeps its own plan: two companies."""
    text = _HEADLINE + (
        "Globex agreed to sell Globex Insurance to Hooli for $2 billion. Globex will use the "
        "proceeds to cut debt."
    )
    names = {e.name: e.aliases for e in _draft(text, "en").entities}
    assert "Globex" in names
    assert "Globex" not in names.get("Globex Insurance", ())


def test_commissions_for_drivers_are_no_job_cut() -> None:
    """Drivers paid less commission are not jobs cut."""
    assert all(
        t != "headcount_changed"
        for t, _ in _events("Globex will cut commissions for drivers by 5% in June.")
    )


def test_a_plan_that_serves_the_reader_stays_a_plan() -> None:
    """A service "that lets you watch films" is still a launch to come."""
    found = _events("Globex will launch a streaming service in June that lets you watch films.")
    assert any(t == "plan_announced" for t, _ in found)


def test_a_passive_succession_after_a_title() -> None:
    """The sentence "He will be succeeded by Jeanne Dupont" after "Globex chief executive Jean
    Martin will step down" appoints her chief executive.
    """
    found = _events(
        "Globex chief executive Jean Martin will step down in June. He will be succeeded by "
        "Jeanne Dupont."
    )
    appointed = [(f["person"], f["role"]) for t, f in found if t == "person_appointed"]
    assert appointed == [("jeanne-dupont", "chief executive")]


def test_a_price_per_share_is_no_valuation() -> None:
    """Analysts valuing Globex shares at $40 value no company."""
    assert all(
        t != "valuation_reported"
        for t, _ in _events("Analysts value Globex shares at about $40 each.")
    )


def test_a_day_s_move_is_no_comparison() -> None:
    """The clause "its shares were down 4% on Monday" tells a day's move: the profit stays a
    result.
    """
    found = _events(
        "Globex's net profit fell to $2 million, and its shares were down 4% on Monday."
    )
    assert any(t == "results_reported" and f.get("value") == 2_000_000 for t, f in found)


def test_a_title_before_another_name_is_that_person_s() -> None:
    """In "appointed Jane Doe chief executive and chairman John Smith will retire", the
    chairman is John Smith: Jane Doe's role is "chief executive".
    """
    found = _events(
        "Globex appointed Jane Doe chief executive and chairman John Smith will retire."
    )
    roles = [f["role"] for t, f in found if t == "person_appointed" and f["person"] == "jane-doe"]
    assert roles == ["chief executive"]


def test_a_region_a_role_covers_is_no_organisation() -> None:
    """A vice president for Europe at Globex holds a role at Globex, and the region stays in
    the role's words.
    """
    found = _events("Jane Doe, vice president for Europe at Globex, said sales rose.")
    held = [(f["organization"], f["role"]) for t, f in found if t == "role_held"]
    assert held == [("globex", "vice president for Europe")]


def test_a_company_being_investigated_faces_a_legal_action() -> None:
    """The sentence "Globex is being investigated by the Justice Department" tells an
    investigation of Globex by that authority.
    """
    found = _events("Globex is being investigated by the Justice Department over its pricing.")
    legal = [(f["organization"], f["action"]) for t, f in found if t == "legal_action_reported"]
    assert legal == [("globex", "investigated")]
