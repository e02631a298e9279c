"""The head office as a production service: migrating is the administrator's step
(the server never migrates; the other commands refuse a database not at head),
``/healthz`` and ``/readyz`` tell a load balancer whether it answers and can serve,
the server runs from its systemd unit's command line with several workers and
centres sync through it, and its access log is a JSON object a request with no
secret in it."""

from __future__ import annotations

import datetime as dt
import json
import os
import shlex
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from sqlalchemy import inspect

from fieldservice.db import alembic_config, head_revision
from fieldservice.headoffice import cli, sync
from fieldservice.headoffice.app import create_app
from fieldservice.headoffice.process import HEADOFFICE, free_port, running
from fieldservice.headoffice.store import HeadOfficeStore, headoffice_alembic_config
from tests.headoffice import test_sync
from tests.headoffice.conftest import RunningServer, customer_insert_op
from tests.headoffice.test_workers import _push_from_six_centres_at_once

SERVICE_FILES = Path(__file__).resolve().parents[2] / "installer" / "headoffice"
UNIT = SERVICE_FILES / "fieldservice-headoffice.service"
ENV_FILE = SERVICE_FILES / "headoffice.env"
INSTALLED = "/opt/fieldservice/fieldservice-headoffice"
LOG_FIELDS = {"time", "method", "path", "status", "duration_ms", "client", "site", "pid"}
on_postgresql = pytest.mark.parametrize("head_office_store", ["postgresql"], indirect=True)
# This version's schema: the replicated tables' head, then the head office's own.
CENTRE_HEAD = head_revision(alembic_config())
HEAD = f"{CENTRE_HEAD}+{head_revision(headoffice_alembic_config())}"


def unit_entries(path: Path) -> dict[str, list[str]]:
    """A systemd unit's ``Section.Key`` entries, each with its values in order."""
    entries: dict[str, list[str]] = {}
    section = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        entries.setdefault(f"{section}.{key.strip()}", []).append(value.strip())
    return entries


def environment_file(path: Path) -> dict[str, str]:
    """The variables of a systemd EnvironmentFile (``KEY=value`` lines)."""
    found = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line and not line.startswith(("#", ";")):
            key, _, value = line.partition("=")
            found[key.strip()] = value.strip().strip("\"'")
    return found


def unit_command() -> list[str]:
    """The unit's ExecStart, with the installed program replaced by this
    environment's ``fieldservice-headoffice``."""
    (exec_start,) = unit_entries(UNIT)["Service.ExecStart"]
    program, *arguments = shlex.split(exec_start)
    assert program == INSTALLED
    return [*HEADOFFICE, *arguments]


