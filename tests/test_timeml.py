"""TimeML in and out: `timeline tag --format timeml` and the reader of TimeML documents."""

from __future__ import annotations

import datetime as dt
import re
import sys
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.errors import DateError
from timeline.extract.tagger import TagKind, tag
from timeline.extract.timexes import timexes
from timeline.time import timeml
from timeline.time.timeml import Timex3

from .helpers import ARTICLE, ROOT, run

if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

import _heideltime
import tempeval

CORPORA = ROOT.parent / "shared" / "corpora"
_VALUE = re.compile(
    r"\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI|XX))?)?|-W\d{2}|-Q[1-4]|-H[12]|-(SP|SU|FA|WI))?"
    r"|XXXX(-WXX-[1-7])?|TXX(MO|AF|EV|NI)|P(\d+(\.\d+)?|X)(Y|M|W|D|DE|CE|Q|H|WE)(6M|T12H)?"
    r"|PT(\d+(\.\d+)?|X)(H|M|S)(30M|30S)?|(PRESENT|PAST|FUTURE)_REF"
)


def _text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def test_tag_timeml_output_parses_back_to_the_same_text_with_well_formed_timex3() -> None:
    """The TimeML of the seed article parses, keeps its text, and each TIMEX3 is well formed."""
    status, out, _err = run(
        "tag",
        str(ARTICLE),
        "--ref",
        "2024-03-12",
        "--lang",
        "fr",
        "--format",
        "timeml",
        "--nlp",
        "rules",
    )
    assert 0 == status
    root = ET.fromstring(out)
    body = root.find("TEXT")
    assert body is not None
    assert ARTICLE.read_text(encoding="utf-8") == _text_of(body)
    dct = [t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"]
    assert ["2024-03-12"] == [t.get("value") for t in dct]
    timexes = list(body.iter("TIMEX3"))
    assert timexes, "the seed article has dates"
    tids = [t.get("tid") for t in root.iter("TIMEX3")]
    assert len(tids) == len(set(tids))
    for t in timexes:
        assert t.get("type") in {"DATE", "TIME", "DURATION", "SET"}
        assert _VALUE.fullmatch(t.get("value") or ""), t.attrib
        assert t.get("mod") in {None, "START", "MID", "END", "APPROX"}
        assert [] == list(t), "a TIMEX3 holds only text"


def test_the_reader_gives_the_extents_the_writer_wrote() -> None:
    """`read(write(...))` gives back the text, the DCT and every TIMEX3 with its extent."""
    text = 'Fin février & <3 ans>, "à 17h30".\r\nFin.'
    tags = (
        Timex3(0, 11, "Fin février", "DATE", "2024-02", "END"),
        Timex3(15, 20, "3 ans", "DURATION", "P3Y"),
    )
    doc = timeml.read(timeml.write(text, dt.date(2024, 3, 12), tags, doc_id="x"))
    assert text == doc.text
    assert dt.date(2024, 3, 12) == doc.dct
    assert "x" == doc.doc_id
    expected = [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in tags]
    assert expected == [(t.start, t.end, t.text, t.type, t.value, t.mod) for t in doc.timexes]


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_any_text_survives_the_round_trip(text: str) -> None:
    """Whatever the characters (quotes, ampersands, angle brackets), the text comes back equal."""
    tags = [Timex3(0, 1, text[:1], "DATE", "2024")] if text else []
    assert text == timeml.read(timeml.write(text, dt.date(2024, 1, 1), tags)).text


def test_overlapping_extents_are_refused() -> None:
    """Two TIMEX3 over the same characters cannot be written: TimeML tags do not overlap."""
    tags = [Timex3(0, 5, "mardi", "DATE", "2024"), Timex3(3, 6, "di ", "DATE", "2024")]
    with pytest.raises(DateError):
        timeml.write("mardi soir", dt.date(2024, 1, 1), tags)


@pytest.mark.skipif(not CORPORA.is_dir(), reason="no corpora beside the project")
def test_a_corpus_document_reads_with_offsets_into_its_plain_text() -> None:
    """Each gold TIMEX3 of a development document is the text at its offsets, DCT included."""
    paths = sorted((CORPORA / "fr-timebank-dev").glob("*.tml"))[:5]
    assert paths
    for path in paths:
        doc = timeml.read(path.read_text(encoding="utf-8"))
        assert doc.dct is not None
        assert doc.doc_id
        for t in doc.timexes:
            assert t.text == doc.text[t.start : t.end]
            assert t.type in {"DATE", "TIME", "DURATION", "SET"}


def test_a_document_without_text_is_refused() -> None:
    """A document that is not TimeML (no `<TEXT>`) raises a `DateError`, not a crash."""
    with pytest.raises(DateError):
        timeml.read("<TimeML><DOCID>x</DOCID></TimeML>")
    with pytest.raises(DateError):
        timeml.read("not xml <")


def _timeml(
    text: str, lang: str, ref: dt.date = dt.date(1999, 5, 20)
) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in timexes(text, ref, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il l'a dit hier soir.", "fr", [("hier soir", "TIME", "1999-05-19TEV")]),
        ("They met Wednesday night.", "en", [("Wednesday night", "DATE", "1999-05-19TNI")]),
        ("Il est désormais seul.", "fr", [("désormais", "DATE", "1999-05-20")]),
        ("Il faut maintenant gagner.", "fr", [("maintenant", "TIME", "PRESENT_REF")]),
        ("Prices are now higher.", "en", [("now", "DATE", "PRESENT_REF")]),
        ("It recently rose.", "en", [("recently", "DATE", "PAST_REF")]),
        ("Jean Burget, 87 ans, a été blessé.", "fr", []),
        ("Mr. Smith, 52 years old, resigned.", "en", []),
        ("It costs $2 million a year.", "en", []),
        ("Ils jouent une seconde fois.", "fr", []),
        ("Sun Microsystems rose.", "en", []),
        (
            "Il a dirigé le groupe de 1982 à 1987.",
            "fr",
            [("1982", "DATE", "1982"), ("1987", "DATE", "1987")],
        ),
        (
            "Le samedi 22 mai, à 20 h, le bal.",
            "fr",
            [("Le samedi 22 mai", "DATE", "1999-05-22"), ("20 h", "TIME", "1999-05-22T20:00")],
        ),
        ("It signed a 10-year lease.", "en", [("10-year", "DURATION", "P10Y")]),
        ("After Friday's vote, it fell.", "en", [("Friday", "DATE", "1999-05-14")]),
        ("Sales rose a year earlier.", "en", [("a year earlier", "DATE", "1998")]),
        ("It grew over the past two months.", "en", [("the past two months", "DURATION", "P2M")]),
        ("Profit rose in the third quarter.", "en", [("the third quarter", "DATE", "1998-Q3")]),
        ("Third-quarter profit rose.", "en", [("Third-quarter", "DATE", "1998-Q3")]),
        ("He spoke on the Aug. 7 anniversary.", "en", [("Aug. 7", "DATE", "1999-08-07")]),
        ("Il court pendant environ une heure.", "fr", [("environ une heure", "DURATION", "PT1H")]),
        ("Il joue aujourd'hui jeudi.", "fr", [("aujourd'hui jeudi", "DATE", "1999-05-20")]),
    ],
)
def test_timeml_view_follows_the_timeml_conventions(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    """`timexes` gives TimeML's extents, types and values, and leaves out what is not time."""
    assert expected == _timeml(text, lang)


def test_the_timeml_view_leaves_the_tags_of_the_drafts_unchanged() -> None:
    """TimeML's TIME "hier soir" leaves `tag` giving the DATE "hier" that the drafts use."""
    tags = tag("Il l'a dit hier soir.", dt.date(1999, 5, 20), "fr")
    assert [("hier", TagKind.DATE)] == [(t.text, t.kind) for t in tags]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Acme emploie désormais 120 personnes.", "fr"), ("Acme currently employs 120.", "en")],
)
def test_words_for_now_are_the_publication_day_for_the_engine_and_present_ref_for_timeml(
    text: str, lang: str
) -> None:
    """The engine dates "désormais" and "currently" on the day they are said; the TimeML view
    keeps its PRESENT_REF (or the DCT's day).
    """
    ref = dt.date(2024, 3, 12)
    tags = [t for t in tag(text, ref, lang) if t.kind is TagKind.DATE]
    assert [(t.span.start, t.span.end) for t in tags if t.span] == [
        (ref, ref + dt.timedelta(days=1))
    ]
    assert [t.value for t in timexes(text, ref, lang)] in (["PRESENT_REF"], ["2024-03-12"])


