"""Backups as files in a folder: their names, listed newest first, and whether each is sound.

Plain reading, with nothing of the store: the refusal of a damaged database
names the newest sound backup from here, and ``backup`` takes and rotates
them (see there for the kinds of backup).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.patterns import Pattern
from desktop.plain import Plain
from desktop.storage.sqlite_uri import database_uri

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

AUTOMATIC_PREFIX = "auto-"
MANUAL_PREFIX = "manual-"
RESTORE_PREFIX = "before-restore-"
SUFFIX = ".sqlite"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
# A backup named as taken more than this after now was named by a clock that was ahead (a
# laptop's clock once a year off): its age is not known. The margin lets a clock set back
# by a few seconds or minutes (time synchronisation) keep its backups of a moment ago.
CLOCK_SLACK = timedelta(minutes=5)
_NAME = Pattern(r"(?P<label>.*?)(?P<stamp>\d{8}T\d{12}Z)\.sqlite")


class BackupFile(Plain):
    """One backup in a folder: what kind it is, when it was taken, how large it is."""

    # A plain value class (``desktop.plain``): a dataclass compiles its methods at every start.
    __slots__ = ("kind", "path", "size", "taken_at")

    def __init__(
        self,
        path: Path,
        kind: str,  # "auto", "manual", "restore", "migration" or "other"
        taken_at: datetime,
        size: int,
    ) -> None:
        self.path: Final = path
        self.kind: Final = kind
        self.taken_at: Final = taken_at
        self.size: Final = size


def describe(path: Path) -> BackupFile:
    """The kind and time of a backup from its name (the file's time when the name has none)."""
    status = path.stat()
    found = _NAME.fullmatch(path.name)
    taken = _stamp_time(found["stamp"]) if found is not None else None
    if found is None or taken is None:  # no stamp, or one of a time no clock shows
        taken = datetime.fromtimestamp(status.st_mtime, UTC)
        return BackupFile(path, "other", taken, status.st_size)
    size = status.st_size
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


def _stamp_time(stamp: str) -> datetime | None:
    """The time of a name's ``STAMP_FORMAT`` stamp (``20261201T175100123456Z``), already
    matched as digits; None for a time no clock shows (month 13). Read by its fixed
    places: ``strptime`` would load the locale machinery at every start (start-up time)."""
    try:
        return datetime(
            int(stamp[0:4]),
            int(stamp[4:6]),
            int(stamp[6:8]),
            int(stamp[9:11]),
            int(stamp[11:13]),
            int(stamp[13:15]),
            int(stamp[15:21]),
            tzinfo=UTC,
        )
    except ValueError:
        return None


def in_future(backup: BackupFile, now: datetime | None = None) -> bool:
    """Whether ``backup`` is named as taken later than ``now`` (a clock that was ahead):
    its age is not known, so it is taken neither for the newest nor for an old one."""
    return backup.taken_at > (now or datetime.now(UTC)) + CLOCK_SLACK


def list_backups(directory: Path) -> list[BackupFile]:
    """Every backup in ``directory``, newest first; those named as taken in the future
    (``in_future``: of unknown age) after all the others, newest of them first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.glob(f"*{SUFFIX}"):
        try:
            found.append(describe(path))
        except OSError:
            continue  # removed meanwhile
    now = datetime.now(UTC)
    return sorted(
        found, key=lambda backup: (not in_future(backup, now), backup.taken_at), reverse=True
    )


def latest_sound_backup(directory: Path) -> Path | None:
    """The newest backup, of any kind, that passes SQLite's full check (one named as taken
    in the future only when there is no other: its time is shown where it is offered)."""
    for backup in list_backups(directory):
        if is_sound(backup.path):
            return backup.path
    return None


def is_sound(path: Path) -> bool:
    """Whether the database file at ``path`` passes ``integrity_check``; it is only read."""
    try:
        conn = sqlite3.connect(database_uri(path, mode="ro", immutable="1"), uri=True)
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
