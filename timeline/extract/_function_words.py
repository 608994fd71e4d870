"""Closed classes of words that several readers of an article share, folded (lower case, no
accents).
"""

from __future__ import annotations

__all__ = ["FRENCH_DETERMINERS"]

FRENCH_DETERMINERS = frozenset(
    {
        "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "au", "aux", "ce",
        "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes",
        "notre", "votre", "nos", "vos", "quelque", "chaque",
    }
)  # fmt: skip
"""French articles, demonstratives and possessives, "quelque" and "chaque": the words that
open a noun phrase ("le lancement": after one, a word is no verb)."""
