"""scripts/start.sh on a fresh machine: the system libraries Qt's window needs are
named, with the command that installs them, before Qt fails with a misleading
message (scripts/check-system.sh); and pip runs only when pyproject.toml changed
(scripts/venv.sh). Fakes of ldd, the venv's python and the app stand in for the
real ones, so nothing is installed and no window opens."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LIBRARIES = ROOT / "installer" / "linux" / "qt-xcb-libraries.txt"


def listed() -> list[tuple[str, str]]:
    """(soname, package) in the list's order."""
    rows = []
    for line in LIBRARIES.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            soname, package = line.split()[:2]
            rows.append((soname, package))
    return rows


def package_of(soname: str) -> str:
    return dict(listed())[soname]


def executable(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(0o755)
    return path


@pytest.fixture
def fake_ldd(tmp_path):
    """An ldd first on PATH that reports the chosen libraries as not found (and
    writes down that it was asked)."""
    bin_dir = tmp_path / "bin"
    called = tmp_path / "ldd-called"

    def missing(*sonames: str) -> dict[str, str]:
        lines = [
            "\tlinux-vdso.so.1 (0x00007ffd3c1f2000)",
            *(f"\t{name} => not found" for name in sonames),
            "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f2a1c000000)",
        ]
        body = "".join(f"printf '%s\\n' '{line}'\n" for line in lines)
        executable(bin_dir / "ldd", f'#!/bin/sh\necho "$@" >> "{called}"\n{body}')
        env = {
            k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
        }
        env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
        return env

    missing.called = called  # type: ignore[attr-defined]
    return missing


@pytest.fixture
def plugin(tmp_path):
    return executable(tmp_path / "platforms" / "libqxcb.so", "")


def check(env: dict[str, str], *args: str, plugin: Path | None = None):
    options = ["--plugin", str(plugin)] if plugin else []
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "check-system.sh"), *options, "--", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# -- the system libraries ------------------------------------------------------------


