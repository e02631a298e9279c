"""Domain errors: each carries a message a clerk can read.

Services raise these; the UI shows ``str(error)`` next to the field named by
``error.field`` (when set) and keeps everything the user typed. A form's
every problem is raised at once (:class:`InvalidFields`): each of
``error.problems`` goes next to its own field.
"""

from __future__ import annotations

from collections.abc import Sequence


class FieldServiceError(Exception):
    """Base of every error the application reports to a person."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    @property
    def problems(self) -> tuple[FieldServiceError, ...]:
        """Each problem on its own, to be shown next to its field: this one,
        unless it gathers several (:class:`InvalidFields`)."""
        return (self,)

    def __reduce__(self):
        # Refusals come back from the process that checks a large import's rows:
        # rebuilt from their attributes, whatever each class's __init__ takes.
        return (_rebuilt, (type(self), self.args, self.__dict__))


def _rebuilt(cls: type[FieldServiceError], args: tuple, state: dict) -> FieldServiceError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class InvalidInput(FieldServiceError):
    """A value typed by the user is not acceptable (empty, malformed, out of range)."""


class InvalidFields(InvalidInput):
    """Several values of one form are not acceptable: every problem found at once,
    so that the form is corrected in one go, not one refusal per field.

    ``field`` is the first problem's field; ``message`` says them all, for the
    places where one message fits (a message box, a line of an import report).
    """

    def __init__(self, problems: Sequence[InvalidInput]) -> None:
        super().__init__(" ".join(p.message for p in problems), field=problems[0].field)
        self._problems: tuple[FieldServiceError, ...] = tuple(problems)

    @property
    def problems(self) -> tuple[FieldServiceError, ...]:
        return self._problems


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
