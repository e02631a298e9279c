"""The head office in a process of its own, as it runs: for a trial, the
screenshots of the Sync area, the benchmarks and the tests of worker processes.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator


def free_port() -> int:
    """A TCP port on the loopback that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serving(db_url: str, *, workers: int = 1, wait_seconds: float = 60) -> Iterator[str]:
    """``fieldservice-headoffice serve`` on *db_url* at a free loopback port;
    yields its address once it answers, and stops it on the way out."""
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fieldservice.headoffice.cli",
            "serve",
            "--db",
            db_url,
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v1/health", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the head office did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
