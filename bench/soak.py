"""The long soak of sync: three centres working offline against one head office on
PostgreSQL for many rounds, with every kind of fault (tests/headoffice/chaos.py),
then quiescence and the checks: no edit lost, no record missing anywhere, every
centre identical to the head office, every refused change listed at the centre
that made it. The short version runs in the test suite.

Run: ``python -m bench.soak [--rounds 500] [--seed N]`` with
``FIELDSERVICE_TEST_PG_URL`` set (``eval "$(bash scripts/postgres.sh start)"``).
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.common import machine
from fieldservice.db import Database
from fieldservice.headoffice.store import HeadOfficeStore
from tests.headoffice.chaos import Network
from tests.headoffice.conftest import RunningServer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=500, help="sync rounds at least")
    parser.add_argument("--seed", type=int, default=20261207)
    args = parser.parse_args()
    pg_url = os.environ.get("FIELDSERVICE_TEST_PG_URL")
    if not pg_url:
        raise SystemExit('start PostgreSQL first: eval "$(bash scripts/postgres.sh start)"')
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    schema = f"soak_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    store = HeadOfficeStore(pg_url + f"?options=-csearch_path%3D{schema}")
    store.migrate()
    server = RunningServer(store)
    server.start()
    folder = Path(tempfile.mkdtemp(prefix="fieldservice-soak-"))

    def restart() -> None:
        server.stop()
        server.start()

    started = time.perf_counter()
    network = Network(
        store,
        server.url,
        restart,
        lambda code: Database.open(path=folder / code / "fieldservice.sqlite3"),
        random.Random(args.seed),
    )
    steps = 0
    while network.rounds < args.rounds:
        network.step()
        steps += 1
    network.quiesce()
    outcome = network.outcome()
    elapsed = time.perf_counter() - started
    for centre in network.centres:
        centre.db.close()
    server.stop()
    store.dispose()
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    print(f"Sync soak, seed {args.seed} — {machine()}\n")
    print(
        f"- {steps:,} steps, {outcome.rounds:,} sync rounds, {outcome.edits:,} field edits,"
        f" {elapsed:.0f} s"
    )
    print("- faults injected: " + ", ".join(f"{k} {v}" for k, v in sorted(outcome.faults.items())))
    print(f"- lost edits: {len(outcome.lost_edits)}")
    print(f"- records missing at a centre: {len(outcome.missing_rows)}")
    print(f"- rows that differ from the head office's: {len(outcome.differences)}")
    print(f"- refused changes not listed at their centre: {len(outcome.unlisted_refusals)}")
    print(
        f"- refused changes listed: {outcome.problems}; still to send: {outcome.pending};"
        f" rows waiting for what they refer to: {outcome.parked}"
    )
    for line in (outcome.lost_edits + outcome.missing_rows + outcome.differences)[:20]:
        print("  ", line)


if __name__ == "__main__":
    main()
