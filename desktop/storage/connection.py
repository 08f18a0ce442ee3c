"""Opening the SQLite file with the settings every edit relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.storage.errors import StorageError, environment_errors

# How long a statement waits for another connection's lock before giving up.
BUSY_TIMEOUT_MS = 2000


def apply_pragmas(conn: sqlite3.Connection) -> None:
    """WAL with synchronous=FULL: a commit is durable once it returns (about 0.3 ms here)."""
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode; transactions are begun explicitly."""
    with environment_errors(path):
        return sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)


def read_user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged file before anything is written into it."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        raise StorageError("corrupt", path=str(path), backups=str(path.parent / "backups"))
