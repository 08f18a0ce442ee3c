"""Consistent copies of the live database: taken, listed and rotated.

A WAL database is never copied as a file (the newest commits may still be in
the ``-wal`` file); ``VACUUM INTO`` writes a complete, compact snapshot.

Kinds of backup, by the start of the file name:

- ``auto-``: taken at most once a day when the database is opened; the
  newest ``KEEP_AUTOMATIC`` are kept.
- ``manual-``: asked for by the user; never removed by the program.
- ``before-restore-``: the state replaced by a restore; never removed.
- ``before-vN-``: taken before a migration; never removed.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.storage.backup_files import (
    AUTOMATIC_PREFIX,
    MANUAL_PREFIX,
    RESTORE_PREFIX,
    STAMP_FORMAT,
    SUFFIX,
    BackupFile,
    describe,
    is_sound,
    latest_sound_backup,
    list_backups,
    read_version,
)
from desktop.storage.connection import check_integrity
from desktop.storage.errors import StorageError, environment_errors

__all__ = [
    "AUTOMATIC_PREFIX",
    "KEEP_AUTOMATIC",
    "MANUAL_PREFIX",
    "RESTORE_PREFIX",
    "SUFFIX",
    "BackupFile",
    "backup_if_due",
    "describe",
    "is_sound",
    "latest_sound_backup",
    "list_backups",
    "read_version",
    "take_backup",
]

# Automatic backups kept. One is taken on a day the program is opened, so ten
# reach back two working weeks of use: long enough to notice a mistake made
# before a holiday, short enough that the folder stays small (a backup is a
# compacted copy, tens of kilobytes for a year of answers). Manual, restore
# and migration backups are the user's and are never rotated away.
KEEP_AUTOMATIC = 10
DAILY = timedelta(hours=24)


def _stamp(now: datetime) -> str:
    return now.strftime(STAMP_FORMAT)


def take_backup(conn: sqlite3.Connection, directory: Path, label: str) -> Path:
    """Write a snapshot named after ``label`` and the time; returns its path."""
    now = datetime.now(UTC)
    target = directory / f"{label}{_stamp(now)}{SUFFIX}"
    try:
        with environment_errors(target, directory):
            directory.mkdir(parents=True, exist_ok=True)
            try:
                conn.execute("VACUUM INTO ?", (str(target),))
            except sqlite3.Error:
                target.unlink(missing_ok=True)  # a half-written backup is worse than none
                raise
    except StorageError as exc:
        if exc.key == "storage.database.disk_full":  # told as the backup's, not as an answer's
            raise StorageError("storage.database.backup_disk_full", path=str(directory)) from exc
        raise
    return target


def automatic_backups(directory: Path) -> list[Path]:
    """The automatic backups, oldest first (names sort by time)."""
    if not directory.is_dir():
        return []
    return sorted(directory.glob(f"{AUTOMATIC_PREFIX}*{SUFFIX}"))


def backup_if_due(
    conn: sqlite3.Connection, directory: Path, keep: int = KEEP_AUTOMATIC
) -> Path | None:
    """Once a day, check the whole database, keep a snapshot and drop the oldest beyond ``keep``.

    A database found damaged raises (``StorageError``, damaged): it is not
    copied over a good backup, and nothing more is written into it.
    """
    existing = automatic_backups(directory)
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
        if datetime.now(UTC) - newest < DAILY:
            return None
    database = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    with environment_errors(database):
        check_integrity(conn, database, full=True)
    try:
        made = take_backup(conn, directory, AUTOMATIC_PREFIX)
    except StorageError:
        # A backup that cannot be written must not keep the user from their answers.
        return None
    for old in automatic_backups(directory)[:-keep]:
        old.unlink(missing_ok=True)
    return made
