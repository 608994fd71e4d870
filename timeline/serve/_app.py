"""The server's routes, as one function from a request to a response (no sockets here).

| method and path | answer |
|---|---|
| `GET /` | the index: the entities of the log, the search form, the drafts |
| `GET /entity/ID?as_of=WHEN&known_at=WHEN` | the entity's page (`timeline html`'s) |
| `GET /search?q=WORDS` | the facts whose values or quotes hold the words |
| `GET /drafts/NAME` | draft review: the draft beside its article |
| `POST /drafts/NAME/save` | writes the reviewed seed file, checked as `ingest` checks it |
| `POST /drafts/NAME/ingest` | `Timeline.ingest` of the reviewed seed file |

Bad input is HTTP 400 with a page saying what was wrong in one line (a save that fails its
checks shows the review again with the message and the reviewer's edits); a missing entity,
draft or page is 404; any other failure is 500 with one line, its traceback going to the
server's log only, never to the client.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import parse_qsl, unquote, urlsplit

import attrs

from timeline.api import Timeline
from timeline.errors import InputError, TimelineError, UnknownEntityError
from timeline.serve import _pages
from timeline.serve._drafts import DraftFolder, NotFoundError, Proposal, Review, proposals_from_form
from timeline.serve._search import search
from timeline.sources.annotations import read_seed
from timeline.vocabulary.events import REPORTED_TYPES

if TYPE_CHECKING:  # the tagger loads on the first draft shown, not with the command line
    from timeline.extract.tagger import Tag

__all__ = ["MAX_BODY", "Config", "Request", "Response", "respond"]

MAX_BODY = 2 * 1024 * 1024
"""A request body larger than this is refused (a reviewed draft is at most 1 MiB)."""
_TYPES = tuple(sorted(cls.TYPE for cls in REPORTED_TYPES))


@attrs.frozen(kw_only=True)
class Config:
    """What the server was given: the log, the drafts folder (if any), where it listens."""

    log: Path
    drafts: Path | None = None
    errors: TextIO | None = None
    """Where tracebacks of unexpected failures go (None: nowhere)."""


@attrs.frozen(kw_only=True)
class Request:
    """A request as the handler read it."""

    method: str
    target: str
    """The path and query, as sent."""
    body: bytes = b""
    content_type: str = ""


@attrs.frozen(kw_only=True)
class Response:
    """A status, a content type and a body."""

    status: int
    body: str
    content_type: str = "text/html; charset=utf-8"


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def respond(config: Config, request: Request) -> Response:
    """The response to `request`; never raises, never shows a traceback."""
    try:
        return _route(config, request)
    except _Refused as exc:
        return _error(exc.status, exc.message)
    except (NotFoundError, UnknownEntityError) as exc:
        return _error(404, _one_line(str(exc)))
    except TimelineError as exc:
        return _error(400, _one_line(str(exc)))
    except Exception:  # the client gets one line; the traceback goes to the server's log
        if config.errors is not None:
            traceback.print_exc(file=config.errors)
        return _error(500, "internal error: see the server's log")


_STATUS = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Method not allowed"}


def _error(status: int, message: str) -> Response:
    title = _STATUS.get(status, "Server error")
    return Response(status=status, body=_pages.message_page(title, message))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _route(config: Config, request: Request) -> Response:
    parts = urlsplit(request.target)
    try:
        segments = [unquote(s, errors="strict") for s in parts.path.split("/")[1:]]
    except UnicodeDecodeError:
        raise InputError("request", "the address is not UTF-8") from None
    query = _form(parts.query)
    method = request.method
    if segments in ([], [""]):
        _only(method, "GET")
        return _ok(_index(config))
    head, rest = segments[0], segments[1:]
    if head == "entity" and len(rest) == 1 and rest[0]:
        _only(method, "GET")
        return _ok(_entity(config, rest[0], query))
    if head == "search" and not rest:
        _only(method, "GET")
        q = query.get("q", "")
        hits, more = search(_timeline(config), q)
        return _ok(_pages.search_page(q, hits, more))
    if head == "drafts" and rest and rest[0]:
        folder = _folder(config)
        name = rest[0]
        if len(rest) == 1:
            _only(method, "GET")
            return _ok(_review(config, folder.load(name)))
        if len(rest) == 2 and rest[1] == "save":
            _only(method, "POST")
            return _save(config, folder, name, _body_form(request))
        if len(rest) == 2 and rest[1] == "ingest":
            _only(method, "POST")
            return _ok(_ingest(config, folder, name))
    raise _Refused(404, f"no page at {parts.path!r}")


def _only(method: str, allowed: str) -> None:
    if method != allowed:
        raise _Refused(405, f"{method} is not allowed here; use {allowed}")


def _ok(body: str) -> Response:
    return Response(status=200, body=body)


def _form(text: str) -> dict[str, str]:
    try:
        pairs = parse_qsl(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError:
        raise InputError("request", "the form is not UTF-8") from None
    form: dict[str, str] = {}
    for k, v in pairs:
        if k in form:
            raise InputError("request", f"the form gives {k!r} twice")
        form[k] = v
    return form


def _body_form(request: Request) -> dict[str, str]:
    kind = request.content_type.split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise InputError("request", "send the form as application/x-www-form-urlencoded")
    try:
        text = request.body.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("request", "the form is not UTF-8") from None
    return _form(text)


def _timeline(config: Config) -> Timeline:
    """A timeline of the log read afresh for each request, so that the server answers from
    what the log holds now, whoever appended to it.
    """
    return Timeline.open(config.log, create=True)


def _folder(config: Config) -> DraftFolder:
    if config.drafts is None:
        raise _Refused(404, "no drafts folder: start the server with --drafts DIR")
    return DraftFolder(config.drafts)


def _index(config: Config) -> str:
    tl = _timeline(config)
    drafts: list[str] | None = None
    reviewed: dict[str, str] = {}
    if config.drafts is not None:
        folder = DraftFolder(config.drafts)
        drafts = folder.drafts()
        reviewed = {n: folder.reviewed_name(n) for n in folder.reviewed()}
    return _pages.index_page(tl.entities(), len(tl.records()), str(config.log), drafts, reviewed)


def _entity(config: Config, entity: str, query: Mapping[str, str]) -> str:
    from timeline.html import page  # the page of `timeline html`, unchanged but for a link

    text = page(
        _timeline(config),
        entity,
        as_of=query.get("as_of") or None,
        known_at=query.get("known_at") or None,
    )
    link = '<nav aria-label="site"><a href="/">Index</a></nav>'
    return text.replace("<header>", f"<header>{link}", 1)


def _tags(review: Review) -> list[Tag]:
    """The date expressions of the draft's article, read as `timeline tag` reads them (none
    when the source's date or language cannot be used).
    """
    from timeline.extract.tagger import tag

    source = review.seed.source
    published, lang = source.get("published"), source.get("language")
    if not isinstance(published, dt.date) or lang not in ("fr", "en"):
        return []
    try:
        return tag(review.seed.text, published, str(lang))
    except TimelineError:
        return []


def _review(
    config: Config,
    review: Review,
    *,
    proposals: Sequence[Proposal] | None = None,
    error: str | None = None,
    saved: str | None = None,
) -> str:
    return _pages.review_page(
        review,
        review.proposals if proposals is None else proposals,
        _tags(review),
        _TYPES,
        str(config.log),
        error=error,
        saved=saved,
    )


def _save(config: Config, folder: DraftFolder, name: str, form: dict[str, str]) -> Response:
    review = folder.load(name)
    proposals = proposals_from_form(review, form)
    try:
        target = folder.save(review, proposals, _timeline(config).catalogue)
    except TimelineError as exc:
        message = _one_line(str(exc))
        return Response(
            status=400, body=_review(config, review, proposals=proposals, error=message)
        )
    return _ok(_review(config, review, proposals=proposals, saved=target.name))


def _ingest(config: Config, folder: DraftFolder, name: str) -> str:
    path = folder.reviewed_path(name)
    if not path.exists():
        raise InputError(name, "no reviewed seed file yet: review the draft and save it first")
    tl = _timeline(config)
    records = tl.ingest([path])
    if records:
        said = (
            f"appended {len(records)} events as #{records[0].seq}-#{records[-1].seq} "
            f"to {config.log}"
        )
    else:
        said = f"nothing new: every event of {path.name} is already in {config.log}"
    entities = [e for e in tl.entities() if e.id in _declared(path)]
    return _pages.ingested_page(path.name, said, entities)


def _declared(path: Path) -> set[str]:
    """The ids of the entities a seed file declares."""
    return {str(t.get("id")) for _, t in read_seed(path).entities}
