"""Shared pieces of the benchmarks: generated databases, timing, machine facts.

Benchmarks are not tests: run them by hand (``python -m bench.lookups``) and copy
the printed table into docs/benchmarks.md. Each figure is reported next to a
floor measured in the same run (raw sqlite3 on the same file), because these
machines are noisy and ratios are not.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event

DATA = Path(__file__).resolve().parent / ".data"


def bench_home(
    customers: int,
    units: int,
    *,
    orders: int | None = None,
    country: str = "",
    site: tuple[str, str] = ("BM01", "Benchmark Centre"),
) -> Path:
    """The data directory of a generated demo centre of this size (made once): by
    default an English one; with *country* ("CN"), a centre of that country, with
    its language's names, addresses and faults."""
    name = f"c{customers}-u{units}" + (f"-o{orders}" if orders is not None else "")
    home = DATA / (f"{country.lower()}-{name}" if country else name)
    if not (home / "fieldservice.sqlite3").exists():
        print(f"generating {customers:,} customers / {units:,} units in {home} ...", flush=True)
        start = time.perf_counter()
        command = [sys.executable, "-m", "fieldservice", "demo", "--home", str(home)]
        command += ["--customers", str(customers), "--units", str(units)]
        if orders is not None:
            command += ["--orders", str(orders)]
        if country:
            command += ["--country", country]
        subprocess.run([*command, "--site-code", site[0], "--site-name", site[1]], check=True)
        print(f"generated in {time.perf_counter() - start:.0f} s", flush=True)
    return home


def captured(
    engine, run: Callable[[], object], *, keep_if: Callable[[str], bool] | None = None
) -> list[tuple[str, object]]:
    """The statements (and their parameters) *run* sends through *engine* (those
    *keep_if* accepts): a benchmark's floor replays them through the raw driver."""
    sent: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if keep_if is None or keep_if(statement):
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        run()
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    return sent


def paired(
    ours: Callable[[], object], floor: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Medians of *ours* and *floor*, run as pairs (A B A B) after one warm run
    of each: these machines are noisy, a figure and its floor share the noise."""
    ours()
    floor()
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for fn, times in ((ours, a), (floor, b)):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
    return statistics.median(a), statistics.median(b)


def median_seconds(fn: Callable[[], object], *, repeat: int = 200, warmup: int = 20) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_connection(path: Path) -> sqlite3.Connection:
    """The floor: plain sqlite3 with the same pragmas the application sets."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA cache_size=-32000")
    return conn


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms"


def table(rows: list[tuple[str, float, float | None]], floor: str = "raw sqlite3") -> str:
    """A markdown table: what, through fieldservice, floor, ratio."""
    lines = [f"| what | fieldservice | floor ({floor}) | ratio |", "|---|---:|---:|---:|"]
    for what, ours, floor in rows:
        if floor:
            lines.append(f"| {what} | {ms(ours)} | {ms(floor)} | {ours / floor:.1f}× |")
        else:
            lines.append(f"| {what} | {ms(ours)} | – | – |")
    return "\n".join(lines)


def raw_sql(statement, engine) -> tuple[str, tuple]:
    """The SQL text and parameters SQLAlchemy sends for *statement*, to run the very
    same query through raw sqlite3 as the floor."""
    compiled = statement.compile(
        dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    params = compiled.construct_params()
    processors = compiled._bind_processors
    values = []
    for name in compiled.positiontup:
        value = params[name]
        if name in processors and processors[name] is not None:
            value = processors[name](value)
        values.append(value)
    return str(compiled), tuple(values)
