"""What a draft leaves out as no news (issue 11): a clause that only says who told the news
and when, and a clause read twice for its two dates, each on sentences written for these
tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import draft
from timeline.extract.draft import Draft

PUBLISHED = dt.date(2024, 3, 12)


def _draft(text: str, lang: str) -> Draft:
    """The rules draft of `text`, published on `PUBLISHED`."""
    return draft(
        text, published=PUBLISHED, lang=lang, source_id="x", text_path="x.txt", nlp="rules"
    )


def _quotes(text: str, lang: str) -> list[str]:
    """The quotes of the draft events of `text`."""
    return [e.quote for e in _draft(text, lang).events]


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        (
            "Title\n\nBrightwave Labs has raised $12 million in a Series B round, the company "
            "announced Tuesday. The round was led by Northgate Partners.",
            "en",
            "the company announced Tuesday",
        ),
        (
            "Titre\n\nLe groupe Verdane rachète la société Lumio pour 40 millions d'euros, "
            "a poursuivi Jeanne Morel.",
            "fr",
            "a poursuivi Jeanne Morel",
        ),
        (
            "Titre\n\nMardi 5 mars à Clermont-Ferrand (Puy-de-Dôme), la société Arvelle a "
            "inauguré une usine de 200 salariés.",
            "fr",
            "Mardi 5 mars à Clermont-Ferrand (Puy-de-Dôme)",
        ),
    ],
)
def test_a_clause_that_only_says_who_told_the_news_and_when_is_left_out(
    text: str, lang: str, fragment: str
) -> None:
    """A clause whose words, without its date, names and function words, are at most a verb
    of telling (an attribution or a dateline) is no event of its own.
    """
    quotes = _quotes(text, lang)
    assert [] == [q for q in quotes if q.strip() == fragment]
    assert [] != quotes  # the news of the sentence is still drafted


def test_a_clause_with_content_besides_its_attribution_is_kept() -> None:
    """A short clause that says something besides who told it ("confirmed the closure of its
    plant") is not taken for a bare attribution.
    """
    text = "Title\n\nOn Monday, Halvorsen Foods confirmed the closure of its plant in Leeds."
    assert any("closure of its plant" in q for q in _quotes(text, "en"))


def test_a_clause_read_once_per_date_is_drafted_once() -> None:
    """A clause with a range of two years ("2016-2017") gives one draft event, not one for
    each of its dates.
    """
    text = (
        "Titre\n\nLa société Ormelle a été condamnée le 3 mars par le tribunal de Lyon à une "
        "amende de 2 millions d'euros, pour des faits datant de 2016-2017, a indiqué son avocat."
    )
    events = _draft(text, "fr").events
    quotes = [e.quote for e in events]
    assert len(quotes) == len(set(zip(quotes, (e.type for e in events), strict=True)))
