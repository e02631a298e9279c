"""The ``fieldservice`` command: the desktop application, or a CLI command.

``fieldservice`` alone (or with ``--home DIR`` and Qt's options) starts the
desktop; with a command name first (``fieldservice demo …``, ``fieldservice
lookup …``) it runs that command of :mod:`fieldservice.cli` instead, without
starting Qt. The desktop takes no argument that is not an option, so any other
word there is a mistyped or unknown command: it is said so, and Qt never starts.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import textwrap
from collections.abc import Sequence
from types import ModuleType

# Options that take a value, so that the value is not read as a command name: ours,
# and Qt's (QGuiApplication, QApplication, and X11's), which Qt also reads with "--".
_QT_VALUE_OPTIONS = (
    "-platform",
    "-platformpluginpath",
    "-platformtheme",
    "-plugin",
    "-qwindowgeometry",
    "-qwindowicon",
    "-qwindowtitle",
    "-session",
    "-style",
    "-stylesheet",
    "-display",
    "-geometry",
    "-icon",
    "-name",
    "-title",
)
_VALUE_OPTIONS = frozenset({"--home", *_QT_VALUE_OPTIONS, *("-" + o for o in _QT_VALUE_OPTIONS)})


def first_argument(argv: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor an option's value."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in _VALUE_OPTIONS:
            skip = True
            continue
        if arg.startswith("-"):
            continue
        return arg
    return None


def _command_line() -> ModuleType | None:
    try:
        from fieldservice import cli
    except ModuleNotFoundError as exc:  # a build without the command line
        if exc.name != "fieldservice.cli":
            raise
        return None
    return cli


def command_names() -> frozenset[str]:
    cli = _command_line()
    return frozenset(getattr(cli, "COMMAND_NAMES", frozenset()))


def _commands(parser: argparse.ArgumentParser) -> list[tuple[str, str, argparse.ArgumentParser]]:
    """(name, one-line help, parser) of each command of *parser*, in its order.
    argparse keeps them in its sub-parsers action and has no public accessor."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return [
                (choice.dest, choice.help or "", action.choices[choice.dest])
                for choice in action._choices_actions
            ]
    return []


def commands_help() -> str:
    """The command line's commands with their one-line help, from its own parser."""
    cli = _command_line()
    if cli is None:
        return "This build has no command line."
    rows = []
    for name, help_text, command in _commands(cli.build_parser()):
        actions = [action for action, _, _ in _commands(command)]
        if actions:
            rows.append((f"{name} ACTION", f"{help_text} Actions: {', '.join(actions)}."))
        else:
            rows.append((name, help_text))
    width = max(len(left) for left, _ in rows) + 2
    lines = [
        textwrap.fill(
            right,
            width=79,
            initial_indent=f"  {left:<{width}}",
            subsequent_indent=" " * (width + 2),
            break_on_hyphens=False,
        )
        for left, right in rows
    ]
    return "commands (they run without the desktop; 'fieldservice COMMAND --help' for each):\n" + (
        "\n".join(lines)
    )


class _LauncherParser(argparse.ArgumentParser):
    # The commands are listed only when help is asked for: reading them imports
    # the whole command line, which starting the desktop does not need.
    def format_help(self) -> str:
        self.epilog = commands_help()
        return super().format_help()


def unknown_command(word: str, known: frozenset[str]) -> str:
    """What to say when *word* stands where a command goes but names none."""
    text = f"fieldservice: unknown command '{word}'"
    close = difflib.get_close_matches(word.lower(), sorted(known), n=1, cutoff=0.75)
    if close:
        text += f" (did you mean '{close[0]}'?)"
    return text + "\n'fieldservice --help' lists the commands."


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    first = first_argument(args)
    if first is not None:
        known = command_names()
        if first not in known:
            print(unknown_command(first, known), file=sys.stderr)
            return 2
        cli = _command_line()
        assert cli is not None
        return cli.main(args)
    parser = _LauncherParser(
        prog="fieldservice",
        usage="fieldservice [--home DIR] [Qt options]\n       fieldservice COMMAND ...",
        description="After-sales service desktop application.\n\n"
        "With no command, fieldservice starts the desktop. With a command first, it\n"
        "runs that command of the command line instead (listed below).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--home",
        metavar="DIR",
        default=os.environ.get("FIELDSERVICE_HOME"),
        help="data directory (default: $FIELDSERVICE_HOME or the user's data directory)",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="show the version and the database's schema revision, then exit (changes nothing)",
    )
    options, qt_args = parser.parse_known_args(args)
    if options.version:
        from fieldservice.services import about

        print(about.version_report(options.home))
        return 0
    from ui import app

    return app.run([sys.argv[0], *qt_args], home=options.home)


if __name__ == "__main__":
    raise SystemExit(main())
