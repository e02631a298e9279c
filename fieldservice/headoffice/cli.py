"""``fieldservice-headoffice``: the head-office server and its admin commands."""

from __future__ import annotations

import argparse

from fieldservice import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="fieldservice-headoffice",
        description="The fieldservice head office: the server centres sync with.",
    )
    parser.add_argument("--version", action="version", version=f"fieldservice {__version__}")
    parser.parse_args(argv)
    print(
        "The head-office server is not part of this version yet: centres work "
        "on their own databases until it is."
    )
    return 2
