"""Row identities: UUIDv7, made where the row is created.

Version 7 UUIDs start with the creation time in milliseconds, so new rows land
at the end of the primary-key B-tree instead of at random places in it.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import threading
import time
import uuid

_RANDOM_BITS = 74  # rand_a (12) and rand_b (62) of RFC 9562, taken as one number
_RANDOM_MASK = (1 << _RANDOM_BITS) - 1
_POOL_IDS = 512  # ids' worth of random bytes read from the OS at a time

_lock = threading.Lock()
_pool = b""
_used = 0
_last = 0  # the last id's 48-bit time and 74 random bits, as one number


def _forget_pool() -> None:
    """A forked process must not hand out the random bits its parent will use."""
    global _pool, _used
    _pool, _used = b"", 0


os.register_at_fork(after_in_child=_forget_pool)


def _layout(value: int) -> uuid.UUID:
    """48-bit milliseconds and 74 random bits laid out as a version-7 UUID."""
    random = value & _RANDOM_MASK
    return uuid.UUID(
        int=(value >> _RANDOM_BITS) << 80
        | 0x7 << 76
        | (random >> 62) << 64
        | 0b10 << 62
        | random & ((1 << 62) - 1)
    )


def new_id() -> uuid.UUID:
    """A new time-ordered UUID (version 7) as a standard ``uuid.UUID``.

    Ids made by one process only ever increase: within a millisecond, or when the
    clock is set back, the next id is the last one plus one (RFC 9562's
    monotonic random), so a thousand rows inserted at once still land in order.
    The random bits come from the OS's generator, read 512 ids at a time: an
    import makes hundreds of thousands of ids.
    """
    global _pool, _used, _last
    with _lock:
        if _used == len(_pool):
            _pool, _used = os.urandom(10 * _POOL_IDS), 0
        random = int.from_bytes(_pool[_used : _used + 10]) >> 6
        _used += 10
        value = (time.time_ns() // 1_000_000) << _RANDOM_BITS | random
        if value <= _last:
            value = _last + 1
        _last = value
    return _layout(value)


def id_at(moment: dt.datetime) -> uuid.UUID:
    """A UUIDv7 for a row made at *moment* (history loaded after the fact keeps
    its time order)."""
    ms = int(moment.timestamp() * 1000) & ((1 << 48) - 1)
    return _layout(ms << _RANDOM_BITS | secrets.randbits(_RANDOM_BITS))