def log_lines(path: Path) -> list[dict]:
    """The access log's lines written so far (not one being written)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n")[:-1]]


def logged(path: Path, wanted, seconds: float = 30) -> list[dict]:
    """The access log's lines once *wanted* (of them) holds: a line is written just
    after its answer is sent, so the client may read the answer first."""
    deadline = time.monotonic() + seconds
    while not wanted(lines := log_lines(path)):
        assert time.monotonic() < deadline, f"not logged in {seconds} s: {lines[-5:]}"
        time.sleep(0.05)
    return lines


def worker_processes(parent: int) -> set[int]:
    """The uvicorn workers of the server process *parent*: its spawned children
    (not multiprocessing's resource tracker)."""
    proc = Path("/proc")
    if not proc.is_dir():
        pytest.skip("NO /proc: cannot list the server's worker processes here")
    found = set()
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent and b"spawn_main" in command:
            found.add(int(entry.name))
    return found


# -- migrating is the administrator's step ------------------------------------------------------


@on_postgresql
def test_serve_leaves_a_new_database_alone_and_is_ready_once_it_is_migrated(head_office_store):
    store = head_office_store
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    serve = [*HEADOFFICE, "serve", "--db", store.url, "--port", str(port), "--workers", "1"]
    with running(serve, url, ready_path="/healthz"):
        assert requests.get(f"{url}/healthz", timeout=10).json() == {"status": "ok"}
        not_ready = requests.get(f"{url}/readyz", timeout=10)
        assert not_ready.status_code == 503
        assert not_ready.json() == {
            "status": "not ready",
            "database": "reachable",
            "schema": f"schema none+none, head {HEAD}: run fieldservice-headoffice migrate",
        }
        assert inspect(store.engine).get_table_names() == []  # serve migrated nothing

        migrated = subprocess.run(
            [*HEADOFFICE, "migrate", "--db", store.url], capture_output=True, text=True
        )
        assert migrated.returncode == 0, migrated.stderr
        assert f"Migrated from none+none to {HEAD}." in migrated.stdout
        ready = requests.get(f"{url}/readyz", timeout=10)
        assert ready.status_code == 200
        assert ready.json() == {
            "status": "ready",
            "database": "reachable",
            "schema": f"at head {HEAD}",
        }
    again = subprocess.run(
        [*HEADOFFICE, "migrate", "--db", store.url], capture_output=True, text=True
    )
    assert again.returncode == 0 and f"Already at head ({HEAD})" in again.stdout


def test_admin_commands_refuse_a_database_not_migrated_and_name_migrate(
    head_office_store, tmp_path, capsys
):
    store = head_office_store
    products = tmp_path / "products.csv"
    products.write_text("sku,name\nP-1,Pump\n", encoding="utf-8")
    commands = [
        ["site", "add", "LD01", "Leeds"],
        ["site", "list"],
        ["site", "revoke", "LD01"],
        ["reader", "add", "Ann Analyst"],
        ["conflicts", "list"],
        ["conflicts", "resolve", "1"],
        ["catalogue", "import", str(products)],
    ]
    for command in commands:
        assert cli.main([*command, "--db", store.url]) == 1, command
        said = capsys.readouterr()
        assert said.out == ""
        assert said.err.strip() == (
            "The head office's database is not at this version's schema: schema none+none,"
            f" head {HEAD}: run fieldservice-headoffice migrate. Nothing was changed."
        )
    assert inspect(store.engine).get_table_names() == []
    assert cli.main(["migrate", "--db", store.url]) == 0
    capsys.readouterr()
    assert cli.main(["site", "add", "LD01", "Leeds", "--db", store.url]) == 0
    assert "Centre LD01 may enrol" in capsys.readouterr().out


def test_a_database_newer_than_this_version_is_not_ready_and_not_migrated(
    head_office_store, capsys
):
    store = head_office_store
    store.migrate()
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE ho_alembic_version SET version_num = 'h999'")
    server = RunningServer(store)
    server.start()
    try:
        answer = requests.get(f"{server.url}/readyz", timeout=10)
    finally:
        server.stop()
    assert answer.status_code == 503
    assert answer.json()["schema"] == (
        f"schema {CENTRE_HEAD}+h999 is newer than this version knows (head {HEAD}):"
        " install the version that migrated it"
    )
    assert cli.main(["migrate", "--db", store.url]) == 1
    assert "newer than this version knows" in capsys.readouterr().err


def test_an_unreachable_database_is_not_ready_and_the_commands_say_so(capsys):
    store = HeadOfficeStore(f"postgresql://fieldservice:secret@127.0.0.1:{free_port()}/none")
    server = RunningServer(store)
    server.start()
    try:
        assert requests.get(f"{server.url}/healthz", timeout=10).status_code == 200
        answer = requests.get(f"{server.url}/readyz", timeout=30)
    finally:
        server.stop()
        store.dispose()
    assert answer.status_code == 503
    body = answer.json()
    assert body["status"] == "not ready" and "schema" not in body
    assert body["database"].startswith("unreachable: ") and "refused" in body["database"]
    for command in (["migrate"], ["site", "list"]):
        assert cli.main([*command, "--db", store.url]) == 1
        said = capsys.readouterr().err
        assert said.startswith("The head office's database (postgresql+psycopg://fieldservice:***@")
        assert "cannot be used" in said and "secret" not in said


# -- serve's settings ---------------------------------------------------------------------------


@pytest.fixture
def uvicorn_runs(monkeypatch) -> list[dict]:
    """What ``serve`` hands to uvicorn (which is not started)."""
    import uvicorn

    calls: list[dict] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **settings: calls.append(settings))
    for name in (cli.HOST_ENV, cli.PORT_ENV, cli.WORKERS_ENV, cli.FORWARDED_ALLOW_IPS_ENV):
        monkeypatch.delenv(name, raising=False)
    return calls


