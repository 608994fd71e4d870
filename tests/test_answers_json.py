"""`timeline.as_json`: the public JSON of answers, the one the command line prints."""

from __future__ import annotations

import json

import pytest

from timeline import Timeline, as_json, to_span

from .helpers import COMMITTED_LOG, run


@pytest.fixture(scope="module")
def tl() -> Timeline:
    """The committed seed log."""
    return Timeline.open(COMMITTED_LOG)


def test_as_json_of_each_answer_is_what_the_command_prints(tl: Timeline) -> None:
    """`state`, `diff`, `why`, `replay` and `when` print, with `--json`, `as_json` of the
    library's answer to the same question.
    """
    log = ["--log", str(COMMITTED_LOG)]
    cases = [
        (["state", "mistral-ai", "--as-of", "2024-03"], as_json(tl.state("mistral-ai", "2024-03"))),
        (
            ["diff", "mistral-ai", "2024-01", "2024-03"],
            as_json(tl.diff("mistral-ai", "2024-01", "2024-03")),
        ),
        (
            ["why", "mistral-ai", "valuation", "--as-of", "2024-03"],
            as_json(tl.why("mistral-ai", "valuation", "2024-03")),
        ),
    ]
    for argv, expected in cases:
        status, out, _ = run(*argv, "--json", *log)
        assert status == 0
        assert json.loads(out) == expected
    status, out, _ = run("replay", "--entity", "mistral-ai", "--json", *log)
    assert [json.loads(line) for line in out.splitlines()] == [
        as_json(step) for step in tl.replay("mistral-ai")
    ]
    status, out, _ = run("when", "2024-03", "--json")
    assert json.loads(out) == as_json(to_span("2024-03"))


def test_as_json_of_records_and_entities_is_a_line_of_log_and_an_item_of_entities(
    tl: Timeline,
) -> None:
    """A record is a line of `log --json` (a stream), an entity an item of the one list
    `entities --json` prints (an answer).
    """
    log = ["--log", str(COMMITTED_LOG)]
    lines = run("log", "--json", *log)[1].splitlines()
    assert [json.loads(line) for line in lines] == [as_json(r) for r in tl.records()]
    out = run("entities", "--json", *log)[1]
    assert 1 == len(out.splitlines())
    assert [as_json(e) for e in tl.entities()] == json.loads(out)


def test_as_json_refuses_what_is_not_an_answer() -> None:
    """Anything else is a TypeError naming its type."""
    with pytest.raises(TypeError, match="not an answer: dict"):
        as_json({})  # type: ignore[arg-type]
