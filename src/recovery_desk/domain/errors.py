"""Errors a person can cause, each carrying a message that says what to do.

Messages here are shown to staff. They never include personal data, so that they are
also safe to log.
"""
from __future__ import annotations

from collections.abc import Mapping


class ValidationFailed(Exception):
    """One or more fields were not acceptable; nothing was saved.

    ``problems`` maps a field name (the attribute of the draft being saved) to a message
    meant to be shown beside that field.
    """

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.problems.items()))

    @classmethod
    def single(cls, field: str, message: str) -> "ValidationFailed":
        return cls({field: message})


class ConflictError(Exception):
    """Someone else saved the same record after it was opened here.

    Nothing was overwritten. The caller keeps the text that was typed and shows the
    person what happened.
    """

    def __init__(self, what: str = "record"):
        self.what = what
        super().__init__(
            f"Someone else saved this {what} while you were editing it. Your changes have "
            "not been saved and are still on screen: compare them with the latest version, "
            "then save again."
        )


class NotFound(Exception):
    """The record asked for does not exist (or no longer exists)."""

    def __init__(self, what: str = "record"):
        self.what = what
        super().__init__(f"This {what} could not be found. It may have been removed by someone else.")


class PermissionDenied(Exception):
    """The signed-in staff member's role does not allow this."""
