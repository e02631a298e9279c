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
