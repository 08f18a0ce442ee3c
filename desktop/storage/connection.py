"""Opening the SQLite file with the settings every edit relies on."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from desktop.storage.errors import StorageError, damaged, environment_errors
from desktop.storage.sqlite_uri import database_uri

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


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read, for looking while another program writes (WAL allows it)."""
    with environment_errors(path):
        return sqlite3.connect(
            database_uri(path, mode="ro"),
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )


def read_user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


# The full ``integrity_check`` finds an index that no longer matches its table, which
# ``quick_check`` misses, and costs about two to five times as much
# (benchmarks/storage_integrity.py: 0.1 ms on an ordinary database, 150 ms on one of
# 5 MB of 1 000-row tables). At start the quick check runs first; when the full one,
# reckoned from it, fits ``START_BUDGET_MS``, it runs too. Otherwise it is left to the
# daily backup, which always runs it.
START_BUDGET_MS = 50.0
FULL_CHECK_FACTOR = 5


def check_integrity(conn: sqlite3.Connection, path: Path, *, full: bool = False) -> None:
    """Refuse a damaged file before anything is written into it.

    ``full`` runs ``integrity_check`` whatever it costs; otherwise it runs
    only when the quick check shows it to be cheap.
    """
    if full:
        _refuse_unless_ok(conn.execute("PRAGMA integrity_check").fetchall(), path)
        return
    started = time.perf_counter()
    _refuse_unless_ok(conn.execute("PRAGMA quick_check").fetchall(), path)
    reckoned_ms = (time.perf_counter() - started) * 1000 * FULL_CHECK_FACTOR
    if reckoned_ms <= START_BUDGET_MS:
        _refuse_unless_ok(conn.execute("PRAGMA integrity_check").fetchall(), path)


def _refuse_unless_ok(rows: list[tuple[str]], path: Path) -> None:
    if [r[0] for r in rows] != ["ok"]:
        raise damaged(path)


_HEADER = b"SQLite format 3\x00"


def check_file_shape(path: Path) -> None:
    """Refuse a file that exists but cannot be a whole database: empty, cut short, or not SQLite.

    SQLite itself takes an empty file for a new database and would set it up
    over whatever was lost; a file cut at a page boundary may open without
    complaint. Only a missing file is a new database.
    """
    with environment_errors(path):
        try:
            found = path.stat()
            # Opening a named pipe would wait for a writer for ever, a device reads without end.
            if not S_ISREG(found.st_mode):
                key = "is_folder" if S_ISDIR(found.st_mode) else "not_a_file"
                raise StorageError(f"storage.database.{key}", path=str(path))
            with path.open("rb") as handle:
                header = handle.read(100)
                size = handle.seek(0, 2)
        except FileNotFoundError:
            return
        wal = Path(f"{path}-wal")
        pending = wal.is_file() and wal.stat().st_size > 0
    if size == 0 and not pending:
        raise damaged(path)
    if size == 0:
        return  # everything is still in the write-ahead log; SQLite reads it from there
    if len(header) < 100 or not header.startswith(_HEADER):
        raise damaged(path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        raise damaged(path)
    pages = int.from_bytes(header[28:32], "big")
    # The page count in the header is valid when the two change counters agree.
    counted = header[24:28] == header[92:96]
    if counted and not pending and pages * page_size > size:
        raise damaged(path)
