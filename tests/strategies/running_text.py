"""Running text for the tagger and the draft writer: date words, company news and clauses
strung together at random, and runs of real date expressions.
"""

from __future__ import annotations

from hypothesis import strategies as st

_SALAD_WORDS = st.sampled_from(
    [
        "le",
        "la",
        "en",
        "de",
        "mardi",
        "lundi",
        "prochain",
        "dernier",
        "fin",
        "début",
        "mi",
        "février",
        "mars",
        "avril",
        "2023",
        "2024",
        "il",
        "y",
        "a",
        "trois",
        "jours",
        "semaine",
        "mois",
        "an",
        "cette",
        "année",
        "a",
        "été",
        "Mars",
        "Mai",
        "sa",
        "un",
        "et",
        ",",
        ".",
        "«",
        "»",
        "12",
        "1er",
        "entre",
        "au",
        "du",
        "chaque",
        "tous",
        "les",
        "depuis",
        "pendant",
        "17h30",
        "heures",
        "the",
        "last",
        "next",
        "week",
        "in",
        "May",
        "on",
        "Tuesday",
        "ago",
        "two",
        "years",
    ]
)


def date_word_salads() -> st.SearchStrategy[str]:
    """Date words, numbers and function words strung together at random, for the tagger."""
    return st.lists(_SALAD_WORDS, max_size=25).map(" ".join)


_NEWS_PIECES = st.sampled_from(
    [
        "Acme",
        "Globex Corp",
        "Jeanne Dupont",
        "a annoncé",
        "a présenté",
        "a lancé",
        "a déclaré",
        "a-t-elle ajouté",
        "un partenariat avec",
        "valorisée à 3 milliards d'euros",
        "directrice générale de",
        "selon",
        "disponible pour les clients de",
        "créée en",
        "dans un entretien au",
        "mardi",
        "fin février",
        "le 3 mars",
        "en 2021",
        "jeudi prochain",
        "se réunira",
        "«nous continuerons»",
        "le groupe",
        "elle",
        ",",
        ".",
        "\n\n",
    ]
)


def news_salads() -> st.SearchStrategy[str]:
    """Pieces of company news (names, verbs, dates, punctuation) in random order, for drafts."""
    return st.lists(_NEWS_PIECES, min_size=1, max_size=30).map(" ".join)


def expression_runs(pools: dict[str, list[str]]) -> st.SearchStrategy[tuple[str, list[str]]]:
    """A language and two to twelve of its date expressions (from `pools`), to string together."""
    return st.sampled_from(sorted(pools)).flatmap(
        lambda lang: st.tuples(
            st.just(lang), st.lists(st.sampled_from(pools[lang]), min_size=2, max_size=12)
        )
    )


_CLAUSE_PIECES = st.sampled_from(
    [
        "Le conseil",
        "se réunira",
        "a assuré",
        "avait dit",
        "va",
        "lancer",
        "doit",
        "ne pas",
        "se",
        "réunir",
        "prévu",
        "le vendredi",
        "jeudi",
        "fin février",
        "le 3 mars",
        "l'année passée",
        "aujourd’hui",
        "peut-être",
        "à",
        "la",
        "sera",
        "The board",
        "will",
        "we'll",
        "met",
        "said",
        "is going to",
        "set to",
        "plans to",
        "on Tuesday",
        "in May",
        "İstanbul",
        "que",
        "qui",
        "et",
        "and",
        "that",
        ",",
        ";",
        ".",
        "!",
        "\n",
        "«",
        "»",
        "(",
        ")",
        "-",
        "'",
    ]
)


def clause_texts() -> st.SearchStrategy[str]:
    """Verbs, auxiliaries, words of plans, dates, punctuation and subordinating words at random."""
    return st.lists(_CLAUSE_PIECES, max_size=40).map(" ".join)
