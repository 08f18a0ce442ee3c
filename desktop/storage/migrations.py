"""The database schema, as ordered steps by ``PRAGMA user_version``.

Step N takes a database at version N-1 to version N inside one transaction,
and the version is recorded in that same transaction, so a step is either
wholly done or not at all. Before upgrading a database that holds data, a
backup is taken. A released step is never edited: a change is a new step,
and ``tests/fixtures/`` keeps a real database of every released version.

sqlite-utils, which the steps are written with, is imported only when a step
is to run: a database that is up to date opens without it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop.storage.answer_rows import move_tables_to_rows
from desktop.storage.backup import take_backup
from desktop.storage.connection import connect, read_user_version
from desktop.storage.errors import StorageError, environment_errors, from_sqlite

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import TypeAlias

    from sqlite_utils import Database


def _v1_initial(db: Database) -> None:
    db.table("profile").create(
        {
            "id": int,
            "municipality_code": str,
            "contact_name": str,
            "contact_title": str,
            "contact_email": str,
            "contact_phone": str,
            "business_id": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"municipality_code", "updated_at"},
        defaults={
            "contact_name": "",
            "contact_title": "",
            "contact_email": "",
            "contact_phone": "",
            "business_id": "",
        },
    )
    db.table("rounds").create(
        {"round_id": str, "started_at": str}, pk="round_id", not_null={"started_at"}
    )
    db.table("answers").create(
        {
            "round_id": str,
            "section": str,
            "field": str,
            "value": str,
            "updated_at": str,
            "updated_by": str,
        },
        pk=("round_id", "section", "field"),
        not_null={"value", "updated_at", "updated_by"},
        foreign_keys=[("round_id", "rounds", "round_id")],
    )
    db.table("audit_log").create(
        {
            "id": int,
            "at": str,
            "actor": str,
            "round_id": str,
            "pointer": str,
            "old_value": str,
            "new_value": str,
        },
        pk="id",
        not_null={"at", "actor", "pointer"},
    )
    db.table("audit_log").create_index(["round_id", "id"])


def _v2_submissions(db: Database) -> None:
    """Exported packages kept as submitted; a submitted round is locked until a correction."""
    db.table("rounds").add_column("locked_at", str)
    db.table("submissions").create(
        {
            "id": int,
            "round_id": str,
            "number": int,
            "submitted_at": str,
            "actor": str,
            "signer_fingerprint": str,
            "package_name": str,
            "package": bytes,
            "package_sha256": str,
            "report": bytes,
            "report_sha256": str,
        },
        pk="id",
        not_null={
            "round_id",
            "number",
            "submitted_at",
            "actor",
            "signer_fingerprint",
            "package_name",
            "package",
            "package_sha256",
            "report",
            "report_sha256",
        },
        foreign_keys=[("round_id", "rounds", "round_id")],
    )
    db.table("submissions").create_index(["round_id", "number"], unique=True)


def _v3_table_rows(db: Database) -> None:
    """The rows of a table as records of their own: one cell edit writes one row."""
    db.table("answers").add_column("row_count", int)
    db.table("answers").transform(not_null={"value": False})
    db.table("answer_rows").create(
        {"round_id": str, "section": str, "field": str, "position": int, "value": str},
        pk=("round_id", "section", "field", "position"),
        not_null={"value"},
        foreign_keys=[
            (("round_id", "section", "field"), "answers", ("round_id", "section", "field"))
        ],
    )
    move_tables_to_rows(db.conn)


def _v4_round_packages(db: Database) -> None:
    """Survey rounds added from signed round packages, kept exactly as received."""
    db.table("round_packages").create(
        {
            "round_id": str,
            "package": bytes,
            "package_sha256": str,
            "signer_fingerprint": str,
            "signer_name": str,
            "added_at": str,
            "added_by": str,
        },
        pk="round_id",
        not_null={
            "package",
            "package_sha256",
            "signer_fingerprint",
            "signer_name",
            "added_at",
            "added_by",
        },
    )


def _v5_copies(db: Database) -> None:
    """Answers copied forward from a previous round: each copy, for its undo, and in the
    audit log which copy made an entry and from which submission the answer came."""
    db.table("copies").create(
        {"id": int, "round_id": str, "at": str, "actor": str, "source": str, "undone_at": str},
        pk="id",
        not_null={"round_id", "at", "actor", "source"},
    )
    db.table("copies").create_index(["round_id", "id"])
    db.table("audit_log").add_column("copy_id", int)
    db.table("audit_log").add_column("source", str)


Step: TypeAlias = "Callable[[Database], None]"
STEPS: tuple[Step, ...] = (
    _v1_initial,
    _v2_submissions,
    _v3_table_rows,
    _v4_round_packages,
    _v5_copies,
)
LATEST = len(STEPS)


def check_not_too_new(version: int, path: Path) -> None:
    if version > LATEST:
        raise StorageError("storage.database.too_new", path=str(path), found=version, known=LATEST)


def migrate(conn: sqlite3.Connection, path: Path, backups: Path) -> Path | None:
    """Bring the database to ``LATEST``; returns the backup taken first, if any."""
    current = read_user_version(conn)
    check_not_too_new(current, path)
    if current == LATEST:
        return None
    from sqlite_utils import Database

    db = Database(conn)
    backup = take_backup(conn, backups, f"before-v{LATEST}-") if current > 0 else None
    for version in range(current + 1, LATEST + 1):
        step = STEPS[version - 1]
        try:
            with db.atomic():
                step(db)
                conn.execute(f"PRAGMA user_version = {version}")
        except sqlite3.Error as exc:
            mapped = from_sqlite(exc, path)
            if mapped is not None:
                raise mapped from exc
            raise StorageError(
                "storage.database.migration_failed",
                version=version,
                reason=str(exc),
                backup=str(backup or "-"),
            ) from exc
        recorded = read_user_version(conn)
        if recorded != version:
            raise StorageError(
                "storage.database.migration_failed",
                version=version,
                reason=f"user_version is {recorded}",
                backup=str(backup or "-"),
            )
    return backup


def create_database(path: Path, backups: Path) -> None:
    """Make a new database at ``path``, whole, under a temporary name first.

    An empty file at ``path`` means a lost database, never a new one (see
    ``check_file_shape``): so the file appears only once its tables exist.
    """
    temporary = path.with_name(f"{path.name}.new")
    with environment_errors(path):
        temporary.unlink(missing_ok=True)
        conn = connect(temporary)
        try:
            conn.execute("PRAGMA synchronous=FULL")
            migrate(conn, temporary, backups)
        finally:
            conn.close()
        temporary.replace(path)
