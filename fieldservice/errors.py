"""Domain errors: each carries a message a clerk can read.

Services raise these; the UI shows ``str(error)`` next to the field named by
``error.field`` (when set) and keeps everything the user typed.
"""

from __future__ import annotations


class FieldServiceError(Exception):
    """Base of every error the application reports to a person."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class InvalidInput(FieldServiceError):
    """A value typed by the user is not acceptable (empty, malformed, out of range)."""


class NotFound(FieldServiceError):
    """The record asked for does not exist (or was deleted)."""


class AlreadyExists(FieldServiceError):
    """A record with the same unique key exists already."""

    def __init__(self, message: str, *, field: str | None = None, existing_id=None) -> None:
        super().__init__(message, field=field)
        self.existing_id = existing_id


class SiteNotInitialised(FieldServiceError):
    """The local database has no site yet: run first-time setup."""


class DatabaseError(FieldServiceError):
    """The database file cannot be opened or upgraded."""


class PartOutOfStock(FieldServiceError):
    """Not enough of a part where it was asked for (the message says where else)."""

    def __init__(self, message: str, *, available=None, elsewhere=()) -> None:
        super().__init__(message, field="quantity")
        self.available = available
        self.elsewhere = tuple(elsewhere)
