"""Consistent copies of the live database: taken, listed and rotated.

A WAL database is never copied as a file (the newest commits may still be in
the ``-wal`` file); ``VACUUM INTO`` writes a complete, compact snapshot. It
writes under a hidden temporary name that no listing takes for a backup, and
the file gets its name only once it is whole and on the disk: a program killed
while writing leaves no half-written backup behind to be offered as sound.

Kinds of backup, by the start of the file name:

- ``auto-``: the day's backup, taken when the database is first opened that
  day and taken again after the user's work (the window closing with changes,
  a submission), in place of the day's earlier one; the newest
  ``KEEP_AUTOMATIC`` are kept.
- ``manual-``: asked for by the user; never removed by the program.
- ``before-restore-``: the state replaced by a restore; never removed.
- ``before-vN-``: taken before a migration; never removed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.storage.backup_files import (
    AUTOMATIC_PREFIX,
    CLOCK_SLACK,
    MANUAL_PREFIX,
    RESTORE_PREFIX,
    STAMP_FORMAT,
    SUFFIX,
    BackupFile,
    describe,
    in_future,
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
    "backup_after_work",
    "backup_if_due",
    "describe",
    "in_future",
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


# A backup being written: ``.NAME.sqlite.partial`` beside where it goes.
PARTIAL_SUFFIX = ".partial"
# A partial file this old was left by a program that was killed while writing it.
_LEFT_OVER_SECONDS = 3600


def _partial(target: Path) -> Path:
    return target.with_name(f".{target.name}{PARTIAL_SUFFIX}")


def _drop_left_overs(directory: Path) -> None:
    """Remove what a program killed while writing a backup left behind."""
    limit = time.time() - _LEFT_OVER_SECONDS
    for left in directory.glob(f".*{SUFFIX}{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if left.stat().st_mtime < limit:
                left.unlink()


def _to_disk(path: Path) -> None:
    """Have the operating system write ``path`` to the disk before it is named a backup."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def take_backup(conn: sqlite3.Connection, directory: Path, label: str) -> Path:
    """Write a snapshot named after ``label`` and the time; returns its path.

    The file is written under a temporary name and renamed once whole, so a
    kill or a power cut meanwhile leaves no half-written file named as a backup.
    """
    now = datetime.now(UTC)
    target = directory / f"{label}{_stamp(now)}{SUFFIX}"
    partial = _partial(target)
    try:
        with environment_errors(target, directory):
            directory.mkdir(parents=True, exist_ok=True)
            _drop_left_overs(directory)
            try:
                conn.execute("VACUUM INTO ?", (str(partial),))
                _to_disk(partial)
                partial.replace(target)
            except BaseException:
                partial.unlink(missing_ok=True)  # a half-written backup is worse than none
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


def _dated_automatic(directory: Path) -> list[Path]:
    """The automatic backups, oldest first, without those named as taken in the future (a
    clock that was ahead): of unknown age, they neither make a backup look taken nor are
    rotated away (they are the user's to look at, and stop being in the future in time)."""
    now = datetime.now(UTC)
    dated = []
    for path in automatic_backups(directory):
        with contextlib.suppress(OSError):  # removed meanwhile
            if not in_future(describe(path), now):
                dated.append(path)
    return dated


def backup_if_due(
    conn: sqlite3.Connection, directory: Path, keep: int = KEEP_AUTOMATIC
) -> Path | None:
    """Once a day, check the whole database, keep a snapshot and drop the oldest beyond ``keep``.

    A database found damaged raises (``StorageError``, damaged): it is not
    copied over a good backup, and nothing more is written into it.
    """
    existing = _dated_automatic(directory)
    if existing:
        with contextlib.suppress(OSError):  # removed meanwhile: one is due
            newest = datetime.fromtimestamp(existing[-1].stat().st_mtime, UTC)
            # A file time in the future (a clock set back since) tells no age either.
            if -CLOCK_SLACK <= datetime.now(UTC) - newest < DAILY:
                return None
    database = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    with environment_errors(database):
        check_integrity(conn, database, full=True)
    try:
        made = take_backup(conn, directory, AUTOMATIC_PREFIX)
    except StorageError:
        # A backup that cannot be written must not keep the user from their answers.
        return None
    _drop_oldest(directory, keep)
    return made


def _drop_oldest(directory: Path, keep: int) -> None:
    """Remove the automatic backups beyond the newest ``keep``. One another program holds
    open (Windows refuses to delete it) is left for the next time: it is harmless."""
    for old in _dated_automatic(directory)[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink(missing_ok=True)


def _local_day(moment: datetime) -> object:
    return moment.astimezone().date()


def backup_after_work(
    conn: sqlite3.Connection,
    directory: Path,
    changed_at: datetime | str | None,
    keep: int = KEEP_AUTOMATIC,
) -> Path | None:
    """After the user's work (the window closing, a submission): the day's automatic backup
    taken again, so that it holds what was done; the day's earlier automatic backup goes.

    ``changed_at`` is when the answers last changed (None: not at all; text: a store's
    ``last_commit``, ISO 8601); nothing is taken
    when the newest automatic or manual backup is younger. A database found damaged is
    not copied (None), nor is anything removed; a backup that cannot be written is None too:
    neither may keep the window from closing.
    """
    if changed_at is None:
        return None
    if isinstance(changed_at, str):
        changed_at = datetime.fromisoformat(changed_at)
    now = datetime.now(UTC)
    for backup in list_backups(directory):
        if backup.kind in ("auto", "manual") and not in_future(backup, now):
            if backup.taken_at >= changed_at:
                return None
            break
    database = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    try:
        with environment_errors(database):
            check_integrity(conn, database, full=True)
        made = take_backup(conn, directory, AUTOMATIC_PREFIX)
    except StorageError:
        return None
    today = _local_day(describe(made).taken_at)
    for old in automatic_backups(directory):
        with contextlib.suppress(OSError):  # removed meanwhile, or held open by another program
            if old != made and _local_day(describe(old).taken_at) == today:
                old.unlink()
    _drop_oldest(directory, keep)
    return made
