"""Long inputs: the tagger and the draft must grow linearly up to the 1 MiB text limit.

Run from the repository root::

    python benchmarks/long_input.py              # 8 KiB, 32 KiB, 128 KiB and 1 MiB
    python benchmarks/long_input.py --sizes 8 32 # some sizes only (KiB)
    python benchmarks/long_input.py --budget 20  # skip the larger sizes of a row once one of
                                                 # its runs took more than 20 s

For each input and size it times `tag` (`timeline tag`) and `draft(...).to_toml()` (`timeline
extract`), both with the rule-based analyser, and prints the seconds and the microseconds per
KiB. Linear growth shows as a flat µs/KiB column; the last lines say whether every 1 MiB run
took under 10 s and how much the µs/KiB grew from the smallest size to the largest.

The inputs, each cut to the size in UTF-8 bytes:

- ``dates fr``, ``dates en``: date words and nothing else, one unbroken run of the tagger's
  words ("mardi 12 mars 2024 fin février avril 2023 ...");
- ``mixed dates fr``: date words that do not repeat (days, months and years drawn at random
  with a fixed seed), so that no stretch is seen twice;
- ``article fr``: the seed article repeated; ``article en``: the English sentences of the
  labelled set repeated;
- ``sentence fr``: the seed article repeated with every sentence stop and line break turned
  into a comma or a space: one sentence, no full stop.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from time import perf_counter

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTICLE = ROOT / "seeds" / "mistral-open-source-2024-03-12.txt"
LABELLED = ROOT / "tests" / "data" / "tagger" / "labelled.jsonl"
REF = dt.date(2024, 3, 12)
LIMIT_SECONDS = 10.0
"""What a 1 MiB text may take, per operation (issue 10: linear, 1 MiB in under 10 s)."""

if str(ROOT) not in sys.path:  # runnable as a plain script without installing the package
    sys.path.insert(0, str(ROOT))

from timeline.extract.draft import draft  # noqa: E402
from timeline.extract.tagger import tag  # noqa: E402

DATES = {
    "fr": "mardi 12 mars 2024 fin février avril 2023 le 3 janvier en 2022 début mai ",
    "en": "Tuesday March 12 2024 late February April 2023 the 3rd of January in 2022 ",
}


def _cut(text: str, kib: int) -> str:
    """`text` repeated and cut to `kib` KiB of UTF-8 (on a character boundary)."""
    size = kib * 1024
    data = (text * (size // len(text.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def _mixed_dates() -> str:
    rng = random.Random(10)
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]
    months += ["septembre", "octobre", "novembre", "décembre"]
    days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    parts = ["fin", "début", "mi-", "le", "en", "du", "au"]
    words: list[str] = []
    size = 0
    while size <= 1024 * 1024:
        shape = rng.randrange(5)
        month, year = rng.choice(months), str(rng.randrange(1950, 2100))
        if shape == 0:
            piece = [rng.choice(days), str(rng.randrange(1, 29)), month, year]
        elif shape == 1:
            part = rng.choice(parts)
            piece = [part + month] if part.endswith("-") else [part, month]
        elif shape == 2:
            piece = [month, year]
        elif shape == 3:
            piece = [rng.choice(parts[3:]), year]
        else:
            piece = [str(rng.randrange(1, 29)), month]
        words += piece
        size += sum(len(w.encode("utf-8")) + 1 for w in piece)
    return " ".join(words) + " "


def _english_article() -> str:
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    return " ".join(r["text"] for r in rows if r["lang"] == "en") + "\n\n"


def inputs() -> dict[str, tuple[str, str]]:
    """Each input's language and a text of at least 1 MiB to cut from."""
    article = ARTICLE.read_text(encoding="utf-8") + "\n\n"
    sentence = re.sub(r"\s*\n\s*", " ", re.sub(r"[.!?](?=\s|$)", ",", article))
    return {
        "dates fr": ("fr", DATES["fr"]),
        "dates en": ("en", DATES["en"]),
        "mixed dates fr": ("fr", _mixed_dates()),
        "article fr": ("fr", article),
        "article en": ("en", _english_article()),
        "sentence fr": ("fr", sentence + " "),
    }


def _tag(text: str, lang: str) -> int:
    return len(tag(text, REF, lang))


def _extract(text: str, lang: str) -> int:
    result = draft(text, published=REF, lang=lang, source_id="long", text_path="a.txt", nlp="rules")
    result.to_toml()
    return len(result.events)


OPERATIONS: dict[str, Callable[[str, str], int]] = {"tag": _tag, "extract": _extract}


def main(argv: list[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[8, 32, 128, 1024])
    parser.add_argument("--budget", type=float, default=float("inf"))
    parser.add_argument("--only", nargs="+", help="inputs to run (by name, e.g. 'dates fr')")
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    header = f"{'input':<15} {'operation':<8} {'size':>8} {'found':>7} {'seconds':>9} {'us/KiB':>9}"
    print(header)
    print("-" * len(header))
    verdicts: list[tuple[str, str, float | None, float | None]] = []
    for name, (lang, text) in inputs().items():
        if args.only and name not in args.only:
            continue
        for op, run in OPERATIONS.items():
            per_kib: list[float] = []
            largest: float | None = None
            for kib in sizes:
                if largest is not None and largest > args.budget:
                    print(f"{name:<15} {op:<8} {kib:>5} KiB {'':>7} {'skipped':>9}")
                    continue
                piece = _cut(text, kib)
                start = perf_counter()
                found = run(piece, lang)
                largest = perf_counter() - start
                per_kib.append(1e6 * largest / kib)
                print(
                    f"{name:<15} {op:<8} {kib:>5} KiB {found:>7} {largest:>9.2f} "
                    f"{per_kib[-1]:>9.0f}",
                    flush=True,
                )
            growth = per_kib[-1] / per_kib[0] if len(per_kib) == len(sizes) else None
            at_limit = largest if len(per_kib) == len(sizes) and sizes[-1] == 1024 else None
            verdicts.append((name, op, at_limit, growth))
    print()
    for name, op, at_limit, growth in verdicts:
        limit = "not run" if at_limit is None else f"{at_limit:.2f} s"
        ok = ""
        if at_limit is not None:
            ok = " (under 10 s)" if at_limit < LIMIT_SECONDS else " (OVER 10 s)"
        grew = "n/a" if growth is None else f"x{growth:.2f}"
        print(f"{name} / {op}: 1 MiB {limit}{ok}; us/KiB largest/smallest {grew}")
    timed = [v for v in verdicts if v[2] is not None]
    if timed and len(timed) == len(verdicts):
        under = all(v[2] is not None and v[2] < LIMIT_SECONDS for v in timed)
        print(f"\nevery 1 MiB run under {LIMIT_SECONDS:.0f} s: {'yes' if under else 'no'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
