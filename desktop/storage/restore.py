"""Backups the user controls: written to a folder of their choice, checked, and restored.

A backup is checked before it is used: it must be an SQLite database that
passes ``PRAGMA integrity_check``, made by this program (its tables are
there) and not by a newer version. Restoring first takes a backup of the
current state, then copies the backup into the open database with SQLite's
backup API, so the folder's lock stays held and no other program sees a
half-replaced file; an older backup is then brought up to date by the usual
migrations.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import Lang, text
from desktop.jsonvalue import JSONObject
from desktop.paths import DataPaths
from desktop.storage.answer_rows import stored_answers
from desktop.storage.audit_rows import readable_time
from desktop.storage.backup import (
    MANUAL_PREFIX,
    RESTORE_PREFIX,
    BackupFile,
    describe,
    take_backup,
)
from desktop.storage.backup_files import STAMP_FORMAT
from desktop.storage.connection import BUSY_TIMEOUT_MS, apply_pragmas
from desktop.storage.errors import StorageError, environment_errors
from desktop.storage.lock import InstanceLock
from desktop.storage.migrations import LATEST, migrate
from desktop.storage.sqlite_uri import database_uri
from desktop.storage.store import Store
from desktop.storage.stored_text import unreadable
from desktop.untrusted import escape

# The tables every version of the database has had since the first.
_TABLES = frozenset({"profile", "rounds", "answers", "audit_log"})
# A backup written to the user's own folder says whose it is.
FOLDER_PREFIX = f"tilannekuva-{MANUAL_PREFIX}"


class BackupError(UserError):
    """A backup cannot be written where asked, or cannot be restored."""


@dataclass(frozen=True)
class BackupContents:
    """What a checked backup holds: its version, its municipality and its answers."""

    file: BackupFile
    version: int
    municipality_code: str | None
    # round id → section → field → value
    answers: dict[str, dict[str, JSONObject]] = field(default_factory=dict)
    submitted: frozenset[str] = frozenset()


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(database_uri(path, mode="ro"), uri=True)
    try:
        # A backup may come from anywhere: its schema runs no functions of ours.
        conn.execute("PRAGMA trusted_schema = OFF")
        yield conn
    finally:
        conn.close()


class UntrustedRound(BackupError):
    """A backup holding a round package whose signature does not verify here."""

    def __init__(self, path: Path, round_id: str, cause: UserError) -> None:
        self.cause = cause
        super().__init__(
            "storage.backup.untrusted_round", path=str(path), round=escape(round_id), reason=""
        )

    def message(self, lang: Lang) -> str:
        return text(self.key, lang, **{**self.values, "reason": self.cause.message(lang)})


def inspect_backup(
    path: Path, *, check_package: Callable[[bytes], object] | None = None
) -> BackupContents:
    """Check a backup and read what it holds; ``BackupError`` says why it cannot be used.

    ``check_package`` verifies each round package the backup holds (its signature, by a
    signer trusted here), raising ``UserError`` for one that fails: the rounds layer's, which
    storage does not reach."""
    packages: list[tuple[str, bytes]] = []
    contents = _inspect(path, packages if check_package is not None else None)
    if check_package is not None:
        for round_id, package in packages:
            try:
                check_package(package)
            except UserError as exc:
                raise UntrustedRound(path, round_id, exc) from exc
    return contents


def _inspect(path: Path, packages: list[tuple[str, bytes]] | None) -> BackupContents:
    if not path.is_file():
        raise BackupError("storage.backup.missing", path=str(path))
    try:
        with _read_only(path) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            if [row[0] for row in rows] != ["ok"]:
                raise BackupError(
                    "storage.backup.damaged", path=str(path), reason=str(rows[0][0])[:200]
                )
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > LATEST:
                raise BackupError(
                    "storage.backup.too_new", path=str(path), found=version, known=LATEST
                )
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if version < 1 or not _TABLES.issubset(tables):
                raise BackupError("storage.backup.not_ours", path=str(path))
            unreadable = _unreadable_rows(conn, tables)
            if unreadable:
                raise UnreadableRows(path, unreadable)
            if packages is not None and "round_packages" in tables:
                packages += [
                    (str(r[0]), bytes(r[1]) if isinstance(r[1], bytes) else b"")
                    for r in conn.execute("SELECT round_id, package FROM round_packages")
                ]
            profile = conn.execute("SELECT municipality_code FROM profile WHERE id = 1").fetchone()
            answers: dict[str, dict[str, JSONObject]] = {}
            for round_id in {r[0] for r in conn.execute("SELECT round_id FROM answers")}:
                answers[round_id] = stored_answers(conn, round_id, version)
            columns = {r[1] for r in conn.execute("PRAGMA table_info(rounds)")}
            submitted = (
                frozenset(
                    r[0]
                    for r in conn.execute("SELECT round_id FROM rounds WHERE locked_at IS NOT NULL")
                )
                if "locked_at" in columns
                else frozenset()
            )
    except sqlite3.DatabaseError as exc:
        raise BackupError("storage.backup.damaged", path=str(path), reason=str(exc)) from exc
    except (ValueError, TypeError) as exc:  # an answer that is not JSON
        raise BackupError(
            "storage.backup.damaged", path=str(path), reason=type(exc).__name__
        ) from exc
    return BackupContents(
        describe(path), version, profile[0] if profile else None, answers, submitted
    )


# The columns the program reads as a time or as a JSON value: (table, column, what it holds).
_READ_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("submissions", "submitted_at", "time"),
    ("audit_log", "at", "time"),
    ("audit_log", "old_value", "json"),
    ("audit_log", "new_value", "json"),
    ("answers", "value", "json"),
    ("answer_rows", "value", "json"),
    ("round_packages", "added_at", "time"),
)
_MAX_NAMED = 5  # rows named in the refusal; the rest are counted in


class UnreadableRows(BackupError):
    """A backup whose rows SQLite keeps but the program cannot read: each named by its
    table, round and column."""

    def __init__(self, path: Path, rows: Sequence[tuple[str, str, str]]) -> None:
        self.rows = tuple(rows)
        super().__init__("storage.backup.unreadable_rows", path=str(path), rows="")

    def message(self, lang: Lang) -> str:
        named = [
            text("storage.backup.unreadable_row", lang, table=table, round=escape(r), column=c)
            for table, r, c in self.rows[:_MAX_NAMED]
        ]
        if len(self.rows) > _MAX_NAMED:
            named.append("…")
        return text(self.key, lang, **{**self.values, "rows": "; ".join(named)})


def _unreadable_rows(conn: sqlite3.Connection, tables: set[str]) -> list[tuple[str, str, str]]:
    """(table, round, column) of each row whose time is no time or whose value is no JSON
    value the program writes (``1e999``, ``NaN``, ``{bad``): the readers would not read it."""
    found: set[tuple[str, str, str]] = set()
    for table, column, kind in _READ_COLUMNS:
        if table not in tables:
            continue
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if column not in columns:
            continue
        by_round = "round_id" if "round_id" in columns else "NULL"
        # The names are this module's own, never the backup's.
        rows = conn.execute(f"SELECT {by_round}, {column} FROM {table}")  # noqa: S608
        for round_id, value in rows:
            if kind == "time":
                bad = readable_time(value) is None
            else:
                bad = value is not None and unreadable(value)
            if bad:
                found.add((table, "-" if round_id is None else str(round_id), column))
    return sorted(found)


def check_folder_writable(folder: Path) -> None:
    """Refuse, with the reason, a folder a backup cannot be written into."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tilannekuva-", delete=True):
            pass
    except OSError as exc:
        from desktop import oserrors  # only when the folder refused (start-up time)

        if oserrors.disk_full(exc):
            raise StorageError("storage.database.backup_disk_full", path=str(folder)) from exc
        raise BackupError(
            "storage.backup.folder_not_writable", folder=str(folder), reason=oserrors.reason(exc)
        ) from exc


