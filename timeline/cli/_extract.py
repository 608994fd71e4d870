"""`timeline tag` and `timeline extract`: the temporal tagger and the annotation draft.

`tag` prints the date expressions of a text (or of stdin, `-`) with their offsets, spans and
tenses. `extract` writes a draft seed file for a person to review and then `timeline ingest`;
it reads the log only for the entities it knows, and never writes it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from timeline._files import regular_file
from timeline.cli._common import Command, Parents, iso_date
from timeline.errors import InputError

if TYPE_CHECKING:  # the tagger and the drafter load only for the commands that use them
    from timeline.extract._seedfile import Draft
    from timeline.projections.catalogue import Catalogue

__all__ = ["register"]

MAX_TEXT_BYTES = 1024 * 1024
"""`tag` and `extract` refuse a text larger than this (1 MiB, the seed-file limit)."""


def register(command: Command, parents: Parents) -> None:
    """Add `tag` and `extract` to the command line, through its `command` factory."""
    log = parents.log
    p = command(
        "tag",
        "find the date expressions of a text, with offsets, spans and tenses",
        "timeline tag article.txt --ref 2024-03-12 --lang fr --json",
        [],
    )
    p.add_argument("file", metavar="FILE", help="a UTF-8 text file, or - for stdin")
    p.add_argument("--ref", required=True, type=iso_date, help="reference date (publication)")
    p.add_argument("--lang", required=True, choices=["fr", "en"], help="language of the text")
    p.add_argument("--json", action="store_true", help="print a JSON list for programs")
    p.add_argument(
        "--format",
        choices=["text", "json", "timeml"],
        default="text",
        help="text (one line per expression), json (as --json) or timeml (a TimeML document "
        "with TIMEX3 tags and the reference date as its creation time)",
    )
    _nlp_option(p)
    p.set_defaults(run=_tag)

    p = command(
        "extract",
        "write a draft seed file (annotations to review, then ingest) for a new article",
        "timeline extract article.txt --published 2024-03-12 --lang fr --source-id afp-1",
        [log],
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="the article, a UTF-8 text file; or several, or folders of *.txt articles",
    )
    p.add_argument(
        "--published",
        type=iso_date,
        help="publication date (default: the YYYY-MM-DD in each file's name)",
    )
    p.add_argument(
        "--lang",
        choices=["fr", "en"],
        help="language of the text (default: guessed from its common words)",
    )
    p.add_argument(
        "--source-id", help="the id the source will have in the log (default: the file's stem)"
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="DRAFT",
        help="where to write the draft, in any folder: its text path is made relative to it, "
        "or absolute (default: <stem>.draft.toml beside FILE; - for stdout)",
    )
    p.add_argument("--title", help="the source's title (default: the first sentence)")
    p.add_argument("--publisher", default="unknown", help="the publisher (default: unknown)")
    p.add_argument("--url", help="the source's URL")
    p.add_argument("--force", action="store_true", help="overwrite an existing draft")
    _nlp_option(p)
    p.set_defaults(run=_extract)


def _nlp_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--nlp",
        choices=["auto", "spacy", "rules"],
        help="language analysis (default: $TIMELINE_NLP, else spaCy when installed, else rules)",
    )


def _read(name: str) -> str:
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text stream without bytes underneath (tests, embedding)
            text: str = sys.stdin.read(MAX_TEXT_BYTES + 1)
            if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
                raise InputError(name, f"larger than {MAX_TEXT_BYTES} bytes")
            return text
        data: bytes = stream.read(MAX_TEXT_BYTES + 1)
    else:
        try:
            with regular_file(name).open("rb") as f:
                data = f.read(MAX_TEXT_BYTES + 1)
        except OSError as exc:
            raise InputError(name, exc.strerror or str(exc)) from None
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(name, f"larger than {MAX_TEXT_BYTES} bytes")
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is not part of the text
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not UTF-8 at byte {exc.start}") from None


def _tag(args: argparse.Namespace, out: TextIO) -> int:
    import json

    from timeline.extract.nlp import backend
    from timeline.extract.tagger import tag
    from timeline.extract.timexes import timexes
    from timeline.time import timeml

    text = _read(args.file)
    analyser = backend(args.nlp, args.lang)
    tense_of = analyser.tense_finder(text, args.lang)
    if args.format == "timeml":
        doc_id = "stdin" if args.file == "-" else Path(args.file).stem
        found = timexes(text, args.ref, args.lang, tense_of=tense_of)
        out.write(timeml.write(text, args.ref, found, doc_id=doc_id))
        return 0
    tags = tag(text, args.ref, args.lang, tense_of=tense_of)
    if args.json or args.format == "json":
        out.write(json.dumps([t.to_json() for t in tags], ensure_ascii=False) + "\n")
        return 0
    for t in tags:
        data = t.to_json()
        span = "" if t.span is None else f"{t.span.iso()} {data['precision']}"
        tense = data["tense"] or ""
        first, last = data["offset"]
        out.write(f"{first}-{last}\t{data['kind']}\t{t.text}\t{span}\t{tense}".rstrip() + "\n")
    return 0


def _catalogue(args: argparse.Namespace) -> Catalogue | None:
    path = args.log or os.environ.get("TIMELINE_LOG")
    if not path:
        return None
    if not Path(path).exists():
        raise InputError(str(path), "no such log")
    from timeline.api import Timeline

    return Timeline.open(path).catalogue


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    """Draft each article; with several, every draft goes beside its article, and all of them
    are checked (dates, existing drafts) before any is written.
    """
    from timeline.extract.grounding import review

    articles = _articles(args.files)
    several = len(articles) > 1
    if several:
        for option in ("output", "title", "url", "source_id"):
            if getattr(args, option):
                flag = "--" + option.replace("_", "-")
                raise InputError(flag, f"names one article; {len(articles)} were given")
    catalogue = _catalogue(args)
    jobs = [_job(args, path, catalogue) for path in articles]
    for target, result, _ in jobs:
        toml = result.to_toml()
        lang = result.source["language"]
        summary = "".join(f"  {line}\n" for line in review(result, lang, result.problems))
        text_line = _text_line(result.source["text"], target)
        if target is None:
            out.write(toml)
            sys.stderr.write(text_line + "review first:\n" + summary)
            continue
        _write_atomically(target, toml)
        out.write(f"wrote {_events(len(result.events))} to {target}: review, then ingest\n")
        out.write(text_line)
        out.write("review first:\n" + summary)
    return 0


def _articles(names: list[str]) -> list[str]:
    """The articles named: files as given, folders as their *.txt files in name order."""
    out: list[str] = []
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            found = sorted(str(p) for p in path.glob("*.txt") if p.is_file())
            if not found:
                raise InputError(name, "a folder without articles (*.txt)")
            out.extend(found)
        else:
            out.append(name)
    if "-" in out and len(out) > 1:
        raise InputError("-", "stdin can only be read alone")
    return out


_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")


def _job(
    args: argparse.Namespace, name: str, catalogue: Catalogue | None
) -> tuple[Path | None, Draft, str]:
    """Where one article's draft goes, and the draft, checked before anything is written."""
    from timeline.extract._text import guess_language
    from timeline.extract.draft import draft
    from timeline.extract.entities import slug

    source = Path(name)
    text = _read(name)
    if not text.strip():
        sys.stderr.write(f"warning: {name} holds no text: its draft has no events\n")
    target = (
        None
        if args.output == "-"
        else Path(args.output or source.with_name(f"{source.stem}.draft.toml"))
    )
    if target is not None:
        if not target.parent.is_dir():
            raise InputError(str(target), f"no such folder {target.parent}")
        if target.is_dir():
            raise InputError(str(target), "is a folder: name the draft file")
        if target.exists() and not args.force:
            raise InputError(str(target), "already exists (use --force to overwrite)")
    text_path = _text_path_of(source, target)
    published = args.published
    if published is None:
        found = _DATE_IN_NAME.search(source.name)
        if found is None:
            raise InputError(name, "no --published, and no YYYY-MM-DD in the file's name")
        try:
            published = dt.date.fromisoformat(found.group(1))
        except ValueError:
            raise InputError(name, f"its name's date {found.group(1)} is no such day") from None
    lang = args.lang or guess_language(text)
    result = draft(
        text,
        published=published,
        lang=lang,
        source_id=args.source_id or slug(source.stem),
        text_path=text_path,
        catalogue=catalogue,
        nlp=args.nlp,
        title=args.title,
        publisher=args.publisher,
        url=args.url,
    )
    return target, result, lang


