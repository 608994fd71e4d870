"""`--format text|json|csv|md` on the questions, through the real entry point, on the committed
seed log: CSV that a spreadsheet (or the csv module) reads back, one row per fact and source;
Markdown tables; JSON unchanged; and one-line errors for a bad format or attribute.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.cli._formats import md_cell

from .helpers import COMMITTED_LOG, ROOT, run

LOG = ("--log", str(COMMITTED_LOG))
VALUATION_QUOTE = "valorisé à quelque 2 milliards de dollars selon des sources financières"


def _csv(text: str) -> list[dict[str, str]]:
    """The rows of a CSV answer, keyed by its header (which must be there)."""
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _usage_error(*argv: str) -> tuple[int, str]:
    """Run the CLI where argparse refuses the arguments: (exit status, stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as stopped:
        main(list(argv), io.StringIO())
    return int(stopped.value.code or 0), err.getvalue()


def _md_rows(text: str) -> list[list[str]]:
    r"""The cells of the lines of a Markdown table (outer pipes stripped, `\|` unescaped)."""
    rows = []
    for line in text.splitlines():
        if line.startswith("| "):
            cells = line[2:-2].replace("\\|", "\0").split(" | ")
            rows.append([c.replace("\0", "|") for c in cells])
    return rows


def test_state_csv_has_one_row_per_fact_and_source_with_the_seed_valuation() -> None:
    """`state --format csv` parses back with the csv module: a header row, the valuation of
    the seed article with its quote, document, publisher, event id and seq, and the span's
    last day inclusive (fin février: 21 to 29 February 2024).
    """
    status, out, err = run("state", "mistral-ai", "--as-of", "2024-03", "--format", "csv", *LOG)
    assert status == 0, err
    assert out.startswith("attribute,value,certainty,disputed,span start,span end,")
    rows = _csv(out)
    valuation = [r for r in rows if r["attribute"] == "valuation"]
    assert len(valuation) == 1
    row = valuation[0]
    assert row["value"] == "about 2 billion USD, according to financial sources"
    assert row["quote"] == VALUATION_QUOTE
    assert row["source document"] == "afp-2024-03-12-mistral-open-source"
    assert row["publisher"] == "Maddyness"
    assert row["published"] == "2024-03-12"
    assert row["certainty"] == "definite"
    assert row["disputed"] == "no"
    assert row["event id"].startswith("valuation_reported-")
    assert row["seq"] == "22"
    partners = next(r for r in rows if r["attribute"] == "partners")
    assert (partners["span start"], partners["span end"]) == ("2024-02-21", "2024-02-29")
    assert partners["span words"] == "fin février"
    state = json.loads(run("state", "mistral-ai", "--as-of", "2024-03", "--json", *LOG)[1])
    assert len(rows) == sum(len(f["sources"]) for f in state["facts"])


def test_csv_quotes_commas_and_ends_lines_as_rfc_4180_says() -> None:
    """A value holding a comma is quoted and every record ends in CRLF (RFC 4180)."""
    _, out, _ = run("state", "mistral-ai", "--format", "csv", "--attribute", "valuation", *LOG)
    lines = out.split("\r\n")
    assert lines[-1] == ""
    assert len(lines) == 3
    assert '"about 2 billion USD, according to financial sources"' in lines[1]


def test_state_attribute_filters_the_facts_shown_in_every_format() -> None:
    """`--attribute` (repeatable) keeps only those attributes: in text, CSV and JSON."""
    args = ("state", "mistral-ai", "--attribute", "valuation", "--attribute", "founded", *LOG)
    _, out, _ = run(*args, "--format", "csv")
    assert {r["attribute"] for r in _csv(out)} == {"valuation", "founded"}
    _, out, _ = run(*args, "--json")
    assert sorted(f["attribute"] for f in json.loads(out)["facts"]) == ["founded", "valuation"]
    _, out, _ = run(*args)
    assert "valuation: about 2 billion USD" in out
    assert "partners:" not in out
    assert "2 facts" in out


def test_an_unknown_attribute_is_exit_2_with_one_line_naming_it() -> None:
    """`state --attribute valuaton` is refused in one line naming it and the closest one."""
    status, out, err = run("state", "mistral-ai", "--attribute", "valuaton", *LOG)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "'valuaton'" in err
    assert "'valuation'" in err


def test_an_unknown_format_is_exit_2_with_one_line_naming_it() -> None:
    """`--format xml` is a usage error naming xml and the formats there are; no traceback."""
    status, err = _usage_error("state", "mistral-ai", "--format", "xml", *LOG)
    assert status == 2
    assert len(err.splitlines()) == 1
    assert "'xml'" in err
    assert "'csv'" in err
    assert "Traceback" not in err


def test_json_and_another_format_contradict() -> None:
    """`--json --format csv` is refused in one line, exit 2."""
    status, out, err = run("state", "mistral-ai", "--json", "--format", "csv", *LOG)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "--format csv" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("state", "mistral-ai", "--as-of", "2024-03"),
        ("diff", "mistral-ai", "2024-01", "2024-03"),
        ("why", "mistral-ai", "valuation", "--as-of", "2024-03"),
        ("replay", "--entity", "mistral-ai"),
        ("log", "--type", "founded"),
    ],
)
def test_format_json_is_the_same_as_json(argv: tuple[str, ...]) -> None:
    """`--format json` prints exactly what `--json` prints (the public `as_json` shapes)."""
    assert run(*argv, "--format", "json", *LOG) == run(*argv, "--json", *LOG)


