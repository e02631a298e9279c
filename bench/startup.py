"""Start-up of the installed program: from launch to the main window's first paint,
next to an empty PySide6 window bundled with PyInstaller the same way (the floor),
measured in the same run, alternating, offscreen; and the bundle's size.

    python -m bench.startup [--runs 7] [--bundle build/installer/dist/fieldservice]

The bundle is the one installer/build-linux.sh made (build it first); the floor's
bundle is built here once (bench/.data/bare-bundle).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import DATA, bench_home, machine

ROOT = Path(__file__).resolve().parent.parent


def bare_bundle() -> Path:
    program = DATA / "bare-bundle" / "dist" / "bare_window" / "bare_window"
    if not program.exists():
        work = DATA / "bare-bundle"
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--onedir", "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
             "--specpath", str(work), str(ROOT / "bench" / "bare" / "bare_window.py")],
            check=True,
        )  # fmt: skip
    return program


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start_once(command: list[str], env: dict[str, str], marker: str) -> tuple[float, int]:
    """Seconds from launch until the program prints *marker* (its window has
    painted): the start as a person waits for it. The program then quits; what it
    still finishes in the background on its way out is not counted. And its peak
    resident memory in MB (GNU time's %M)."""
    start = time.perf_counter()
    with subprocess.Popen(
        ["/usr/bin/time", "-f", "peak-rss-kb %M", *command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as program:
        assert program.stdout is not None and program.stderr is not None
        seconds = None
        for line in program.stdout:
            if marker in line:
                seconds = time.perf_counter() - start
        errors = program.stderr.read()
        program.wait(timeout=120)
    if seconds is None:
        raise SystemExit(f"{command[0]} did not show its window:\n{errors}")
    peak = next(line for line in errors.splitlines() if line.startswith("peak-rss-kb"))
    return seconds, int(peak.split()[1]) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--bundle", type=Path, default=ROOT / "build" / "installer" / "dist" / "fieldservice"
    )
    args = parser.parse_args()
    program = args.bundle / "fieldservice"
    if not program.exists():
        raise SystemExit(f"no bundle at {args.bundle}: run bash installer/build-linux.sh first")
    floor = bare_bundle()
    empty = DATA / "startup-empty"
    if not (empty / "fieldservice.sqlite3").exists():
        subprocess.run(
            [str(program), "init", "--home", str(empty), "--site-code", "BM01",
             "--site-name", "Benchmark Centre"],
            check=True, capture_output=True,
        )  # fmt: skip
    demo = bench_home(2000, 5000)
    # The largest centre the other benchmarks make: 1,000,000 repair orders on
    # 200,000 units, every change still in the outbox (never synced).
    large = bench_home(200_000, 200_000, orders=1_000_000, country="CN")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDSERVICE_QUIT_WHEN_SHOWN="1")
    env.pop("PYTHONPATH", None)
    cases = {
        "empty PySide6 window (floor)": ([str(floor)], "bare window shown"),
        "fieldservice, new centre": ([str(program), "--home", str(empty)], "main window shown"),
        "fieldservice, 2,000 customers / 5,000 units": (
            [str(program), "--home", str(demo)],
            "main window shown",
        ),
        "fieldservice, 1,000,000 orders / 200,000 units, outbox full": (
            [str(program), "--home", str(large)],
            "main window shown",
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    peaks: dict[str, list[int]] = {name: [] for name in cases}
    for command, marker in cases.values():  # warm the page cache once
        start_once(command, env, marker)
    for _ in range(args.runs):
        for name, (command, marker) in cases.items():
            seconds, peak = start_once(command, env, marker)
            times[name].append(seconds)
            peaks[name].append(peak)
    floor_median = statistics.median(times["empty PySide6 window (floor)"])
    print(f"machine: {machine()}")
    print(f"bundle: {folder_size(args.bundle) / 2**20:.0f} MB ({args.bundle}); "
          f"floor bundle: {folder_size(floor.parent) / 2**20:.0f} MB")  # fmt: skip
    print(f"load average {os.getloadavg()[0]:.2f} at the end")
    print("| start to first paint | median | range | ratio to floor | peak memory |")
    print("|---|---:|---:|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"| {name} | {median:.2f} s | {min(values):.2f}–{max(values):.2f} s | "
            f"{median / floor_median:.1f}× | {statistics.median(peaks[name])} MB |"
        )


if __name__ == "__main__":
    main()
