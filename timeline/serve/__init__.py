"""`timeline serve`: a local web server for reading a log and reviewing drafts in a browser.

It serves an index of the log's entities, each entity's page (the page of `timeline html`), a
search over fact values and quotes, and draft review (see `timeline.serve._app` for the
routes). It is built on the standard library's `http.server` (`ThreadingHTTPServer`, one
thread a request): it is a tool for one person on their own machine, so it needs no
framework, no dependency to install or keep up to date, and nothing that is not in Python.
It is not hardened to face a network: it listens on 127.0.0.1 (this machine only) unless
`host` says otherwise.

Drafts are given as a folder (`--drafts DIR`): the server lists the `*.toml` files in it
(drafts written by `timeline extract`, their article texts beside them, as `extract` writes
them); a review writes `<stem>.reviewed.toml` in the same folder, and Ingest appends it to
the log with `Timeline.ingest`, the checks of `timeline ingest`. The server writes nothing
but those reviewed files and the log: names in addresses are plain file names that the
folder lists (no path, no `..`), and on any bad input it writes nothing.

A page in another site could post a form to a local server: the server answers only
requests addressed to it by the name it listens on (the Host header, against DNS
rebinding), refuses a POST whose Origin is another site, and forbids being framed.
"""

from __future__ import annotations

import http.server
import ipaddress
import sys
from pathlib import Path
from typing import Any, TextIO

from timeline.serve._app import MAX_BODY, Config, Request, Response, respond

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "Config", "Server", "make_server"]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8600


class Server(http.server.ThreadingHTTPServer):
    """The HTTP server, holding its `Config`."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], config: Config, quiet: bool) -> None:
        self.config = config
        self.quiet = quiet
        super().__init__(address, _Handler)

    @property
    def host(self) -> str:
        """The address the server listens on."""
        host = self.server_address[0]
        return host.decode() if isinstance(host, bytes) else str(host)

    @property
    def port(self) -> int:
        """The port the server listens on (the one chosen when it was given 0)."""
        return int(self.server_address[1])

    @property
    def url(self) -> str:
        """The address to open in a browser."""
        shown = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{shown}:{self.port}/"

    def allowed_hosts(self) -> set[str]:
        """The Host headers the server answers (any, when it listens on every address)."""
        host, port = self.host, self.port
        names = {host, f"[{host}]"}
        if _loopback(host):
            names |= {"127.0.0.1", "localhost", "[::1]"}
        return {f"{n}:{port}" for n in names}


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _wildcard(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return host == ""


def make_server(
    log: str | Path,
    *,
    drafts: str | Path | None = None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    quiet: bool = False,
    errors: TextIO | None = None,
) -> Server:
    """A server of `log` (and of the drafts in the folder `drafts`) bound to `host:port`
    (port 0: any free port; see `Server.url`), not yet serving: call `serve_forever()`.
    `quiet` drops the line logged for each request; tracebacks go to `errors` (stderr).
    """
    config = Config(
        log=Path(log),
        drafts=None if drafts is None else Path(drafts),
        errors=sys.stderr if errors is None else errors,
    )
    return Server((host, port), config, quiet)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: Server
    server_version = "timeline"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = 60
    """Seconds a connection may stay silent (a body shorter than it said) before it is closed."""

    def do_GET(self) -> None:
        self._answer("GET")

    def do_POST(self) -> None:
        self._answer("POST")

    def _answer(self, method: str) -> None:
        refused = self._refusal(method)
        if refused is not None:
            self._send(refused)
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(
            method=method,
            target=self.path,
            body=body,
            content_type=self.headers.get("Content-Type", ""),
        )
        self._send(respond(self.server.config, request))

    def _refusal(self, method: str) -> Response | None:
        from timeline.serve._app import _error

        host = self.headers.get("Host", "")
        if not _wildcard(self.server.host) and host not in self.server.allowed_hosts():
            return _error(400, f"unexpected Host header {host[:80]!r}: open {self.server.url}")
        origin = self.headers.get("Origin")
        if method == "POST" and origin is not None and origin != f"http://{host}":
            return _error(403, "a form from another site may not post here")
        raw = self.headers.get("Content-Length") or "0"
        if not raw.isdigit():
            self.close_connection = True
            return _error(400, "bad Content-Length")
        if int(raw) > MAX_BODY:
            self.close_connection = True
            return _error(400, f"the request is larger than {MAX_BODY} bytes")
        return None

    def _send(self, response: Response) -> None:
        data = response.body.encode("utf-8")
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("Content-Security-Policy", "frame-ancestors 'none'")
        # Not "no-referrer": under it, a browser posts this server's own forms with Origin: null.
        self.send_header("Referrer-Policy", "same-origin")
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.quiet:
            super().log_message(format, *args)