def test_serve_takes_its_settings_from_the_environment_and_flags_win(
    uvicorn_runs, monkeypatch, tmp_path, capsys
):
    trial = str(tmp_path / "trial.sqlite3")
    monkeypatch.setenv(cli.HOST_ENV, "0.0.0.0")
    monkeypatch.setenv(cli.PORT_ENV, "9100")
    monkeypatch.setenv(cli.WORKERS_ENV, "3")
    monkeypatch.setenv(cli.FORWARDED_ALLOW_IPS_ENV, "10.0.0.5")
    assert cli.main(["serve", "--db", trial]) == 0
    flags = ["--host", "127.0.0.1", "--port", "8000", "--workers", "2", "--no-proxy-headers"]
    flags += ["--forwarded-allow-ips", "192.0.2.1"]
    assert cli.main(["serve", "--db", trial, *flags]) == 0
    from_environment, from_flags = uvicorn_runs
    assert from_environment["access_log"] is False  # uvicorn's own: ours is the JSON one
    picked = ("host", "port", "workers", "forwarded_allow_ips", "proxy_headers")
    assert [from_environment[k] for k in picked] == ["0.0.0.0", 9100, 3, "10.0.0.5", True]
    assert [from_flags[k] for k in picked] == ["127.0.0.1", 8000, 2, "192.0.2.1", False]
    # It served without migrating: the trial database is still empty, and it says so.
    served = HeadOfficeStore(trial)
    assert inspect(served.engine).get_table_names() == []
    served.dispose()
    assert "not ready: schema none+none" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("cpus", "database", "workers"),
    [(16, "postgresql", 4), (2, "postgresql", 2), (1, "postgresql", 1), (16, "sqlite", 1)],
)
def test_auto_workers_are_one_per_usable_cpu_at_most_four(
    uvicorn_runs, monkeypatch, tmp_path, cpus, database, workers
):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cpus)), raising=False)
    url = (
        f"postgresql://nobody@127.0.0.1:{free_port()}/none"
        if database == "postgresql"
        else str(tmp_path / "trial.sqlite3")
    )
    monkeypatch.setenv(cli.WORKERS_ENV, "auto")
    assert cli.main(["serve", "--db", url]) == 0
    assert cli.main(["serve", "--db", url, "--workers", "auto"]) == 0
    assert [run["workers"] for run in uvicorn_runs] == [workers, workers]


# -- the access log -----------------------------------------------------------------------------


def test_each_request_is_logged_as_json_without_its_token_query_or_body(head_office_store):
    store = head_office_store
    store.migrate()
    logged: list[bytes] = []
    server = RunningServer(store)
    server.app = create_app(store, access_log=logged.append)
    server.start()
    try:
        one_time = sync.add_site(store, "LD01", "Leeds")
        enrolment = requests.post(
            f"{server.url}/api/v1/enroll", json={"site_code": "LD01", "code": one_time}, timeout=10
        )
        token = enrolment.json()["token"]
        centre = {"Authorization": f"Bearer {token}"}
        pushed = requests.post(
            f"{server.url}/api/v1/sync/push",
            json={"ops": [customer_insert_op("LD01", 1, "Jane Smith")]},
            headers=centre,
            timeout=10,
        )
        assert pushed.status_code == 200
        pull = f"{server.url}/api/v1/sync/pull"
        requests.get(pull, params={"cursor": 0, "limit": 5}, headers=centre, timeout=10)
        requests.get(pull, headers={"Authorization": "Bearer nope"}, timeout=10)
        requests.get(f"{server.url}/nowhere?token={token}", timeout=10)
    finally:
        server.stop()  # once every request is answered, and so logged
    text = b"".join(logged).decode()
    assert token not in text and one_time not in text and "nope" not in text
    assert "Jane" not in text and "cursor" not in text and "?" not in text
    assert all(line.endswith(b"\n") and line.count(b"\n") == 1 for line in logged)
    lines = [json.loads(line) for line in logged]
    assert all(set(line) == LOG_FIELDS for line in lines)
    # A line is written as its answer is sent (so two may swap places): the
    # requests, less RunningServer's probes of /api/v1/health.
    requested = [(x["method"], x["path"], x["status"], x["site"]) for x in lines]
    answered = [r for r in requested if r != ("GET", "/api/v1/health", 200, None)]
    assert len(answered) == 5 and set(answered) == {
        ("POST", "/api/v1/enroll", 200, None),
        ("POST", "/api/v1/sync/push", 200, "LD01"),
        ("GET", "/api/v1/sync/pull", 200, "LD01"),
        ("GET", "/api/v1/sync/pull", 401, None),
        ("GET", "/nowhere", 404, None),
    }
    for line in lines:
        when = dt.datetime.fromisoformat(line["time"])
        assert when.utcoffset() == dt.timedelta(0) and line["time"].endswith("Z")
        assert abs((dt.datetime.now(dt.UTC) - when).total_seconds()) < 60
        assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
        assert line["client"] == "127.0.0.1" and line["pid"] == os.getpid()


