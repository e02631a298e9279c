"""Hybrid logical clock (HLC) of a site.

A timestamp is (wall milliseconds, counter, site code). It never goes
backwards, even if the machine's clock does, and it moves past any timestamp
received from elsewhere, so "last edit wins" compares edits made at
different sites in an order consistent with causality.

Timestamps are stored as fixed-width text, ``0001732550400000.0000.SH01``, so
that comparing two strings compares the timestamps.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_WALL_DIGITS = 16
_COUNTER_DIGITS = 4
_MAX_COUNTER = 10**_COUNTER_DIGITS - 1


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    wall_ms: int
    counter: int
    site: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.site}"

    @classmethod
    def decode(cls, text: str) -> HlcTimestamp:
        wall, counter, site = text.split(".", 2)
        return cls(int(wall), int(counter), site)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """The clock of one site; thread-safe."""

    def __init__(
        self, site: str, *, last: str | None = None, wall: Callable[[], int] = _wall_ms
    ) -> None:
        self.site = site
        self._wall = wall
        self._lock = threading.Lock()
        self._last = HlcTimestamp.decode(last) if last else HlcTimestamp(0, 0, site)

    @property
    def last(self) -> HlcTimestamp:
        return self._last

    def now(self) -> HlcTimestamp:
        """A timestamp for a local event, later than every one given out before."""
        with self._lock:
            wall = self._wall()
            if wall > self._last.wall_ms:
                self._last = HlcTimestamp(wall, 0, self.site)
            else:
                self._last = self._next_counter(self._last.wall_ms, self._last.counter)
            return self._last

    def receive(self, remote: HlcTimestamp | str) -> HlcTimestamp:
        """Move the clock past a timestamp that came from another site."""
        if isinstance(remote, str):
            remote = HlcTimestamp.decode(remote)
        with self._lock:
            wall = self._wall()
            top = max(wall, self._last.wall_ms, remote.wall_ms)
            if top == self._last.wall_ms == remote.wall_ms:
                counter = max(self._last.counter, remote.counter)
                self._last = self._next_counter(top, counter)
            elif top == self._last.wall_ms:
                self._last = self._next_counter(top, self._last.counter)
            elif top == remote.wall_ms:
                self._last = self._next_counter(top, remote.counter)
            else:
                self._last = HlcTimestamp(top, 0, self.site)
            return self._last

    def _next_counter(self, wall_ms: int, counter: int) -> HlcTimestamp:
        if counter >= _MAX_COUNTER:
            # More than 10,000 events in one millisecond: borrow the next millisecond.
            return HlcTimestamp(wall_ms + 1, 0, self.site)
        return HlcTimestamp(wall_ms, counter + 1, self.site)
