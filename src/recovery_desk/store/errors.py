"""Storage problems a person can meet, each with a message saying what to do.

These messages are shown in the window as they are, so they never contain personal data
or driver error text (which can include SQL and values).
"""
from __future__ import annotations


class StoreError(Exception):
    """Base class; ``str(error)`` is the plain-English message."""


class WrongKeyError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "The database file could not be unlocked. Either the key is wrong (if the "
            "database came from another laptop, enter the team's recovery key), or the file "
            "is damaged or is not a Recovery Desk database (restore it from a backup). "
            "Nothing has been changed."
        )


class NotADatabaseError(StoreError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "This file is not a Recovery Desk database, or it is damaged. "
            + (detail + " " if detail else "")
            + "Nothing has been changed. Restore it from a backup, or ask your administrator."
        )


class PlaintextDatabaseError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "This file is an unencrypted SQLite database, not a Recovery Desk database. "
            "Recovery Desk only opens encrypted databases. Nothing has been changed."
        )


class NewerDatabaseError(StoreError):
    def __init__(self, revision: str) -> None:
        super().__init__(
            "This database was last opened by a newer version of Recovery Desk "
            f"(schema {revision}). Please install the latest version; this one will not "
            "open it, so that nothing is lost."
        )


class DatabaseUnreachableError(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"The team database at {where} cannot be reached. Check the network "
            "connection to the team server, or ask your administrator whether it is running. "
            "Nothing has been changed."
        )


class DatabaseLoginError(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"The team database at {where} refused the sign-in. Ask your administrator "
            "for the database password, then enter it under Settings."
        )


class FolderNotWritableError(StoreError):
    def __init__(self, folder: str) -> None:
        super().__init__(
            f"Recovery Desk cannot write to its data folder ({folder}). Ask IT to give your "
            "account write access to it, or set RECOVERY_DESK_HOME to a folder you can write to."
        )


class KeyringUnavailableError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "This computer has no secure password store (keyring) that Recovery Desk can use "
            "to keep the database key. You can choose a passphrase instead: you will need it "
            "every time Recovery Desk starts."
        )


class MissingKeyError(StoreError):
    def __init__(self) -> None:
        super().__init__(
            "The key for this database is not in this computer's password store. If the "
            "database was copied or restored from another laptop, enter the team's recovery "
            "key. Nothing has been changed."
        )


class MigrationError(StoreError):
    def __init__(self, backup: str | None) -> None:
        where = f" Your data was backed up first, to {backup}." if backup else ""
        super().__init__(
            "Recovery Desk could not upgrade the database, so it has left it exactly as it "
            f"was.{where} Please tell your administrator."
        )
