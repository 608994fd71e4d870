"""The temporal tagger: date expressions in running text, their offsets, spans and tenses."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline import Span, Tense, resolve
from timeline.extract import Tag, TagKind, tag

from .helpers import ARTICLE, ROOT
from .strategies.running_text import date_word_salads
from .test_cli import run

REF = dt.date(2024, 3, 12)  # a Tuesday


def _dates(text: str, lang: str = "fr", ref: dt.date = REF) -> list[tuple[str, str]]:
    return [(t.text, t.span.iso()) for t in tag(text, ref, lang) if t.span is not None]


def _kinds(text: str, lang: str = "fr") -> list[tuple[str, str]]:
    return [(t.text, t.kind.value) for t in tag(text, REF, lang)]


def test_a_past_clause_puts_a_bare_weekday_on_or_before_the_reference_date() -> None:
    """A past clause ("a assuré mardi") read on Tuesday 12 March 2024 is that very Tuesday."""
    assert [("mardi", "2024-03-12/2024-03-13")] == _dates("La société a assuré mardi qu'elle...")


def test_a_future_clause_puts_a_bare_weekday_on_or_after_the_reference_date() -> None:
    """A future clause ("se réunira jeudi") read on Tuesday 12 March 2024 is Thursday 14 March."""
    assert [("jeudi", "2024-03-14/2024-03-15")] == _dates("Le conseil se réunira jeudi.")


def test_aller_and_will_mean_future() -> None:
    """`aller` + infinitive and English `will` put a year-less month after the reference date."""
    assert [("février", "2025-02-01/2025-03-01")] == _dates("Elle va lancer son offre en février.")
    assert [("February", "2025-02-01/2025-03-01")] == _dates(
        "The company will launch it in February.", "en"
    )


def test_each_clause_has_its_own_tense() -> None:
    """In one sentence, a future clause and a past clause resolve their weekdays differently."""
    assert [("jeudi", "2024-03-14/2024-03-15"), ("lundi", "2024-03-11/2024-03-12")] == _dates(
        "Le conseil se réunira jeudi, a annoncé lundi le maire."
    )


def test_a_verbless_frame_takes_the_tense_of_the_next_clause() -> None:
    """A verbless frame ("Jeudi, le conseil se réunira") is the coming Thursday."""
    assert [("Jeudi", "2024-03-14/2024-03-15")] == _dates("Jeudi, le conseil se réunira.")


def test_offsets_are_character_indices_of_the_words() -> None:
    """Each tag's `[start, end)` selects exactly its words in the text."""
    text = "Créée en avril 2023, l'entreprise a présenté fin février un modèle."
    tags = tag(text, REF, "fr")
    assert [("avril 2023", "avril 2023"), ("fin février", "fin février")] == [
        (t.text, text[t.start : t.end]) for t in tags
    ]


def test_a_leading_preposition_is_left_out_and_an_article_kept() -> None:
    """A preposition goes ("en avril 2023" is "avril 2023"); an article stays ("le 26 février")."""
    assert ["avril 2023", "le 26 février"] == [
        t.text for t in tag("Fondée en avril 2023, elle a levé des fonds le 26 février.", REF, "fr")
    ]


def test_the_longest_expression_wins() -> None:
    """A range is one expression, not two dates."""
    assert [("du 1er au 3 mars 2024", "2024-03-01/2024-03-04")] == _dates(
        "Le salon s'est tenu du 1er au 3 mars 2024 à Lyon."
    )


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("L'usine tourne depuis trois ans.", "fr", "duration"),
        ("Le chantier a duré pendant deux semaines.", "fr", "duration"),
        ("The strike lasted six months.", "en", "duration"),
        ("Le musée ferme chaque année en janvier.", "fr", "set"),
        ("Il court tous les lundis.", "fr", "set"),
        ("The board meets every week.", "en", "set"),
        ("La séance ouvre à 17h30.", "fr", "time"),
        ("Rendez-vous vers 15 heures.", "fr", "time"),
        ("The market opens at 9 a.m. sharp.", "en", "time"),
    ],
)
def test_durations_sets_and_times_are_typed_and_never_dated(
    text: str, lang: str, kind: str
) -> None:
    """Durations, sets and times of day are typed tags with no span."""
    tags = tag(text, REF, lang)
    assert [kind] == [t.kind.value for t in tags if t.kind is not TagKind.DATE]
    assert all(t.span is None for t in tags if t.kind is not TagKind.DATE)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La sonde a survolé Mars sans encombre.", "fr"),
        ("Mai Nguyen dirige le théâtre.", "fr"),
        ("Sa fille a gagné un match.", "fr"),
        ("Le projet a été abandonné.", "fr"),
        ("Les soldes d'hiver attirent du monde.", "fr"),
        ("Les sept candidats ont débattu.", "fr"),
        ("Plus de 2000 personnes ont manifesté.", "fr"),
        ("Theresa May met the delegation.", "en"),
        ("Thousands march in the capital.", "en"),
        ("The rover landed on Mars.", "en"),
    ],
)
def test_words_that_only_look_like_dates_are_not_tagged(text: str, lang: str) -> None:
    """Look-alikes are no dates: the planet Mars, the name Mai, "sa", "un", "été", "sept"."""
    assert [] == [t.text for t in tag(text, REF, lang) if t.kind is TagKind.DATE]


