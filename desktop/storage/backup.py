"""Consistent copies of the live database, kept in the data directory.

A WAL database is never copied as a file (the newest commits may still be in
the ``-wal`` file); ``VACUUM INTO`` writes a complete, compact snapshot.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.storage.errors import StorageError, environment_errors

# Automatic backups kept; the migration backups are never rotated away.
KEEP_AUTOMATIC = 10
AUTOMATIC_PREFIX = "auto-"
DAILY = timedelta(hours=24)


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S%fZ")


def take_backup(conn: sqlite3.Connection, directory: Path, label: str) -> Path:
    """Write a snapshot named after ``label`` and the time; returns its path."""
    now = datetime.now(UTC)
    target = directory / f"{label}{_stamp(now)}.sqlite"
    with environment_errors(target, directory):
        directory.mkdir(parents=True, exist_ok=True)
        try:
            conn.execute("VACUUM INTO ?", (str(target),))
        except sqlite3.Error:
            target.unlink(missing_ok=True)  # a half-written backup is worse than none
            raise
    return target


def automatic_backups(directory: Path) -> list[Path]:
    """The automatic backups, oldest first (names sort by time)."""
    if not directory.is_dir():
        return []
    return sorted(directory.glob(f"{AUTOMATIC_PREFIX}*.sqlite"))


def latest_sound_backup(directory: Path) -> Path | None:
    """The newest backup (automatic or taken before an upgrade) that passes SQLite's full check."""
    if not directory.is_dir():
        return None
    try:
        found = sorted(directory.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for candidate in found:
        if is_sound(candidate):
            return candidate
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
    """Once a day, keep a snapshot and drop the oldest beyond ``keep``."""
    existing = automatic_backups(directory)
    if existing:
        newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
        if datetime.now(UTC) - newest < DAILY:
            return None
    try:
        made = take_backup(conn, directory, AUTOMATIC_PREFIX)
    except StorageError:
        # A backup that cannot be written must not keep the user from their answers.
        return None
    for old in automatic_backups(directory)[:-keep]:
        old.unlink(missing_ok=True)
    return made
