"""Row identities: UUIDv7, made where the row is created.

Version 7 UUIDs start with the creation time in milliseconds, so new rows land
at the end of the primary-key B-tree instead of at random places in it.
"""

from __future__ import annotations

import datetime as dt
import secrets
import uuid

import uuid6


def new_id() -> uuid.UUID:
    """A new time-ordered UUID (version 7) as a standard ``uuid.UUID``."""
    return uuid.UUID(int=uuid6.uuid7().int)


def id_at(moment: dt.datetime) -> uuid.UUID:
    """A UUIDv7 for a row made at *moment* (history loaded after the fact keeps
    its time order)."""
    ms = int(moment.timestamp() * 1000) & ((1 << 48) - 1)
    rand = secrets.randbits(74)
    value = (
        (ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62) | (rand & ((1 << 62) - 1))
    )
    return uuid.UUID(int=value)