def write_backup(store: Store, folder: Path | None = None) -> Path:
    """A backup asked for by the user: into the data folder's backups, or into ``folder``."""
    if folder is None:
        return take_backup(store.connection, store.paths.backups, MANUAL_PREFIX)
    check_folder_writable(folder)
    try:
        return take_backup(store.connection, folder, FOLDER_PREFIX)
    except StorageError as exc:
        if exc.key in ("storage.database.read_only", "storage.database.cannot_open"):
            raise BackupError(
                "storage.backup.folder_not_writable", folder=str(folder), reason=exc.message("en")
            ) from exc
        raise


def restore_backup(
    store: Store,
    path: Path,
    *,
    other_municipality: bool = False,
    waiting: Callable[[], None] | None = None,
    check_package: Callable[[bytes], object] | None = None,
) -> tuple[BackupContents, Path]:
    """Replace the answers with those of the backup at ``path``.

    The backup is checked first, and a backup of another municipality is
    refused unless ``other_municipality`` says the user agreed. The current
    state is backed up before anything is replaced; returns what was
    restored and where the replaced state was kept. The database's write lock is held
    from before the copy until the end: ``waiting`` is told when it waits for another
    program to let go of it. ``check_package`` verifies each round package the backup
    holds (``inspect_backup``).
    """
    if path.resolve() == store.paths.database.resolve():
        raise BackupError("storage.backup.same_file", path=str(path))
    contents = inspect_backup(path, check_package=check_package)
    profile = store.profile()
    theirs = contents.municipality_code
    if (
        not other_municipality
        and profile is not None
        and theirs is not None
        and theirs != profile.municipality_code
    ):
        raise BackupError(
            "storage.backup.other_municipality",
            path=str(path),
            theirs=theirs,
            ours=profile.municipality_code,
        )
    conn = store.connection
    database = store.paths.database
    with _write_locked(conn, database, waiting):
        # Held from here: nothing another program commits falls between the copy kept
        # and the backup copied in.
        kept = take_backup(conn, store.paths.backups, RESTORE_PREFIX)
        with environment_errors(database), _read_only(path) as source:
            source.backup(conn)
            apply_pragmas(conn)
            migrate(conn, database, store.paths.backups)
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return contents, kept


