"""The SQLite database: connection settings, migrations, answers, audit log, backups.

Owns: what is stored and how (answers row by row, the profile, the audit
log, the submissions with the numbering of the next one, the instance lock,
backups and restore). May import only the ground floor (i18n, paths,
errors, jsonvalue); it knows nothing of the survey's questions.
"""

from __future__ import annotations

from desktop.storage.errors import StorageError
from desktop.storage.migrations import LATEST as SCHEMA_VERSION
from desktop.storage.records import CONTACT_ANSWERS, Profile, Submission
from desktop.storage.store import Store

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from desktop.storage.history import AuditEntry, Copy

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


def __getattr__(name: str) -> Any:
    # The audit log's and the copies' records load when first asked for (start-up time).
    if name in ("AuditEntry", "Copy"):
        from desktop.storage import history

        return getattr(history, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
