"""``fieldservice`` starts the desktop, or runs a command of the command line."""

from __future__ import annotations

import pytest

from ui import launcher


@pytest.mark.parametrize(
    ("argv", "first"),
    [
        ([], None),
        (["--home", "/data/ld01"], None),
        (["--home", "demo"], None),  # a folder called "demo" is not the demo command
        (["--home=/data", "lookup", "AQD-1001"], "lookup"),
        (["-platform", "offscreen", "info"], "info"),
        (["demo", "--customers", "10"], "demo"),
        # Qt's own options with a value: the value is no command.
        (["-display", ":1"], None),
        (["--platform", "offscreen"], None),
        (["-qwindowtitle", "Front desk", "--home", "/data"], None),
    ],
)
def test_the_first_argument_that_is_not_an_option(argv, first):
    assert launcher.first_argument(argv) == first


def test_a_command_name_runs_the_command_line(monkeypatch):
    from fieldservice import cli

    seen = {}

    def fake_cli(argv):
        seen["argv"] = argv
        return 3

    monkeypatch.setattr(cli, "main", fake_cli)
    monkeypatch.setattr(cli, "COMMAND_NAMES", frozenset({"lookup"}))
    assert launcher.main(["lookup", "AQD-1001", "--home", "/x"]) == 3
    assert seen["argv"] == ["lookup", "AQD-1001", "--home", "/x"]


def test_otherwise_the_desktop_starts_with_the_home_given(monkeypatch):
    from ui import app

    seen = {}

    def fake_run(argv, home=None):
        seen["argv"], seen["home"] = argv, home
        return 0

    monkeypatch.setattr(app, "run", fake_run)
    monkeypatch.delenv("FIELDSERVICE_HOME", raising=False)
    assert launcher.main(["--home", "/data/ld01", "-style", "fusion"]) == 0
    assert seen["home"] == "/data/ld01"
    assert seen["argv"][1:] == ["-style", "fusion"]


def test_the_home_may_come_from_the_environment(monkeypatch):
    from ui import app

    seen = {}

    def fake_run(argv, home=None):
        seen["home"] = home
        return 0

    monkeypatch.setattr(app, "run", fake_run)
    monkeypatch.setenv("FIELDSERVICE_HOME", "/srv/fieldservice")
    assert launcher.main([]) == 0
    assert seen["home"] == "/srv/fieldservice"


def test_without_the_command_line_module_the_desktop_still_starts(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_cli(name, globals=None, locals=None, fromlist=(), level=0):
        if name == "fieldservice" and fromlist and "cli" in fromlist:
            error = ModuleNotFoundError("No module named 'fieldservice.cli'")
            error.name = "fieldservice.cli"
            raise error
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", no_cli)
    assert launcher.command_names() == frozenset()


def test_help_lists_every_command_and_says_no_command_starts_the_desktop(capsys):
    import argparse

    from fieldservice import cli

    with pytest.raises(SystemExit) as exited:
        launcher.main(["--help"])
    assert exited.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())  # as one line: help text wraps
    assert "With no command, fieldservice starts the desktop." in shown
    commands = next(
        action
        for action in cli.build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert len(commands._choices_actions) == len(cli.COMMAND_NAMES)
    for command in commands._choices_actions:
        assert f"{command.dest} " in shown
        assert " ".join(command.help.split()) in shown, command.dest
    assert "warranty ACTION Warranty registrations and certificates. Actions: policy," in shown


def test_version_prints_the_schema_revision_without_starting_qt(monkeypatch, tmp_path, capsys):
    from fieldservice.db import Database, head_revision
    from ui import app

    monkeypatch.setattr(app, "run", lambda *a, **k: pytest.fail("the desktop started"))
    Database.open(path=tmp_path / "fieldservice.sqlite3").close()
    assert launcher.main(["--version", "--home", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("fieldservice ")
    assert out[1].endswith(f"schema {head_revision()} (up to date)")


def test_version_of_a_home_with_no_database_creates_none(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("FIELDSERVICE_HOME", str(tmp_path / "new"))
    assert launcher.main(["--version"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("no database yet")
    assert not (tmp_path / "new").exists()


def test_a_mistyped_command_is_refused_with_the_closest_command_and_no_desktop(monkeypatch, capsys):
    from ui import app

    monkeypatch.setattr(app, "run", lambda *a, **k: pytest.fail("the desktop started"))
    assert launcher.main(["lokup", "AQD-1001"]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err.splitlines() == [
        "fieldservice: unknown command 'lokup' (did you mean 'lookup'?)",
        "'fieldservice --help' lists the commands.",
    ]


def test_an_unknown_command_after_the_home_is_refused_too(monkeypatch, capsys):
    from ui import app

    monkeypatch.setattr(app, "run", lambda *a, **k: pytest.fail("the desktop started"))
    assert launcher.main(["--home", "/data/ld01", "audit", "verify"]) == 2
    assert capsys.readouterr().err.startswith("fieldservice: unknown command 'audit'\n")


def test_an_unknown_command_where_there_is_no_display_says_so_without_starting_qt(tmp_path):
    import os
    import subprocess
    import sys

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["FIELDSERVICE_HOME"] = str(tmp_path)
    script = (
        "import sys\n"
        "from ui import launcher\n"
        "code = launcher.main(sys.argv[1:])\n"
        "print('Qt imported' if 'PySide6' in sys.modules else 'no Qt')\n"
        "raise SystemExit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "audit", "verify"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert (done.returncode, done.stdout) == (2, "no Qt\n"), done.stderr
    assert "fieldservice: unknown command 'audit'" in done.stderr
