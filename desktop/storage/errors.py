"""Storage problems the user can act on, sorted from bugs.

SQLite reports environment trouble (a full disk, a read-only directory,
another program holding the file, a damaged file) with result codes; those
become ``StorageError`` with a plain message. Any other ``sqlite3.Error`` is a
bug in this program and is left to propagate.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from desktop.errors import UserError
from desktop.storage.backup_files import latest_sound_backup

# What may pass by itself or by the user's hand (space freed, the other program
# closed, the folder's rights fixed): the same write may succeed when tried again.
_PASSING = frozenset(
    f"storage.database.{key}"
    for key in (
        "disk_full",
        "disk_full_open",
        "read_only",
        "locked",
        "in_use",
        "io_error",
        "cannot_open",
    )
)


class StorageError(UserError):
    """The database cannot be used as asked, for a reason outside this program."""

    @property
    def damaged(self) -> bool:
        """Whether the database itself is damaged (with or without a backup to restore)."""
        return self.key in ("storage.database.corrupt", "storage.database.corrupt_no_backup")

    @property
    def may_pass(self) -> bool:
        """Whether trying the same write again later may succeed."""
        return self.key in _PASSING


# SQLite primary result codes (the low byte of the extended code).
_SQLITE_PERM = 3
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def from_sqlite(exc: sqlite3.Error, database: Path) -> StorageError | None:
    """The user's view of an SQLite error, or None when it is a bug of ours."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    path = str(database)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StorageError("storage.database.locked", path=path)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return StorageError("storage.database.read_only", path=str(database.parent))
    if primary == _SQLITE_FULL:
        return StorageError("storage.database.disk_full", path=str(database.parent))
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return damaged(database)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and disk_is_full(database.parent):
        # SQLite reports some writes on a full disk as I/O errors (growing the -shm file).
        return StorageError("storage.database.disk_full", path=str(database.parent))
    if primary == _SQLITE_CANTOPEN:
        folder_error = _folder_error(database.parent)
        if folder_error is not None:
            return folder_error
        return StorageError("storage.database.cannot_open", path=path, reason=str(exc))
    if primary == _SQLITE_IOERR:
        return StorageError("storage.database.io_error", path=path)
    return None


# Below this much free space a failed write is taken for a full disk.
_NEARLY_FULL = 1024 * 1024


def _folder_error(folder: Path) -> StorageError | None:
    """Why no file can be made in ``folder`` (read-only, a file, /proc), or None when one can."""
    import tempfile  # only when a write failed (start-up time)

    try:
        with tempfile.TemporaryFile(dir=folder):
            return None
    except OSError as exc:
        return from_os(exc, folder)


def disk_is_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` (or its nearest existing parent) has no room left."""
    import shutil  # only when a write failed (start-up time)

    for candidate in (folder, *folder.parents):
        try:
            usage = shutil.disk_usage(candidate)
        except OSError:
            continue
        # A system folder (/proc) has no size at all: that is no full disk.
        return usage.total > 0 and usage.free < _NEARLY_FULL
    return False


def damaged(database: Path) -> StorageError:
    """The refusal of a damaged database, naming the newest backup that is itself sound."""
    folder = database.parent / "backups"
    latest = latest_sound_backup(folder)
    if latest is None:
        return StorageError(
            "storage.database.corrupt_no_backup", path=str(database), backups=str(folder)
        )
    return StorageError(
        "storage.database.corrupt", path=str(database), backups=str(folder), latest=latest.name
    )


def from_os(exc: OSError, path: Path) -> StorageError | None:
    """The user's view of a file-system error around the database, or None."""
    from desktop import oserrors  # only when a file could not be written (start-up time)

    found = oserrors.kind(exc)
    key = _BY_KIND.get(found)
    if key is None and exc.errno in _NO_DATA_FOLDER:
        key = "storage.database.not_a_folder"
    if key is None:
        return None
    if key == "storage.database.not_a_folder":
        return StorageError(key, path=str(path), reason=oserrors.reason(exc))
    return StorageError(key, path=str(path))


# Each trouble (``desktop.oserrors``) as the database's message: what the user can do about it.
_BY_KIND = {
    "read_only": "storage.database.read_only",
    "no_right": "storage.database.read_only",
    "disk_full": "storage.database.disk_full",
    "in_use": "storage.database.in_use",
    "io_error": "storage.database.io_error",
    # The data folder is no folder where files can be saved: choose another.
    "no_folder": "storage.database.not_a_folder",
    "not_a_folder": "storage.database.not_a_folder",
    "is_a_folder": "storage.database.not_a_folder",
    "name_too_long": "storage.database.not_a_folder",
    "device_gone": "storage.database.not_a_folder",
}
# What the file system says, beside those, when the data folder is a file (``/dev/null``)
# or a system folder where nothing can be created.
_NO_DATA_FOLDER = frozenset({errno.EEXIST, errno.EINVAL})


@contextlib.contextmanager
def environment_errors(database: Path, folder: Path | None = None) -> Iterator[None]:
    """Turn SQLite's and the file system's environment errors into ``StorageError``.

    ``folder`` is what a file-system error is about (the data folder by default).
    Anything else propagates unchanged: it is a bug, not advice for the user.
    """
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        mapped = environment_error(exc, database, folder)
        if mapped is None:
            raise
        raise mapped from exc


def environment_error(
    exc: sqlite3.Error | OSError, database: Path, folder: Path | None = None
) -> StorageError | None:
    """What ``environment_errors`` turns ``exc`` into; None when it is a bug of ours."""
    if isinstance(exc, sqlite3.Error):
        return from_sqlite(exc, database)
    return from_os(exc, folder or database.parent)
