"""The head office's access log: one JSON object per HTTP request, one line each.

    {"time": "2026-05-04T09:12:03.517Z", "method": "POST", "path": "/api/v1/sync/push",
     "status": 200, "duration_ms": 41.2, "client": "203.0.113.7", "site": "LD01",
     "pid": 4711}

``time`` is when the request arrived (UTC), ``client`` the address the request came
from (the one a trusted reverse proxy names, see ``serve --forwarded-allow-ips``),
``site`` the centre it was authenticated as (null otherwise) and ``pid`` the worker
process that served it. Never the query string, a header or a body: tokens travel
in headers, and a query or body may carry a customer's details.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import time
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Where the route that authenticated a centre leaves its code for this log
# (``request.state``, which lives in the request's scope).
SITE_KEY = "site"

LineWriter = Callable[[bytes], object]


def to_stdout(line: bytes) -> None:
    """Write *line* to standard output in one system call: the workers share it, and
    a whole line up to the pipe's atomic size never interleaves with another's. A
    log that cannot be written never fails the request."""
    with contextlib.suppress(OSError):
        os.write(1, line)


class AccessLog:
    """ASGI middleware writing the access log line of each HTTP request once it is
    answered (or has failed: 500 when no answer was started)."""

    def __init__(self, app: ASGIApp, write: LineWriter = to_stdout) -> None:
        self.app = app
        self.write = write

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        arrived = time.time()
        started = time.perf_counter()
        status: int | None = None

        async def noting_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noting_status)
        except Exception:
            if status is None:
                status = 500
            raise
        finally:
            self.write(entry(scope, status, arrived, time.perf_counter() - started))


def entry(scope: Scope, status: int | None, arrived: float, seconds: float) -> bytes:
    """The log line of one request (with its newline)."""
    client = scope.get("client")
    state: dict[str, Any] = scope.get("state") or {}
    stamp = dt.datetime.fromtimestamp(arrived, dt.UTC).isoformat(timespec="milliseconds")
    fields = {
        "time": stamp.replace("+00:00", "Z"),
        "method": scope["method"],
        "path": scope["path"],
        "status": status,
        "duration_ms": round(seconds * 1000, 1),
        "client": client[0] if client else None,
        "site": state.get(SITE_KEY),
        "pid": os.getpid(),
    }
    return (json.dumps(fields, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
