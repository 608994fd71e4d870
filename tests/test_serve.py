"""`timeline serve` over HTTP: pages, search, draft review, and refusals that write nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
import signal
import subprocess
import sys
import threading
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from timeline import Timeline
from timeline.cli import main
from timeline.extract.draft import draft
from timeline.serve import DEFAULT_HOST, Server, _app, _toml, make_server
from timeline.serve._drafts import DraftFolder

from .helpers import COMMITTED_LOG, ROOT

ARTICLE = (
    "Acme Corp was founded in March 2021 by three engineers. On Tuesday, Acme Corp announced "
    "a partnership with Globex. The company is valued at about 2 billion dollars, according "
    "to financial sources.\n"
)
DRAFT = """\
# Draft annotations written by `timeline extract`: every event needs a review.
schema = 1

[source]
id = "acme-news-1"
text = "acme.txt"
title = "Acme news"
publisher = "unknown"
published = 2024-03-12
language = "en"

[[entity]]
id = "acme-corp"
name = "Acme Corp"
kind = "organization"

[[entity]]
id = "globex"
name = "Globex"
kind = "organization"

[[event]]
type = "founded"
entities = ["acme-corp"]
when = "March 2021"
quote = "Acme Corp was founded in March 2021 by three engineers"
note = "draft: review type, entities and fields (cue: founded)"

[[event]]
type = "partnership_announced"
parties = ["acme-corp", "globex"]
when = "Tuesday"
quote = "Acme Corp announced a partnership with Globex"
note = "draft: review type, entities and fields (cue: partnership)"

[[event]]
type = "valuation_reported"
organization = "acme-corp"
amount = 2000000000
currency = "USD"
qualifier = "about"
quote = "The company is valued at about 2 billion dollars"
note = "draft: review type, entities and fields (cue: valuation)"
"""
"""A draft as `timeline extract --nlp rules` writes it for ARTICLE (fixed here, so that the
review tests do not follow changes of the extractor)."""
NAME = "acme.draft.toml"
REVIEWED = "acme.reviewed.toml"


def drafts_folder(root: Path) -> Path:
    """A folder holding ARTICLE and its draft."""
    folder = root / "drafts"
    folder.mkdir()
    (folder / "acme.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / NAME).write_text(DRAFT, encoding="utf-8")
    return folder


@contextlib.contextmanager
def running(log: Path, drafts: Path | None = None) -> Iterator[Server]:
    """A server of `log` (and `drafts`) on a free port of 127.0.0.1, in a thread."""
    server = make_server(log, drafts=drafts, port=0, quiet=True, errors=io.StringIO())
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def call(
    server: Server,
    path: str,
    form: Mapping[str, str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[int, str]:
    """The status and body of a GET (or, with `form`, a POST) to the server."""
    data = None if form is None else urlencode(form).encode("utf-8")
    request = urllib.request.Request(server.url.rstrip("/") + path, data=data)
    for k, v in (headers or {}).items():
        request.add_header(k, v)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(response.status), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read().decode("utf-8")


def review_form(body: str, **changes: str) -> dict[str, str]:
    """The form of a review page as it stands (every event accepted), with `changes`."""
    digest = re.search(r'name="digest" value="([^"]+)"', body)
    count = re.search(r'name="count" value="(\d+)"', body)
    assert digest is not None
    assert count is not None
    form = {"digest": digest.group(1), "count": count.group(1)}
    for n in range(1, int(count.group(1)) + 1):
        form[f"decision-{n}"] = "accept"
    form.update(changes)
    return form


def files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too) with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Server, Path, Path]]:
    """A server of a new log in `tmp_path` and of a drafts folder holding DRAFT."""
    folder = drafts_folder(tmp_path)
    log = tmp_path / "log.jsonl"
    with running(log, folder) as server:
        yield server, log, folder


@pytest.fixture(scope="module")
def seeded() -> Iterator[Server]:
    """A server of the committed log, without drafts."""
    with running(COMMITTED_LOG) as server:
        yield server


def test_server_listens_on_localhost_by_default(tmp_path: Path) -> None:
    """Without a host, the server is bound to 127.0.0.1, and so is the command's default."""
    server = make_server(tmp_path / "log.jsonl", port=0)
    try:
        assert ("127.0.0.1", "127.0.0.1") == (server.host, DEFAULT_HOST)
        assert server.url.startswith("http://127.0.0.1:")
    finally:
        server.server_close()
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main(["serve", "--help"])
    assert "default: 127.0.0.1" in " ".join(out.getvalue().split())


def test_index_lists_the_entities_and_links_their_pages(seeded: Server) -> None:
    """The index names each entity of the log with a link to its page."""
    status, body = call(seeded, "/")
    assert 200 == status
    ids = [e.id for e in Timeline.open(COMMITTED_LOG).entities()]
    assert [] == [i for i in ids if f'href="/entity/{quote(i, safe="")}"' not in body]


