"""The answers database of one data directory.

Every edit is its own durable transaction (WAL, ``synchronous=FULL``): when
``set_answer`` returns, the answer survives a crash, a kill or a power cut.
Each edit appends to the audit log in the same transaction.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from desktop.jsonvalue import MISSING, JSONObject, JSONValue, _Missing
from desktop.paths import DataPaths
from desktop.storage import answer_rows, audit_rows, copies, submission_rows
from desktop.storage.answer_rows import split_answer_pointer
from desktop.storage.audit_rows import default_actor, now_utc, utc_text
from desktop.storage.backup import backup_if_due
from desktop.storage.connection import (
    BUSY_TIMEOUT_MS,
    apply_pragmas,
    check_file_shape,
    check_integrity,
    connect,
    connect_read_only,
    read_user_version,
)
from desktop.storage.errors import StorageError, environment_error, environment_errors
from desktop.storage.limits import check_profile, check_value
from desktop.storage.lock import InstanceLock
from desktop.storage.migrations import LATEST, check_not_too_new, create_database, migrate
from desktop.storage.records import Profile, Submission
from desktop.storage.sqlite_uri import database_uri

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from desktop.storage.history import AuditEntry, Copy


# Why ``open`` refused a folder whose answers can still be read: its rights, or a full disk.
_READABLE_UNWRITABLE = frozenset(("storage.database.read_only", "storage.database.disk_full_open"))


def _unreachable(path: Path) -> StorageError:
    """The refusal of a name that is there but leads nowhere: a link (a Windows junction) to a
    network share not connected now. What is behind it must never be taken for nothing."""
    try:
        target = str(path.parent / path.readlink())
    except (OSError, ValueError):  # not a link this system reads: named as it is
        target = str(path)
    return StorageError("storage.database.link_unreachable", path=str(path), target=target)


class Store:
    """Profile, answers and audit log; open with ``Store.open(paths)``."""

    def __init__(
        self, paths: DataPaths, conn: sqlite3.Connection, lock: InstanceLock | None
    ) -> None:
        self.paths = paths
        self._database = paths.database  # named in every error of every edit
        self._conn = conn
        self._lock = lock  # None: another store of this process holds the data folder
        self._committed_ns: int | None = None  # ``time.time_ns`` of the last commit
        # Once SQLite has found the file damaged, nothing more is written into it.
        self._damage: StorageError | None = None
        # Opened read-only in a folder this user could not write to: why. Each write tries
        # to open it for writing first (the right may have been given back meanwhile).
        self._read_only: StorageError | None = None

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, paths: DataPaths, *, backup: bool = True, wait: bool = True) -> Store:
        """Lock the data directory, open (or create) the database and bring it up to date.

        A database from a newer program, a damaged file, a read-only folder
        or a second instance raise ``StorageError`` before anything is written.
        ``wait``: a command waits a moment for another holding the folder
        (``lock.waiting_when_held``).
        """
        try:
            return cls._open(paths, backup=backup, wait=wait)
        except StorageError as exc:
            if exc.key != "storage.database.disk_full":
                raise
            # No answer was being saved: the program cannot start on this folder.
            raise StorageError("storage.database.disk_full_open", path=str(paths.root)) from exc

    @classmethod
    def _open(cls, paths: DataPaths, *, backup: bool, wait: bool) -> Store:
        try:
            with environment_errors(paths.database, paths.root):
                paths.root.mkdir(parents=True, exist_ok=True)
        except StorageError:
            if os.path.lexists(paths.root) and not paths.root.exists():
                raise _unreachable(paths.root) from None  # a link to a share not there
            raise
        lock = InstanceLock(paths.lock)
        lock.acquire(wait=wait)
        conn: sqlite3.Connection | None = None
        try:
            check_file_shape(paths.database)
            if not paths.database.exists():
                if os.path.lexists(paths.database):
                    # Only a name with nothing at all behind it is a new database.
                    raise _unreachable(paths.database)
                create_database(paths.database, paths.backups)
            conn = connect(paths.database)
            with environment_errors(paths.database):
                # Read the version before setting WAL: a too-new file stays untouched.
                check_not_too_new(read_user_version(conn), paths.database)
                check_integrity(conn, paths.database)
                apply_pragmas(conn)
                migrate(conn, paths.database, paths.backups)
                if backup:
                    backup_if_due(conn, paths.backups)
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise
        return cls(paths, conn, lock)

    @classmethod
    def open_for_reading(cls, paths: DataPaths) -> Store:
        """A store for commands that only read, also while another program holds the folder.

        With the folder free this is ``open`` (which may create or upgrade the
        database); while the window or another writer holds it, a read-only
        connection sees every committed answer (WAL lets readers in), and any
        attempt to write is refused by SQLite.
        """
        try:
            return cls.open(paths, wait=False)  # held: read beside the holder at once
        except StorageError as exc:
            if exc.key in _READABLE_UNWRITABLE and paths.database.is_file():
                return cls._in_read_only_folder(paths, exc)
            if exc.key != "storage.database.already_running":
                raise
            busy = exc
        if not paths.database.is_file():
            raise busy  # the holder is making it
        check_file_shape(paths.database)
        conn = connect_read_only(paths.database)
        try:
            with environment_errors(paths.database):
                if read_user_version(conn) != LATEST:
                    raise busy  # the holder brings it up to date first
                check_integrity(conn, paths.database)
        except BaseException:
            conn.close()
            raise
        return cls(paths, conn, None)

    @classmethod
    def _in_read_only_folder(cls, paths: DataPaths, refused: StorageError) -> Store:
        """A store that reads a database in a folder this user may not write to, or on a disk
        with no room left (no lock can be taken there, and no one of this user can write it
        meanwhile). SQLite opens a WAL database there only when its side files exist (or can
        be made); with no write-ahead log left to read, the file alone is the whole database
        and is read as unchanging."""
        check_file_shape(paths.database)
        wal = paths.database.with_name(paths.database.name + "-wal")
        conn: sqlite3.Connection | None = None
        try:
            conn = connect_read_only(paths.database)
            read_user_version(conn)
        except (StorageError, sqlite3.Error):
            if conn is not None:
                conn.close()
            if wal.exists() and wal.stat().st_size > 0:
                raise refused from None  # answers still in the log: not readable here
            uri = database_uri(paths.database, mode="ro", immutable="1")
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        try:
            with environment_errors(paths.database):
                if read_user_version(conn) != LATEST:
                    raise refused  # it cannot be brought up to date here
                check_integrity(conn, paths.database)
        except BaseException:
            conn.close()
            raise
        store = cls(paths, conn, None)
        store._read_only = (
            StorageError("storage.database.disk_full_reading", path=str(paths.root))
            if refused.key == "storage.database.disk_full_open"
            else refused
        )
        return store

    @property
    def read_only(self) -> StorageError | None:
        """Why this store may only read the folder (it was refused writing when opened, and
        still is), or None when it may write."""
        return self._read_only

    def _reopen_for_writing(self) -> None:
        """Open the database for writing as a start opens it (the folder's lock taken, the
        day's backup if due) in place of the read-only connection; raises (the refusal of
        writing, for one) while it cannot be."""
        opened = type(self)._open(self.paths, backup=True, wait=False)
        self._conn.close()
        self._conn, self._lock = opened._conn, opened._lock
        self._read_only = None

    @classmethod
    def attach(cls, paths: DataPaths) -> Store:
        """A second store on a database this process holds open, for another thread.

        SQLite connections stay in the thread that made them: a worker calls
        this to get its own connection, with the same settings, so what it
        writes is as durable as any edit. The folder's lock and the migrations
        stay with the store ``open`` gave; closing this one closes only its
        connection.
        """
        conn = connect(paths.database)
        try:
            with environment_errors(paths.database):
                apply_pragmas(conn)
        except BaseException:
            conn.close()
            raise
        return cls(paths, conn, None)

    @property
    def last_commit(self) -> str | None:
        """When an edit was last committed here (UTC, ISO 8601); None before the first."""
        return None if self._committed_ns is None else utc_text(self._committed_ns)

    def close(self) -> None:
        if self._lock is None:
            self._conn.close()
            return
        if self._lock.held:
            with contextlib.suppress(sqlite3.Error):
                # Folds the WAL back into the main file so a copy of it is complete.
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    @contextlib.contextmanager
    def waiting_at_most(self, milliseconds: int) -> Iterator[None]:
        """Wait at most ``milliseconds`` for another program's lock on the database.

        For attempts that may fail without harm (saving again what could not
        be saved): they must not hold up the window for the usual wait.
        """
        self._conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
        try:
            yield
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    # -- transactions --------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One immediate transaction; SQLite's environment errors become StorageError.

        The path of every edit: one generator, no context managers inside it.
        """
        if self._damage is not None:
            raise self._damage
        if self._read_only is not None:
            self._reopen_for_writing()
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except (sqlite3.Error, OSError) as exc:
            mapped = environment_error(exc, self._database)
            if mapped is None:
                raise
            self._note_damage(mapped)
            raise mapped from exc
        except StorageError as exc:
            self._note_damage(exc)
            raise
        self._committed_ns = time.time_ns()

    def _note_damage(self, exc: StorageError) -> None:
        # Once SQLite has found the file damaged, nothing more is written into it.
        if exc.damaged:
            self._damage = exc

    # -- profile -------------------------------------------------------------

    def profile(self) -> Profile | None:
        with environment_errors(self._database):
            row = self._conn.execute(
                "SELECT municipality_code, contact_name, contact_title, contact_email, "
                "contact_phone, business_id FROM profile WHERE id = 1"
            ).fetchone()
        if row is None:
            return None
        return Profile(*(value or "" for value in row))

    def save_profile(self, profile: Profile, *, actor: str | None = None) -> None:
        check_profile(profile)
        old = self.profile()
        record: dict[str, Any] = {**profile.as_dict(), "updated_at": now_utc()}
        with self._write() as conn:
            conn.execute(
                "INSERT INTO profile (id, municipality_code, contact_name, contact_title, "
                "contact_email, contact_phone, business_id, updated_at) "
                "VALUES (1, :municipality_code, :contact_name, :contact_title, :contact_email, "
                ":contact_phone, :business_id, :updated_at) "
                "ON CONFLICT (id) DO UPDATE SET municipality_code = excluded.municipality_code, "
                "contact_name = excluded.contact_name, contact_title = excluded.contact_title, "
                "contact_email = excluded.contact_email, contact_phone = excluded.contact_phone, "
                "business_id = excluded.business_id, updated_at = excluded.updated_at",
                record,
            )
            for name in Profile.field_names():
                before = getattr(old, name) if old else MISSING
                after = getattr(profile, name)
                if before != after:
                    audit_rows.write(conn, actor, None, f"/profile/{name}", before, after)

    # -- answers -------------------------------------------------------------

    def round_answers(self, round_id: str) -> dict[str, JSONObject]:
        """Every stored answer of a round, as ``{section: {field: value}}``."""
        with environment_errors(self._database):
            return answer_rows.round_values(self._conn, round_id)

    def get_answer(self, round_id: str, pointer: str) -> JSONValue | _Missing:
        section, field, rest = split_answer_pointer(pointer)
        with environment_errors(self._database):
            return answer_rows.leaf(self._conn, (round_id, section, field), rest)

    def count_rows(self, round_id: str, section: str, field: str) -> int:
        """How many rows a table answer has, without reading them."""
        with environment_errors(self._database):
            return answer_rows.row_count(self._conn, (round_id, section, field))

    def started_rounds(self) -> list[str]:
        with environment_errors(self._database):
            return [
                r[0] for r in self._conn.execute("SELECT round_id FROM rounds ORDER BY round_id")
            ]

    def set_answer(
        self,
        round_id: str,
        pointer: str,
        value: JSONValue,
        *,
        actor: str | None = None,
        within_rows: bool = False,
        cancels: bool = False,
    ) -> bool:
        """Store ``value`` at ``pointer``; True when something changed. Durable on return.

        ``within_rows``: a row past the end of its table is refused (``RowBeyondEnd``, with
        the table's row count) inside the edit's transaction, with no read of its own.
        ``cancels``: ``value`` is what the answer held before an edit the user took back
        (logged as such, see ``audit_rows.CANCEL``).
        """
        check_value(value)
        section, field, rest = split_answer_pointer(pointer)
        who = actor or default_actor()
        key = (round_id, section, field)
        with self._write() as conn:
            stamp = now_utc()  # the answer's, the audit entry's and a new round's time
            # The round, the field's record and the row, in the one read before the writes.
            found = answer_rows.read_for_edit(conn, key, rest)
            if not found.round_started:
                self._start_round(conn, round_id, stamp)
            elif found.locked_at is not None:
                raise StorageError("storage.database.round_locked", round=round_id)
            changed, old_leaf = answer_rows.set_leaf(
                conn, key, rest, value, stamp, who, within_rows=within_rows, found=found
            )
            if not changed:
                return False
            was = old_leaf if isinstance(old_leaf, list) else []
            if (
                not rest
                and isinstance(value, list)
                and isinstance(old_leaf, list | _Missing)
                and all(type(row) is dict for row in (*was, *value))
            ):
                # A table's rows replaced whole (a paste): each cell it changed, as if typed
                # (a list of choices stays one entry).
                changes = audit_rows.table_changes(pointer, was, value)
                if changes:
                    audit_rows.write_many(conn, who, round_id, changes, at=stamp)
                    return True
            source = audit_rows.CANCEL if cancels else None
            audit_rows.write(conn, who, round_id, pointer, old_leaf, value, source, at=stamp)
        return True

    def remove_answer(
        self, round_id: str, pointer: str, *, actor: str | None = None, cancels: bool = False
    ) -> bool:
        """Clear a field or cell, or remove a table row; True when something changed
        (``cancels``: as in ``set_answer``)."""
        section, field, rest = split_answer_pointer(pointer)
        with self._write() as conn:
            self._check_unlocked(conn, round_id)
            old_leaf = answer_rows.remove_leaf(
                conn, (round_id, section, field), rest, now_utc(), actor or default_actor()
            )
            if old_leaf is MISSING:
                return False
            source = audit_rows.CANCEL if cancels else None
            audit_rows.write(conn, actor, round_id, pointer, old_leaf, MISSING, source)
        return True

    def copy_answers(
        self,
        round_id: str,
        edits: Sequence[tuple[str, JSONValue]],
        *,
        source: str,
        actor: str | None = None,
    ) -> Copy | None:
        """Store each (pointer, value) copied from ``source`` in one transaction, each change
        with its own audit entry naming the source; None when nothing changed."""
        for _pointer, value in edits:
            check_value(value)
        who = actor or default_actor()
        with self._write() as conn:
            stamp = now_utc()
            self._open_round(conn, round_id, stamp)
            return copies.write(
                conn, round_id, edits, source=source, who=who, stamp=stamp, audit=audit_rows.write
            )

    def last_copy(self, round_id: str) -> Copy | None:
        """The latest copy into the round that is not undone."""
        with environment_errors(self._database):
            return copies.latest(self._conn, round_id)

    def undo_copy(self, round_id: str, *, actor: str | None = None) -> tuple[Copy, int] | None:
        """Take back the latest copy into the round, in one transaction (``copies.undo``)."""
        who = actor or default_actor()
        with self._write() as conn:
            self._check_unlocked(conn, round_id)
            return copies.undo(conn, round_id, who=who, stamp=now_utc(), audit=audit_rows.write)

    def audit_log(self, round_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        """Every entry of the audit log, newest first."""
        with environment_errors(self._database):
            return audit_rows.entries(self._conn, round_id, limit)

    def history(self, round_id: str, limit: int | None = None) -> list[AuditEntry]:
        """The round's changes as the user is told them, newest first: without the edits
        taken back (``audit_rows.told``)."""
        with environment_errors(self._database):
            return audit_rows.told(self._conn, round_id, limit)

    # -- submissions -----------------------------------------------------------

    def is_locked(self, round_id: str) -> bool:
        return submission_rows.locked_at(self._conn, round_id) is not None

    def record_submission(
        self,
        round_id: str,
        *,
        package_name: str,
        package: bytes,
        report: bytes,
        signer_fingerprint: str,
        actor: str | None = None,
        submitted_at: str | None = None,
        number: int | None = None,
    ) -> Submission:
        """Keep the signed files of a submission and lock the round; numbered from 1.

        ``submitted_at`` is when it was made and ``number`` its number, for a package
        made elsewhere (by default now, and one past the round's highest).
        """
        with self._write() as conn:
            return submission_rows.record(
                conn,
                round_id,
                stamp=submitted_at or now_utc(),
                actor=actor or default_actor(),
                signer_fingerprint=signer_fingerprint,
                package_name=package_name,
                package=package,
                report=report,
                number=number,
            )

    def next_submission_number(self, round_id: str) -> int:
        """The number the round's next submission gets: one past the highest, from 1."""
        with environment_errors(self._database):
            return submission_rows.next_number(self._conn, round_id)

    def submissions(self, round_id: str) -> list[Submission]:
        with environment_errors(self._database):
            return submission_rows.listed(self._conn, round_id)

    def submission_files(self, round_id: str, number: int) -> tuple[bytes, bytes]:
        """The package and the report of a submission, exactly as exported."""
        with environment_errors(self._database):
            found = submission_rows.files(self._conn, round_id, number)
        if found is None:
            raise KeyError(f"{round_id} has no submission {number}")
        return found

    def start_correction(
        self,
        round_id: str,
        *,
        actor: str | None = None,
        fill: Sequence[tuple[str, JSONValue]] = (),
        source: str | None = None,
    ) -> bool:
        """Open a submitted round for a correction, which becomes the next submission.

        ``fill``: the answers the correction starts from, (pointer, value) each saved where
        nothing is, with an audit entry naming ``source``; in the same transaction.
        """
        for _pointer, value in fill:
            check_value(value)
        with self._write() as conn:
            return submission_rows.reopen(
                conn, round_id, fill=fill, source=source, actor=actor, stamp=now_utc()
            )

    def cancel_correction(
        self,
        round_id: str,
        restore: Sequence[tuple[str, JSONValue | _Missing]],
        *,
        source: str,
        actor: str | None = None,
    ) -> bool:
        """Lock a round being corrected again as its last submission left it, in one
        transaction: the answers of ``restore`` put back ((pointer, value) each,
        ``MISSING`` removes), each change audited naming ``source``, the round locked as of
        that submission; False when the round is not being corrected."""
        for _pointer, value in restore:
            if not isinstance(value, _Missing):
                check_value(value)
        with self._write() as conn:
            return submission_rows.relock(
                conn, round_id, restore=restore, source=source, actor=actor, stamp=now_utc()
            )

    # -- internals -----------------------------------------------------------

    def _check_unlocked(self, conn: sqlite3.Connection, round_id: str) -> None:
        if submission_rows.locked_at(conn, round_id) is not None:
            raise StorageError("storage.database.round_locked", round=round_id)

    @staticmethod
    def _open_round(conn: sqlite3.Connection, round_id: str, stamp: str) -> None:
        """Refuse a locked round; start it at ``stamp`` when nothing is stored in it yet.

        One read where a round is already started, as it is for every edit but its first.
        """
        row = conn.execute(
            "SELECT locked_at FROM rounds WHERE round_id = ?", (round_id,)
        ).fetchone()
        if row is None:
            Store._start_round(conn, round_id, stamp)
        elif row[0] is not None:
            raise StorageError("storage.database.round_locked", round=round_id)

    @staticmethod
    def _start_round(conn: sqlite3.Connection, round_id: str, stamp: str) -> None:
        conn.execute("INSERT INTO rounds (round_id, started_at) VALUES (?, ?)", (round_id, stamp))