@contextlib.contextmanager
def _write_locked(
    conn: sqlite3.Connection, database: Path, waiting: Callable[[], None] | None
) -> Iterator[None]:
    """The database's write lock held by ``conn`` throughout, also between statements.

    Taken as an edit takes it (``BEGIN IMMEDIATE``, waiting as long as an edit waits, then
    ``storage.database.locked``); ``waiting`` is told first when another program holds it.
    The exclusive locking mode keeps the lock once the transaction ends, for the copy kept
    (``VACUUM INTO``) and SQLite's backup, which run outside a transaction.
    """
    with environment_errors(database):
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            try:
                conn.execute("PRAGMA busy_timeout = 0")
                try:
                    conn.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError as exc:
                    if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY:
                        raise
                    if waiting is not None:
                        waiting()
                    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                    conn.execute("BEGIN IMMEDIATE")
            finally:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("COMMIT")  # the lock stays: the locking mode is exclusive
            yield
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # lets the lock go


# A damaged database put aside by a restore: ``tilannekuva-damaged-STAMP.sqlite``.
DAMAGED_PREFIX = "tilannekuva-damaged-"


def restore_over_damaged(
    paths: DataPaths, path: Path, *, check_package: Callable[[bytes], object] | None = None
) -> tuple[BackupContents, Path]:
    """Put the backup at ``path`` in place of a database that cannot be opened (damaged).

    Nothing is deleted: the damaged file (and its write-ahead log) is renamed
    aside in the data folder, where support can still look at it. The backup
    is checked first and copied whole under a temporary name, which becomes
    the database only once complete; ``Store.open`` then brings an older one
    up to date. Returns what was restored and where the damaged file was kept.
    """
    database = paths.database
    if path.resolve() == database.resolve():
        raise BackupError("storage.backup.same_file", path=str(path))
    contents = inspect_backup(path, check_package=check_package)
    lock = InstanceLock(paths.lock)
    lock.acquire()  # refused while the window (or a command) holds the folder
    try:
        stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
        kept = paths.root / f"{DAMAGED_PREFIX}{stamp}.sqlite"
        whole = paths.root / f".{database.name}.restoring"
        with environment_errors(database, paths.root):
            whole.unlink(missing_ok=True)
            try:
                target = sqlite3.connect(whole)
                try:
                    with _read_only(path) as source:
                        source.backup(target)
                finally:
                    target.close()
                with whole.open("rb+") as handle:
                    os.fsync(handle.fileno())
                if database.exists():
                    database.replace(kept)
                for side in ("-wal", "-journal"):
                    # The log belongs to the damaged file: it goes with it, never onto the backup.
                    log = database.with_name(database.name + side)
                    if log.exists():
                        log.replace(kept.with_name(kept.name + side))
                database.with_name(database.name + "-shm").unlink(missing_ok=True)
                whole.replace(database)
            finally:
                whole.unlink(missing_ok=True)
    finally:
        lock.release()
    return contents, kept