def test_entity_page_is_the_html_page(seeded: Server) -> None:
    """An entity's page is `timeline html`'s, with its embedded data, and a link home."""
    status, body = call(seeded, "/entity/mistral-ai?as_of=2024-02-25")
    assert 200 == status
    assert '<script type="application/json" id="timeline-data">' in body
    assert '<a href="/">Index</a>' in body
    assert 'id="as-of"' in body


def test_unknown_entity_is_404_with_one_line(seeded: Server) -> None:
    """An entity the log does not know is a 404 whose message names it."""
    status, body = call(seeded, "/entity/mistral-a")
    assert 404 == status
    assert "unknown entity &#x27;mistral-a&#x27;" in body
    assert "Traceback" not in body


def test_bad_date_on_an_entity_page_is_400(seeded: Server) -> None:
    """A date that does not resolve is a 400 that quotes it."""
    status, body = call(seeded, "/entity/mistral-ai?as_of=" + quote("31 février 2024"))
    assert 400 == status
    assert "31 février 2024" in body


def test_search_finds_quotes_ignoring_case_and_accents(seeded: Server) -> None:
    """Searching "DIRECTRICE des affaires publiques" finds Audrey Herblin-Stoop's role."""
    status, body = call(seeded, "/search?q=" + quote("DIRECTRICE des affaires publiques"))
    assert 200 == status
    assert "Audrey Herblin-Stoop" in body
    assert "<mark>directrice des affaires publiques</mark>" in body
    status, body = call(seeded, "/search?q=" + quote("modele de langage"))
    assert "<mark>modèle de langage</mark>" in body


def test_search_over_values(seeded: Server) -> None:
    """A word of a fact's value finds the fact."""
    _, body = call(seeded, "/search?q=Azure")
    assert "<mark>Azure</mark>" in body


def test_empty_search_is_400(seeded: Server) -> None:
    """An empty search is a 400 that says so."""
    status, body = call(seeded, "/search?q=+")
    assert (400, True) == (status, "the search is empty" in body)


def test_unknown_page_and_wrong_method(seeded: Server) -> None:
    """An unknown address is 404, a GET of an action 405, and drafts without a folder 404."""
    assert 404 == call(seeded, "/nothing")[0]
    assert 404 == call(seeded, "/drafts/a.toml")[0]
    assert 405 == call(seeded, "/entity/mistral-ai", form={"a": "b"})[0]


def test_review_page_shows_the_draft_beside_its_article(served: tuple[Server, Path, Path]) -> None:
    """The review page holds the article with its dates and quotes highlighted, and a
    fieldset per event with its controls.
    """
    server, _, _ = served
    status, body = call(server, f"/drafts/{NAME}")
    assert 200 == status
    assert '<span class="hl q d" data-events="1" title="date words: March 2021' in body
    assert '<span class="hl d" title="date words: Tuesday">Tuesday</span>' in body
    assert 3 == body.count('<fieldset class="event"')
    for control in ("decision-3", "type-3", "when-3", "entities-3", "fields-3", "anchor-3"):
        assert f'name="{control}"' in body


def test_index_lists_the_drafts(served: tuple[Server, Path, Path]) -> None:
    """The index links each draft of the folder to its review."""
    server, _, _ = served
    assert f'href="/drafts/{NAME}"' in call(server, "/")[1]


def test_review_saves_the_reviewed_seed_and_ingest_appends_it(
    served: tuple[Server, Path, Path],
) -> None:
    """Rejecting one event and editing another writes a seed file with the other two as
    edited; Ingest appends them, and a second Ingest appends nothing.
    """
    server, log, folder = served
    _, body = call(server, f"/drafts/{NAME}")
    form = review_form(
        body,
        **{
            "decision-2": "reject",
            "fields-3": 'organization = acme-corp\namount = 3000000000\ncurrency = "USD"',
        },
    )
    status, saved = call(server, f"/drafts/{NAME}/save", form)
    assert 200 == status, saved
    assert f"Saved {REVIEWED}" in saved
    written = tomllib.loads((folder / REVIEWED).read_text("utf-8"))
    assert ["founded", "valuation_reported"] == [e["type"] for e in written["event"]]
    assert 3000000000 == written["event"][1]["amount"]
    assert DRAFT == (folder / NAME).read_text("utf-8")
    status, ingested = call(server, f"/drafts/{NAME}/ingest", {})
    assert 200 == status, ingested
    assert "appended" in ingested
    facts = {f.attribute: f.value for f in Timeline.open(log, create=True).state("acme-corp").facts}
    assert "partnerships" not in facts
    assert "3 billion USD" == facts["valuation"]
    assert "founded" in facts
    assert "nothing new" in call(server, f"/drafts/{NAME}/ingest", {})[1]


