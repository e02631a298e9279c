"""The head office in a process of its own, as it runs: for a trial, the
screenshots of the Sync area, the benchmarks and the tests of worker processes.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from typing import IO

# ``fieldservice-headoffice`` as this interpreter runs it.
HEADOFFICE = [sys.executable, "-m", "fieldservice.headoffice.cli"]


def free_port() -> int:
    """A TCP port on the loopback that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def migrate(db_url: str) -> str:
    """``fieldservice-headoffice migrate`` on *db_url*, as an administrator runs it
    before serving; returns what it said."""
    done = subprocess.run(
        [*HEADOFFICE, "migrate", "--db", db_url], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"the head office's database was not migrated:\n{done.stderr}")
    return done.stdout


@contextlib.contextmanager
def running(
    command: list[str],
    url: str,
    *,
    env: Mapping[str, str] | None = None,
    stdout: IO[bytes] | int = subprocess.DEVNULL,
    stderr: IO[bytes] | int = subprocess.DEVNULL,
    ready_path: str = "/readyz",
    wait_seconds: float = 60,
) -> Iterator[subprocess.Popen[bytes]]:
    """The head office started by *command*: yields its process once *url* answers
    *ready_path* with 200, and stops it on the way out. Its access log goes to
    *stdout*, its own messages to *stderr*."""
    server = subprocess.Popen(command, env=env, stdout=stdout, stderr=stderr)
    try:
        deadline = time.monotonic() + wait_seconds
        last = "no answer"
        while True:
            try:
                with urllib.request.urlopen(f"{url}{ready_path}", timeout=1):
                    break
            except urllib.error.HTTPError as answer:
                last = f"{answer.code} {answer.read().decode(errors='replace')}"
            except OSError as exc:
                last = str(exc)
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError(f"the head office did not start ({ready_path}: {last})")
            time.sleep(0.1)
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)


@contextlib.contextmanager
def serving(
    db_url: str, *, workers: int = 1, wait_seconds: float = 60, port: int | None = None
) -> Iterator[str]:
    """``fieldservice-headoffice migrate``, then ``serve`` on *db_url* at a loopback
    port (*port*, or a free one); yields its address once it is ready, and stops it
    on the way out."""
    migrate(db_url)
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    command = [*HEADOFFICE, "serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(port)]
    with running([*command, "--workers", str(workers)], url, wait_seconds=wait_seconds):
        yield url