def test_missing_xcb_libraries_are_named_with_the_command_that_installs_them(fake_ldd, plugin):
    env = fake_ldd("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    result = check(env, plugin=plugin)
    assert result.returncode == 1
    assert "libxcb-icccm.so.4" in result.stderr and "libxcb-keysyms.so.1" in result.stderr
    packages = [package_of("libxcb-icccm.so.4"), package_of("libxcb-keysyms.so.1")]
    assert result.stderr.strip().splitlines()[-1].strip() == (
        "sudo apt-get install -y " + " ".join(packages)
    )
    assert result.stdout == ""


def test_each_package_is_named_once_in_the_order_of_the_list(fake_ldd, plugin):
    # Two libraries of one package (GLib), reported out of the list's order, twice.
    sonames = ["libxcb-keysyms.so.1", "libgthread-2.0.so.0", "libglib-2.0.so.0"]
    env = fake_ldd(*sonames, "libxcb-keysyms.so.1")
    result = check(env, plugin=plugin)
    assert result.returncode == 1
    expected: list[str] = []
    for soname, package in listed():
        if soname in sonames and package not in expected:
            expected.append(package)
    assert len(expected) == 2
    assert f"sudo apt-get install -y {' '.join(expected)}\n" in result.stderr
    assert result.stderr.count("libxcb-keysyms.so.1 (") == 1


def test_a_library_not_on_the_list_is_named_as_unknown(fake_ldd, plugin):
    env = fake_ldd("libxcb-icccm.so.4", "libwhatever.so.7")
    result = check(env, plugin=plugin)
    assert result.returncode == 1
    assert "libwhatever.so.7 (unknown library" in result.stderr
    assert f"sudo apt-get install -y {package_of('libxcb-icccm.so.4')}\n" in result.stderr


def test_with_nothing_missing_the_check_passes_silently(fake_ldd, plugin):
    result = check(fake_ldd(), plugin=plugin)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert fake_ldd.called.read_text().strip() == str(plugin)


def test_with_the_offscreen_platform_nothing_is_checked(fake_ldd, plugin):
    env = fake_ldd("libxcb-icccm.so.4") | {"QT_QPA_PLATFORM": "offscreen"}
    result = check(env, plugin=plugin)
    assert (result.returncode, result.stderr) == (0, "")
    assert not fake_ldd.called.exists()


def test_an_explicit_xcb_platform_is_checked(fake_ldd, plugin):
    env = fake_ldd("libxcb-icccm.so.4") | {"QT_QPA_PLATFORM": "xcb"}
    assert check(env, plugin=plugin).returncode == 1


@pytest.mark.parametrize(
    "args",
    [
        ["demo", "--customers", "10"],
        ["--home", "/data/ld01", "info"],
        ["--version"],
        ["--help"],
        ["-platform", "offscreen"],
    ],
)
def test_what_opens_no_window_is_not_checked(fake_ldd, plugin, args):
    result = check(fake_ldd("libxcb-icccm.so.4"), *args, plugin=plugin)
    assert (result.returncode, result.stderr) == (0, "")
    assert not fake_ldd.called.exists()


def test_the_desktops_own_options_are_checked(fake_ldd, plugin):
    # "--home demo": a folder called demo, not the demo command.
    result = check(fake_ldd("libxcb-icccm.so.4"), "--home", "demo", plugin=plugin)
    assert result.returncode == 1


def test_in_a_wayland_session_missing_x11_libraries_are_only_a_warning(fake_ldd, plugin):
    env = fake_ldd("libxcb-icccm.so.4") | {"XDG_SESSION_TYPE": "wayland"}
    result = check(env, plugin=plugin)
    assert result.returncode == 0
    assert f"sudo apt-get install -y {package_of('libxcb-icccm.so.4')}" in result.stderr


# -- start.sh ------------------------------------------------------------------------


@pytest.fixture
def checkout(tmp_path):
    """A copy of the scripts with the library list, a venv.sh that installs nothing,
    and a venv whose fieldservice writes down how it was called."""
    tree = tmp_path / "checkout"
    for name in ("start.sh", "check-system.sh"):
        shutil.copy(ROOT / "scripts" / name, executable(tree / "scripts" / name, ""))
    executable(tree / "scripts" / "venv.sh", "#!/usr/bin/env bash\n")
    (tree / "installer" / "linux").mkdir(parents=True)
    shutil.copy(LIBRARIES, tree / "installer" / "linux" / LIBRARIES.name)
    site_packages = tree / ".venv" / "lib" / "python3.11" / "site-packages"
    executable(site_packages / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so", "")
    executable(
        tree / ".venv" / "bin" / "fieldservice",
        f'#!/bin/sh\necho "$@" >> "{tmp_path / "fieldservice-called"}"\n',
    )
    home = tmp_path / "home"
    home.mkdir()
    (home / "fieldservice.sqlite3").write_bytes(b"")  # no demo data to load
    return tree


def start(checkout: Path, env: dict[str, str], *args: str):
    return subprocess.run(
        ["bash", str(checkout / "scripts" / "start.sh"), *args],
        env=env | {"FIELDSERVICE_HOME": str(checkout.parent / "home")},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_start_names_the_missing_libraries_instead_of_starting_qt(checkout, fake_ldd):
    result = start(checkout, fake_ldd("libxcb-keysyms.so.1"))
    assert result.returncode == 1
    assert f"sudo apt-get install -y {package_of('libxcb-keysyms.so.1')}" in result.stderr
    assert not (checkout.parent / "fieldservice-called").exists()
    # The plugin it checked is the venv's own PySide6's.
    assert (
        fake_ldd.called.read_text()
        .strip()
        .endswith("site-packages/PySide6/Qt/plugins/platforms/libqxcb.so")
    )


def test_start_runs_a_command_without_the_check(checkout, fake_ldd):
    result = start(checkout, fake_ldd("libxcb-keysyms.so.1"), "info")
    assert result.returncode == 0, result.stderr
    assert (checkout.parent / "fieldservice-called").read_text() == "info\n"


def test_start_starts_the_desktop_when_nothing_is_missing(checkout, fake_ldd):
    result = start(checkout, fake_ldd(), "--home", str(checkout.parent / "home"))
    assert result.returncode == 0, result.stderr
    called = (checkout.parent / "fieldservice-called").read_text()
    assert called == f"--home {checkout.parent / 'home'}\n"


# -- installing only when pyproject.toml changed -----------------------------------------


@pytest.fixture
def project(tmp_path):
    """A copy of venv.sh and pyproject.toml, with a venv whose python writes down
    each call (so pip is never run for real)."""
    tree = tmp_path / "project"
    shutil.copy(ROOT / "scripts" / "venv.sh", executable(tree / "scripts" / "venv.sh", ""))
    shutil.copy(ROOT / "pyproject.toml", tree / "pyproject.toml")
    log = tmp_path / "python-called"
    executable(tree / ".venv" / "bin" / "python", f'#!/bin/sh\necho "$@" >> "{log}"\n')
    return tree


def install(project: Path, *args: str) -> list[str]:
    """Run venv.sh; the pip commands it ran (it builds the translations each time)."""
    log = project.parent / "python-called"
    log.unlink(missing_ok=True)
    result = subprocess.run(
        ["bash", str(project / "scripts" / "venv.sh"), *args],
        env=os.environ | {"PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    calls = log.read_text().splitlines() if log.exists() else []
    # The screens' catalogues (.qm) are built on every run, pip or not.
    builds = [call for call in calls if call == "scripts/translations.py build"]
    assert len(builds) == 1, calls
    pip = [call for call in calls if call not in builds]
    assert all(call.startswith("-m pip install") for call in pip), calls
    return pip


def test_a_second_start_does_not_run_pip(project):
    first = install(project)
    assert first[-1].endswith("-e .")
    assert install(project) == []


def test_pip_runs_again_when_pyproject_changes(project):
    install(project)
    pyproject = project / "pyproject.toml"
    pyproject.touch()  # the same content: nothing to do
    assert install(project) == []
    pyproject.write_text(pyproject.read_text() + "\n# a new dependency\n")
    assert install(project)[-1].endswith("-e .")
    assert install(project) == []


def test_the_test_tools_are_installed_when_first_asked_for(project):
    install(project)
    assert install(project, "test")[-1].endswith("-e .[test]")
    assert install(project, "test") == []


def test_a_plain_install_after_the_test_tools_changes_nothing(project):
    install(project, "test")
    assert install(project) == []
    # After a change the venv keeps its test tools up to date too.
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "\n")
    assert install(project)[-1].endswith("-e .[test]")
    assert install(project, "test") == []


def test_a_failed_install_is_tried_again(project):
    install(project)
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + "\n")
    python = project / ".venv" / "bin" / "python"
    good = python.read_text()
    executable(python, "#!/bin/sh\nexit 1\n")
    failed = subprocess.run(
        ["bash", str(project / "scripts" / "venv.sh")],
        env=os.environ | {"PYTHON": sys.executable},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert failed.returncode != 0
    executable(python, good)
    assert install(project)[-1].endswith("-e .")
