"""The SQLite database: connection settings, migrations, answers, audit log, backups."""

from desktop.storage.errors import StorageError
from desktop.storage.migrations import LATEST as SCHEMA_VERSION
from desktop.storage.store import CONTACT_ANSWERS, AuditEntry, Profile, Store, Submission

__all__ = [
    "CONTACT_ANSWERS",
    "SCHEMA_VERSION",
    "AuditEntry",
    "Profile",
    "StorageError",
    "Store",
    "Submission",
]
