"""`timeline serve`: the log's pages, search and draft review in a browser (`timeline.serve`).

Everything the command is given is checked before it listens: the log must be a log file
(it need not exist yet when there are drafts to ingest into it), the drafts folder a folder,
the port free; on a bad one, a one-line error and exit status 2, with nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from timeline.cli._common import Command, Parents, default_log
from timeline.errors import InputError

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "register"]

DEFAULT_HOST = "127.0.0.1"
"""`timeline.serve.DEFAULT_HOST`, written again so that building the parser does not import
the server (`http.server`, tens of milliseconds of every command's start); a test holds the
two equal.
"""
DEFAULT_PORT = 8600
"""`timeline.serve.DEFAULT_PORT`, as `DEFAULT_HOST`."""


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"not a port number (0 to 65535): {text!r}")
    return int(text)


def register(command: Command, parents: Parents) -> None:
    """Add `serve` to the parser through its `command` helper."""
    p = command(
        "serve",
        "serve the log's entity pages, a search over values and quotes, and draft review "
        "(the drafts of --drafts DIR beside their articles, saved and ingested) on this machine",
        "timeline serve --drafts drafts/ --port 8600",
        [parents.log],
    )
    p.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        help=f"the port to listen on (default: {DEFAULT_PORT}; 0: any free port)",
    )
    p.add_argument(
        "--host",
        default=DEFAULT_HOST,
        metavar="ADDRESS",
        help=f"the address to listen on (default: {DEFAULT_HOST}, this machine only; "
        "0.0.0.0 lets the network read the log and ingest into it)",
    )
    p.add_argument(
        "--drafts",
        metavar="DIR",
        help="a folder of drafts written by `timeline extract` (*.toml, their texts beside "
        "them) to review; reviews are written there as <stem>.reviewed.toml",
    )
    p.set_defaults(run=_serve)


def _serve(args: argparse.Namespace, out: TextIO) -> int:
    from timeline.log import open_log
    from timeline.serve import make_server

    path = Path(args.log or default_log())
    if args.drafts is not None and not Path(args.drafts).is_dir():
        raise InputError(args.drafts, "not a folder of drafts")
    open_log(path)  # InputError for a folder, a pipe or an unknown suffix; opens nothing yet
    if not path.exists() and args.drafts is None:
        raise InputError(str(path), "no such log (build it with `timeline ingest SEEDFILE`)")
    if not path.parent.is_dir():
        raise InputError(str(path), "its folder does not exist")
    server = make_server(path, drafts=args.drafts, host=args.host, port=args.port)
    try:
        out.write(f"serving {path} at {server.url} (Ctrl-C to stop)\n")
        out.flush()
        server.serve_forever()
    finally:
        server.server_close()
    sys.stderr.flush()
    return 0