@pytest.mark.parametrize(
    ("argv", "first_column"),
    [
        (("state", "mistral-ai", "--as-of", "2024-03"), "attribute"),
        (("diff", "mistral-ai", "2024-01", "2024-03"), "change"),
        (("why", "mistral-ai", "valuation", "--as-of", "2024-03"), "standing"),
        (("replay", "--entity", "mistral-ai"), "seq"),
        (("log",), "seq"),
    ],
)
def test_markdown_is_a_table_with_as_many_rows_as_the_csv(
    argv: tuple[str, ...], first_column: str
) -> None:
    """`--format md` prints a Markdown table (header, `|---|` line, rows) whose rows are the
    CSV's rows, cell for cell.
    """
    status, md, err = run(*argv, "--format", "md", *LOG)
    assert status == 0, err
    _, out, _ = run(*argv, "--format", "csv", *LOG)
    table = list(csv.reader(io.StringIO(out, newline="")))
    lines = [line for line in md.splitlines() if line.startswith("|")]
    assert lines[1].startswith("|---|")
    cells = _md_rows(md)
    assert cells[0][0] == first_column == table[0][0]
    assert len(cells) == len(table) > 1
    assert [len(r) for r in cells] == [len(r) for r in table]


def test_markdown_cells_escape_pipes_and_line_breaks() -> None:
    """A `|` in a cell is escaped and a line break becomes `<br>`, so a row stays one line."""
    assert md_cell("a|b\nc") == "a\\|b<br>c"
    assert "\n" not in md_cell("one\r\ntwo")


def test_why_csv_names_the_standing_and_publisher_of_each_source() -> None:
    """`why --format csv`: the current valuation, its quote and its publisher."""
    _, out, _ = run("why", "mistral-ai", "valuation", "--format", "csv", *LOG)
    rows = _csv(out)
    assert [r["standing"] for r in rows] == ["current"]
    assert rows[0]["quote"] == VALUATION_QUOTE
    assert rows[0]["publisher"] == "Maddyness"


def test_diff_csv_and_text_count_added_removed_firmed() -> None:
    """`diff` text opens with its counts, which the CSV's change column agrees with."""
    argv = ("diff", "mistral-ai", "2024-01", "2024-03", *LOG)
    _, text, _ = run(*argv)
    data = json.loads(run(*argv, "--json")[1])
    counts = {k: len(data[k]) for k in ("added", "removed", "firmed")}
    assert counts["added"] > 0
    expected = f"{counts['added']} added, {counts['removed']} removed, {counts['firmed']} firmed"
    assert text.splitlines()[1].strip() == expected
    rows = _csv(run(*argv, "--format", "csv")[1])
    added = {r["attribute"] for r in rows if r["change"] == "added"}
    assert added == {f["attribute"] for f in data["added"]}


def test_replay_csv_has_one_row_per_event_and_change() -> None:
    """`replay --format csv`: every event of `replay --json` is there, each change on a row
    with its op, attribute, value and the event's quote.
    """
    argv = ("replay", "--entity", "mistral-ai", *LOG)
    steps = [json.loads(line) for line in run(*argv, "--json")[1].splitlines()]
    rows = _csv(run(*argv, "--format", "csv")[1])
    assert [int(r["seq"]) for r in rows] == [
        s["seq"] for s in steps for _ in (s["changes"] or [None])
    ]
    founded = next(r for r in rows if r["attribute"] == "founded")
    assert founded["op"] == "set"
    assert founded["value"] == "2023-04"
    assert founded["quote"].startswith("Créée en avril 2023")


def test_log_csv_has_one_row_per_record() -> None:
    """`log --format csv`: one row per record, the types and seqs of `log --json`."""
    records = [json.loads(line) for line in run("log", "--json", *LOG)[1].splitlines()]
    rows = _csv(run("log", "--format", "csv", *LOG)[1])
    assert [(int(r["seq"]), r["type"]) for r in rows] == [(r["seq"], r["type"]) for r in records]
    assert rows[0]["source document"] == "afp-2024-03-12-mistral-open-source"