def test_the_scorer_matches_one_to_one_and_counts_attributes_over_relaxed_matches() -> None:
    """TempEval-3 task A: equal extents are strict, overlaps relaxed, a prediction used once."""
    gold = [
        Timex3(0, 9, "hier soir", "TIME", "1999-05-19TEV"),
        Timex3(20, 25, "mardi", "DATE", "x"),
    ]
    predicted = [
        Timex3(0, 4, "hier", "DATE", "1999-05-19"),
        Timex3(2, 9, "er soir", "TIME", "1999-05-19TEV"),
        Timex3(20, 25, "mardi", "DATE", "x"),
    ]
    scores = tempeval.score(gold, predicted)
    assert (2, 3, 1, 2, 1, 1) == (
        scores.gold,
        scores.predicted,
        scores.strict,
        scores.relaxed,
        scores.type_ok,
        scores.value_ok,
    )
    assert 2 * 1 / 5 == scores.f1(scores.strict)


def test_heideltime_output_is_read_back_onto_the_document_text() -> None:
    """HeidelTime trims a leading line break and escapes "&": offsets still fall on the text."""
    text = "\nLe 3 mai & demain."
    out = (
        '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
        'Le <TIMEX3 tid="t1" type="DATE" value="1999-05-03">3 mai</TIMEX3> &amp; '
        '<TIMEX3 tid="t2" type="DATE" value="1999-05-21">demain</TIMEX3>.\n</TimeML>\n'
    )
    found = _heideltime.read_output(out, text)
    assert [("3 mai", "1999-05-03"), ("demain", "1999-05-21")] == [(t.text, t.value) for t in found]
    with pytest.raises(_heideltime.HeidelTimeFailed):
        _heideltime.read_output(out, "Another text entirely.")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Profit rose in the third quarter from a year earlier.",
            "en",
            [("the third quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")],
        ),
        (
            "Net fell in the quarter; for the year ended Sept. 30 it rose.",
            "en",
            [
                ("the quarter", "DATE", "1989-Q3"),
                ("the year", "DURATION", "P1Y"),
                ("Sept. 30", "DATE", "1989-09-30"),
            ],
        ),
        ("The decision, announced Wednesday, stands.", "en", [("Wednesday", "DATE", "1989-10-25")]),
        ("He will leave as soon as Tuesday.", "en", [("Tuesday", "DATE", "1989-10-31")]),
        ("It must be done within two weeks.", "en", [("two weeks", "DURATION", "P2W")]),
        ("Atlanta, nineteen ninety-six.", "en", [("nineteen ninety-six", "DATE", "1996")]),
        ("Ils sont partis ce week-end.", "fr", [("ce week-end", "DATE", "1989-W43-WE")]),
        ("Il veut un quinquennat.", "fr", [("quinquennat", "DURATION", "P5Y")]),
        ("He stayed about 5 1/2 hours.", "en", [("5 1/2 hours", "DURATION", "PT5H30M")]),
        ("They lived there for 2 1/2 years.", "en", [("2 1/2 years", "DURATION", "P2Y6M")]),
        ("A minute and a half later.", "en", [("A minute and a half", "DURATION", "PT1M30S")]),
        ("It ended half an hour later.", "en", [("half an hour", "DURATION", "PT30M")]),
        ("It came less than an hour after.", "en", [("an hour", "DURATION", "PT1H")]),
        ("Their six-year-old boy stayed two weeks.", "en", [("two weeks", "DURATION", "P2W")]),
        ("The 8-month-old truce held.", "en", [("8-month", "DURATION", "P8M")]),
        ("Hate groups grew through the nineties.", "en", [("the nineties", "DATE", "199")]),
        ("He is in his nineties.", "en", []),
        (
            "It had revenue of $76 million for the year ended March 31.",
            "en",
            [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1989-03-31")],
        ),
        ("It should be in place by year's end.", "en", [("year's end", "DATE", "1989")]),
        ("The rallies are held annually.", "en", [("annually", "SET", "P1Y")]),
        ("Sales should rise 8.5% annually.", "en", []),
        ("The quarter-to-quarter comparison was weak.", "en", []),
        (
            "Net rose in the quarter, against a year-earlier loss.",
            "en",
            [("the quarter", "DATE", "1989-Q3"), ("year-earlier", "DATE", "1988-Q3")],
        ),
    ],
)
def test_timeml_view_reads_reports_tenses_and_durations(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    """Reporting periods, weekday tenses and durations as TimeBank marks them, at 1989-10-27."""
    assert expected == _timeml(text, lang, dt.date(1989, 10, 27))


_PIECES = [
    "le",
    "la",
    "hier",
    "soir",
    "mardi",
    "22",
    "h",
    "1999",
    "from",
    "to",
    "between",
    "and",
    "the",
    "quarter",
    "year-ago",
    "a",
    "year",
    "earlier",
    "now",
    "Friday's",
    "10-year",
    "nineteen",
    "ninety-six",
    "ce",
    "week-end",
    "prochains",
    "les",
    "6",
    "et",
    "13",
    "avril",
    "30,4",
    "secondes",
    "within",
    "two",
    "weeks",
    "at",
    "9",
    "a.m.",
    "Tuesday",
    "an",
    "hour",
    "half",
    "1/2",
    "January",
    "year-earlier",
    ",",
    ".",
    "'",
    "-",
    "(",
    ")",
    "«",
    "»",
    "\n",
    "é",
    "87",
    "ans",
    "years",
    "old",
    "$",
    "million",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from(["fr", "en"]))
def test_the_timeml_view_never_overlaps_and_always_writes_valid_timeml(
    pieces: list[str], lang: str
) -> None:
    """Whatever the words, the TIMEX3 are in order, inside the text, apart, and written back."""
    text = " ".join(pieces)
    found = timexes(text, dt.date(2000, 2, 29), lang)
    ends = [0]
    for t in found:
        assert ends[-1] <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        ends.append(t.end)
    assert text == timeml.read(timeml.write(text, dt.date(2000, 2, 29), found)).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The case is heard in January in the appeals court.", "1990-01"),
        ("The dividend would be paid on a date in March.", "1990-03"),
        ("The operator changed to a calendar year in December.", "1988-12"),
        ("In January, the company hired a new chief.", "1989-01"),
        ("The unit was sold to a rival in January.", "1989-01"),
        ("The company said it expects to report in mid-November.", "1989-11"),
        ("The accession was planned for early March.", "1990-03"),
    ],
)
def test_a_month_without_its_year_is_the_nearer_one_unless_its_clause_tells(
    text: str, expected: str
) -> None:
    """A year-less month, at 1989-10-27: the next one if its clause has a word of the future or
    no tense (January is nearer ahead than behind), the last one after a verb in the past or
    opening a sentence, whatever the distance.
    """
    [(_words, kind, value)] = _timeml(text, "en", dt.date(1989, 10, 27))
    assert ("DATE", expected) == (kind, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The child must be sent back by Oct. 26.", [("Oct. 26", "DATE", "1989-10-26")]),
        ("The talks run until Monday.", [("Monday", "DATE", "1989-10-30")]),
        ("Reports had been filed by Wednesday.", [("Wednesday", "DATE", "1989-10-25")]),
        (
            "The shop was robbed at 10 p.m. Wednesday.",
            [("10 p.m. Wednesday", "TIME", "1989-10-25T22:00")],
        ),
        (
            "The offer runs until 5 p.m. EST Nov. 9.",
            [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")],
        ),
        (
            "He will leave at 4 a.m. EDT Thursday.",
            [("4 a.m. EDT Thursday", "TIME", "1989-11-02T04:00")],
        ),
    ],
)
def test_a_deadline_is_the_nearer_date_and_a_clock_on_a_day_is_a_time(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """At Friday 1989-10-27: a date after "by" or "until" is the nearer of the one just gone and
    the next (Oct. 26 yesterday, not next year; Monday ahead); a clock time on a day is a TIME
    on that day, which follows the words before the clock ("until", "will").
    """
    assert expected == _timeml(text, "en", dt.date(1989, 10, 27))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith will succeed Daniel P. Davison Feb. 1.", ("Feb. 1", "1990-02-01")),
        ("The new labor pact is effective June 1.", ("June 1", "1990-06-01")),
        ("The blast killed 12 people on Aug. 7.", ("Aug. 7", "1989-08-07")),
        (
            "The envoys issued a statement Thursday saying they will meet.",
            ("Thursday", "1989-10-26"),
        ),
        ("The team planned to leave on Tuesday.", ("Tuesday", "1989-10-31")),
    ],
)
def test_a_word_of_the_future_or_a_verb_in_the_past_in_its_clause_dates_a_day(
    text: str, expected: tuple[str, str]
) -> None:
    """At 1989-10-27: a year-less date after "will", "effective" in its clause is the next one
    (an initial such as "P." ends no clause), else the nearer, mostly the past one; a weekday
    after a verb in the past in its clause is the last one, whatever comes after ("saying ...
    will"), and after "planned to", the next one.
    """
    [(words, kind, value)] = _timeml(text, "en", dt.date(1989, 10, 27))
    assert (kind, (words, value)) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boy was found Thanksgiving Day at sea.", ("Thanksgiving Day", "1999-11-25")),
        ("He was rescued last Thanksgiving.", ("last Thanksgiving", "1999-11-25")),
        ("The campaign will run to Election Day.", ("Election Day", "2000-11-07")),
        ("He met her on Election Day.", ("Election Day", "1999-11-02")),
        ("They will meet next Christmas.", ("next Christmas", "2000-12-25")),
        ("Protesters prayed as Easter week began.", ("Easter week", "2000-W16")),
    ],
)
def test_a_holiday_is_its_day_in_the_nearer_year(text: str, expected: tuple[str, str]) -> None:
    """At 2000-04-10: a holiday by name is its day (the fourth Thursday of November, the Tuesday
    after the first Monday of November, Easter), in the nearer year where one ahead counts as
    three behind, or the last or next one after "last" or "next" or a word of the future ("will")
    in its clause; "Easter week" is its week.
    """
    [(words, kind, value)] = _timeml(text, "en", dt.date(2000, 4, 10))
    assert (kind, (words, value)) == ("DATE", expected)


def test_a_shortened_coordination_gives_each_day_its_date() -> None:
    """A shortened coordination ("les 6 et 13 avril", "April 24 and 25") dates each of its days."""
    fr = timexes("Elles auront lieu les 6 et 13 avril prochains.", dt.date(2003, 2, 24), "fr")
    assert [("les 6", "2003-04-06"), ("13 avril prochains", "2003-04-13")] == [
        (t.text, t.value) for t in fr
    ]
    en = timexes("The summit on April 24 and 25 will open.", dt.date(1999, 3, 12), "en")
    assert [("April 24", "1999-04-24"), ("25", "1999-04-25")] == [(t.text, t.value) for t in en]
