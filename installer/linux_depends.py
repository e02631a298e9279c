"""The ``Depends:`` line of the .deb: the Debian package of every system library the
bundle needs and does not carry, each at least at the version it was built against.

    python installer/linux_depends.py BUNDLE_DIR

Only what the bundle's ELF files name themselves (their ``NEEDED`` entries, as
``dpkg-shlibdeps`` does) counts; each is resolved with ``ldd`` as the frozen
program loads it (its own ``_internal`` folder first), and a library found outside
the bundle is looked up with ``dpkg-query --search``. A library found nowhere stops the build,
and nothing is asked for the optional Qt plugins (Wayland, EGL device
integrations): Qt skips them when their libraries are missing, and the xcb
plugin, which the desktop uses, does not need them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Plugins Qt tries and skips without complaint when the session has no use for them.
OPTIONAL = re.compile(
    r"/plugins/(wayland|egldeviceintegrations|platforms/libq(wayland|eglfs|vkkhr|linuxfb|minimalegl))"
    r"|/lib/libQt6(Wayland|WlShell|EglFs)"
)
NEEDED = re.compile(r"^\s*NEEDED\s+(\S+)$", re.M)
LDD_LINE = re.compile(r"^\s*(\S+) => (not found|(\S+) \(0x[0-9a-f]+\))")


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def run(command: list[str], env: dict[str, str] | None = None) -> str:
    return subprocess.run(command, env=env, capture_output=True, text=True).stdout


def system_libraries(bundle: Path) -> tuple[set[str], dict[str, str]]:
    """(paths of system libraries used, missing soname -> the file that needs it)."""
    internal = bundle / "_internal"
    folders = {str(p.parent) for p in internal.rglob("*.so*")} | {str(internal)}
    env = dict(os.environ, LD_LIBRARY_PATH=":".join(sorted(folders)))
    used: set[str] = set()
    missing: dict[str, str] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        needed = set(NEEDED.findall(run(["objdump", "-p", str(path)])))
        for line in run(["ldd", str(path)], env).splitlines():
            m = LDD_LINE.match(line)
            if not m or m.group(1) not in needed:
                continue
            soname, found = m.group(1), m.group(3)
            if OPTIONAL.search(str(path)):
                continue
            if found is None:
                missing.setdefault(soname, str(path.relative_to(bundle)))
            elif not os.path.realpath(found).startswith(str(bundle.resolve())):
                used.add(found)
    return used, missing


def package_of(library: str) -> str:
    candidates = {library, os.path.realpath(library)}
    for path in list(candidates):
        if path.startswith("/usr/lib/"):
            candidates.add(path[len("/usr") :])
        elif path.startswith("/lib/"):
            candidates.add("/usr" + path)
    for path in sorted(candidates):
        done = subprocess.run(["dpkg-query", "--search", path], capture_output=True, text=True)
        if done.returncode == 0 and done.stdout:
            return done.stdout.split(":", 1)[0].split(",")[0].strip()
    raise SystemExit(f"no Debian package provides {library}")


def upstream_version(package: str) -> str:
    version = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${Version}", package],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return version.rsplit("-", 1)[0] if "-" in version else version


def main(bundle: Path) -> str:
    used, missing = system_libraries(bundle)
    if missing:
        lines = "\n".join(
            f"  {soname} (needed by {who})" for soname, who in sorted(missing.items())
        )
        raise SystemExit(f"libraries found neither in the bundle nor on this machine:\n{lines}")
    packages = sorted({package_of(lib) for lib in used})
    return ", ".join(f"{p} (>= {upstream_version(p)})" for p in packages)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(main(Path(sys.argv[1])))