def test_a_capitalised_month_opening_a_sentence_is_a_date() -> None:
    """French capitalises a month only at a sentence start: "Fin février, ..." is a date."""
    assert [("Fin février", "2024-02-21/2024-03-01")] == _dates("Fin février, il a parlé.")


def test_the_seed_article_has_four_date_expressions() -> None:
    """The seed article's dates: "mardi", "fin février" (twice) and "avril 2023"."""
    tags = tag(ARTICLE.read_text(encoding="utf-8"), REF, "fr")
    assert ["mardi", "fin février", "Fin février", "avril 2023"] == [t.text for t in tags]


def test_an_unknown_language_is_an_error() -> None:
    """Only "fr" and "en" are tagged."""
    with pytest.raises(ValueError, match="unknown language"):
        tag("mardi", REF, "de")


@given(date_word_salads(), st.sampled_from(["fr", "en"]))
def test_tags_are_ordered_disjoint_and_dates_resolve_to_their_spans(text: str, lang: str) -> None:
    """Tags quote the text at their offsets, never overlap, and dates resolve to their spans."""
    tags = tag(text, REF, lang)
    for t in tags:
        assert text[t.start : t.end] == t.text
    for a, b in itertools.pairwise(tags):
        assert a.end <= b.start
    for t in tags:
        if t.kind is TagKind.DATE:
            assert t.span is not None
            assert t.tense is not None
            expected = resolve(t.text, REF, lang=lang, tense=t.tense)
            assert (expected.start, expected.end) == (t.span.start, t.span.end)


def test_a_tag_is_a_frozen_value() -> None:
    """Tags compare by value and cannot be changed."""
    span = Span.day(REF)
    a = Tag(0, 5, "mardi", TagKind.DATE, span, Tense.PAST)
    assert Tag(0, 5, "mardi", TagKind.DATE, span, Tense.PAST) == a
    with pytest.raises(AttributeError):
        a.start = 1  # type: ignore[misc]


def test_tag_json_lists_offsets_words_span_and_tense() -> None:
    """`timeline tag --json` prints a list with offset, text, start, end, precision and tense."""
    status, out = run(
        "tag", str(ARTICLE), "--ref", "2024-03-12", "--lang", "fr", "--json", "--nlp", "rules"
    )
    first = json.loads(out)[0]
    assert 0 == status
    assert {
        "offset": [104, 109],
        "text": "mardi",
        "kind": "date",
        "start": "2024-03-12",
        "end": "2024-03-13",
        "precision": "day",
        "tense": "past",
    } == {k: first[k] for k in ("offset", "text", "kind", "start", "end", "precision", "tense")}


def test_tag_reads_stdin_and_prints_one_line_per_expression() -> None:
    """`timeline tag -` reads the text from stdin."""
    status, out = run(
        "tag", "-", "--ref", "2024-03-12", "--lang", "en", stdin="They met last Friday at noon."
    )
    assert 0 == status
    assert [
        "9-20\tdate\tlast Friday\t2024-03-08/2024-03-09 day\tpast",
        "24-28\ttime\tnoon",
    ] == out.splitlines()


@pytest.mark.parametrize("command", ["tag", "extract"])
def test_tag_and_extract_have_help_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`timeline tag --help` and `timeline extract --help` exit 0 and show an example."""
    with pytest.raises(SystemExit) as done:
        run(command, "--help")
    assert 0 == done.value.code
    assert f"Example: timeline {command} " in capsys.readouterr().out


def test_tag_of_a_missing_file_exits_2() -> None:
    """A file that cannot be read is bad input."""
    assert 2 == run("tag", "/nonexistent/article.txt", "--ref", "2024-03-12", "--lang", "fr")[0]


def test_importing_timeline_does_not_import_spacy() -> None:
    """SpaCy is loaded only when extraction asks for it, so `import timeline` stays fast."""
    code = "import sys, timeline, timeline.cli, timeline.extract; print('spacy' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert "False" == out.stdout.strip()


def test_a_weekday_that_agrees_only_in_the_future_is_tagged_future() -> None:
    """A weekday date ("le mercredi 8 janvier") said on 20 December 2024 is 8 January 2025."""
    (found,) = tag("Les soldes ont débuté le mercredi 8 janvier.", dt.date(2024, 12, 20), "fr")
    assert ("2025-01-08/2025-01-09", Tense.FUTURE) == (found.span and found.span.iso(), found.tense)