def test_limit_caps_log_and_replay_and_refuses_zero() -> None:
    """`--limit 3` prints three records or events; `--limit 0` is exit 2 naming --limit."""
    _, out, _ = run("log", "--limit", "3", *LOG)
    assert [line.split()[0] for line in out.splitlines()] == ["#1", "#2", "#3"]
    _, out, _ = run("replay", "--limit", "2", "--json", *LOG)
    assert len(out.splitlines()) == 2
    status, err = _usage_error("replay", "--limit", "0", *LOG)
    assert status == 2
    assert "--limit" in err
    assert len(err.splitlines()) == 1


def test_replay_since_keeps_the_events_ending_after_its_start() -> None:
    """`replay --since 2024-03`: only events whose span ends after 1 March 2024 (so not the
    founding in April 2023, but the valuation of 12 March 2024).
    """
    _, out, _ = run("replay", "--since", "2024-03", "--json", *LOG)
    steps = [json.loads(line) for line in out.splitlines()]
    assert steps
    assert all(s["when"]["end"] is None or s["when"]["end"] > "2024-03-01" for s in steps)
    types = {s["type"] for s in steps}
    assert "founded" not in types
    assert "valuation_reported" in types
    _, everything, _ = run("replay", "--json", *LOG)
    assert len(everything.splitlines()) > len(steps)


def test_replay_since_a_date_that_does_not_resolve_is_one_line() -> None:
    """`replay --since "nope nope"` is exit 2, one line quoting the words."""
    status, out, err = run("replay", "--since", "nope nope", *LOG)
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert "'nope nope'" in err


MULTISOURCE = ROOT / "tests" / "data" / "multisource"


def test_why_csv_lists_corrected_and_retracted_events_with_their_value(tmp_path: Path) -> None:
    """On a log where a later source corrects a founding date and another retracts a
    partnership, `why --format csv` has a `corrected` row with the old value (April 2023) and
    a `retracted` row with the partner, each naming the event that withdrew it.
    """
    log = ("--log", str(tmp_path / "log.jsonl"))
    for name in ("wire-2024-03-01", "wire-2024-04-10", "courier-2024-05-02"):
        status, _, err = run("ingest", str(MULTISOURCE / f"{name}.toml"), *log)
        assert status == 0, err
    rows = _csv(run("why", "acme-robotics", "founded", "--format", "csv", *log)[1])
    corrected = [r for r in rows if r["standing"] == "corrected"]
    assert [(r["value"], r["span start"], r["span end"]) for r in corrected] == [
        ("2023-04", "2023-04-01", "2023-04-30")
    ]
    assert corrected[0]["withdrawn by"].split()[1] == "fact_corrected"
    assert {r["value"] for r in rows if r["standing"] == "current"} == {"2023-05"}
    rows = _csv(run("why", "acme-robotics", "partners", "--format", "csv", *log)[1])
    assert [(r["standing"], r["value"]) for r in rows] == [("retracted", "Bolt Motors")]
    assert "event_retracted (courier-2024-05-02" in rows[0]["withdrawn by"]


def test_entities_csv_lists_ids_names_kinds_and_merges(tmp_path: Path) -> None:
    """`entities --format csv`: one row per entity of `entities --json`; after a merge, the
    duplicate's row names the entity it is read as.
    """
    rows = _csv(run("entities", "--format", "csv", *LOG)[1])
    listed = json.loads(run("entities", "--json", *LOG)[1])
    assert [r["id"] for r in rows] == [e["id"] for e in listed]
    mistral = next(r for r in rows if r["id"] == "mistral-ai")
    assert (mistral["name"], mistral["kind"], mistral["merged into"]) == (
        "Mistral AI",
        "organization",
        "",
    )
    log = ("--log", str(tmp_path / "log.jsonl"))
    assert run("ingest", str(ROOT / "seeds" / "mistral-open-source-2024-03-12.toml"), *log)[0] == 0
    assert run("merge", "mistral-large", "--into", "mistral-ai", *log)[0] == 0
    rows = _csv(run("entities", "--format", "csv", *log)[1])
    assert next(r for r in rows if r["id"] == "mistral-large")["merged into"] == "mistral-ai"
    _, md, _ = run("entities", "--similar", "--format", "md", *log)
    assert md.splitlines()[0] == "| first | second | reason |"


def test_attribute_known_only_later_is_no_error_and_full_replay_agrees() -> None:
    """`--attribute valuation --as-of 2020` is an empty answer, not an error (the entity has
    a valuation later); `--full-replay` gives the same answers and the same refusal.
    """
    argv = ("state", "mistral-ai", "--attribute", "valuation", "--json", *LOG)
    for extra in ((), ("--full-replay",)):
        status, out, err = run(*argv, "--as-of", "2020", *extra)
        assert status == 0, err
        assert json.loads(out)["facts"] == []
        _, out, _ = run(*argv, "--as-of", "2024-03", *extra)
        assert [f["value"] for f in json.loads(out)["facts"]] == [
            "about 2 billion USD, according to financial sources"
        ]
        status, _, err = run("state", "mistral-ai", "--attribute", "valuaton", *extra, *LOG)
        assert status == 2
        assert "'valuaton'" in err