def test_reviewed_seed_file_is_what_timeline_ingest_takes(
    served: tuple[Server, Path, Path],
) -> None:
    """`timeline ingest` of the saved file appends what the server's Ingest appends."""
    server, log, folder = served
    _, body = call(server, f"/drafts/{NAME}")
    assert 200 == call(server, f"/drafts/{NAME}/save", review_form(body))[0]
    other = log.with_name("other.jsonl")
    assert 0 == main(["ingest", str(folder / REVIEWED), "--log", str(other)], io.StringIO())
    call(server, f"/drafts/{NAME}/ingest", {})
    assert [r.event.id for r in Timeline.open(other, create=True).records()] == [
        r.event.id for r in Timeline.open(log, create=True).records()
    ]


BAD_EDITS = [
    ({"when-1": "the thirty-first of Smarch"}, "Smarch"),
    ({"type-1": "invented_type"}, "invented_type"),
    ({"fields-3": "amount 3"}, "write `key = value`"),
    ({"fields-3": "quote = x"}, "has its own input"),
    ({"fields-3": "organization = nobody-known"}, "nobody-known"),
    ({"entities-1": "nobody-known"}, "nobody-known"),
    ({"decision-1": "maybe"}, "decision must be one of"),
    ({"digest": "0000"}, "the draft changed since this page was loaded"),
    ({"count": "2"}, "one entry per event"),
]


@pytest.mark.parametrize(("edit", "said"), BAD_EDITS)
def test_a_bad_review_is_400_and_writes_nothing(
    served: tuple[Server, Path, Path], edit: dict[str, str], said: str
) -> None:
    """A review that the checks refuse is a 400 naming the problem, and no file is written."""
    server, log, folder = served
    before = files(folder)
    _, body = call(server, f"/drafts/{NAME}")
    status, answer = call(server, f"/drafts/{NAME}/save", review_form(body, **edit))
    assert 400 == status
    assert said in answer.replace("&#x27;", "'").replace("&quot;", '"')
    assert "Traceback" not in answer
    assert before == files(folder)
    assert not log.exists()


def test_a_refused_review_keeps_the_reviewers_edits(served: tuple[Server, Path, Path]) -> None:
    """The page of a refused save shows the message and the edits as they were submitted."""
    server, _, _ = served
    _, body = call(server, f"/drafts/{NAME}")
    edit = {"when-1": "Smarch 2021", "decision-2": "reject"}
    _, answer = call(server, f"/drafts/{NAME}/save", review_form(body, **edit))
    assert 'role="alert"' in answer
    assert 'value="Smarch 2021"' in answer
    assert 'name="decision-2" value="reject" checked' in answer


def test_ingest_before_save_is_400(served: tuple[Server, Path, Path]) -> None:
    """Ingesting a draft that has no reviewed seed file yet is refused; the log is not made."""
    server, log, _ = served
    status, body = call(server, f"/drafts/{NAME}/ingest", {})
    assert (400, True, False) == (status, "save it first" in body, log.exists())