# -- the head office as its unit starts it ------------------------------------------------------


@dataclass
class UnitServer:
    """The head office started from its unit's command line and environment file."""

    store: HeadOfficeStore
    url: str
    process: subprocess.Popen[bytes]
    log: Path


@pytest.fixture
def unit_head_office(head_office_store, tmp_path) -> Iterator[UnitServer]:
    """``ExecStart`` of fieldservice-headoffice.service with its EnvironmentFile's
    settings, on this test's database, a free port and 4 workers; migrated first
    as the unit's comment says, with the same settings."""
    store = head_office_store
    (environment_file_path,) = unit_entries(UNIT)["Service.EnvironmentFile"]
    assert environment_file_path == "/etc/fieldservice/headoffice.env"
    settings = environment_file(ENV_FILE)
    port = free_port()
    env = {
        **os.environ,
        **settings,
        cli.DB_ENV: store.url,
        cli.PORT_ENV: str(port),
        cli.WORKERS_ENV: "4",
    }
    migrated = subprocess.run([*HEADOFFICE, "migrate"], env=env, capture_output=True, text=True)
    assert migrated.returncode == 0, migrated.stderr
    url = f"http://{settings[cli.HOST_ENV]}:{port}"
    log, messages = tmp_path / "access.log", tmp_path / "server.log"
    with log.open("wb") as out, messages.open("wb") as err:
        try:
            with running(unit_command(), url, env=env, stdout=out, stderr=err) as process:
                yield UnitServer(store, url, process, log)
        except RuntimeError as exc:
            raise RuntimeError(f"{exc}\n{messages.read_text(errors='replace')}") from None


