"""The SQLite database: connection settings, migrations, answers, audit log, backups."""

from desktop.storage.errors import StorageError
from desktop.storage.migrations import LATEST as SCHEMA_VERSION
from desktop.storage.store import AuditEntry, Profile, Store, Submission

__all__ = ["SCHEMA_VERSION", "AuditEntry", "Profile", "StorageError", "Store", "Submission"]
