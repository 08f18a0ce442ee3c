"""The SQLite database: connection settings, migrations, answers, audit log, backups."""

from desktop.storage.errors import StorageError
from desktop.storage.migrations import LATEST as SCHEMA_VERSION
from desktop.storage.records import CONTACT_ANSWERS, AuditEntry, Copy, Profile, Submission
from desktop.storage.store import Store

__all__ = [
    "CONTACT_ANSWERS",
    "SCHEMA_VERSION",
    "AuditEntry",
    "Copy",
    "Profile",
    "StorageError",
    "Store",
    "Submission",
]
