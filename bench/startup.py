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


def start_once(command: list[str], env: dict[str, str], marker: str) -> float:
    """Seconds from launch until the program quits having printed *marker* (its
    window painted): the whole start, as a person waits for it."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - start
    if marker not in done.stdout:
        raise SystemExit(f"{command[0]} did not show its window:\n{done.stdout}\n{done.stderr}")
    return seconds


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
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDSERVICE_QUIT_WHEN_SHOWN="1")
    env.pop("PYTHONPATH", None)
    cases = {
        "empty PySide6 window (floor)": ([str(floor)], "bare window shown"),
        "fieldservice, new centre": ([str(program), "--home", str(empty)], "main window shown"),
        "fieldservice, 2,000 customers / 5,000 units": (
            [str(program), "--home", str(demo)],
            "main window shown",
        ),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for command, marker in cases.values():  # warm the page cache once
        start_once(command, env, marker)
    for _ in range(args.runs):
        for name, (command, marker) in cases.items():
            times[name].append(start_once(command, env, marker))
    floor_median = statistics.median(times["empty PySide6 window (floor)"])
    print(f"machine: {machine()}")
    print(f"bundle: {folder_size(args.bundle) / 2**20:.0f} MB ({args.bundle}); "
          f"floor bundle: {folder_size(floor.parent) / 2**20:.0f} MB")  # fmt: skip
    print("| start to first paint | median | range | ratio to floor |")
    print("|---|---:|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"| {name} | {median:.2f} s | {min(values):.2f}–{max(values):.2f} s | "
            f"{median / floor_median:.1f}× |"
        )


if __name__ == "__main__":
    main()
