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

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.storage.connection import check_integrity
from desktop.storage.errors import StorageError, environment_errors

# Automatic backups kept. One is taken on a day the program is opened, so ten
# reach back two working weeks of use: long enough to notice a mistake made
# before a holiday, short enough that the folder stays small (a backup is a
# compacted copy, tens of kilobytes for a year of answers). Manual, restore
# and migration backups are the user's and are never rotated away.
KEEP_AUTOMATIC = 10
AUTOMATIC_PREFIX = "auto-"
MANUAL_PREFIX = "manual-"
RESTORE_PREFIX = "before-restore-"
DAILY = timedelta(hours=24)
SUFFIX = ".sqlite"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"(?P<label>.*?)(?P<stamp>\d{8}T\d{12}Z)\.sqlite")


def _stamp(now: datetime) -> str:
    return now.strftime(_STAMP_FORMAT)


@dataclass(frozen=True)
class BackupFile:
    """One backup in a folder: what kind it is, when it was taken, how large it is."""

    path: Path
    kind: str  # "auto", "manual", "restore", "migration" or "other"
    taken_at: datetime
    size: int


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


def describe(path: Path) -> BackupFile:
    """The kind and time of a backup from its name (the file's time when the name has none)."""
    size = path.stat().st_size
    found = _NAME.fullmatch(path.name)
    if found is None:
        taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        return BackupFile(path, "other", taken, size)
    taken = datetime.strptime(found["stamp"], _STAMP_FORMAT).replace(tzinfo=UTC)
    label = found["label"]
    if label == AUTOMATIC_PREFIX:
        kind = "auto"
    elif label.endswith(MANUAL_PREFIX):
        kind = "manual"
    elif label == RESTORE_PREFIX:
        kind = "restore"
    elif label.startswith("before-v"):
        kind = "migration"
    else:
        kind = "other"
    return BackupFile(path, kind, taken, size)


def list_backups(directory: Path) -> list[BackupFile]:
    """Every backup in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.glob(f"*{SUFFIX}"):
        try:
            found.append(describe(path))
        except OSError:
            continue  # removed meanwhile
    return sorted(found, key=lambda backup: backup.taken_at, reverse=True)


def automatic_backups(directory: Path) -> list[Path]:
    """The automatic backups, oldest first (names sort by time)."""
    if not directory.is_dir():
        return []
    return sorted(directory.glob(f"{AUTOMATIC_PREFIX}*{SUFFIX}"))


def latest_sound_backup(directory: Path) -> Path | None:
    """The newest backup, of any kind, that passes SQLite's full check."""
    for backup in list_backups(directory):
        if is_sound(backup.path):
            return backup.path
    return None


def is_sound(path: Path) -> bool:
    """Whether the database file at ``path`` passes ``integrity_check``; it is only read."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return False
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        return [r[0] for r in rows] == ["ok"] and read_version(conn) > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def read_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


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
