"""The SQLite database: connection settings, migrations, answers, audit log, backups.

Owns: what is stored and how (answers row by row, the profile, the audit
log, the submissions with the numbering of the next one, the instance lock,
backups and restore). May import only the ground floor (i18n, paths,
errors, jsonvalue); it knows nothing of the survey's questions.
"""

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