TRAVERSALS = [
    "/drafts/..%2F..%2Fetc%2Fpasswd",
    "/drafts/..%2Fsecret.toml",
    "/drafts/%2Fetc%2Fhosts.toml",
    "/drafts/..",
    "/drafts/.hidden.toml",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_paths_out_of_the_drafts_folder_are_refused(
    served: tuple[Server, Path, Path], path: str
) -> None:
    """A draft name that is a path, hidden or `..` is refused, to read or to save."""
    server, _, folder = served
    (folder.parent / "secret.toml").write_text(DRAFT, encoding="utf-8")
    before = files(folder.parent)
    assert call(server, path)[0] in (400, 404)
    assert call(server, path + "/save", {"a": "b"})[0] in (400, 404)
    assert before == files(folder.parent)


def test_a_link_out_of_the_drafts_folder_is_not_a_draft(
    served: tuple[Server, Path, Path],
) -> None:
    """A symbolic link in the folder to a seed file outside it is neither listed nor served."""
    server, _, folder = served
    outside = folder.parent / "outside"
    outside.mkdir()
    (outside / "acme.txt").write_text(ARTICLE, encoding="utf-8")
    (outside / "x.toml").write_text(DRAFT, encoding="utf-8")
    os.symlink(outside / "x.toml", folder / "link.toml")
    assert 'href="/drafts/link.toml"' not in call(server, "/")[1]
    assert 404 == call(server, "/drafts/link.toml")[0]


def test_an_address_that_is_not_utf8_is_400(seeded: Server) -> None:
    """A percent-encoded address that is not UTF-8 is a 400, not a failure of the server."""
    status, body = call(seeded, "/entity/%ff%fe")
    assert (400, True) == (status, "not UTF-8" in body)


def test_a_request_for_another_host_is_refused(seeded: Server) -> None:
    """A request whose Host header is not the server's (DNS rebinding) is a 400."""
    status, body = call(seeded, "/", headers={"Host": "attacker.example:80"})
    assert (400, True) == (status, "unexpected Host header" in body)


def test_a_post_from_another_site_writes_nothing(served: tuple[Server, Path, Path]) -> None:
    """A form posted from another origin is a 403, and nothing is written."""
    server, log, folder = served
    _, body = call(server, f"/drafts/{NAME}")
    before = files(folder)
    status, _ = call(
        server,
        f"/drafts/{NAME}/save",
        review_form(body),
        headers={"Origin": "http://attacker.example"},
    )
    assert (403, before, False) == (status, files(folder), log.exists())


def test_a_form_that_is_not_urlencoded_is_400(served: tuple[Server, Path, Path]) -> None:
    """A save whose body is not a urlencoded form is refused."""
    server, _, _ = served
    request = urllib.request.Request(
        server.url + f"drafts/{NAME}/save",
        data=b"{}",
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=30)
    assert 400 == caught.value.code


def test_an_unexpected_failure_is_500_without_a_traceback(
    seeded: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure the server did not expect shows one line, not its traceback or message."""

    def broken(config: _app.Config) -> str:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(_app, "_index", broken)
    status, body = call(seeded, "/")
    assert 500 == status
    assert ("Traceback" in body, "secret detail" in body) == (False, False)


def test_a_real_draft_from_extract_can_be_reviewed(tmp_path: Path) -> None:
    """A draft `timeline extract` writes opens for review with a fieldset per event."""
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    made = draft(
        ARTICLE,
        published=dt.date(2024, 3, 12),
        lang="en",
        source_id="a-1",
        text_path="a.txt",
        nlp="rules",
    )
    (folder / "a.draft.toml").write_text(made.to_toml(), encoding="utf-8")
    with running(tmp_path / "log.jsonl", folder) as server:
        status, body = call(server, "/drafts/a.draft.toml")
    assert (200, len(made.events)) == (status, body.count('<fieldset class="event"'))


def test_reviewed_name_keeps_the_draft(tmp_path: Path) -> None:
    """The review of `x.draft.toml` is `x.reviewed.toml`, of `y.toml` `y.reviewed.toml`."""
    names = (DraftFolder.reviewed_name("x.draft.toml"), DraftFolder.reviewed_name("y.toml"))
    assert ("x.reviewed.toml", "y.reviewed.toml") == names


@pytest.mark.parametrize(
    "value",
    ['say "hi"', "back\\slash", "line\nbreak\ttab", "del\x7f", "sep\u2028par\u2029", "é ß 🙂", ""],
)
def test_toml_strings_read_back(value: str) -> None:
    """Every string the writer writes reads back as itself with tomllib."""
    assert {"v": value} == tomllib.loads(f"v = {_toml.value(value)}")


def test_command_line_refuses_a_missing_drafts_folder(tmp_path: Path) -> None:
    """`serve --drafts` of a folder that does not exist: exit 2, one line, nothing written."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["serve", "--log", str(COMMITTED_LOG), "--drafts", str(tmp_path / "no")])
    assert (2, 1) == (status, len(err.getvalue().splitlines()))
    assert [] == list(tmp_path.iterdir())


def test_command_line_refuses_a_bad_port() -> None:
    """A port beyond 65535 is a usage error (exit 2)."""
    with contextlib.redirect_stderr(io.StringIO()), pytest.raises(SystemExit) as caught:
        main(["serve", "--port", "70000"])
    assert 2 == caught.value.code


def test_command_line_refuses_a_missing_log_without_drafts(tmp_path: Path) -> None:
    """Serving a log that does not exist, with no drafts to ingest into it, is refused."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        status = main(["serve", "--log", str(tmp_path / "none.jsonl")])
    assert (2, "no such log") == (status, "no such log" if "no such log" in err.getvalue() else "")


def test_the_command_serves_on_localhost_until_interrupted() -> None:
    """`timeline serve --port 0` prints its 127.0.0.1 address, answers there, and Ctrl-C
    ends it with exit 130 and one line.
    """
    command = [sys.executable, "-m", "timeline", "serve", "--log", str(COMMITTED_LOG)]
    proc = subprocess.Popen(
        [*command, "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" at ")[1].split()[0]
        with urllib.request.urlopen(url, timeout=30) as response:
            status = response.status
    finally:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert url.startswith("http://127.0.0.1:")
    assert (200, 130) == (status, proc.returncode)
    assert "timeline: interrupted" == err.strip().splitlines()[-1]