@on_postgresql
def test_the_unit_starts_four_workers_that_serve_centres_pushing_at_once(unit_head_office):
    server = unit_head_office
    deadline = time.monotonic() + 60
    while len(workers := worker_processes(server.process.pid)) < 4:
        assert time.monotonic() < deadline, f"workers: {workers}"
        time.sleep(0.2)
    assert len(workers) == 4
    # Every worker takes connections (the kernel hands each to one of them).
    while {line["pid"] for line in log_lines(server.log)} != workers:
        assert time.monotonic() < deadline, {line["pid"] for line in log_lines(server.log)}
        assert requests.get(f"{server.url}/healthz", timeout=10).ok

    _push_from_six_centres_at_once(server.store, server.url)

    def pushes_of(lines: list[dict]) -> list[dict]:
        return [line for line in lines if line["path"] == "/api/v1/sync/push"]

    lines = logged(server.log, lambda lines: len(pushes_of(lines)) == 6)
    assert all(set(line) == LOG_FIELDS for line in lines)
    assert {line["pid"] for line in lines} == workers
    pushes = pushes_of(lines)
    assert sorted(line["site"] for line in pushes) == [f"W{n}" for n in range(6)]
    assert {line["status"] for line in pushes} == {200}
    pulls = [line for line in lines if line["path"] == "/api/v1/sync/pull"]
    assert pulls and {line["site"] for line in pulls} == {"W0"}
    # One more centre, whose token this test holds: it is nowhere in the log.
    token = requests.post(
        f"{server.url}/api/v1/enroll",
        json={"site_code": "LG01", "code": sync.add_site(server.store, "LG01", "Leeds")},
        timeout=10,
    ).json()["token"]
    # As the reverse proxy on this machine sends it (the env file trusts 127.0.0.1).
    looked_up = requests.get(
        f"{server.url}/api/v1/lookup/serial/SN-1?token={token}",
        headers={"Authorization": f"Bearer {token}", "X-Forwarded-For": "203.0.113.7"},
        timeout=10,
    )
    assert looked_up.status_code == 404
    lookup = {
        "path": "/api/v1/lookup/serial/SN-1",
        "status": 404,
        "site": "LG01",
        "client": "203.0.113.7",
    }
    logged(server.log, lambda lines: any(line.items() >= lookup.items() for line in lines))
    text = server.log.read_text()
    assert token not in text and "cursor" not in text and "Bearer" not in text


# The multi-centre scenarios of test_sync.py, collected here a second time: in this
# module ``head_office`` (which ``enrolled`` takes) is the server its unit starts.
@pytest.fixture
def head_office(unit_head_office) -> UnitServer:
    return unit_head_office


@on_postgresql
def test_two_centres_sync_through_the_unit_and_end_with_the_same_data(enrolled, head_office):
    test_sync.test_two_centres_sync_and_end_with_the_same_data(enrolled, head_office)


@on_postgresql
def test_a_serial_registered_twice_through_the_unit_is_a_conflict_for_a_person(
    enrolled, head_office, capsys
):
    test_sync.test_the_same_serial_registered_at_two_centres_is_a_conflict_for_a_person(
        enrolled, head_office, capsys
    )


# -- the service files --------------------------------------------------------------------------


def test_the_unit_runs_the_installed_program_hardened_and_never_migrates():
    unit = unit_entries(UNIT)
    assert unit["Service.ExecStart"] == [f"{INSTALLED} serve"]
    assert "Service.ExecStartPre" not in unit and "Service.ExecStartPost" not in unit
    assert unit["Service.Restart"] == ["on-failure"]
    for setting, value in {
        "DynamicUser": "yes",
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
    }.items():
        assert unit[f"Service.{setting}"] == [value], setting
    for ordering in ("Unit.After", "Unit.Wants"):
        assert set(unit[ordering][0].split()) == {"network-online.target", "postgresql.service"}


def test_every_setting_the_service_files_give_is_one_the_head_office_reads():
    yaml = pytest.importorskip("yaml", reason="NO PyYAML: compose.yaml not parsed")
    read = {
        cli.DB_ENV,
        cli.HOST_ENV,
        cli.PORT_ENV,
        cli.WORKERS_ENV,
        cli.FORWARDED_ALLOW_IPS_ENV,
    }
    assert set(environment_file(ENV_FILE)) == read
    compose = yaml.safe_load((SERVICE_FILES / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services["headoffice"]["environment"]) == read
    assert set(services["migrate"]["environment"]) == {cli.DB_ENV}
    assert services["db"]["image"] == "postgres:15"
    assert services["migrate"]["command"] == ["migrate"]
    assert services["migrate"]["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert services["headoffice"]["command"] == ["serve"]
    assert services["headoffice"]["depends_on"] == {
        "migrate": {"condition": "service_completed_successfully"}
    }
    assert "/readyz" in " ".join(services["headoffice"]["healthcheck"]["test"])
    (volume,) = services["db"]["volumes"]
    assert volume.split(":")[0] in compose["volumes"]
    containerfile = (SERVICE_FILES / "Containerfile").read_text(encoding="utf-8")
    assert 'ENTRYPOINT ["fieldservice-headoffice"]' in containerfile
    assert "FROM python:3.11-slim" in containerfile
