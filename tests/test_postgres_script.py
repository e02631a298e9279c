"""scripts/postgres.sh: two runs on one machine, each with a state file of its own,
get two servers, and stopping one leaves the other running (a second test run
used to stop the first run's server)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALLED = bool(shutil.which("initdb") or glob.glob("/usr/lib/postgresql/*/bin/initdb"))


def script(action: str, state: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "postgres.sh"), action],
        env={**os.environ, "FIELDSERVICE_PG_STATE": str(state)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def answers(url: str) -> bool:
    import psycopg

    try:
        with psycopg.connect(
            url.replace("postgresql+psycopg://", "postgresql://"), connect_timeout=5
        ):
            return True
    except psycopg.OperationalError:
        return False


@pytest.mark.skipif(
    not INSTALLED and not os.environ.get("CI"),
    reason="NO POSTGRESQL: initdb is not installed, so scripts/postgres.sh cannot start a server",
)
def test_two_test_runs_on_one_machine_keep_their_own_servers(tmp_path):
    first, second = tmp_path / "first.state", tmp_path / "second.state"
    started = script("start", first)
    assert started.returncode == 0, started.stderr
    try:
        other = script("start", second)
        assert other.returncode == 0, other.stderr
        first_url = started.stdout.split("'")[1]
        second_url = other.stdout.split("'")[1]
        assert first_url != second_url
        assert script("stop", second).returncode == 0
        assert not answers(second_url)
        assert answers(first_url)  # the other run's server is still there
    finally:
        script("stop", second)
        script("stop", first)
    assert not answers(first_url)


@pytest.mark.skipif(
    not INSTALLED and not os.environ.get("CI"),
    reason="NO POSTGRESQL: initdb is not installed, so scripts/postgres.sh cannot start a server",
)
def test_each_test_run_starts_a_server_of_its_own_without_naming_a_state_file():
    # What scripts/test.sh does: "start --own" with no state file of its choosing,
    # then "stop" with the FIELDSERVICE_PG_STATE that start exported.
    environment = {k: v for k, v in os.environ.items() if k != "FIELDSERVICE_PG_STATE"}

    def start_own() -> dict[str, str]:
        done = subprocess.run(
            ["bash", str(ROOT / "scripts" / "postgres.sh"), "start", "--own"],
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        exported = dict(
            line.removeprefix("export ").split("=", 1) for line in done.stdout.splitlines()
        )
        return {name: value.strip("'") for name, value in exported.items()}

    first = start_own()
    try:
        second = start_own()
        try:
            assert first["FIELDSERVICE_PG_STATE"] != second["FIELDSERVICE_PG_STATE"]
            assert first["FIELDSERVICE_TEST_PG_URL"] != second["FIELDSERVICE_TEST_PG_URL"]
        finally:
            assert script("stop", Path(second["FIELDSERVICE_PG_STATE"])).returncode == 0
        assert not answers(second["FIELDSERVICE_TEST_PG_URL"])
        assert answers(first["FIELDSERVICE_TEST_PG_URL"])  # the first run's server still up
    finally:
        script("stop", Path(first["FIELDSERVICE_PG_STATE"]))
    assert not answers(first["FIELDSERVICE_TEST_PG_URL"])