def _text_path_of(article: Path, draft: Path | None) -> str:
    """The draft's `text`: the article's path relative to the draft's folder (the article's
    own folder for a draft printed to stdout), or absolute when the two share no folder but
    the root (a relative path climbing to the root says no more, and breaks when either moves).
    """
    where = article.resolve()
    folder = (draft or article).resolve().parent
    try:
        common = os.path.commonpath([where, folder])
    except ValueError:  # on two drives (Windows): no relative path joins them
        return where.as_posix()
    if common == where.anchor:
        return where.as_posix()
    return Path(os.path.relpath(where, folder)).as_posix()


def _text_line(text_path: str, target: Path | None) -> str:
    """The line saying which `text` path the draft holds, and what it is relative to."""
    import json

    if Path(text_path).is_absolute():
        how = "absolute, as the draft's folder shares none with the article's"
    elif target is None:
        how = "relative to the article's folder: save the draft there"
    else:
        how = "relative to the draft's folder"
    return f"its text = {json.dumps(text_path, ensure_ascii=False)} ({how})\n"


def _write_atomically(target: Path, content: str) -> None:
    folder = target.resolve().parent
    import tempfile  # for writing a draft only: `state` and the other commands never need it

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _events(count: int) -> str:
    """`1 draft event`, `3 draft events`."""
    return f"{count} draft event{'' if count == 1 else 's'}"
