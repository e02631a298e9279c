"""Work that says how far it is.

Long core functions (an import, a sync round, demo data) are generators: they
yield their progress and return their result. The desktop shows each step; a
script or a test, which shows nothing, drives them with :func:`run_to_end`.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, TypeVar

R = TypeVar("R")


def run_to_end(steps: Generator[Any, None, R]) -> R:
    """Drive work that yields its progress (an import, a sync round) without
    showing it; what it returns."""
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value
