"""Hybrid logical clock (HLC) of a site.

A timestamp is (wall milliseconds, counter, site code). It never goes
backwards, even if the machine's clock does, and it moves past any timestamp
received from elsewhere, so "last edit wins" compares edits made at
different sites in an order consistent with causality.

Timestamps are stored as fixed-width text, ``0001732550400000.0000.SH01``, so
that comparing two strings compares the timestamps.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_WALL_DIGITS = 16
_COUNTER_DIGITS = 4
_MAX_COUNTER = 10**_COUNTER_DIGITS - 1
# A stamp as it is written: 16 digits of milliseconds, 4 of counter, a site code.
# ASCII digits only: a stamp is compared as text, and other scripts' digits would
# sort anywhere.
STAMP = re.compile(r"(\d{16})\.(\d{4})\.([A-Z0-9]{1,16})", re.ASCII)
# A stamp from elsewhere this far ahead of our own time is not believed: a clock a
# day wrong, or a forged stamp, must not drag every clock of the network with it.
RECEIVE_AHEAD_LIMIT_MS = 24 * 3600 * 1000
# The head office refuses a stamp further ahead of its own time than this: it
# would win every later edit, everywhere, until the world's clocks caught up.
MAX_AHEAD_MS = 10 * 60 * 1000


@dataclass(frozen=True, order=True)
class HlcTimestamp:
    wall_ms: int
    counter: int
    site: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.site}"

    @classmethod
    def decode(cls, text: str) -> HlcTimestamp:
        """The timestamp written as *text*; ValueError if it is not one."""
        found = STAMP.fullmatch(text) if isinstance(text, str) else None
        if found is None:
            raise ValueError(f"{text!r} is not a clock stamp")
        wall, counter, site = found.groups()
        return cls(int(wall), int(counter), site)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridLogicalClock:
    """The clock of one site; thread-safe.

    *offset_ms* corrects the machine's clock by what the head office last said of
    it, so a PC whose clock is hours wrong still stamps its edits near the
    network's time (the head office refuses stamps far ahead of its own).
    """

    def __init__(
        self,
        site: str,
        *,
        last: str | None = None,
        wall: Callable[[], int] = _wall_ms,
        offset_ms: int = 0,
        confirmed: str | None = None,
    ) -> None:
        self.site = site
        self._wall = wall
        self.offset_ms = offset_ms
        self._lock = threading.Lock()
        self._last = HlcTimestamp.decode(last) if last else HlcTimestamp(0, 0, site)
        # The newest stamp known to be somewhere else: received from another site,
        # or of an edit of ours the head office took. The clock never comes back
        # below it (see hold_back).
        self.confirmed = HlcTimestamp.decode(confirmed) if confirmed else HlcTimestamp(0, 0, site)

    @property
    def last(self) -> HlcTimestamp:
        return self._last

    def machine_ms(self) -> int:
        """The machine's clock, as it is (what the head office measures)."""
        return self._wall()

    def wall_ms(self) -> int:
        """This site's idea of the time now: the machine's clock, corrected."""
        return self._wall() + self.offset_ms

    def hold_back(self, limit_ms: int) -> None:
        """Bring the clock back to *limit_ms* if it ran past it — never below a stamp
        known elsewhere (``confirmed``): only stamps of ours the head office refused
        lie past it, so no edit anywhere carries one."""
        with self._lock:
            floor = max(
                (limit_ms, 0),
                (self.confirmed.wall_ms, self.confirmed.counter),
            )
            if (self._last.wall_ms, self._last.counter) > floor:
                self._last = HlcTimestamp(floor[0], floor[1], self.site)

    def confirm(self, stamp: HlcTimestamp | str) -> None:
        """A stamp now known elsewhere (an edit of ours the head office took)."""
        if isinstance(stamp, str):
            stamp = HlcTimestamp.decode(stamp)
        with self._lock:
            if (stamp.wall_ms, stamp.counter) > (self.confirmed.wall_ms, self.confirmed.counter):
                self.confirmed = HlcTimestamp(stamp.wall_ms, stamp.counter, self.site)

    def catch_up(self, stamp: str) -> None:
        """Never give out a stamp at or below *stamp*: one this site gave out before
        (another process on the same database, or before a restart)."""
        seen = HlcTimestamp.decode(stamp)
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._last.wall_ms, self._last.counter):
                self._last = HlcTimestamp(seen.wall_ms, seen.counter, self.site)

    def now(self) -> HlcTimestamp:
        """A timestamp for a local event, later than every one given out before."""
        with self._lock:
            wall = self.wall_ms()
            if wall > self._last.wall_ms:
                self._last = HlcTimestamp(wall, 0, self.site)
            else:
                self._last = self._next_counter(self._last.wall_ms, self._last.counter)
            return self._last

    def receive(self, remote: HlcTimestamp | str) -> HlcTimestamp:
        """Move the clock past a timestamp that came from another site (unless it is
        more than a day ahead of this site's time: then it is not believed)."""
        if isinstance(remote, str):
            remote = HlcTimestamp.decode(remote)
        with self._lock:
            wall = self.wall_ms()
            if remote.wall_ms > wall + RECEIVE_AHEAD_LIMIT_MS:
                return self._last
            if (remote.wall_ms, remote.counter) > (self.confirmed.wall_ms, self.confirmed.counter):
                self.confirmed = HlcTimestamp(remote.wall_ms, remote.counter, self.site)
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
