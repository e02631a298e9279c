"""The program as a centre PC and a head office get it.

``installer/build-linux.sh`` builds the one-folder bundle, the .deb and the
tarball; the .deb is unpacked into a temporary root, and the installed program
runs from there in a mount namespace of its own where the checkout (and the
``.venv`` inside it) is an empty folder, with an empty PYTHONPATH, from another
directory. So whatever it does, it does with the files it was installed with.

Building takes a few minutes: the bundle is built once per run; the previous
release's bundle (for the upgrade test) is built once per machine and kept in
the user's cache folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp

from fieldservice import __version__
from fieldservice.db import head_revision
from fieldservice.headoffice.process import free_port

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
# The release centres run before this one: the last commit before the schema of
# migrations 0008 and 0009 (codes per centre, the clock that is kept), so its
# databases are two migrations behind.
PREVIOUS_RELEASE = "e72e8603ebe401814bbb3200ccff6932de07f900"

pytestmark = pytest.mark.skipif(
    not (shutil.which("dpkg-deb") and shutil.which("unshare") and sys.platform == "linux"),
    reason="LOUD SKIP: building and installing the .deb needs Linux with dpkg-deb and unshare",
)


@dataclass(frozen=True)
class Build:
    deb: Path
    tarball: Path
    log: str


@dataclass(frozen=True)
class Installed:
    """A program installed under *root*, run with the checkout out of sight."""

    root: Path
    program: Path
    workdir: Path
    data: Path

    def environment(self, **extra: str) -> dict[str, str]:
        return {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.workdir),
            "LANG": "C.UTF-8",
            "PYTHONPATH": "",
            "QT_QPA_PLATFORM": "offscreen",
            "FIELDSERVICE_HOME": str(self.data),
            # A centre's sync token goes to its data folder, not to an OS keyring.
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            **extra,
        }

    def command(self, program: str, *args: str) -> list[str]:
        """The command line that runs *program* (a file of the installed folder)."""
        return out_of_sight(str(self.program.parent / program), *args)

    def run(self, *args: str, program: str = "fieldservice", timeout: float = 120, **env: str):
        done = subprocess.run(
            self.command(program, *args),
            cwd=self.workdir,
            env=self.environment(**env),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert done.returncode == 0, f"{program} {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
        return done

    def start(self, *args: str, program: str = "fieldservice", **env: str) -> subprocess.Popen:
        return subprocess.Popen(
            self.command(program, *args),
            cwd=self.workdir,
            env=self.environment(**env),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )


def out_of_sight(*argv: str) -> list[str]:
    """*argv* run in a mount namespace of its own where the checkout (and the
    virtual environment of these tests) is an empty folder."""
    hide = " && ".join(f'mount -t tmpfs none "{p}"' for p in hidden_folders())
    return ["unshare", "--mount", "--", "sh", "-c", f'{hide} && exec "$@"', "sh", *argv]


def hidden_folders() -> list[Path]:
    """The checkout, and the virtual environment the tests run in if it is elsewhere."""
    folders = [ROOT]
    prefix = Path(sys.prefix).resolve()
    if not prefix.is_relative_to(ROOT):
        folders.append(prefix)
    return folders


def build(source: Path, out: Path, *, bundle_only: bool = False) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        FIELDSERVICE_SOURCE=str(source),
        DIST=str(out),
        WORK=str(out / "work"),
        PYTHON=sys.executable,
        # The test checks what is packed, not how small: no compression (gzip took
        # 30 s of the build, in the suite's longest path).
        DEB_COMPRESSION="none",
    )
    if bundle_only:
        env["BUNDLE_ONLY"] = "1"
    done = subprocess.run(
        ["bash", str(INSTALLER / "build-linux.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert done.returncode == 0, f"build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Build:
    out = tmp_path_factory.mktemp("dist")
    done = build(ROOT, out)
    debs = list(out.glob(f"fieldservice_{__version__}_*.deb"))
    tarballs = list(out.glob(f"fieldservice-{__version__}-linux-*.tar.gz"))
    assert len(debs) == 1 and len(tarballs) == 1, sorted(p.name for p in out.iterdir())
    return Build(debs[0], tarballs[0], done.stdout + done.stderr)


def install(deb: Path, root: Path) -> Installed:
    """Unpack *deb* into *root* as dpkg would install it."""
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    workdir = root / "work"
    workdir.mkdir()
    return Installed(root, root / "opt" / "fieldservice" / "fieldservice", workdir, root / "data")


def qr_codes(pdf: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[0].render(scale=3).to_pil()
    finally:
        document.close()
    return [found.text for found in zxingcpp.read_barcodes(image)]


def test_the_package_installs_the_program_its_menu_entry_and_what_qt_needs(built):
    fields = {
        name: subprocess.run(
            ["dpkg-deb", "-f", str(built.deb), name], capture_output=True, text=True, check=True
        ).stdout.strip()
        for name in ("Package", "Version", "Depends")
    }
    assert fields["Package"] == "fieldservice"
    assert fields["Version"] == __version__
    depends = {item.split()[0] for item in fields["Depends"].split(", ")}
    listed = INSTALLER / "linux" / "qt-xcb-libraries.txt"
    xcb_packages = {
        line.split()[1]
        for line in listed.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert xcb_packages <= depends, f"not depended on: {sorted(xcb_packages - depends)}"

    contents = subprocess.run(
        ["dpkg-deb", "-c", str(built.deb)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/fieldservice/fieldservice",
        "./opt/fieldservice/fieldservice-headoffice -> fieldservice",
        "./usr/bin/fieldservice -> /opt/fieldservice/fieldservice",
        "./usr/share/applications/fieldservice.desktop",
        "./usr/share/icons/hicolor/scalable/apps/fieldservice.svg",
        "./lib/systemd/system/fieldservice-headoffice.service",
        "./usr/share/doc/fieldservice/copyright",
    ):
        assert path in contents, path
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"./usr/share/icons/hicolor/{size}x{size}/apps/fieldservice.png" in contents
    # The Windows installer script was compiled (with the Linux bundle as payload).
    if shutil.which("makensis"):
        assert "Windows installer script (checked with makensis" in built.log


def test_installed_program_sets_up_a_centre_and_prints_a_work_order(built, tmp_path):
    app = install(built.deb, tmp_path / "root")
    # The namespace really hides the checkout: its files cannot be used.
    peek = subprocess.run(out_of_sight("ls", "-A", str(ROOT)), capture_output=True, text=True)
    assert peek.returncode == 0 and peek.stdout == "", peek.stdout + peek.stderr

    app.run("init", "--site-code", "SH01", "--site-name", "上海浦东服务中心", "--country", "CN")
    app.run(
        "demo", "--customers", "5", "--units", "8", "--parts", "5", "--movements", "10",
        "--orders", "3", "--plans", "2",
    )  # fmt: skip
    orders = json.loads(app.run("order", "list", "--json").stdout)["orders"]
    number = orders[0]["number"]
    app.run("order", "print", number, "-o", str(app.workdir / "order.pdf"))
    assert number in qr_codes(app.workdir / "order.pdf")

    version = app.run("--version").stdout
    assert f"fieldservice {__version__}" in version
    assert f"schema {head_revision()} (up to date)" in version

    shown = app.run(FIELDSERVICE_QUIT_WHEN_SHOWN="1")
    assert "main window shown" in shown.stdout, shown.stdout + shown.stderr


def test_installed_head_office_serves_a_centre_with_workers(built, tmp_path):
    app = install(built.deb, tmp_path / "root")
    db = f"sqlite:///{app.workdir / 'headoffice.sqlite3'}"
    app.run("migrate", "--db", db, program="fieldservice-headoffice")
    added = app.run(
        "site", "add", "SH01", "上海浦东", "--db", db, program="fieldservice-headoffice"
    )
    code = added.stdout.strip().rsplit(" ", 1)[-1]
    port = free_port()
    server = app.start(
        "serve", "--db", db, "--port", str(port), "--workers", "2",
        program="fieldservice-headoffice",
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        ready = wait_for(f"{url}/readyz", server)
        assert ready["status"] == "ready", ready
        app.run("init", "--site-code", "SH01", "--site-name", "上海浦东服务中心", "--country", "CN")
        app.run("customer", "add", "王小明", "--phone", "13800138000")
        app.run("enroll", "--url", url, "--code", code)
        synced = json.loads(app.run("sync", "--json").stdout)
        assert synced["pending"] == 0 and synced["problems"] == [], synced
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert '"status": 200' in output or '"status":200' in output, output


def wait_for(url: str, server: subprocess.Popen, seconds: float = 60) -> dict:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                return json.loads(answer.read())
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                out = server.communicate(timeout=10)[0] if server.poll() is not None else ""
                raise AssertionError(f"the head office did not get ready:\n{out}") from None
            time.sleep(0.2)


def previous_release_bundle(tmp_path_factory) -> Path:
    """The bundle of PREVIOUS_RELEASE, built with today's recipe (the recipe did not
    exist then), and kept in the cache folder for the next run."""
    recipe = hashlib.sha256()
    for part in sorted(INSTALLER.rglob("*")):
        if part.is_file() and "build" not in part.relative_to(INSTALLER).parts:
            recipe.update(part.read_bytes())
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    folder = cache / "fieldservice-tests" / f"{PREVIOUS_RELEASE[:12]}-{recipe.hexdigest()[:12]}"
    bundle = folder / "work" / "dist" / "fieldservice"
    if (bundle / "fieldservice").is_file():
        return bundle
    source = tmp_path_factory.mktemp("previous-release")
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", PREVIOUS_RELEASE], capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
    shutil.rmtree(folder, ignore_errors=True)
    build(source, folder, bundle_only=True)
    return bundle


def test_new_version_opens_a_centre_of_the_previous_release_with_every_record(
    built, tmp_path, tmp_path_factory
):
    old_bundle = previous_release_bundle(tmp_path_factory)
    old = Installed(tmp_path, old_bundle / "fieldservice", tmp_path / "work", tmp_path / "data")
    old.workdir.mkdir()
    old.run("init", "--site-code", "LD01", "--site-name", "Leeds Service Centre")
    old.run(
        "demo", "--customers", "40", "--units", "60", "--parts", "20", "--movements", "80",
        "--orders", "25", "--plans", "10",
    )  # fmt: skip
    before = json.loads(old.run("info", "--json").stdout)["counts"]
    orders_before = order_numbers(old)
    assert revision_of(old.data / "fieldservice.sqlite3") != head_revision()

    installed = install(built.deb, tmp_path / "root")
    new = Installed(installed.root, installed.program, installed.workdir, old.data)
    assert "needs upgrade" in new.run("--version").stdout
    after = json.loads(new.run("info", "--json").stdout)["counts"]
    assert after == before and sum(before.values()) > 100, (before, after)
    assert order_numbers(new) == orders_before
    assert revision_of(old.data / "fieldservice.sqlite3") == head_revision()
    assert list((old.data / "backups").glob("fieldservice-*.sqlite3")), "no copy before upgrade"
    shown = new.run(FIELDSERVICE_QUIT_WHEN_SHOWN="1")
    assert "main window shown" in shown.stdout


def order_numbers(app: Installed) -> set[str]:
    listing = json.loads(app.run("order", "list", "--limit", "1000", "--json").stdout)
    return {order["number"] for order in listing["orders"]}


def revision_of(database: Path) -> str:
    with contextlib.closing(sqlite3.connect(database)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
