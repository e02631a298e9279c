"""Row identities: UUIDv7, made where the row is created.

Version 7 UUIDs start with the creation time in milliseconds, so new rows land
at the end of the primary-key B-tree instead of at random places in it.
"""

from __future__ import annotations

import uuid

import uuid6


def new_id() -> uuid.UUID:
    """A new time-ordered UUID (version 7) as a standard ``uuid.UUID``."""
    return uuid.UUID(int=uuid6.uuid7().int)
