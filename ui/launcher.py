"""The ``fieldservice`` command: the desktop application, or a CLI command.

``fieldservice`` alone (or with ``--home DIR``) starts the desktop; with a
command name first (``fieldservice demo …``, ``fieldservice lookup …``) it runs
that command of :mod:`fieldservice.cli` instead, without starting Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

# Options that take a value, so that the value is not read as a command name.
_VALUE_OPTIONS = frozenset({"--home", "-platform", "-style", "-stylesheet", "-qwindowgeometry"})


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


def command_names() -> frozenset[str]:
    try:
        from fieldservice import cli
    except ModuleNotFoundError as exc:  # a build without the command line
        if exc.name != "fieldservice.cli":
            raise
        return frozenset()
    return frozenset(getattr(cli, "COMMAND_NAMES", frozenset()))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    first = first_argument(args)
    if first is not None and first in command_names():
        from fieldservice import cli

        return cli.main(args)
    parser = argparse.ArgumentParser(
        prog="fieldservice",
        description="After-sales service desktop application. "
        "Run 'fieldservice COMMAND --help' for the command line.",
    )
    parser.add_argument(
        "--home",
        default=os.environ.get("FIELDSERVICE_HOME"),
        help="data directory (default: $FIELDSERVICE_HOME or the user's data directory)",
    )
    options, qt_args = parser.parse_known_args(args)
    from ui import app

    return app.run([sys.argv[0], *qt_args], home=options.home)


if __name__ == "__main__":
    raise SystemExit(main())
