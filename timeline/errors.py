"""The exceptions the engine raises, one family rooted at `TimelineError`.

Every message is one line that names what was wrong and, where there is one, where.
The command line turns any `TimelineError` into that line on stderr and an exit status.
"""

from __future__ import annotations

__all__ = [
    "ConflictError",
    "DateError",
    "InputError",
    "TimelineError",
    "UnknownEntityError",
]


class TimelineError(Exception):
    """Base of every error the engine raises on purpose; the CLI exits with status 2 on it."""

    exit_status = 2


class DateError(TimelineError, ValueError):
    """A date expression that cannot be resolved to a span; the message quotes the expression."""

    def __init__(self, expression: str, reason: str = "cannot resolve date expression") -> None:
        self.expression = expression
        self.reason = reason
        super().__init__(f"{reason}: {expression!r}")


class InputError(TimelineError, ValueError):
    """Bad input (an annotation, a JSON line, a log record), with the place it was found."""

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        self.message = message
        super().__init__(f"{where}: {message}" if where else message)


class UnknownEntityError(TimelineError, LookupError):
    """An entity id that the log does not know, with the closest ids it does know."""

    def __init__(self, entity: str, suggestions: tuple[str, ...] = ()) -> None:
        self.entity = entity
        self.suggestions = suggestions
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"unknown entity {entity!r}{hint}")


class ConflictError(TimelineError):
    """An append whose expected last sequence number is not the log's; nothing was written."""

    def __init__(self, expected: int, actual: int) -> None:
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"conflict: expected the log to end at sequence {expected}, it ends at {actual}"
        )
